#pragma once

// Reading a workshop to merge in, without ever writing to it: the file (with its write-ahead log) is
// copied to a private folder and opened there, so an older file is upgraded in the copy only, and a
// file open in another Pamoja can still be read.

#include "mergeplan.h"

namespace pamoja::merge {

struct Source
{
    QString path;
    WorkshopData data;
    QList<HistoryEntry> history;
};

// Refuses what is not a Pamoja workshop, is damaged, comes from a newer Pamoja or is the target
// itself (targetPath, the same file under any name), with a message naming the source.
Result<Source> readSource(const QString &path, const QString &targetPath);



} // namespace pamoja::merge
