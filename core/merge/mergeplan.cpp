#include "mergeplan.h"

#include "../domain/identity.h"
#include "../domain/validation.h"
#include "mergehistory.h"
#include "mergematch.h"

#include <QCoreApplication>

namespace pamoja::merge {

namespace {

const QString ReviewField = QStringLiteral("review");

struct Outcome
{
    EntityKind kind;
    Change::Op op;
    Record after; // Insert and Update: the whole record afterwards
    Record via;   // Update: the version that lost, passed through so it stays in the history
};

bool flagOf(const Record &r)
{
    return r.value(ReviewField).toBool();
}

// The order of two versions both edited apart: the later edit (ideas keep the time of their last
// edit), then the content itself, so every merge of the same versions picks the same one.
QString winnerKey(EntityKind kind, const Record &r)
{
    const QString content = canonical(kind, r);
    if (kind == EntityKind::Idea)
        return r.value(QStringLiteral("modified")).toString() + QChar(0x1e) + content;
    return content;
}

bool sameContent(EntityKind kind, const Record &t, Record s)
{
    if (kind == EntityKind::Idea)
        s.insert(ReviewField, t.value(ReviewField));
    return recordsEqual(kind, t, s);
}

bool hasReferences(EntityKind kind)
{
    const auto &refs = references();
    return std::any_of(refs.cbegin(), refs.cend(), [&](const Reference &r) { return r.kind == kind; });
}

class Planner
{
public:
    Planner(const Side &target, const Side &source) : m_target(target), m_source(source) {}

    Result<Plan> run()
    {
        m_tf = sideFacts(m_target, m_source.history);
        m_sf = sideFacts(m_source, m_target.history);
        m_ids = matchIdentities(m_target.data, m_source.data);
        if (Status s = checkIds(); !s)
            return Error{s.error()};
        forEachEntityType([&]<class T>() { decideKind<T>(); });
        for (EntityKind k : {EntityKind::Tag, EntityKind::Link, EntityKind::Vote})
            dropRepeated(k);
        if (Status s = keepReferenced(); !s)
            return Error{s.error()};
        keepMergeRule();
        learnVersions();
        return build();
    }

private:
    std::optional<Record> sourceRecord(EntityKind kind, const QUuid &id) const
    {
        auto r = m_source.data.record(kind, id);
        if (r)
            r = remapped(kind, *r, m_ids.remap);
        return r;
    }
    bool targetEdited(EntityKind kind, const QUuid &id, const std::optional<Record> &t) const
    {
        return m_tf.touched.contains(id) && !(t && m_sf.hasSeen(id, versionHash(kind, *t)));
    }
    bool sourceEdited(EntityKind kind, const QUuid &id, const std::optional<Record> &s) const
    {
        return m_sf.touched.contains(id) && !(s && m_tf.hasSeen(id, versionHash(kind, *s)));
    }

    // One id names one thing: a source entity with the id of another kind in the target is refused.
    Status checkIds() const
    {
        for (EntityKind k : allKinds()) {
            Status status = Status::ok();
            withEntityType(k, [&]<class T>() {
                for (auto it = m_source.data.table<T>().items().constBegin(); status && it != m_source.data.table<T>().items().constEnd(); ++it) {
                    for (EntityKind other : allKinds())
                        if (other != k && m_target.data.contains(other, it.key()))
                            status = Error{QCoreApplication::translate("pamoja::Merge", "The workshops cannot be merged: a %1 of the one merged in has the id of a %2 here (%3).")
                                               .arg(kindInfo(k).name, kindInfo(other).name, idString(it.key()))};
                }
            });
            if (!status)
                return status;
        }
        return Status::ok();
    }

    template <class T> void decideKind()
    {
        const auto &targetItems = m_target.data.table<T>().items();
        const auto &sourceItems = m_source.data.table<T>().items();
        for (auto it = sourceItems.constBegin(); it != sourceItems.constEnd(); ++it) {
            if (m_ids.remap.contains(it.key()))
                continue;
            // A workshop merged in that is another workshop altogether keeps the target's settings.
            if (T::Kind == EntityKind::Workshop && !targetItems.contains(it.key()) && !targetItems.isEmpty())
                continue;
            const auto t = targetItems.constFind(it.key());
            decide(T::Kind, it.key(), t == targetItems.constEnd() ? std::nullopt : std::optional<Record>(toRecord(*t)),
                   remapped(T::Kind, toRecord(*it), m_ids.remap));
        }
        for (auto it = targetItems.constBegin(); it != targetItems.constEnd(); ++it)
            if (!sourceItems.contains(it.key()) && m_sf.removed.contains(it.key()))
                decide(T::Kind, it.key(), toRecord(*it), std::nullopt);
    }

    void decide(EntityKind kind, const QUuid &id, const std::optional<Record> &t, const std::optional<Record> &s)
    {
        const bool idea = kind == EntityKind::Idea;
        if (t && s) {
            if (sameContent(kind, *t, *s))
                return;
            const bool te = targetEdited(kind, id, t), se = sourceEdited(kind, id, s);
            const bool conflict = te == se;
            const bool takeSource = conflict ? winnerKey(kind, *s) > winnerKey(kind, *t) : se;
            const bool flag = conflict && idea;
            if (takeSource) {
                Record after = *s;
                // A flag stays until the facilitator clears it here: a merge only ever adds flags.
                if (idea)
                    after.insert(ReviewField, flag || flagOf(*s) || flagOf(*t));
                put(kind, id, Change::Op::Update, after, flag && !flagOf(*t));
                m_tookSource.insert(id);
            } else if (conflict) {
                // The target's version stays; the source's passes through the history first.
                Record after = *t;
                if (flag)
                    after.insert(ReviewField, true);
                put(kind, id, Change::Op::Update, after, flag && !flagOf(*t));
                m_out[id].via = *s;
            }
        } else if (s) {
            if (!m_tf.removed.contains(id)) {
                put(kind, id, Change::Op::Insert, *s, false);
            } else if (sourceEdited(kind, id, s)) {
                // Deleted here, edited there: kept, and flagged so the facilitator decides.
                Record after = *s;
                if (idea)
                    after.insert(ReviewField, true);
                put(kind, id, Change::Op::Insert, after, idea);
            }
        } else if (t) {
            if (!targetEdited(kind, id, t))
                put(kind, id, Change::Op::Remove, *t, false);
            else if (idea && !flagOf(*t))
                flagTarget(id, *t); // deleted there, edited here: kept and flagged
        }
    }

    void put(EntityKind kind, const QUuid &id, Change::Op op, const Record &after, bool flagged)
    {
        const Record via = op == Change::Op::Update ? m_out.value(id).via : Record();
        m_out.insert(id, {kind, op, after, via});
        if (flagged)
            m_flagged.insert(id);
    }
    void flagTarget(const QUuid &id, Record r)
    {
        r.insert(ReviewField, true);
        put(EntityKind::Idea, id, Change::Op::Update, r, true);
    }

    std::optional<Record> resultRecord(EntityKind kind, const QUuid &id) const
    {
        const auto o = m_out.constFind(id);
        if (o != m_out.constEnd())
            return o->op == Change::Op::Remove ? std::nullopt : std::optional<Record>(o->after);
        return m_target.data.record(kind, id);
    }
    bool present(const QUuid &id, std::optional<EntityKind> kind) const
    {
        const auto o = m_out.constFind(id);
        if (o != m_out.constEnd())
            return o->op != Change::Op::Remove && (!kind || o->kind == *kind);
        if (kind)
            return m_target.data.contains(*kind, id);
        const auto &kinds = allKinds();
        return std::any_of(kinds.cbegin(), kinds.cend(), [&](EntityKind k) { return m_target.data.contains(k, id); });
    }

    // The same tag or link (its pair), or a participant's vote on one item in one round, made on two
    // laptops under two ids, is one: of all the ids it has in the result the smallest stays, so the
    // choice does not depend on which copy was merged first.
    static QString sameKey(EntityKind kind, const Record &r)
    {
        if (kind == EntityKind::Tag || kind == EntityKind::Link) {
            const auto pair = identity::pairKey(kind, r);
            return pair.first + QLatin1Char('/') + pair.second;
        }
        const QString voter = r.value(QStringLiteral("participant_id")).toString();
        if (voter.isEmpty())
            return {};
        return r.value(QStringLiteral("round_id")).toString() + QLatin1Char('/') + voter + QLatin1Char('/') +
               r.value(QStringLiteral("target_id")).toString();
    }
    void dropRepeated(EntityKind kind)
    {
        QList<std::pair<QUuid, Record>> result;
        withEntityType(kind, [&]<class T>() {
            for (const T &e : m_target.data.table<T>().items())
                if (!m_out.contains(e.id))
                    result.append({e.id, toRecord(e)});
        });
        for (auto it = m_out.constBegin(); it != m_out.constEnd(); ++it)
            if (it->kind == kind && it->op != Change::Op::Remove)
                result.append({it.key(), it->after});
        std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QHash<QString, QUuid> held;
        for (const auto &[id, r] : std::as_const(result)) {
            const QString key = sameKey(kind, r);
            if (key.isEmpty() || !held.contains(key)) {
                held.insert(key, id);
                continue;
            }
            ++m_ids.matched[int(kind)];
            if (m_target.data.contains(kind, id)) {
                // The target's own is replaced by the same thing under a smaller id: neither counts
                // as added or removed.
                put(kind, id, Change::Op::Remove, *m_target.data.record(kind, id), false);
                m_repeated.insert(id);
                m_repeated.insert(held.value(key));
            } else {
                m_out.remove(id);
            }
        }
    }

    // Nothing kept may point at something gone: a removal of something still referred to is not
    // made, and something referred to that stayed deleted here comes back from the source.
    Status keepReferenced()
    {
        for (int round = 0; round < 16; ++round) {
            bool changed = false;
            Status status = Status::ok();
            auto visit = [&](EntityKind kind, const Record &r, bool fromSource) {
                for (const Reference &ref : references()) {
                    if (ref.kind != kind || !status)
                        continue;
                    const QString value = r.value(QLatin1StringView(ref.field)).toString();
                    const QUuid to = QUuid::fromString(value);
                    if (value.isEmpty() || present(to, ref.target))
                        continue;
                    if (const auto o = m_out.constFind(to); o != m_out.constEnd() && o->op == Change::Op::Remove) {
                        const Record kept = o->after;
                        const EntityKind k = o->kind;
                        m_out.remove(to);
                        if (k == EntityKind::Idea && !flagOf(kept))
                            flagTarget(to, kept);
                        changed = true;
                    } else if (const auto back = sourceBack(to, ref.target)) {
                        Record after = back->second;
                        const bool idea = back->first == EntityKind::Idea;
                        if (idea)
                            after.insert(ReviewField, true);
                        put(back->first, to, Change::Op::Insert, after, idea);
                        changed = true;
                    } else if (fromSource) {
                        status = Error{QCoreApplication::translate("pamoja::Merge", "The workshop merged in is inconsistent: a %1 refers to something it does not have (%2). "
                                                                   "Run pamoja check on it.")
                                           .arg(kindInfo(kind).name, value)};
                    }
                }
            };
            for (EntityKind kind : allKinds()) {
                if (!hasReferences(kind))
                    continue;
                withEntityType(kind, [&]<class T>() {
                    for (const T &e : m_target.data.table<T>().items())
                        if (!m_out.contains(e.id))
                            visit(kind, toRecord(e), false);
                });
            }
            const QHash<QUuid, Outcome> out = m_out;
            for (auto it = out.constBegin(); it != out.constEnd(); ++it)
                if (it->op != Change::Op::Remove && hasReferences(it->kind))
                    visit(it->kind, it->after, true);
            if (!status)
                return status;
            if (!changed)
                return Status::ok();
        }
        return Status::ok();
    }

    std::optional<std::pair<EntityKind, Record>> sourceBack(const QUuid &id, std::optional<EntityKind> kind) const
    {
        if (m_ids.remap.contains(id))
            return std::nullopt;
        for (EntityKind k : allKinds())
            if ((!kind || *kind == k) && m_source.data.contains(k, id))
                return std::make_pair(k, *sourceRecord(k, id));
        return std::nullopt;
    }

    // The merge rule (validation.h): two sides may have merged ideas into each other or into chains;
    // such an idea goes back on the board, flagged.
    void keepMergeRule()
    {
        auto ideaAfter = [&](const QUuid &id) -> std::optional<Idea> {
            if (const auto r = resultRecord(EntityKind::Idea, id))
                return fromRecord<Idea>(id, *r);
            return std::nullopt;
        };
        QList<QUuid> merged;
        for (const Idea &i : m_target.data.table<Idea>().items())
            if (!i.mergedInto.isNull() && !m_out.contains(i.id))
                merged.append(i.id);
        for (auto it = m_out.constBegin(); it != m_out.constEnd(); ++it)
            if (it->kind == EntityKind::Idea && it->op != Change::Op::Remove &&
                !it->after.value(QStringLiteral("merged_into")).toString().isEmpty())
                merged.append(it.key());
        QList<QUuid> broken;
        for (const QUuid &id : std::as_const(merged)) {
            const Idea idea = *ideaAfter(id);
            const auto into = ideaAfter(idea.mergedInto);
            if (!mergeProblem(idea, into ? &*into : nullptr).isEmpty())
                broken.append(id);
        }
        for (const QUuid &id : std::as_const(broken)) {
            Record r = *resultRecord(EntityKind::Idea, id);
            r.insert(QStringLiteral("merged_into"), QString());
            r.insert(ReviewField, true);
            const auto o = m_out.constFind(id);
            put(EntityKind::Idea, id, o == m_out.constEnd() ? Change::Op::Update : o->op, r, true);
        }
    }

    // Versions the source held of what the merge leaves as it is (deleted on both sides, or the same
    // on both) that the target never held: the change set passes through them and back, so the
    // target's history knows them and a later merge of another copy judges the same way whatever
    // the order. Tags and links are left out: a passing one could take a pair another holds.
    void learnVersions()
    {
        QList<QUuid> ids;
        for (auto it = m_sf.versions.constBegin(); it != m_sf.versions.constEnd(); ++it) {
            const EntityKind kind = m_sf.kinds.value(it.key());
            if (m_out.contains(it.key()) || m_ids.remap.contains(it.key()) || kind == EntityKind::Tag || kind == EntityKind::Link)
                continue;
            if (!m_target.data.contains(kind, it.key()) && !present(it.key(), std::nullopt) &&
                std::any_of(allKinds().cbegin(), allKinds().cend(), [&](EntityKind k) { return m_target.data.contains(k, it.key()); }))
                continue; // the id is another kind's here
            if (unseen(kind, sourceChain(kind, it.key()), it.key()))
                ids.append(it.key());
        }
        std::sort(ids.begin(), ids.end());
        m_learn = ids;
    }

    // Whether the target never held one of these versions.
    bool unseen(EntityKind kind, const QList<Record> &chain, const QUuid &id) const
    {
        return std::any_of(chain.cbegin(), chain.cend(), [&](const Record &v) { return !m_tf.hasSeen(id, versionHash(kind, v)); });
    }

    // The source's versions of an entity since the copy, oldest first, with references mapped.
    QList<Record> sourceChain(EntityKind kind, const QUuid &id) const
    {
        QList<Record> chain;
        const qsizetype fields = kindInfo(kind).fields.size();
        for (const Record &r : m_sf.versions.value(id))
            if (r.size() == fields) // whole records only (a damaged history may hold less)
                chain.append(remapped(kind, r, m_ids.remap));
        if (chain.isEmpty() && m_out.contains(id) && !m_out.value(id).via.isEmpty())
            chain.append(m_out.value(id).via);
        return chain;
    }

    Result<Plan> build()
    {
        Plan plan;
        plan.participantMatches = m_ids.participants;
        QList<QUuid> ids = m_out.keys();
        std::sort(ids.begin(), ids.end());
        const QList<EntityKind> &kinds = allKinds();
        // Removals first, the referring kinds before what they refer to (a tag pair freed by a
        // removal may be taken by an insert of the same set).
        for (auto k = kinds.crbegin(); k != kinds.crend(); ++k)
            for (const QUuid &id : std::as_const(ids))
                if (const Outcome &o = m_out[id]; o.kind == *k && o.op == Change::Op::Remove) {
                    // Through the versions the source held before it deleted it (see sourceChain).
                    Record last = o.after;
                    if (!m_repeated.contains(id)) {
                        for (Record v : sourceChain(o.kind, id)) {
                            if (o.kind == EntityKind::Idea)
                                v.insert(ReviewField, o.after.value(ReviewField));
                            plan.changes.addUpdate(o.kind, id, last, v);
                            last = v;
                        }
                    }
                    plan.changes.changes.append({Change::Op::Remove, o.kind, id, last, {}});
                    if (!m_repeated.contains(id))
                        ++plan.summary.perKind[int(o.kind)].removed;
                }
        for (EntityKind k : kinds) {
            for (const QUuid &id : std::as_const(ids)) {
                const Outcome &o = m_out[id];
                if (o.kind != k || o.op == Change::Op::Remove)
                    continue;
                KindCounts &counts = plan.summary.perKind[int(k)];
                const QList<Record> chain = sourceChain(k, id);
                if (o.op == Change::Op::Insert) {
                    Record from = chain.isEmpty() ? o.after : chain.first();
                    plan.changes.changes.append({Change::Op::Insert, k, id, {}, from});
                    for (qsizetype n = 1; n < chain.size(); ++n) {
                        plan.changes.addUpdate(k, id, from, chain[n]);
                        from = chain[n];
                    }
                    plan.changes.addUpdate(k, id, from, o.after);
                    if (!m_repeated.contains(id))
                        ++counts.added;
                } else {
                    const Record before = *m_target.data.record(k, id);
                    // Through the source's versions (when its version was taken or lost), then to the result.
                    Record from = before;
                    if (!o.via.isEmpty() || m_tookSource.contains(id) || unseen(k, chain, id)) {
                        for (Record v : chain) {
                            if (k == EntityKind::Idea)
                                v.insert(ReviewField, before.value(ReviewField));
                            plan.changes.addUpdate(k, id, from, v);
                            from = v;
                        }
                    }
                    plan.changes.addUpdate(k, id, from, o.after);
                    if (!sameContent(k, before, o.after))
                        ++counts.updated;
                }
                if (m_flagged.contains(id))
                    ++counts.flagged;
            }
        }
        for (const QUuid &id : std::as_const(m_learn)) {
            const EntityKind k = m_sf.kinds.value(id);
            const QList<Record> chain = sourceChain(k, id);
            if (const auto t = m_target.data.record(k, id)) {
                Record from = *t;
                for (Record v : chain) {
                    if (k == EntityKind::Idea)
                        v.insert(ReviewField, t->value(ReviewField));
                    plan.changes.addUpdate(k, id, from, v);
                    from = v;
                }
                plan.changes.addUpdate(k, id, from, *t);
            } else if (!chain.isEmpty()) {
                plan.changes.changes.append({Change::Op::Insert, k, id, {}, chain.first()});
                for (qsizetype n = 1; n < chain.size(); ++n)
                    plan.changes.addUpdate(k, id, chain[n - 1], chain[n]);
                plan.changes.changes.append({Change::Op::Remove, k, id, chain.last(), {}});
            }
        }
        for (EntityKind k : kinds) {
            KindCounts &c = plan.summary.perKind[int(k)];
            c.matched = m_ids.matched[int(k)];
            plan.summary.total.added += c.added;
            plan.summary.total.updated += c.updated;
            plan.summary.total.removed += c.removed;
            plan.summary.total.flagged += c.flagged;
            plan.summary.total.matched += c.matched;
        }
        return plan;
    }

    const Side &m_target;
    const Side &m_source;
    SideFacts m_tf, m_sf;
    Identities m_ids;
    QHash<QUuid, Outcome> m_out;
    QSet<QUuid> m_flagged;
    QSet<QUuid> m_repeated; // removed as the same as another (counted as matched, not removed)
    QSet<QUuid> m_tookSource; // updated to the source's version
    QList<QUuid> m_learn;     // see learnVersions()
};

} // namespace

Result<Plan> planMerge(const Side &target, const Side &source)
{
    return Planner(target, source).run();
}

QStringList Summary::lines() const
{
    QStringList out;
    if (nothingToMerge()) {
        out.append(QCoreApplication::translate("pamoja::Merge", "Nothing to merge: this workshop already has everything in it."));
        if (total.matched)
            out.append(QCoreApplication::translate("pamoja::Merge", "Matched under another id: %1").arg(total.matched));
        return out;
    }
    out.append(QCoreApplication::translate("pamoja::Merge", "Added: %1").arg(total.added));
    out.append(QCoreApplication::translate("pamoja::Merge", "Updated: %1").arg(total.updated));
    out.append(QCoreApplication::translate("pamoja::Merge", "Removed: %1").arg(total.removed));
    out.append(QCoreApplication::translate("pamoja::Merge", "Flagged for review: %1").arg(total.flagged));
    out.append(QCoreApplication::translate("pamoja::Merge", "Matched under another id: %1").arg(total.matched));
    for (EntityKind k : allKinds()) {
        const KindCounts &c = perKind[int(k)];
        if (c.added + c.updated + c.removed + c.flagged + c.matched == 0)
            continue;
        out.append(QCoreApplication::translate("pamoja::Merge", "  %1: %2 added, %3 updated, %4 removed, %5 flagged, %6 matched")
                       .arg(kindInfo(k).table, QString::number(c.added), QString::number(c.updated), QString::number(c.removed),
                            QString::number(c.flagged), QString::number(c.matched)));
    }
    return out;
}

} // namespace pamoja::merge
