#pragma once

// The sizes of notes and cluster frames on the board. The window draws with them and the core places
// new notes and makes room with them: one source of truth, so a place the core thinks is free is free
// on screen too.

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace pamoja {
struct Cluster;
struct Idea;
} // namespace pamoja

namespace pamoja::board {

inline constexpr double NoteWidth = 180;
inline constexpr double NoteHeight = 100;
inline constexpr double Gap = 12;
inline constexpr double HeaderHeight = 44;
inline constexpr double Padding = 12;
inline constexpr int MaxClusterColumns = 6;

// The incoming lane: new notes go to the first free cell of a grid of LaneColumns cells per row,
// counted from the board's origin, row by row. Seven columns hold the widest cluster frame, so a
// cluster moved into the lane stays inside it.
inline constexpr int LaneColumns = 7;
inline constexpr double CellWidth = NoteWidth + Gap;
inline constexpr double CellHeight = NoteHeight + Gap;

int clusterColumns(int notes);
// Size of a cluster's frame holding `notes` notes, open or collapsed.
QSizeF clusterSize(int notes, bool collapsed);
// Where the index-th of `notes` notes sits inside its cluster's frame.
QPointF notePosition(int index, int notes);

QRectF noteRect(double x, double y);
QRectF noteRect(const Idea &idea);
// The frame as the board draws it open; a collapsed cluster keeps the room it needs to open again.
QRectF clusterRect(const Cluster &cluster, int notes);

} // namespace pamoja::board
