#pragma once

// What one side of a merge did since the copy was made, read from its history: which entities it
// changed or removed, and every version of them it held. The entries both files share (the history
// up to the copy) are left out, so only what happened apart counts.

#include "mergeplan.h"

#include <QHash>
#include <QSet>

namespace pamoja::merge {

struct SideFacts
{
    QSet<QUuid> touched; // inserted, updated or removed by this side's own entries
    QSet<QUuid> removed; // removed by one of them (it may have come back since)
    // Every version (versionHash) of a touched entity this side held since the copy, the current one
    // included: a version the other side holds that this side has seen is not an edit made apart.
    QHash<QUuid, QSet<quint64>> seen;
    // The same versions as records, oldest first (the version at the copy, when there was one, then
    // each one after): a merge passes the target through them, so the target has seen them too and
    // the next merge, of this copy or another, judges edits the same whatever the order.
    QHash<QUuid, QList<Record>> versions;
    QHash<QUuid, EntityKind> kinds; // of every touched id

    bool hasSeen(const QUuid &id, quint64 version) const;
};

// A record's content in one canonical string, fields in visit() order. withReview false leaves an
// idea's review flag out: the flag is the merge's own mark, not content.
QString canonical(EntityKind kind, const Record &record, bool withReview = false);
quint64 versionHash(EntityKind kind, const Record &record);

// The facts of 'side', counting only its history entries that 'other' does not have.
SideFacts sideFacts(const Side &side, const QList<HistoryEntry> &other);

} // namespace pamoja::merge
