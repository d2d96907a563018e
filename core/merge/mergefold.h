#pragma once

// The state of the entities from all the entries that wrote them (docs/architecture.md, "Merging
// workshops"): per field the last write wins; an entity is removed when a removal saw every write to
// it; concurrent writes of different values to one field of an idea flag it for review, until a
// clear of the flag that saw both.

#include "mergegraph.h"

#include "../domain/workshopdata.h"

#include <array>

namespace pamoja::merge {

inline constexpr int KindCount = std::tuple_size_v<EntityTypes>;

// Every entity by kind, as records.
using State = std::array<QHash<QUuid, Record>, KindCount>;

State stateOf(const WorkshopData &data);

// Folds every entity the entries of graph wrote into state. Fields no entry wrote keep the value in
// state, or else the one in the first of fallbacks that has the entity.
void foldAll(const Graph &graph, State &state, const QList<const WorkshopData *> &fallbacks);

// Keeps the workshop's rules after the fold: participants taken as the same person (aliases) become
// one, references to what is gone are cleared (or the tag, vote or link goes), merged ideas point at
// an idea that is not merged itself, and one tag or link per pair (the smallest id stays).
void settle(State &state, const QHash<QUuid, QUuid> &aliases);

} // namespace pamoja::merge
