#include "boardgeometry.h"

#include "entities.h"

#include <algorithm>
#include <cmath>

namespace pamoja::board {

int clusterColumns(int notes)
{
    return std::clamp(int(std::ceil(std::sqrt(double(std::max(notes, 0))))), 1, MaxClusterColumns);
}

QSizeF clusterSize(int notes, bool collapsed)
{
    notes = std::max(notes, 0);
    const int cols = clusterColumns(notes);
    const int rows = notes == 0 ? 0 : (notes + cols - 1) / cols;
    const double width =
        std::max(2 * Padding + cols * NoteWidth + (cols - 1) * Gap, 2 * Padding + NoteWidth + 60);
    if (collapsed)
        return {std::min(width, 2 * Padding + NoteWidth + 120), HeaderHeight};
    const double height =
        rows == 0 ? HeaderHeight + Padding : HeaderHeight + rows * NoteHeight + (rows - 1) * Gap + Padding;
    return {width, height};
}

QPointF notePosition(int index, int notes)
{
    const int cols = clusterColumns(notes);
    return {Padding + (index % cols) * (NoteWidth + Gap), HeaderHeight + (index / cols) * (NoteHeight + Gap)};
}

QRectF noteRect(double x, double y)
{
    return {x, y, NoteWidth, NoteHeight};
}

QRectF noteRect(const Idea &idea)
{
    return noteRect(idea.x, idea.y);
}

QRectF clusterRect(const Cluster &cluster, int notes)
{
    return {QPointF(cluster.x, cluster.y), clusterSize(notes, false)};
}

} // namespace pamoja::board
