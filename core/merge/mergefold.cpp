#include "mergefold.h"

#include "../domain/validation.h"

namespace pamoja::merge {

namespace {

struct Write
{
    qsizetype node;
    qsizetype pos; // within the entry's change set
    const Change *change;
};

bool sameValue(FieldType type, const QVariant &a, const QVariant &b)
{
    switch (type) {
    case FieldType::Bool: return a.toBool() == b.toBool();
    case FieldType::Int: return a.toInt() == b.toInt();
    case FieldType::Real: return a.toDouble() == b.toDouble();
    default: return a.toString() == b.toString();
    }
}

const QHash<QString, FieldType> &typesOf(EntityKind k)
{
    static const auto all = [] {
        std::array<QHash<QString, FieldType>, KindCount> out;
        for (EntityKind kind : allKinds())
            for (const Field &f : kindInfo(kind).fields)
                out[int(kind)].insert(f.name, f.type);
        return out;
    }();
    return all[int(k)];
}

Record defaults(EntityKind k)
{
    Record r;
    withEntityType(k, [&]<class T>() { r = toRecord(T{}); });
    return r;
}

// Fields whose concurrent edits do not ask for a review: where a note sits, and the flag itself.
bool reviewed(const QString &field)
{
    return field != QLatin1StringView("x") && field != QLatin1StringView("y") && field != QLatin1StringView("modified") &&
           field != QLatin1StringView("review");
}

class Folder
{
public:
    Folder(const Graph &g) : m_graph(g) {}

    bool earlier(const Write &a, const Write &b) const
    {
        if (a.node != b.node)
            return m_graph.before(a.node, b.node);
        return a.pos < b.pos;
    }
    bool seen(const Write &a, const Write &b) const { return m_graph.seen(a.node, b.node); }

    // nullopt: the entity is removed or was never there.
    std::optional<Record> fold(EntityKind kind, QList<Write> writes, const Record *base, bool *flag) const
    {
        std::sort(writes.begin(), writes.end(), [&](const Write &a, const Write &b) { return earlier(a, b); });
        const QHash<QString, FieldType> &types = typesOf(kind);
        QHash<QString, QList<const Write *>> byField; // oldest first
        QList<const Write *> removals, others, clears;
        bool inserted = false;
        for (const Write &w : writes) {
            const Change &c = *w.change;
            if (c.op == Change::Op::Remove) {
                removals.append(&w);
                continue;
            }
            others.append(&w);
            inserted = inserted || c.op == Change::Op::Insert;
            for (auto it = c.after.constBegin(); it != c.after.constEnd(); ++it) {
                const auto type = types.constFind(it.key());
                if (type == types.constEnd())
                    continue;
                if (c.op == Change::Op::Update && sameValue(*type, c.before.value(it.key()), *it))
                    continue;
                byField[it.key()].append(&w);
            }
            if (c.op == Change::Op::Update && c.before.value(QStringLiteral("review")).toBool() &&
                c.after.contains(QStringLiteral("review")) && !c.after.value(QStringLiteral("review")).toBool())
                clears.append(&w);
        }
        // Removed when some removal saw every other write to the entity.
        for (const Write *r : std::as_const(removals)) {
            if (std::all_of(others.cbegin(), others.cend(), [&](const Write *w) { return seen(*w, *r); }))
                return std::nullopt;
        }
        if (!inserted && !base)
            return std::nullopt;
        Record out = base ? *base : defaults(kind);
        for (auto it = byField.constBegin(); it != byField.constEnd(); ++it)
            out.insert(it.key(), it.value().last()->change->after.value(it.key()));
        if (kind != EntityKind::Idea)
            return out;
        // A machine translation made on one copy of words another copy then changed is of words the
        // idea no longer has: it goes (an edit in one file drops it the same way; translating again
        // is cheap). The merged idea never shows a machine translation of other words.
        const auto text = byField.constFind(QStringLiteral("text"));
        const auto translation = byField.constFind(QStringLiteral("translation"));
        if (text != byField.constEnd() && translation != byField.constEnd() &&
            out.value(QStringLiteral("translation_source")).toString() == QLatin1StringView("machine")) {
            const Write *t = text->last();
            const Write *r = translation->last();
            if (t != r && !seen(*t, *r)) {
                out.insert(QStringLiteral("translation"), QString());
                out.insert(QStringLiteral("translation_language"), QString());
                out.insert(QStringLiteral("translation_source"), QString());
            }
        }

        // Pairs of concurrent writes that disagree (the later one won), and removals an edit did not see.
        QList<QPair<const Write *, const Write *>> conflicts;
        for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
            if (!reviewed(it.key()))
                continue;
            const Write *winner = it.value().last();
            const QVariant value = winner->change->after.value(it.key());
            for (const Write *w : it.value())
                if (w != winner && !seen(*w, *winner) &&
                    !sameValue(types.value(it.key()), w->change->after.value(it.key()), value))
                    conflicts.append(qMakePair(w, winner));
        }
        for (const Write *r : std::as_const(removals))
            for (const Write *w : std::as_const(others))
                if (!seen(*w, *r) && !seen(*r, *w))
                    conflicts.append(qMakePair(r, w));
        const bool open = std::any_of(conflicts.cbegin(), conflicts.cend(), [&](const auto &pair) {
            return std::none_of(clears.cbegin(), clears.cend(),
                                [&](const Write *c) { return seen(*pair.first, *c) && seen(*pair.second, *c); });
        });
        *flag = open;
        // The flag is derived from the union every time: a flag a merge set is no write, so an idea no
        // entry flagged or cleared has none, whatever a target's record says.
        const auto review = byField.constFind(QStringLiteral("review"));
        const bool written = review != byField.constEnd() && review->last()->change->after.value(QStringLiteral("review")).toBool();
        out.insert(QStringLiteral("review"), open || written);
        return out;
    }

private:
    const Graph &m_graph;
};

QHash<QUuid, int> kindsOf(const State &state)
{
    QHash<QUuid, int> out;
    for (int k = 0; k < KindCount; ++k)
        for (auto it = state[k].constBegin(); it != state[k].constEnd(); ++it)
            out.insert(it.key(), k);
    return out;
}

bool required(const Reference &ref)
{
    const QLatin1StringView f(ref.field);
    switch (ref.kind) {
    case EntityKind::Tag: return true;
    case EntityKind::Link: return true;
    case EntityKind::Vote: return f != QLatin1StringView("participant_id");
    default: return false;
    }
}

} // namespace

State stateOf(const WorkshopData &data)
{
    State s;
    forEachEntityType([&]<class T>() {
        auto &table = s[int(T::Kind)];
        table.reserve(data.table<T>().size());
        for (const T &e : data.table<T>().items())
            table.insert(e.id, toRecord(e));
    });
    return s;
}

void foldAll(const Graph &graph, State &state, const QList<const WorkshopData *> &fallbacks)
{
    QHash<QPair<int, QUuid>, QList<Write>> writes;
    QList<QPair<int, QUuid>> order; // first written first, so the fold's order is the graph's
    for (qsizetype i = 0; i < graph.size(); ++i) {
        const HistoryEntry &e = graph.entry(i);
        if (e.merge)
            continue; // a merge's changes are derived from the writes, never writes themselves
        for (qsizetype p = 0; p < e.changes.changes.size(); ++p) {
            const Change &c = e.changes.changes[p];
            const auto key = qMakePair(int(c.kind), c.id);
            auto it = writes.find(key);
            if (it == writes.end()) {
                it = writes.insert(key, {});
                order.append(key);
            }
            it->append({i, p, &c});
        }
    }
    Folder folder(graph);
    for (const auto &key : std::as_const(order)) {
        const EntityKind kind = EntityKind(key.first);
        auto &table = state[key.first];
        std::optional<Record> base;
        if (const auto it = table.constFind(key.second); it != table.constEnd())
            base = *it;
        for (qsizetype f = 0; !base && f < fallbacks.size(); ++f)
            base = fallbacks[f]->record(kind, key.second);
        bool flag = false;
        const std::optional<Record> out = folder.fold(kind, writes.value(key), base ? &*base : nullptr, &flag);
        if (out)
            table.insert(key.second, *out);
        else
            table.remove(key.second);
    }
}

void settle(State &state, const QHash<QUuid, QUuid> &aliases)
{
    auto &participants = state[int(EntityKind::Participant)];
    QHash<QString, QString> rewrite;
    for (auto it = aliases.constBegin(); it != aliases.constEnd(); ++it) {
        if (it.key() == it.value() || !participants.contains(it.value()) || !participants.contains(it.key()))
            continue;
        participants.remove(it.key());
        rewrite.insert(idString(it.key()), idString(it.value()));
    }
    if (!rewrite.isEmpty()) {
        for (const Reference &ref : references())
            for (Record &r : state[int(ref.kind)]) {
                const auto to = rewrite.constFind(r.value(QLatin1StringView(ref.field)).toString());
                if (to != rewrite.constEnd())
                    r.insert(QLatin1StringView(ref.field), *to);
            }
    }

    // References to what is gone: cleared, or the tag, vote or link that is nothing without them goes.
    const QHash<QUuid, int> kinds = kindsOf(state);
    for (const Reference &ref : references()) {
        auto &table = state[int(ref.kind)];
        for (auto it = table.begin(); it != table.end();) {
            const QString value = it->value(QLatin1StringView(ref.field)).toString();
            const auto found = value.isEmpty() ? kinds.constEnd() : kinds.constFind(QUuid::fromString(value));
            const bool dangling = !value.isEmpty() && (found == kinds.constEnd() || (ref.target && *found != int(*ref.target)));
            if (dangling && required(ref)) {
                it = table.erase(it);
                continue;
            }
            if (dangling)
                it->insert(QLatin1StringView(ref.field), QString());
            ++it;
        }
    }

    // Merged ideas: each must point at an idea of its step that is not merged itself.
    auto &ideas = state[int(EntityKind::Idea)];
    for (bool changed = true; changed;) {
        changed = false;
        QList<QUuid> clear;
        for (auto it = ideas.constBegin(); it != ideas.constEnd(); ++it) {
            const QString into = it->value(QStringLiteral("merged_into")).toString();
            if (into.isEmpty())
                continue;
            const QUuid intoId = QUuid::fromString(into);
            const auto target = ideas.constFind(intoId);
            const Idea idea = fromRecord<Idea>(it.key(), *it);
            const std::optional<Idea> t = target == ideas.constEnd() ? std::nullopt : std::optional<Idea>(fromRecord<Idea>(intoId, *target));
            if (!mergeProblem(idea, t ? &*t : nullptr).isEmpty())
                clear.append(it.key());
        }
        for (const QUuid &id : std::as_const(clear))
            ideas[id].insert(QStringLiteral("merged_into"), QString());
        changed = !clear.isEmpty();
    }

    // One tag per target and item, one link per pair: made on two laptops, the smallest id stays.
    for (EntityKind kind : {EntityKind::Tag, EntityKind::Link}) {
        const bool tag = kind == EntityKind::Tag;
        const QString a = tag ? QStringLiteral("target_id") : QStringLiteral("from_id");
        const QString b = tag ? QStringLiteral("item_id") : QStringLiteral("to_id");
        auto &table = state[int(kind)];
        QHash<QPair<QString, QString>, QUuid> keep;
        for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
            const auto pair = qMakePair(it->value(a).toString(), it->value(b).toString());
            const auto k = keep.find(pair);
            if (k == keep.end())
                keep.insert(pair, it.key());
            else if (it.key() < *k)
                *k = it.key();
        }
        for (auto it = table.begin(); it != table.end();) {
            if (keep.value(qMakePair(it->value(a).toString(), it->value(b).toString())) != it.key())
                it = table.erase(it);
            else
                ++it;
        }
    }
}

} // namespace pamoja::merge
