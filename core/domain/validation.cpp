#include "validation.h"

#include "constituency.h"
#include "workshopdata.h"

#include <QCoreApplication>
#include <QHash>

namespace pamoja {

namespace {

struct Choice
{
    EntityKind kind;
    const char *field;
    QStringList allowed; // an empty string in the list allows "none"
};

struct Range
{
    EntityKind kind;
    const char *field;
    int min, max;
};

const QList<Choice> &choices()
{
    static const QStringList constituencies = constituency::codes();
    static const QStringList constituencyOrNone = QStringList(constituency::codes()) << QString();
    static const QList<Choice> list{
        {EntityKind::Workshop, "mode", {QStringLiteral("in_person"), QStringLiteral("online"), QStringLiteral("hybrid"), QStringLiteral("async")}},
        {EntityKind::Workshop, "anonymity", {QStringLiteral("named"), QStringLiteral("optional"), QStringLiteral("anonymous")}},
        {EntityKind::Workshop, "weighting", {QStringLiteral("person"), QStringLiteral("organisation"), QStringLiteral("constituency")}},
        {EntityKind::Organisation, "constituency", constituencyOrNone},
        {EntityKind::Participant, "constituency", constituencies},
        {EntityKind::Participant, "role", {QStringLiteral("facilitator"), QStringLiteral("participant"), QStringLiteral("observer")}},
        {EntityKind::Idea, "constituency", constituencyOrNone},
        {EntityKind::Idea, "source", {QStringLiteral("facilitator"), QStringLiteral("device"), QStringLiteral("offline_form"), QStringLiteral("import"), QStringLiteral("merge")}},
        {EntityKind::Idea, "translation_source", {QString(), QStringLiteral("machine"), QStringLiteral("person")}},
        {EntityKind::CatalogueItem, "kind", {QStringLiteral("theme"), QStringLiteral("factor"), QStringLiteral("measure")}},
        {EntityKind::VotingRound, "target", {QStringLiteral("ideas"), QStringLiteral("clusters")}},
        {EntityKind::Action, "status", {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"), QStringLiteral("dropped")}},
    };
    return list;
}

const QList<Range> &ranges()
{
    static const QList<Range> list{
        {EntityKind::Workshop, "active_step", 1, 3},
        {EntityKind::Prompt, "step", 1, 3},
        {EntityKind::Cluster, "step", 1, 3},
        {EntityKind::Idea, "step", 1, 3},
        {EntityKind::Idea, "language_confidence", 0, 100},
        {EntityKind::VotingRound, "step", 1, 3},
        {EntityKind::VotingRound, "dots_per_participant", 1, 1000},
        {EntityKind::VotingRound, "max_per_item", 1, 1000},
        {EntityKind::Vote, "dots", 1, 1000},
    };
    return list;
}

} // namespace

QString valueProblem(EntityKind kind, const Record &record)
{
    const QString what = kindInfo(kind).name;
    for (const Choice &c : choices()) {
        const QLatin1StringView field(c.field);
        if (c.kind != kind || !record.contains(field))
            continue;
        const QString value = record.value(field).toString();
        if (!c.allowed.contains(value))
            return QCoreApplication::translate("pamoja::Validation", "Field \"%2\" of %1 cannot be \"%3\"; use one of: %4.")
                .arg(what, field, value.left(40), c.allowed.join(QStringLiteral(", ")));
    }
    for (const Range &r : ranges()) {
        const QLatin1StringView field(r.field);
        if (r.kind != kind || !record.contains(field))
            continue;
        const int value = record.value(field).toInt();
        if (value < r.min || value > r.max)
            return QCoreApplication::translate("pamoja::Validation", "Field \"%2\" of %1 must be between %3 and %4.")
                .arg(what, field)
                .arg(r.min)
                .arg(r.max);
    }
    return {};
}

QString mergeProblem(const Idea &idea, const Idea *target)
{
    if (idea.mergedInto.isNull())
        return {};
    const QString text = idea.text.left(40);
    if (idea.mergedInto == idea.id)
        return QCoreApplication::translate("pamoja::Validation", "The idea \"%1\" is merged into itself.").arg(text);
    if (!target)
        return QCoreApplication::translate("pamoja::Validation", "The idea \"%1\" is merged into an idea that does not exist.").arg(text);
    if (target->step != idea.step)
        return QCoreApplication::translate("pamoja::Validation", "The idea \"%1\" is merged into an idea of another step.").arg(text);
    if (!target->mergedInto.isNull())
        return QCoreApplication::translate("pamoja::Validation", "The idea \"%1\" is merged into \"%2\", which is itself merged "
                                           "into another idea (a chain or a cycle of merges).")
            .arg(text, target->text.left(40));
    return {};
}

const QList<Reference> &references()
{
    static const QList<Reference> list{
        {EntityKind::Participant, "organisation_id", EntityKind::Organisation},
        {EntityKind::Idea, "prompt_id", EntityKind::Prompt},
        {EntityKind::Idea, "author_id", EntityKind::Participant},
        {EntityKind::Idea, "cluster_id", EntityKind::Cluster},
        {EntityKind::Idea, "merged_into", EntityKind::Idea},
        {EntityKind::Tag, "target_id", std::nullopt},
        {EntityKind::Tag, "item_id", EntityKind::CatalogueItem},
        {EntityKind::Vote, "round_id", EntityKind::VotingRound},
        {EntityKind::Vote, "participant_id", EntityKind::Participant},
        {EntityKind::Vote, "target_id", std::nullopt},
        {EntityKind::SystemChange, "source_id", std::nullopt},
        {EntityKind::Action, "owner_id", EntityKind::Participant},
        {EntityKind::Action, "co_owner_id", EntityKind::Participant},
        {EntityKind::Link, "from_id", std::nullopt},
        {EntityKind::Link, "to_id", std::nullopt},
    };
    return list;
}

QStringList workshopProblems(const WorkshopData &data)
{
    QStringList problems;
    QHash<QUuid, EntityKind> ids;
    forEachEntityType([&]<class T>() {
        for (const T &e : data.table<T>().items())
            ids.insert(e.id, T::Kind);
    });
    forEachEntityType([&]<class T>() {
        const QString what = kindInfo(T::Kind).name;
        for (const T &e : data.table<T>().all()) {
            const Record r = toRecord(e);
            const QString who = QStringLiteral("%1 %2").arg(what, idString(e.id));
            QString p = recordProblem(T::Kind, r, true);
            if (p.isEmpty())
                p = valueProblem(T::Kind, r);
            if (!p.isEmpty())
                problems.append(QStringLiteral("%1: %2").arg(who, p));
            for (const Reference &ref : references()) {
                if (ref.kind != T::Kind)
                    continue;
                const QString value = r.value(QLatin1StringView(ref.field)).toString();
                if (value.isEmpty())
                    continue;
                const auto found = ids.constFind(QUuid::fromString(value));
                if (found == ids.constEnd() || (ref.target && *found != *ref.target))
                    problems.append(QCoreApplication::translate("pamoja::Validation", "%1: \"%2\" refers to %3, which is not in the workshop%4.")
                                        .arg(who, QLatin1StringView(ref.field), value,
                                             found == ids.constEnd() || !ref.target
                                                 ? QString()
                                                 : QCoreApplication::translate("pamoja::Validation", " as a %1").arg(kindInfo(*ref.target).name)));
            }
        }
    });
    if (data.table<Workshop>().size() > 1)
        problems.append(QCoreApplication::translate("pamoja::Validation", "The file holds %1 workshops instead of one.").arg(data.table<Workshop>().size()));

    for (const Idea &i : data.table<Idea>().all())
        if (const QString p = mergeProblem(i, data.table<Idea>().find(i.mergedInto)); !p.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(QStringLiteral("idea %1").arg(idString(i.id)), p));

    // Votes within their round's limits. Votes without a voter (imported) only count per item.
    QHash<QPair<QUuid, QUuid>, int> spent; // (round, participant) -> dots
    for (const Vote &v : data.table<Vote>().all()) {
        const VotingRound *round = data.table<VotingRound>().find(v.roundId);
        if (!round)
            continue; // reported above as a reference
        if (v.dots > round->maxPerItem)
            problems.append(QCoreApplication::translate("pamoja::Validation", "vote %1: %2 dots on one item in the round \"%3\", which allows at most %4.")
                                .arg(idString(v.id), QString::number(v.dots), round->title, QString::number(round->maxPerItem)));
        if (!v.participantId.isNull())
            spent[{v.roundId, v.participantId}] += v.dots;
    }
    QList<QPair<QUuid, QUuid>> voters = spent.keys();
    std::sort(voters.begin(), voters.end());
    for (const auto &key : std::as_const(voters)) {
        const VotingRound *round = data.table<VotingRound>().find(key.first);
        if (spent.value(key) > round->dotsPerParticipant)
            problems.append(QCoreApplication::translate("pamoja::Validation", "%1 gave %2 dots in the round \"%3\", which allows %4 per participant.")
                                .arg(data.participantName(key.second).isEmpty() ? idString(key.second) : data.participantName(key.second),
                                     QString::number(spent.value(key)), round->title, QString::number(round->dotsPerParticipant)));
    }
    return problems;
}

} // namespace pamoja
