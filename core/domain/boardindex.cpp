#include "boardindex.h"

#include "boardgeometry.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace pamoja {

namespace {
// Far-away coordinates (a note dragged miles off) stay representable.
constexpr double MaxRow = 1e8;
} // namespace

BoardIndex::Range BoardIndex::cellsOf(const QRectF &rect)
{
    Range r;
    if (rect.isNull() || !std::isfinite(rect.left()) || !std::isfinite(rect.top()) ||
        !std::isfinite(rect.right()) || !std::isfinite(rect.bottom()))
        return r;
    using namespace board;
    // Cell c spans [c*CellWidth, c*CellWidth + NoteWidth); it is covered when that overlaps the rect.
    const double c0 = std::floor((rect.left() - NoteWidth) / CellWidth) + 1;
    const double c1 = std::ceil(rect.right() / CellWidth) - 1;
    const double r0 = std::floor((rect.top() - NoteHeight) / CellHeight) + 1;
    const double r1 = std::ceil(rect.bottom() / CellHeight) - 1;
    r.col0 = int(std::clamp(c0, 0.0, double(LaneColumns)));
    r.col1 = int(std::clamp(c1, -1.0, double(LaneColumns - 1)));
    r.row0 = int(std::clamp(r0, 0.0, MaxRow));
    r.row1 = int(std::clamp(r1, -1.0, MaxRow));
    return r;
}

QPointF BoardIndex::cellPosition(int col, int row)
{
    return {col * board::CellWidth, row * board::CellHeight};
}

void BoardIndex::clear()
{
    m_lanes.clear();
    m_items.clear();
}

void BoardIndex::markFull(Lane &lane, int row)
{
    auto next = lane.full.find(row + 1);
    auto it = lane.full.upper_bound(row);
    int first = row, last = row;
    if (it != lane.full.begin()) {
        auto prev = std::prev(it);
        if (prev->second == row - 1) {
            first = prev->first;
            lane.full.erase(prev);
        }
    }
    if (next != lane.full.end()) {
        last = next->second;
        lane.full.erase(next);
    }
    lane.full[first] = last;
}

void BoardIndex::unmarkFull(Lane &lane, int row)
{
    auto it = lane.full.upper_bound(row);
    if (it == lane.full.begin())
        return;
    --it;
    const int first = it->first, last = it->second;
    if (last < row)
        return;
    lane.full.erase(it);
    if (first < row)
        lane.full[first] = row - 1;
    if (row < last)
        lane.full[row + 1] = last;
}

void BoardIndex::cover(Lane &lane, int col, int row, int delta)
{
    int &n = lane.cells[key(col, row)];
    const bool wasCovered = n > 0;
    n += delta;
    const bool covered = n > 0;
    if (n <= 0)
        lane.cells.remove(key(col, row));
    if (wasCovered == covered)
        return;
    const auto fit = lane.fill.find(row);
    const int before = fit == lane.fill.end() ? 0 : fit->second;
    const int after = before + (covered ? 1 : -1);
    if (after <= 0)
        lane.fill.erase(row);
    else
        lane.fill[row] = after;
    const bool wasFull = before == board::LaneColumns;
    const bool full = after == board::LaneColumns;
    if (full && !wasFull)
        markFull(lane, row);
    else if (!full && wasFull)
        unmarkFull(lane, row);
}

// Adds delta to the cells of `range` that are not in `except` (both of one step): moving or growing
// an item touches only the cells that differ, so a growing cluster costs its new row, not its area.
void BoardIndex::apply(int step, const Range &range, const Range &except, int delta)
{
    if (range.isEmpty())
        return;
    Lane &lane = m_lanes[step];
    const bool colsInside = !except.isEmpty() && range.col0 >= except.col0 && range.col1 <= except.col1;
    for (int r = range.row0; r <= range.row1; ++r) {
        const bool rowShared = !except.isEmpty() && r >= except.row0 && r <= except.row1;
        if (rowShared && colsInside) {
            r = except.row1; // every cell of these rows is shared
            continue;
        }
        for (int c = range.col0; c <= range.col1; ++c)
            if (!rowShared || !except.contains(c, r))
                cover(lane, c, r, delta);
    }
}

void BoardIndex::place(const QUuid &item, int step, const QRectF &rect)
{
    const Range next = rect.isNull() ? Range() : cellsOf(rect);
    const auto it = m_items.constFind(item);
    const Placed before = it == m_items.constEnd() ? Placed() : *it;
    const bool sameStep = it != m_items.constEnd() && before.step == step;
    apply(before.step, before.range, sameStep ? next : Range(), -1);
    apply(step, next, sameStep ? before.range : Range(), +1);
    if (rect.isNull())
        m_items.remove(item);
    else
        m_items.insert(item, {step, next});
}

bool BoardIndex::isCellFree(int step, int col, int row) const
{
    const auto lane = m_lanes.constFind(step);
    return lane == m_lanes.constEnd() || !lane->cells.contains(key(col, row));
}

int BoardIndex::firstOpenRow(int step, int row) const
{
    const auto lane = m_lanes.constFind(step);
    if (lane == m_lanes.constEnd())
        return row;
    auto it = lane->full.upper_bound(row);
    if (it == lane->full.begin())
        return row;
    --it;
    return it->second >= row ? it->second + 1 : row;
}

int BoardIndex::lastUsedRow(int step) const
{
    const auto lane = m_lanes.constFind(step);
    return lane == m_lanes.constEnd() || lane->fill.empty() ? -1 : lane->fill.rbegin()->first;
}

} // namespace pamoja
