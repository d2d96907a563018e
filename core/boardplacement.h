#pragma once

// Where notes go on the board, so that nothing ever hides anything else: new ideas take the first
// free cell of the step's incoming lane, and a change that grows a cluster frame or puts notes back on
// the board moves whatever would be covered to free places, in the same change set (one undo step).

#include "domain/workshopdata.h"

#include <QSet>

namespace pamoja::edits {

// Free places in one step's incoming lane, from WorkshopData's BoardIndex (O(log n) per place) plus
// what this change set has reserved already.
class FreeSpots
{
public:
    FreeSpots(const WorkshopData &data, int step);
    void reserve(const QRectF &rect);
    // True when nothing on the board and nothing reserved overlaps rect (exact for lane-aligned
    // note rects; anything else answers false and needs a look at the items).
    bool isFreeCell(const QRectF &rect) const;
    // Top-left of a free note-sized cell, reserved.
    QPointF take();
    // Top-left of a free area of the given size below everything in the lane, reserved.
    QPointF takeBlock(const QSizeF &size);

private:
    bool cellFree(int col, int row) const;

    const BoardIndex &m_index;
    int m_step;
    int m_row = 0;
    int m_lastReservedRow = -1;
    QSet<qint64> m_reserved;
};

// The moves that keep every item of the board visible once cs is applied: items a grown or moved
// cluster frame would cover flow to free places, and notes put back on the board (ungrouped,
// separated, added) where something already is go to free places too. Empty when nothing overlaps.
ChangeSet makeRoom(const WorkshopData &data, const ChangeSet &cs);
// cs with makeRoom(data, cs) folded in.
ChangeSet withRoom(const WorkshopData &data, ChangeSet cs);

} // namespace pamoja::edits
