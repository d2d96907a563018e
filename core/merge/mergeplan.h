#pragma once

// Merging workshops: copies of the facilitator's file (a breakout group's laptop, a co-facilitator's
// second laptop, a note-taker's copy) come back into it with nothing lost and nothing counted twice.
// The histories are one graph of immutable entries (mergegraph.h); a merge is the union of the
// entries, and the state of every entity is a fold over all the entries that wrote it (mergefold.h),
// so the result depends only on the union: not on the order of the copies, and merging a copy again
// changes nothing. planMerge() only reads; Document::applyMerge() applies the plan in one step.

#include "../domain/workshopdata.h"
#include "../result.h"
#include "../store/workshopstore.h"

#include <QSet>

#include <optional>

namespace pamoja::merge {

// One copy to merge in: its entities and its history (oldest first).
struct Side
{
    QString name; // shown in messages: the file name
    const WorkshopData *data = nullptr;
    QList<HistoryEntry> history;
};

struct Summary
{
    int added = 0;
    int updated = 0;
    int removed = 0;
    int flagged = 0;  // ideas newly flagged for review
    int matched = 0;  // participants taken as ones already here (same name and organisation)
    int learned = 0;  // history entries learned from the copies

    bool nothingToMerge() const { return learned == 0; }
    // One line per count, for the command line and the window.
    QStringList lines() const;
};

// A participant of a copy taken as one the workshop has already, by name and organisation.
struct ParticipantMatch
{
    QUuid sourceId;
    QUuid targetId;
    QString name;
    QString organisation;
};

struct Plan
{
    ChangeSet changes;                     // the state change applied to the target
    QList<HistoryEntry> learned;           // entries of the copies the target lacks, in order
    std::optional<HistoryEntry> mergeEntry; // none when nothing is learned, or for a fast-forward
    Summary summary;
    QList<ParticipantMatch> participantMatches;
};

struct Options
{
    QString description;      // of the merge entry
    QString actor = QStringLiteral("facilitator");
    QSet<QUuid> keepSeparate; // participants of the copies not to take as the same person
};

// Refuses copies of another workshop, and a result that would break the workshop's rules.
Result<Plan> planMerge(const WorkshopData &target, const QList<HistoryEntry> &targetHistory, const QList<Side> &sources,
                       const Options &options = {});

} // namespace pamoja::merge
