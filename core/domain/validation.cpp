#include "validation.h"

#include "constituency.h"

#include <QCoreApplication>

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

} // namespace pamoja
