#include "mergeplan.h"

#include "mergefold.h"
#include "mergegraph.h"

#include <QCoreApplication>

namespace pamoja::merge {

namespace {

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// Participants of the copies (not in the target) with the name and organisation of one in it.
QList<ParticipantMatch> matchParticipants(const WorkshopData &target, const State &state, const QSet<QUuid> &keepSeparate)
{
    const auto &people = state[int(EntityKind::Participant)];
    const auto &orgs = state[int(EntityKind::Organisation)];
    const auto keyOf = [&](const Record &p) {
        const QString name = nameKey(p.value(QStringLiteral("name")).toString());
        if (name.isEmpty())
            return QString();
        const QString org = p.value(QStringLiteral("organisation_id")).toString();
        const auto o = org.isEmpty() ? orgs.constEnd() : orgs.constFind(QUuid::fromString(org));
        return name + QLatin1Char('/') + (o == orgs.constEnd() ? QString() : nameKey(o->value(QStringLiteral("name")).toString()));
    };
    QHash<QString, QUuid> here; // of several with one key, the smallest id
    for (auto it = people.constBegin(); it != people.constEnd(); ++it) {
        if (!target.table<Participant>().contains(it.key()))
            continue;
        const QString key = keyOf(*it);
        if (key.isEmpty())
            continue;
        const auto h = here.find(key);
        if (h == here.end())
            here.insert(key, it.key());
        else if (it.key() < *h)
            *h = it.key();
    }
    QList<ParticipantMatch> out;
    for (auto it = people.constBegin(); it != people.constEnd(); ++it) {
        if (target.table<Participant>().contains(it.key()) || keepSeparate.contains(it.key()))
            continue;
        const QString key = keyOf(*it);
        if (const QUuid match = here.value(key); !key.isEmpty() && !match.isNull()) {
            const QString org = it->value(QStringLiteral("organisation_id")).toString();
            out.append({it.key(), match, it->value(QStringLiteral("name")).toString(),
                        org.isEmpty() ? QString() : orgs.value(QUuid::fromString(org)).value(QStringLiteral("name")).toString()});
        }
    }
    std::sort(out.begin(), out.end(), [](const ParticipantMatch &a, const ParticipantMatch &b) { return a.sourceId < b.sourceId; });
    return out;
}

// The difference between the target and the merged state as one change set: removals first (a tag
// or link replaced by the same pair under a smaller id leaves before the other comes), then inserts
// and updates in dependency order.
ChangeSet diff(const WorkshopData &target, const State &state, Summary &summary)
{
    ChangeSet cs;
    const QList<EntityKind> &kinds = allKinds();
    for (auto k = kinds.crbegin(); k != kinds.crend(); ++k) {
        const auto &table = state[int(*k)];
        withEntityType(*k, [&]<class T>() {
            for (const T &e : target.table<T>().all())
                if (!table.contains(e.id)) {
                    cs.remove(e);
                    ++summary.removed;
                }
        });
    }
    for (EntityKind kind : allKinds()) {
        const auto &table = state[int(kind)];
        QList<QUuid> ids = table.keys();
        std::sort(ids.begin(), ids.end());
        for (const QUuid &id : std::as_const(ids)) {
            const Record &after = table[id];
            const std::optional<Record> before = target.record(kind, id);
            if (!before) {
                cs.changes.append({Change::Op::Insert, kind, id, {}, after});
                ++summary.added;
                if (kind == EntityKind::Idea && after.value(QStringLiteral("review")).toBool())
                    ++summary.flagged;
                continue;
            }
            const qsizetype n = cs.changes.size();
            cs.addUpdate(kind, id, *before, after);
            if (cs.changes.size() > n) {
                ++summary.updated;
                if (kind == EntityKind::Idea && after.value(QStringLiteral("review")).toBool() &&
                    !before->value(QStringLiteral("review")).toBool())
                    ++summary.flagged;
            }
        }
    }
    return cs;
}

} // namespace

QStringList Summary::lines() const
{
    QStringList out{QCoreApplication::translate("pamoja::Merge", "%1 added, %2 updated, %3 removed.").arg(added).arg(updated).arg(removed),
                    QCoreApplication::translate("pamoja::Merge", "%1 ideas flagged for review.").arg(flagged)};
    if (matched > 0)
        out.append(QCoreApplication::translate("pamoja::Merge", "%1 participants taken as ones already here (same name and organisation).").arg(matched));
    out.append(QCoreApplication::translate("pamoja::Merge", "%1 history entries learned.").arg(learned));
    return out;
}

Result<Plan> planMerge(const WorkshopData &target, const QList<HistoryEntry> &targetHistory, const QList<Side> &sources,
                       const Options &options)
{
    const QList<Workshop> here = target.table<Workshop>().all();
    for (const Side &s : sources) {
        const QList<Workshop> there = s.data->table<Workshop>().all();
        if (here.size() != 1 || there.size() != 1 || here.first().id != there.first().id)
            return Error{QCoreApplication::translate("pamoja::Merge", "%1 is not a copy of this workshop (\"%2\"): only copies of one workshop can be merged.")
                             .arg(s.name, there.isEmpty() ? QString() : there.first().title)};
    }
    Plan plan;
    QList<const HistoryEntry *> all;
    QSet<QString> known;
    for (const HistoryEntry &e : targetHistory) {
        all.append(&e);
        known.insert(e.entryId);
    }
    const QSet<QString> targetIds = known;
    const QString targetHead = targetHistory.isEmpty() ? QString() : targetHistory.last().entryId;
    QStringList newHeads;
    QList<const HistoryEntry *> learnedFrom;
    for (const Side &s : sources) {
        for (const HistoryEntry &e : s.history) {
            if (e.entryId.isEmpty() || known.contains(e.entryId))
                continue;
            known.insert(e.entryId);
            learnedFrom.append(&e);
        }
        if (!s.history.isEmpty() && !newHeads.contains(s.history.last().entryId) && !targetIds.contains(s.history.last().entryId))
            newHeads.append(s.history.last().entryId);
    }
    if (learnedFrom.isEmpty())
        return plan;
    all += learnedFrom;
    const Graph graph(all);

    // Fields no entry wrote come from the target, else from the copy whose head has the smallest id.
    QList<const Side *> bySide;
    for (const Side &s : sources)
        bySide.append(&s);
    std::sort(bySide.begin(), bySide.end(), [](const Side *a, const Side *b) {
        return (a->history.isEmpty() ? QString() : a->history.last().entryId) < (b->history.isEmpty() ? QString() : b->history.last().entryId);
    });
    QList<const WorkshopData *> fallbacks;
    for (const Side *s : std::as_const(bySide))
        fallbacks.append(s->data);

    State state = stateOf(target);
    foldAll(graph, state, fallbacks);
    QHash<QUuid, QUuid> aliases;
    for (const HistoryEntry *e : std::as_const(all))
        for (auto it = e->aliases.constBegin(); it != e->aliases.constEnd(); ++it)
            aliases.insert(it.key(), it.value());
    plan.participantMatches = matchParticipants(target, state, options.keepSeparate);
    QHash<QUuid, QUuid> newAliases;
    for (const ParticipantMatch &m : std::as_const(plan.participantMatches))
        if (!aliases.contains(m.sourceId))
            newAliases.insert(m.sourceId, m.targetId);
    aliases.insert(newAliases);
    settle(state, aliases);

    plan.summary.matched = int(plan.participantMatches.size());
    plan.summary.learned = int(learnedFrom.size());
    plan.changes = diff(target, state, plan.summary);
    for (const HistoryEntry *e : std::as_const(learnedFrom))
        plan.learned.append(*e);

    // A fast-forward: one copy that had seen everything the target has; its head becomes the target's.
    const qsizetype headIndex = graph.indexOf(targetHead);
    const bool fastForward = newHeads.size() == 1 && newAliases.isEmpty() && plan.learned.last().entryId == newHeads.first() &&
                             graph.indexOf(newHeads.first()) >= 0 && (headIndex < 0 || graph.seen(headIndex, graph.indexOf(newHeads.first())));
    if (!fastForward) {
        HistoryEntry m;
        m.at = QDateTime::currentDateTimeUtc();
        m.actor = options.actor;
        m.description = options.description.isEmpty() ? QCoreApplication::translate("pamoja::Merge", "Merge workshops") : options.description;
        m.changes = plan.changes;
        m.entryId = idString(QUuid::createUuid());
        if (!targetHead.isEmpty())
            m.parents.append(targetHead);
        newHeads.sort();
        m.parents += newHeads;
        m.merge = true;
        m.aliases = newAliases;
        plan.mergeEntry = m;
    }
    if (Status s = target.check(plan.changes); !s)
        return Error{QCoreApplication::translate("pamoja::Merge", "The copies cannot be merged: %1 Nothing was changed.").arg(s.error())};
    return plan;
}

} // namespace pamoja::merge
