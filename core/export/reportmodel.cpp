#include "reportmodel.h"

#include "analysis/balance.h"
#include "analysis/voting.h"
#include "catalogue/shippedcatalogue.h"
#include "domain/constituency.h"
#include "edits.h"

#include <QLocale>

namespace pamoja {

int ReportStep::ideaCount() const
{
    qsizetype n = loose.size();
    for (const ReportCluster &c : clusters)
        n += c.ideas.size();
    return int(n);
}

QString formatShare(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QString formatScore(double score)
{
    return QString::number(score, 'f', 1);
}

QString joinFields(const QList<ReportField> &fields)
{
    QStringList parts;
    for (const ReportField &f : fields)
        parts.append(f.text());
    return parts.join(QStringLiteral(" · "));
}

QList<ReportField> ideaMetadata(const Report &r, const ReportIdea &i)
{
    QList<ReportField> out;
    out.append(i.anonymous ? ReportField{QString(), r.tr(Label::Anonymous)} : ReportField{r.tr(Label::ContributedBy), i.author});
    if (!i.constituency.isEmpty())
        out.append({QString(), i.constituency});
    if (!i.language.isEmpty())
        out.append({QString(), i.language});
    if (!i.themes.isEmpty())
        out.append({r.tr(Label::Themes), i.themes.join(QStringLiteral(", "))});
    if (!i.factors.isEmpty())
        out.append({r.tr(Label::Factors), i.factors.join(QStringLiteral(", "))});
    if (i.dots >= 0)
        out.append({r.tr(Label::Votes), QString::number(i.dots)});
    return out;
}

QList<ReportField> ideaNotes(const Report &r, const ReportIdea &i)
{
    QList<ReportField> out;
    if (!i.translation.isEmpty())
        out.append({r.tr(i.machineTranslation ? Label::MachineTranslation : Label::Translation), i.translation});
    if (!i.original.isEmpty())
        out.append({r.tr(Label::Original), i.original});
    for (const QString &m : i.merged)
        out.append({r.tr(Label::MergedDuplicates), m});
    return out;
}

QList<ReportField> clusterMetadata(const Report &r, const ReportCluster &c)
{
    QList<ReportField> out;
    if (!c.provenance.isEmpty())
        out.append({r.tr(Label::FromConstituencies), c.provenance.join(QStringLiteral(", "))});
    if (!c.themes.isEmpty())
        out.append({r.tr(Label::Themes), c.themes.join(QStringLiteral(", "))});
    if (!c.factors.isEmpty())
        out.append({r.tr(Label::Factors), c.factors.join(QStringLiteral(", "))});
    return out;
}

QList<ReportField> coverFacts(const Report &r)
{
    const QList<QPair<Label, QString>> facts{{Label::Dates, r.dates}, {Label::Mode, r.mode}, {Label::Facilitators, r.facilitators},
                                             {Label::Languages, r.languages}, {Label::Context, r.context}};
    QList<ReportField> out;
    for (const auto &[label, value] : facts)
        if (!value.isEmpty())
            out.append({r.tr(label), value});
    return out;
}

ReportField constituencyLine(const Report &r, const ReportConstituency &c)
{
    return {QStringLiteral("%1 (%2)").arg(c.label, QString::number(c.people)),
            c.named.isEmpty() ? r.tr(Label::NobodyNamed) : c.named.join(QStringLiteral(", "))};
}

QList<ReportChangeField> systemChangeFields(const Report &r, const ReportSystemChange &sc)
{
    using Kind = ReportChangeField::Kind;
    const QList<QPair<Label, QString>> facts{{Label::TargetActor, sc.targetActor}, {Label::PolicyElement, sc.policyElement},
                                             {Label::CurrentState, sc.currentState}, {Label::ProposedChange, sc.proposedChange}};
    QList<ReportChangeField> out;
    for (const auto &[label, value] : facts)
        if (!value.isEmpty())
            out.append({{r.tr(label), value}, Kind::Fact});
    if (!sc.factors.isEmpty())
        out.append({{r.tr(Label::Factors), sc.factors.join(QStringLiteral(", "))}, Kind::Factors});
    for (const QString &v : sc.visions)
        out.append({{r.tr(Label::EnabledBy), v}, Kind::Vision});
    for (const QString &a : sc.actions)
        out.append({{r.tr(Label::LeadsTo), a}, Kind::Action});
    return out;
}

QString roundSummary(const Report &r, const ReportRound &rr)
{
    return QStringLiteral("%1: %2 · %3: %4 · %5: %6 (%7)")
        .arg(r.tr(Label::Weighting), rr.weighting, r.tr(Label::Voters), QString::number(rr.voters), r.tr(Label::Votes),
             QString::number(rr.totalDots), rr.open ? r.tr(Label::RoundOpen) : r.tr(Label::RoundClosed));
}

QString roundNotBrokenDown(const Report &r, const ReportRound &rr)
{
    if (rr.notShown.isEmpty())
        return QString();
    return r.tr(Label::NotBrokenDown).arg(QString::number(MinimumGroupSize), rr.notShown.join(QStringLiteral(", ")));
}

namespace {

class Builder
{
public:
    Builder(const WorkshopData &data, const ReportInput &input, Report &report)
        : m_data(data), m_input(input), m_r(report), m_locale(input.language)
    {
        for (const Tag &t : data.table<Tag>().items())
            m_tags[t.targetId].append(t.itemId);
        for (auto &list : m_tags)
            std::sort(list.begin(), list.end());
        for (const Participant &p : data.table<Participant>().items())
            ++m_groupSize[p.constituency];
        for (const Idea &i : data.table<Idea>().items())
            if (!i.mergedInto.isNull())
                m_merged[i.mergedInto].append(i);
        for (auto &list : m_merged)
            std::sort(list.begin(), list.end(), [](const Idea &a, const Idea &b) { return a.created < b.created; });
    }

    const ReportLabels &L() const { return *m_r.labels; }

    QString personName(const QUuid &id) const
    {
        const Participant *p = m_data.participant(id);
        if (!p)
            return QString();
        return p->consent ? p->name : L().text(Label::NotNamed);
    }

    // A constituency is only shown next to a contribution when enough people share it.
    QString safeConstituency(const QString &code) const
    {
        if (code.isEmpty() || m_groupSize.value(code) < MinimumGroupSize)
            return QString();
        return L().constituency(code);
    }

    void tagsOf(const QUuid &target, QStringList *themes, QStringList *factors) const
    {
        collectTags(target, themes, factors);
        themes->sort();
        factors->sort();
    }

    void collectTags(const QUuid &target, QStringList *themes, QStringList *factors) const
    {
        for (const QUuid &itemId : m_tags.value(target)) {
            const CatalogueItem *c = m_data.table<CatalogueItem>().find(itemId);
            if (!c)
                continue;
            const QString name = shipped::displayLabel(*c, m_input.language);
            if (c->kind == QLatin1StringView("theme"))
                themes->append(shipped::displayName(*c, m_input.language));
            else if (c->kind == QLatin1StringView("factor"))
                factors->append(name);
        }
    }

    ReportIdea idea(const Idea &i, const QHash<QUuid, int> &dots) const
    {
        ReportIdea r;
        r.id = i.id;
        r.text = i.text;
        if (!i.originalText.isEmpty() && i.originalText != i.text)
            r.original = i.originalText;
        r.language = L().languageName(i.language);
        // Never presented as if someone had said so: a detected language is marked as detected.
        if (edits::languageDetected(i) && !r.language.isEmpty())
            r.language = L().text(Label::DetectedLanguage).arg(r.language);
        if (m_input.content.translations) {
            r.translation = i.translation;
            r.machineTranslation = i.translationSource == QLatin1String("machine");
        }
        r.anonymous = i.authorId.isNull();
        if (!r.anonymous)
            r.author = personName(i.authorId);
        r.constituency = safeConstituency(i.constituency);
        tagsOf(i.id, &r.themes, &r.factors);
        for (const Idea &m : m_merged.value(i.id))
            r.merged.append(m.originalText.isEmpty() ? m.text : m.originalText);
        r.dots = dots.value(i.id, -1);
        return r;
    }

    QString itemTitle(const QUuid &id) const
    {
        if (const Cluster *c = m_data.table<Cluster>().find(id))
            return c->title;
        if (const Idea *i = m_data.table<Idea>().find(id))
            return i->text;
        if (const SystemChange *s = m_data.table<SystemChange>().find(id))
            return s->title;
        if (const Action *a = m_data.table<Action>().find(id))
            return a->description;
        return QString();
    }

    ReportRound round(const VotingRound &vr)
    {
        const RoundResults res = computeResults(m_data, vr.id, weightingFromCode(m_data.workshop().weighting));
        ReportRound r;
        r.title = vr.title;
        r.open = vr.open;
        r.weighting = L().weighting(weightingCode(res.weighting));
        r.totalDots = res.totalDots;
        for (auto it = res.votersBy.cbegin(); it != res.votersBy.cend(); ++it)
            r.voters += it.value();
        for (const QString &c : constituency::codes()) {
            if (res.shownConstituencies.contains(c))
                r.shown.append(L().constituency(c));
            else if (res.votersBy.value(c) > 0)
                r.notShown.append(L().constituency(c));
        }
        for (const ItemResult &item : res.items) {
            if (item.raw <= 0)
                continue;
            ReportVoteRow row;
            row.item = itemTitle(item.targetId);
            row.rank = item.rank;
            row.raw = item.raw;
            row.weighted = item.weighted;
            row.divergent = item.divergent;
            for (const QString &c : res.shownConstituencies)
                row.shares.append(item.shareBy.value(c));
            r.rows.append(row);
        }
        return r;
    }

    ReportStep step(int s)
    {
        ReportStep st;
        st.step = s;
        st.title = L().step(s);
        for (const Prompt &p : m_data.prompts(s))
            st.prompts.append(L().prompt(s, p.text));

        // Rounds of this step, oldest first; ideas show the dots of the latest closed round on ideas.
        auto rounds = m_data.table<VotingRound>().select([s](const VotingRound &r) { return r.step == s; });
        std::stable_sort(rounds.begin(), rounds.end(),
                         [](const VotingRound &a, const VotingRound &b) { return a.created < b.created; });
        QHash<QUuid, int> dots;
        for (const VotingRound &vr : rounds) {
            if (m_input.content.votes)
                st.rounds.append(round(vr));
            if (vr.target == QLatin1StringView("ideas") && !vr.open) {
                dots.clear();
                for (const Vote &v : m_data.table<Vote>().items())
                    if (v.roundId == vr.id)
                        dots[v.targetId] += v.dots;
            }
        }

        QHash<QUuid, QList<ReportIdea>> byCluster;
        QHash<QUuid, QStringList> codesBy;
        for (const Idea &i : m_data.ideas(s)) {
            if (i.hidden || !i.revealed) {
                ++st.hidden;
                continue;
            }
            if (!i.clusterId.isNull() && m_data.table<Cluster>().contains(i.clusterId)) {
                byCluster[i.clusterId].append(idea(i, dots));
                if (!codesBy[i.clusterId].contains(i.constituency))
                    codesBy[i.clusterId].append(i.constituency);
            } else
                st.loose.append(idea(i, dots));
        }
        for (const Cluster &c : m_data.clusters(s)) {
            ReportCluster rc;
            rc.id = c.id;
            rc.title = c.title;
            rc.colour = QColor(c.colour);
            tagsOf(c.id, &rc.themes, &rc.factors);
            rc.ideas = byCluster.value(c.id);
            const QStringList codes = codesBy.value(c.id);
            for (const QString &code : constituency::codes())
                if (codes.contains(code) && !safeConstituency(code).isEmpty())
                    rc.provenance.append(safeConstituency(code));
            st.clusters.append(rc);
        }
        return st;
    }

    void links()
    {
        QHash<QUuid, QStringList> from, to;
        for (const Link &l : m_data.table<Link>().all()) {
            from[l.toId].append(itemTitle(l.fromId));
            to[l.fromId].append(itemTitle(l.toId));
        }
        auto changes = m_data.table<SystemChange>().all();
        std::stable_sort(changes.begin(), changes.end(),
                         [](const SystemChange &a, const SystemChange &b) { return a.created < b.created; });
        for (const SystemChange &sc : changes) {
            ReportSystemChange r;
            r.title = sc.title;
            r.targetActor = sc.targetActor;
            r.policyElement = sc.policyElement;
            r.currentState = sc.currentState;
            r.proposedChange = sc.proposedChange;
            QStringList themes;
            tagsOf(sc.id, &themes, &r.factors);
            r.visions = from.value(sc.id);
            if (!sc.sourceId.isNull() && !r.visions.contains(itemTitle(sc.sourceId)) && !itemTitle(sc.sourceId).isEmpty())
                r.visions.prepend(itemTitle(sc.sourceId));
            for (const QString &t : to.value(sc.id))
                r.actions.append(t);
            m_r.systemChanges.append(r);
        }
        auto actions = m_data.table<Action>().all();
        std::stable_sort(actions.begin(), actions.end(), [](const Action &a, const Action &b) {
            return a.dueDate != b.dueDate ? (a.dueDate.isEmpty() ? false : b.dueDate.isEmpty() || a.dueDate < b.dueDate)
                                          : a.created < b.created;
        });
        for (const Action &a : actions) {
            ReportAction r;
            r.description = a.description;
            r.owner = personName(a.ownerId);
            r.coOwner = personName(a.coOwnerId);
            r.dueDate = formatDate(a.dueDate);
            r.status = L().status(a.status);
            r.origin = a.origin;
            r.systemChanges = from.value(a.id);
            m_r.actions.append(r);
        }
    }

    QString formatDate(const QString &iso) const
    {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        return d.isValid() ? m_locale.toString(d, QLocale::LongFormat) : iso;
    }

    void balance()
    {
        const Balance b = computeBalance(m_data);
        for (const ConstituencyShare &s : b.rows) {
            if (!s.people && !s.ideas && !s.votes)
                continue;
            m_r.balance.append({L().constituency(s.constituency), s.people, s.ideas, s.votes, s.peopleShare,
                                s.ideaShare, s.voteShare, s.fewIdeas || s.fewVotes});
        }
        m_r.unknownIdeas = b.unknownIdeas;
    }

    void factors()
    {
        for (int s = step::First; s <= step::Last; ++s)
            m_r.stepTitles.append(L().step(s));
        QHash<QUuid, int> stepOf;
        for (const Idea &i : m_data.table<Idea>().items())
            if (i.mergedInto.isNull() && !i.hidden && i.revealed)
                stepOf.insert(i.id, i.step);
        for (const Cluster &c : m_data.table<Cluster>().items())
            stepOf.insert(c.id, c.step);
        for (const SystemChange &sc : m_data.table<SystemChange>().items())
            stepOf.insert(sc.id, 2);
        QHash<QUuid, ReportFactorRow> rows;
        const auto catalogue = m_data.catalogue(QStringLiteral("factor"));
        for (const CatalogueItem &c : catalogue)
            rows.insert(c.id, {c.code, shipped::displayName(c, m_input.language), {0, 0, 0}});
        for (const Tag &t : m_data.table<Tag>().items()) {
            const int s = stepOf.value(t.targetId);
            if (s >= 1 && s <= 3 && rows.contains(t.itemId))
                ++rows[t.itemId].perStep[s - 1];
        }
        for (const CatalogueItem &c : catalogue)
            m_r.factors.append(rows.value(c.id));
    }

    static bool isIntervention(const ChangeSet &cs)
    {
        static const QStringList layoutOnly{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("collapsed")};
        for (const Change &c : cs.changes) {
            if (c.op == Change::Op::Remove)
                return true;
            if (c.op == Change::Op::Update)
                for (auto it = c.after.constBegin(); it != c.after.constEnd(); ++it)
                    if (!layoutOnly.contains(it.key()))
                        return true;
        }
        return false;
    }

    void interventions()
    {
        QStringList hiddenNames;
        for (const Participant &p : m_data.table<Participant>().items())
            if (!p.consent && !p.name.trimmed().isEmpty())
                hiddenNames.append(p.name.trimmed());
        // Longest first, so a name containing another is replaced whole.
        std::sort(hiddenNames.begin(), hiddenNames.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        auto scrub = [&](QString s) {
            for (const QString &n : hiddenNames)
                s.replace(n, L().text(Label::NotNamed), Qt::CaseInsensitive);
            return s;
        };
        for (const HistoryEntry &h : m_input.history) {
            if (!isIntervention(h.changes))
                continue;
            m_r.log.append({m_locale.toString(h.at.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), scrub(h.actor),
                            scrub(h.description)});
        }
    }

    void cover()
    {
        const Workshop &w = m_data.workshop();
        m_r.title = w.title;
        m_r.context = w.context;
        const QString start = formatDate(w.startDate), end = formatDate(w.endDate);
        m_r.dates = start.isEmpty() || end.isEmpty() || start == end ? (start.isEmpty() ? end : start)
                                                                     : start + QStringLiteral(" – ") + end;
        m_r.mode = L().mode(w.mode);
        m_r.facilitators = w.facilitators;
        QStringList langs;
        for (const QString &code : w.languages.split(QLatin1Char(','), Qt::SkipEmptyParts))
            langs.append(L().languageName(code.trimmed()));
        m_r.languages = langs.join(QStringLiteral(", "));
        const QDateTime at = m_input.generatedAt.isValid() ? m_input.generatedAt : QDateTime::currentDateTimeUtc();
        m_r.generated = L().text(Label::Generated).arg(m_locale.toString(at.toUTC().date(), QLocale::LongFormat));
        for (const QString &code : constituency::codes()) {
            ReportConstituency c;
            c.label = L().constituency(code);
            for (const Participant &p : m_data.participants()) {
                if (p.constituency != code || p.role == QLatin1StringView("facilitator"))
                    continue;
                ++c.people;
                if (p.consent)
                    c.named.append(p.name);
            }
            if (c.people)
                m_r.constituencies.append(c);
        }
    }

private:
    const WorkshopData &m_data;
    const ReportInput &m_input;
    Report &m_r;
    QLocale m_locale;
    QHash<QUuid, QList<QUuid>> m_tags;
    QHash<QString, int> m_groupSize;
    QHash<QUuid, QList<Idea>> m_merged;
};

} // namespace

Report buildReport(const WorkshopData &data, const ReportInput &input)
{
    Report r;
    r.labels = input.labels ? input.labels : std::make_shared<const ReportLabels>(input.language);
    r.content = input.content;
    Builder b(data, input, r);
    b.cover();
    if (input.content.steps || input.content.votes)
        for (int s = step::First; s <= step::Last; ++s)
            r.steps.append(b.step(s));
    b.links();
    b.balance();
    b.factors();
    if (input.content.interventions)
        b.interventions();
    return r;
}

} // namespace pamoja
