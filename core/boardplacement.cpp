#include "boardplacement.h"

#include "domain/boardgeometry.h"
#include "domain/record.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace pamoja::edits {

namespace {
qint64 cellKey(int col, int row)
{
    return (qint64(row) << 8) | col;
}

bool isLoose(const Idea &i)
{
    return i.clusterId.isNull() && i.mergedInto.isNull();
}

bool inCluster(const Idea &i)
{
    return !i.clusterId.isNull() && i.mergedInto.isNull();
}

// The frame as drawn now (collapsed or open).
QRectF drawnRect(const Cluster &c, int notes)
{
    return {QPointF(c.x, c.y), board::clusterSize(notes, c.collapsed)};
}

template <class T> std::optional<T> afterChange(std::optional<T> cur, const Change &c)
{
    switch (c.op) {
    case Change::Op::Insert:
        return fromRecord<T>(c.id, c.after);
    case Change::Op::Update:
        if (cur)
            applyRecord(*cur, c.after);
        return cur;
    case Change::Op::Remove:
        return std::nullopt;
    }
    return cur;
}

template <class T> std::optional<T> current(const WorkshopData &data, const QUuid &id)
{
    const T *e = data.table<T>().find(id);
    return e ? std::optional<T>(*e) : std::nullopt;
}

struct Item
{
    QUuid id;
    bool cluster = false;
    QRectF rect;
    QSizeF room; // a cluster's open size: what it needs wherever it goes
};

bool overlapsAny(const QRectF &r, const QList<Item> &items)
{
    for (const Item &i : items)
        if (i.rect.intersects(r))
            return true;
    return false;
}
} // namespace

FreeSpots::FreeSpots(const WorkshopData &data, int step) : m_index(data.board()), m_step(step) {}

bool FreeSpots::cellFree(int col, int row) const
{
    return m_index.isCellFree(m_step, col, row) && !m_reserved.contains(cellKey(col, row));
}

void FreeSpots::reserve(const QRectF &rect)
{
    const BoardIndex::Range r = BoardIndex::cellsOf(rect);
    if (r.isEmpty())
        return;
    for (int row = r.row0; row <= r.row1; ++row)
        for (int col = r.col0; col <= r.col1; ++col)
            m_reserved.insert(cellKey(col, row));
    m_lastReservedRow = std::max(m_lastReservedRow, r.row1);
}

bool FreeSpots::isFreeCell(const QRectF &rect) const
{
    const double col = rect.x() / board::CellWidth, row = rect.y() / board::CellHeight;
    if (rect.size() != QSizeF(board::NoteWidth, board::NoteHeight) || col != std::floor(col) ||
        row != std::floor(row) || col < 0 || col >= board::LaneColumns || row < 0 || row > 1e8)
        return false;
    return cellFree(int(col), int(row));
}

QPointF FreeSpots::take()
{
    for (int row = m_row;; ++row) {
        row = m_index.firstOpenRow(m_step, row);
        for (int col = 0; col < board::LaneColumns; ++col) {
            if (cellFree(col, row)) {
                m_reserved.insert(cellKey(col, row));
                m_lastReservedRow = std::max(m_lastReservedRow, row);
                m_row = row;
                return BoardIndex::cellPosition(col, row);
            }
        }
    }
}

QPointF FreeSpots::takeBlock(const QSizeF &size)
{
    // One empty row between what is there and the block.
    const int row = std::max(m_index.lastUsedRow(m_step), m_lastReservedRow) + 2;
    const QPointF at = BoardIndex::cellPosition(0, row);
    reserve(QRectF(at, size));
    return at;
}

ChangeSet makeRoom(const WorkshopData &data, const ChangeSet &cs)
{
    // The ideas and clusters cs touches, as they will be.
    QHash<QUuid, std::optional<Idea>> ideas;
    QHash<QUuid, std::optional<Cluster>> clusters;
    QSet<QUuid> placedByCs; // ideas whose x or y cs sets: the facilitator chose where they go
    for (const Change &c : cs.changes) {
        if (c.kind == EntityKind::Idea) {
            const auto cur = ideas.contains(c.id) ? ideas.value(c.id) : current<Idea>(data, c.id);
            ideas.insert(c.id, afterChange(cur, c));
            if (c.op == Change::Op::Update &&
                (c.after.contains(QStringLiteral("x")) || c.after.contains(QStringLiteral("y"))))
                placedByCs.insert(c.id);
        } else if (c.kind == EntityKind::Cluster) {
            const auto cur = clusters.contains(c.id) ? clusters.value(c.id) : current<Cluster>(data, c.id);
            clusters.insert(c.id, afterChange(cur, c));
        }
    }
    if (ideas.isEmpty() && clusters.isEmpty())
        return {};

    QHash<QUuid, int> delta; // notes joining (+) or leaving (-) each cluster
    QSet<int> steps;
    for (auto it = ideas.constBegin(); it != ideas.constEnd(); ++it) {
        const Idea *before = data.table<Idea>().find(it.key());
        if (before && inCluster(*before))
            --delta[before->clusterId];
        if (const auto &after = it.value(); after && inCluster(*after))
            ++delta[after->clusterId];
    }
    auto notesAfter = [&](const QUuid &c) { return data.clusterNotes(c) + delta.value(c); };
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it)
        if (it.value() != 0 && !clusters.contains(it.key()))
            clusters.insert(it.key(), current<Cluster>(data, it.key()));

    // Clusters whose frame will reach where it did not before.
    QList<Item> growers;
    QSet<QUuid> growing;
    for (auto it = clusters.constBegin(); it != clusters.constEnd(); ++it) {
        const auto &after = it.value();
        if (!after)
            continue;
        const QRectF next = drawnRect(*after, notesAfter(it.key()));
        const Cluster *before = data.table<Cluster>().find(it.key());
        if (before && before->step == after->step &&
            drawnRect(*before, data.clusterNotes(it.key())).contains(next))
            continue;
        growers.append({it.key(), true, next, QSizeF()});
        growing.insert(it.key());
        steps.insert(after->step);
    }
    // Notes that come onto the board where nobody put them: new, out of a cluster, separated.
    QList<std::pair<Idea, bool>> arrivals; // idea, inserted by cs
    for (auto it = ideas.constBegin(); it != ideas.constEnd(); ++it) {
        const auto &after = it.value();
        if (!after || !isLoose(*after) || placedByCs.contains(it.key()))
            continue;
        const Idea *before = data.table<Idea>().find(it.key());
        if (before && isLoose(*before) && before->step == after->step)
            continue;
        arrivals.append({*after, before == nullptr});
        steps.insert(after->step);
    }
    if (growers.isEmpty() && arrivals.isEmpty())
        return {};
    std::sort(arrivals.begin(), arrivals.end(), [](const auto &a, const auto &b) {
        return a.first.created != b.first.created ? a.first.created < b.first.created
                                                  : a.first.id < b.first.id;
    });

    ChangeSet out;
    for (const int step : std::as_const(steps)) {
        FreeSpots spots(data, step);
        QList<Item> stepGrowers;
        for (const Item &g : std::as_const(growers))
            if (clusters.value(g.id)->step == step) {
                stepGrowers.append(g);
                spots.reserve(g.rect);
            }
        // A new note at a free lane cell needs no look at the rest of the board: the common case
        // (every capture, every device) stays O(log n).
        QList<std::pair<Idea, bool>> stepArrivals;
        for (const auto &a : std::as_const(arrivals))
            if (a.first.step == step)
                stepArrivals.append(a);
        bool onlyFreeNewNotes = stepGrowers.isEmpty();
        FreeSpots probe(data, step); // two new notes at the same free cell are not both free
        for (const auto &[idea, inserted] : std::as_const(stepArrivals)) {
            const QRectF r = board::noteRect(idea);
            if (!onlyFreeNewNotes || !inserted || !probe.isFreeCell(r)) {
                onlyFreeNewNotes = false;
                break;
            }
            probe.reserve(r);
        }
        if (onlyFreeNewNotes)
            continue;

        // Everything else on this step's board, as it will be.
        QList<Item> stay, displaced;
        auto consider = [&](const Item &i) {
            if (overlapsAny(i.rect, stepGrowers))
                displaced.append(i);
            else
                stay.append(i);
        };
        for (const Idea &i : data.table<Idea>().items()) {
            if (ideas.contains(i.id) || i.step != step || !isLoose(i))
                continue;
            consider({i.id, false, board::noteRect(i), QSizeF()});
        }
        for (auto it = ideas.constBegin(); it != ideas.constEnd(); ++it) {
            const auto &after = it.value();
            if (after && after->step == step && isLoose(*after) && placedByCs.contains(it.key())) {
                stay.append(
                    {it.key(), false, board::noteRect(*after), QSizeF()}); // the facilitator's own placement
                spots.reserve(board::noteRect(*after));
            }
        }
        for (const Cluster &c : data.table<Cluster>().items()) {
            if (c.step != step || growing.contains(c.id))
                continue;
            const auto after = clusters.contains(c.id) ? clusters.value(c.id) : std::optional<Cluster>(c);
            if (!after || after->step != step)
                continue;
            const int notes = notesAfter(c.id);
            consider({c.id, true, drawnRect(*after, notes), board::clusterSize(notes, false)});
        }

        // Notes put back stay where they were when that place is free.
        QList<Item> homeless;
        QList<Item> settled = stepGrowers;
        for (const auto &[idea, inserted] : std::as_const(stepArrivals)) {
            const QRectF r = board::noteRect(idea);
            const bool free = inserted && spots.isFreeCell(r)
                                  ? !overlapsAny(r, settled)
                                  : !overlapsAny(r, settled) && !overlapsAny(r, stay);
            if (free) {
                settled.append({idea.id, false, r, QSizeF()});
                spots.reserve(r);
            } else {
                homeless.append({idea.id, false, r, QSizeF()});
            }
        }
        for (const Item &i : std::as_const(displaced))
            if (!i.cluster)
                homeless.append(i);
        for (const Item &i : std::as_const(homeless)) {
            const QPointF p = spots.take();
            const auto &after = ideas.value(i.id);
            const Idea idea = after ? *after : *data.table<Idea>().find(i.id);
            out.addUpdate(EntityKind::Idea, i.id,
                          {{QStringLiteral("x"), idea.x}, {QStringLiteral("y"), idea.y}},
                          {{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}});
        }
        for (const Item &i : std::as_const(displaced)) {
            if (!i.cluster)
                continue;
            const QPointF p = spots.takeBlock(i.room);
            out.addUpdate(EntityKind::Cluster, i.id,
                          {{QStringLiteral("x"), i.rect.x()}, {QStringLiteral("y"), i.rect.y()}},
                          {{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}});
        }
    }
    return out;
}

ChangeSet withRoom(const WorkshopData &data, ChangeSet cs)
{
    cs.append(makeRoom(data, cs));
    return cs;
}

} // namespace pamoja::edits
