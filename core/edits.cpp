#include "edits.h"

#include "boardplacement.h"
#include "domain/constituency.h"
#include "language/languagedetector.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pamoja::edits {

namespace {
QSet<QUuid> toSet(const QList<QUuid> &ids)
{
    return QSet<QUuid>(ids.cbegin(), ids.cend());
}
} // namespace

bool languageDetected(const Idea &idea)
{
    return idea.languageConfidence > 0 && idea.languageConfidence < LanguageGiven;
}

void detectLanguage(Idea &idea)
{
    if (!idea.language.isEmpty() && !languageDetected(idea))
        return; // given: never overwritten
    const language::Detection d = language::detectLanguage(idea.text);
    idea.language = d.reliable ? d.code : QString();
    idea.languageConfidence = d.reliable ? d.confidence : 0;
}

ChangeSet detectLanguages(const WorkshopData &data)
{
    ChangeSet cs;
    for (const Idea &i : data.table<Idea>().select([](const Idea &i) { return i.language.isEmpty(); }))
        cs.append(modify<Idea>(data, i.id, [](Idea &x) { detectLanguage(x); }));
    return cs;
}

Result<Idea> makeIdea(const WorkshopData &data, const IdeaDraft &d)
{
    const QString text = normaliseLineBreaks(d.text).trimmed();
    if (text.isEmpty())
        return Error{QCoreApplication::translate("pamoja::Edits", "An idea needs some text.")};
    if (text.size() > 4000)
        return Error{QCoreApplication::translate("pamoja::Edits", "An idea can be at most 4000 characters long.")};
    if (d.step < step::First || d.step > step::Last)
        return Error{QCoreApplication::translate("pamoja::Edits", "There is no step %1.").arg(d.step)};
    Idea idea;
    idea.id = d.id.isNull() ? newId() : d.id;
    idea.step = d.step;
    idea.text = text;
    idea.originalText = text;
    if (!d.language.isEmpty()) {
        idea.language = d.language;
        idea.languageConfidence = LanguageGiven;
    } else {
        detectLanguage(idea);
    }
    idea.source = d.source;
    idea.created = idea.modified = QDateTime::currentDateTimeUtc();
    idea.promptId = d.promptId;
    if (idea.promptId.isNull()) {
        const auto prompts = data.prompts(d.step);
        if (!prompts.isEmpty())
            idea.promptId = prompts.first().id;
    } else if (!data.table<Prompt>().contains(idea.promptId)) {
        return Error{QCoreApplication::translate("pamoja::Edits", "That prompt does not exist.")};
    }
    if (!d.authorId.isNull()) {
        const Participant *p = data.participant(d.authorId);
        if (!p)
            return Error{QCoreApplication::translate("pamoja::Edits", "That participant does not exist.")};
        idea.authorId = p->id;
        idea.constituency = p->constituency;
    } else if (!d.constituency.isEmpty()) {
        if (!constituency::isValid(d.constituency))
            return Error{QCoreApplication::translate("pamoja::Edits", "Unknown constituency \"%1\".").arg(d.constituency)};
        idea.constituency = d.constituency;
    }
    idea.revealed = !data.workshop().privateWriting;
    // The first free cell of the incoming lane: never over a cluster or another note, O(log n).
    const QPointF at = FreeSpots(data, d.step).take();
    idea.x = at.x();
    idea.y = at.y();
    return idea;
}

Result<ChangeSet> addIdea(const WorkshopData &data, const IdeaDraft &draft, QUuid *newIdOut)
{
    auto idea = makeIdea(data, draft);
    if (!idea)
        return Error{idea.error()};
    ChangeSet cs;
    cs.insert(*idea);
    if (newIdOut)
        *newIdOut = idea->id;
    return cs;
}

ChangeSet editIdeaText(const WorkshopData &data, const QUuid &id, const QString &text)
{
    const QString t = normaliseLineBreaks(text).trimmed();
    if (t.isEmpty())
        return {};
    return modify<Idea>(data, id, [&](Idea &i) {
        if (i.text != t) {
            i.text = t;
            i.modified = QDateTime::currentDateTimeUtc();
            detectLanguage(i); // a detected language follows the text; a given one stays
            if (i.translationSource == QLatin1String("machine")) {
                // A machine translation of the old words would stand beside the new ones as theirs.
                i.translation.clear();
                i.translationLanguage.clear();
                i.translationSource.clear();
            }
        }
    });
}

ChangeSet setIdeasHidden(const WorkshopData &data, const QList<QUuid> &ids, bool hidden)
{
    ChangeSet cs;
    for (const QUuid &id : ids)
        cs.append(modify<Idea>(data, id, [&](Idea &i) { i.hidden = hidden; }));
    return cs;
}

ChangeSet revealStep(const WorkshopData &data, int step)
{
    ChangeSet cs;
    for (const Idea &i : data.table<Idea>().select([step](const Idea &i) { return i.step == step && !i.revealed; }))
        cs.append(modify<Idea>(data, i.id, [](Idea &x) { x.revealed = true; }));
    return cs;
}

ChangeSet moveIdea(const WorkshopData &data, const QUuid &id, double x, double y)
{
    return modify<Idea>(data, id, [&](Idea &i) {
        i.x = x;
        i.y = y;
    });
}

ChangeSet removeDependents(const WorkshopData &data, const QUuid &id)
{
    ChangeSet cs;
    for (const Tag &t : data.table<Tag>().select([&](const Tag &t) { return t.targetId == id; }))
        cs.remove(t);
    for (const Vote &v : data.table<Vote>().select([&](const Vote &v) { return v.targetId == id; }))
        cs.remove(v);
    for (const Link &l : data.table<Link>().select([&](const Link &l) { return l.fromId == id || l.toId == id; }))
        cs.remove(l);
    // A system change keeps its text but forgets a source that no longer exists (a dangling source
    // would make the workshop's own export impossible to import).
    for (const SystemChange &c : data.table<SystemChange>().select([&](const SystemChange &c) { return c.sourceId == id; }))
        cs.append(modify<SystemChange>(data, c.id, [](SystemChange &x) { x.sourceId = QUuid(); }));
    return cs;
}

ChangeSet removeIdeas(const WorkshopData &data, const QList<QUuid> &ids)
{
    ChangeSet cs;
    const QSet<QUuid> removing = toSet(ids);
    for (const QUuid &id : ids) {
        const Idea *idea = data.table<Idea>().find(id);
        if (!idea)
            continue;
        // Duplicates merged into a removed idea come back rather than disappear with it.
        for (const Idea &dup : data.table<Idea>().select([&](const Idea &i) { return i.mergedInto == id; }))
            if (!removing.contains(dup.id))
                cs.append(modify<Idea>(data, dup.id, [](Idea &i) { i.mergedInto = QUuid(); }));
        cs.append(removeDependents(data, id));
        cs.remove(*idea);
    }
    return cs;
}

ChangeSet mergeIdeas(const WorkshopData &data, const QUuid &target, const QList<QUuid> &duplicates)
{
    ChangeSet cs;
    // The funnel's merge rule (validation.h, mergeProblem): a visible target (or one merged into one
    // of the duplicates, which this merge brings back), duplicates of its step.
    const Idea *into = data.table<Idea>().find(target);
    if (!into || (!into->mergedInto.isNull() && !duplicates.contains(into->mergedInto)))
        return cs;
    for (const QUuid &id : duplicates) {
        const Idea *dup = data.table<Idea>().find(id);
        if (id == target || !dup || dup->step != into->step)
            continue;
        // Ideas already merged into the duplicate follow it to the new target.
        // The target itself may be one of them (merging an idea into its own duplicate): it becomes
        // the visible idea instead of pointing at itself and vanishing from the board.
        for (const Idea &i : data.table<Idea>().select([&](const Idea &i) { return i.mergedInto == id; }))
            cs.append(modify<Idea>(data, i.id, [&](Idea &x) { x.mergedInto = x.id == target ? QUuid() : target; }));
        cs.append(modify<Idea>(data, id, [&](Idea &i) {
            i.mergedInto = target;
            i.clusterId = QUuid();
        }));
    }
    return cs;
}

ChangeSet unmergeIdea(const WorkshopData &data, const QUuid &id)
{
    return modify<Idea>(data, id, [](Idea &i) { i.mergedInto = QUuid(); });
}

ChangeSet createCluster(const WorkshopData &data, int step, const QString &title, const QList<QUuid> &ideas,
                        QUuid *newIdOut)
{
    static const QStringList palette{QStringLiteral("#f6d55c"), QStringLiteral("#9bd0f5"),
                                     QStringLiteral("#a8e6a1"), QStringLiteral("#f5b7b1"),
                                     QStringLiteral("#d7bde2"), QStringLiteral("#fad7a0")};
    Cluster c;
    c.id = newId();
    c.step = step;
    c.title = title.trimmed().isEmpty() ? QCoreApplication::translate("pamoja::Edits", "New cluster") : title.trimmed();
    c.colour = palette.at(data.table<Cluster>().size() % palette.size());
    if (!ideas.isEmpty()) {
        if (const Idea *first = data.table<Idea>().find(ideas.first())) {
            c.x = first->x;
            c.y = first->y;
        }
    }
    ChangeSet cs;
    cs.insert(c);
    cs.append(setCluster(data, ideas, c.id));
    if (newIdOut)
        *newIdOut = c.id;
    return cs;
}

ChangeSet setCluster(const WorkshopData &data, const QList<QUuid> &ideas, const QUuid &clusterId)
{
    ChangeSet cs;
    for (const QUuid &id : ideas)
        cs.append(modify<Idea>(data, id, [&](Idea &i) { i.clusterId = clusterId; }));
    return cs;
}

ChangeSet removeCluster(const WorkshopData &data, const QUuid &clusterId)
{
    ChangeSet cs;
    const Cluster *c = data.table<Cluster>().find(clusterId);
    if (!c)
        return cs;
    for (const Idea &i : data.table<Idea>().select([&](const Idea &i) { return i.clusterId == clusterId; }))
        cs.append(modify<Idea>(data, i.id, [](Idea &x) { x.clusterId = QUuid(); }));
    cs.append(removeDependents(data, clusterId));
    cs.remove(*c);
    return cs;
}

ChangeSet mergeClusters(const WorkshopData &data, const QUuid &target, const QUuid &source)
{
    ChangeSet cs;
    const Cluster *into = data.table<Cluster>().find(target);
    const Cluster *from = data.table<Cluster>().find(source);
    if (!into || !from || target == source || into->step != from->step)
        return cs;
    for (const Idea &i : data.table<Idea>().select([&](const Idea &i) { return i.clusterId == source; }))
        cs.append(modify<Idea>(data, i.id, [&](Idea &x) { x.clusterId = target; }));

    const QList<QUuid> targetTags = data.tagItemsOf(target);
    for (const Tag &t : data.table<Tag>().select([&](const Tag &t) { return t.targetId == source; })) {
        if (targetTags.contains(t.itemId))
            cs.remove(t);
        else
            cs.append(modify<Tag>(data, t.id, [&](Tag &x) { x.targetId = target; }));
    }

    // A voter's vote on the source joins their vote on the target; their dots add up (to the round's
    // maximum per item). Votes without a voter (imported) stay separate votes.
    QHash<QUuid, int> addedDots; // target vote -> dots from the source
    for (const Vote &v : data.table<Vote>().select([&](const Vote &v) { return v.targetId == source; })) {
        const auto same = v.participantId.isNull() ? QList<Vote>() : data.table<Vote>().select([&](const Vote &w) {
            return w.targetId == target && w.roundId == v.roundId && w.participantId == v.participantId;
        });
        if (same.isEmpty()) {
            cs.append(modify<Vote>(data, v.id, [&](Vote &x) { x.targetId = target; }));
            continue;
        }
        addedDots[same.first().id] += v.dots;
        cs.remove(v);
    }
    for (auto it = addedDots.constBegin(); it != addedDots.constEnd(); ++it) {
        const Vote *kept = data.table<Vote>().find(it.key());
        const VotingRound *round = data.table<VotingRound>().find(kept->roundId);
        const int dots = kept->dots + it.value();
        cs.append(modify<Vote>(data, kept->id, [&](Vote &x) { x.dots = round ? qMin(round->maxPerItem, dots) : dots; }));
    }

    auto key = [](const QUuid &a, const QUuid &b) { return a.toString() + b.toString(); };
    QSet<QString> links;
    for (const Link &l : data.table<Link>().items())
        if (l.fromId != source && l.toId != source)
            links.insert(key(l.fromId, l.toId));
    for (const Link &l : data.table<Link>().select([&](const Link &l) { return l.fromId == source || l.toId == source; })) {
        const QUuid a = l.fromId == source ? target : l.fromId;
        const QUuid b = l.toId == source ? target : l.toId;
        if (a == b || links.contains(key(a, b))) {
            cs.remove(l);
            continue;
        }
        links.insert(key(a, b));
        cs.append(modify<Link>(data, l.id, [&](Link &x) {
            x.fromId = a;
            x.toId = b;
        }));
    }

    for (const SystemChange &c : data.table<SystemChange>().select([&](const SystemChange &c) { return c.sourceId == source; }))
        cs.append(modify<SystemChange>(data, c.id, [&](SystemChange &x) { x.sourceId = target; }));
    cs.remove(*from);
    return cs;
}

ChangeSet addTag(const WorkshopData &data, const QList<QUuid> &targets, const QUuid &itemId)
{
    ChangeSet cs;
    if (!data.table<CatalogueItem>().contains(itemId))
        return cs;
    QSet<QUuid> seen; // a target listed twice gets one tag (tags are unique per target and item)
    for (const QUuid &target : targets) {
        if (seen.contains(target) || data.tagItemsOf(target).contains(itemId))
            continue;
        seen.insert(target);
        Tag t;
        t.id = newId();
        t.targetId = target;
        t.itemId = itemId;
        cs.insert(t);
    }
    return cs;
}

ChangeSet removeTag(const WorkshopData &data, const QList<QUuid> &targets, const QUuid &itemId)
{
    ChangeSet cs;
    const QSet<QUuid> set = toSet(targets);
    for (const Tag &t : data.table<Tag>().select([&](const Tag &t) { return t.itemId == itemId && set.contains(t.targetId); }))
        cs.remove(t);
    return cs;
}

QUuid findOrCreateOrganisation(const WorkshopData &data, const QString &name, const Participant &member, ChangeSet &cs)
{
    const QString org = name.trimmed();
    if (org.isEmpty())
        return {};
    const auto found = data.table<Organisation>().select(
        [&](const Organisation &o) { return o.name.compare(org, Qt::CaseInsensitive) == 0 || o.shortName == org; });
    if (!found.isEmpty())
        return found.first().id;
    Organisation o;
    o.id = newId();
    o.name = org;
    o.constituency = member.constituency;
    o.country = member.country;
    cs.insert(o);
    return o.id;
}

Result<ChangeSet> addParticipant(const WorkshopData &data, Participant p, const QString &organisationName,
                                 QUuid *newIdOut)
{
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return Error{QCoreApplication::translate("pamoja::Edits", "A participant needs a name or an alias.")};
    if (!constituency::isValid(p.constituency))
        return Error{QCoreApplication::translate("pamoja::Edits", "Unknown constituency \"%1\"; use south, north, donor or other.").arg(p.constituency)};
    for (const Participant &other : data.table<Participant>().items())
        if (other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return Error{QCoreApplication::translate("pamoja::Edits", "There is already a participant called \"%1\".").arg(p.name)};
    ChangeSet cs;
    p.organisationId = findOrCreateOrganisation(data, organisationName, p, cs);
    if (p.id.isNull())
        p.id = newId();
    cs.insert(p);
    if (newIdOut)
        *newIdOut = p.id;
    return cs;
}

ChangeSet openRound(const WorkshopData &, const VotingRound &round)
{
    VotingRound r = round;
    if (r.id.isNull())
        r.id = newId();
    if (!r.created.isValid())
        r.created = QDateTime::currentDateTimeUtc();
    r.open = true;
    ChangeSet cs;
    cs.insert(r);
    return cs;
}

Result<ChangeSet> setDots(const WorkshopData &data, const QUuid &roundId, const QUuid &participantId,
                          const QUuid &targetId, int dots)
{
    const VotingRound *round = data.table<VotingRound>().find(roundId);
    if (!round)
        return Error{QCoreApplication::translate("pamoja::Edits", "That voting round does not exist.")};
    if (!round->open)
        return Error{QCoreApplication::translate("pamoja::Edits", "The voting round \"%1\" is closed.").arg(round->title)};
    if (!data.participant(participantId))
        return Error{QCoreApplication::translate("pamoja::Edits", "That participant does not exist.")};
    if (dots < 0 || dots > round->maxPerItem)
        return Error{QCoreApplication::translate("pamoja::Edits", "Each item can get at most %n dot(s) from one person.", nullptr, round->maxPerItem)};
    int used = 0;
    const Vote *existing = nullptr;
    for (const Vote &v : data.table<Vote>().items()) {
        if (v.roundId != roundId || v.participantId != participantId)
            continue;
        if (v.targetId == targetId)
            existing = &v;
        else
            used += v.dots;
    }
    if (used + dots > round->dotsPerParticipant)
        return Error{QCoreApplication::translate("pamoja::Edits", "%1 has no dots left in this round.").arg(data.participantName(participantId))};
    ChangeSet cs;
    if (existing && dots == 0) {
        cs.remove(*existing);
    } else if (existing) {
        cs.append(modify<Vote>(data, existing->id, [&](Vote &v) { v.dots = dots; }));
    } else if (dots > 0) {
        Vote v;
        v.id = newId();
        v.roundId = roundId;
        v.participantId = participantId;
        v.targetId = targetId;
        v.dots = dots;
        cs.insert(v);
    }
    return cs;
}

ChangeSet resetVotes(const WorkshopData &data, const QUuid &roundId)
{
    ChangeSet cs;
    for (const Vote &v : data.table<Vote>().select([&](const Vote &v) { return v.roundId == roundId; }))
        cs.remove(v);
    return cs;
}

ChangeSet link(const WorkshopData &data, const QUuid &from, const QUuid &to)
{
    ChangeSet cs;
    if (from == to || !data.table<Link>().select([&](const Link &l) { return l.fromId == from && l.toId == to; }).isEmpty())
        return cs;
    Link l;
    l.id = newId();
    l.fromId = from;
    l.toId = to;
    cs.insert(l);
    return cs;
}

ChangeSet unlink(const WorkshopData &data, const QUuid &from, const QUuid &to)
{
    ChangeSet cs;
    for (const Link &l : data.table<Link>().select([&](const Link &l) { return l.fromId == from && l.toId == to; }))
        cs.remove(l);
    return cs;
}

} // namespace pamoja::edits
