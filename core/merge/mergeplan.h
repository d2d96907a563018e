#pragma once

// Merging workshops: a copy of the facilitator's file (a breakout group's laptop, a co-facilitator's
// second laptop, a note-taker's copy) comes back into the facilitator's workshop with nothing lost and
// nothing counted twice. planMerge() only reads; the plan's one change set goes through
// Document::apply(), so a merge is one transaction, one history entry and one undo step.

#include "../domain/workshopdata.h"
#include "../result.h"
#include "../store/workshopstore.h"

#include <array>

namespace pamoja::merge {

// One side of a merge: its entities and its history (oldest first), which tells "deleted there"
// from "never had it" and "edited there" from "still as it was when the copy was made".
struct Side
{
    const WorkshopData &data;
    const QList<HistoryEntry> &history;
};

struct KindCounts
{
    int added = 0;
    int updated = 0;
    int removed = 0;
    int flagged = 0; // ideas flagged for review (both sides edited, or deleted here and edited there)
    int matched = 0; // the same person, organisation, catalogue item, tag or link under another id
};

struct Summary
{
    std::array<KindCounts, 13> perKind{}; // indexed by EntityKind
    KindCounts total;

    // Nothing added, updated, removed or flagged (the change set may still replace a tag, link or
    // vote by the same one under a smaller id, so that the order of merges does not matter).
    bool nothingToMerge() const { return total.added + total.updated + total.removed + total.flagged == 0; }
    // One line per count and per kind with something, for the command line and the window.
    QStringList lines() const;
};

// A participant of the source taken as one the target has already, by name and organisation.
struct ParticipantMatch
{
    QUuid sourceId;
    QUuid targetId;
    QString name;
};

struct Plan
{
    ChangeSet changes;
    Summary summary;
    QList<ParticipantMatch> participantMatches;
};

// The rules (docs/architecture.md, "Merging workshops"): entities are united by id (organisations
// also by name, participants by name and organisation, catalogue items by kind and code, tags and
// links by their pair). Where both sides hold an entity and only one side changed it since the copy
// was made, that side's version is taken; where both changed it, the later edit wins (ideas: their
// 'modified' time, then the record itself; other entities: the record) and an idea is flagged for
// review. Deleted on one side and unchanged on the other: deleted; changed on the other: kept and
// flagged. The result does not depend on the order in which sources are merged, and merging a
// source again plans nothing.
Result<Plan> planMerge(const Side &target, const Side &source);

} // namespace pamoja::merge
