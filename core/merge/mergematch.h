#pragma once

// The source's entities that are already in the target under another id: organisations by name,
// participants by name and organisation (a person typed in again on another laptop), catalogue
// items by kind and code.

#include "mergeplan.h"

#include <QHash>

namespace pamoja::merge {

struct Identities
{
    QHash<QUuid, QUuid> remap; // source id -> target id
    QList<ParticipantMatch> participants;
    std::array<int, 13> matched{}; // per EntityKind
};

Identities matchIdentities(const WorkshopData &target, const WorkshopData &source);

// r with every reference field (validation.h's references()) of a remapped id replaced.
Record remapped(EntityKind kind, Record r, const QHash<QUuid, QUuid> &remap);

} // namespace pamoja::merge
