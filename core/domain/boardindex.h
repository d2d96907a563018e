#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QUuid>

#include <map>

namespace pamoja {

// Which cells of each step's incoming lane (board::LaneColumns cells per row from the origin) are
// covered by a loose note or a cluster frame. WorkshopData keeps it up to date with every change, so
// finding the first free cell costs O(log n) whatever is on the board: full rows are kept as runs.
class BoardIndex
{
public:
    // The item's rectangle on the board of `step`; a null rect takes it off the board.
    void place(const QUuid &item, int step, const QRectF &rect);
    void clear();

    bool isCellFree(int step, int col, int row) const;
    // The first row at or after `row` that has a free cell.
    int firstOpenRow(int step, int row) const;
    // The last row any item touches; -1 when the lane is empty.
    int lastUsedRow(int step) const;

    struct Range
    {
        int col0 = 0, col1 = -1, row0 = 0, row1 = -1; // inclusive; empty when col1 < col0 or row1 < row0
        bool isEmpty() const { return col1 < col0 || row1 < row0; }
        bool contains(int c, int r) const { return c >= col0 && c <= col1 && r >= row0 && r <= row1; }
    };
    // The lane cells a rectangle covers (cells whose note-sized area it overlaps).
    static Range cellsOf(const QRectF &rect);
    static QPointF cellPosition(int col, int row);

private:
    struct Lane
    {
        QHash<qint64, int> cells; // cell -> items covering it
        std::map<int, int> fill;  // row -> covered cells in it
        std::map<int, int> full;  // runs of full rows: first -> last
    };
    struct Placed
    {
        int step = 0;
        Range range;
    };
    static qint64 key(int col, int row) { return (qint64(row) << 8) | col; }
    void cover(Lane &lane, int col, int row, int delta);
    void markFull(Lane &lane, int row);
    void unmarkFull(Lane &lane, int row);
    void apply(int step, const Range &range, const Range &except, int delta);

    QHash<int, Lane> m_lanes;
    QHash<QUuid, Placed> m_items;
};

} // namespace pamoja
