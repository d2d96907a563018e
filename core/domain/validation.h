#pragma once

#include "record.h"

namespace pamoja {

class WorkshopData;

// Checks the values of a record whose types are already right: codes from their fixed lists, steps
// 1 to 3, dot counts in range. Used wherever records come from outside (imports, and later devices).
// Returns an empty string when the record is acceptable.
QString valueProblem(EntityKind kind, const Record &record);

// The merge rule (edits::mergeIdeas keeps it): an idea merged into another points at an existing idea
// of its own step that is not merged away itself, so no idea is merged into itself, into a chain or
// a cycle, and every duplicate stays reachable from an idea on the board. target is what
// idea.mergedInto names (null when missing). Empty when acceptable or not merged at all.
QString mergeProblem(const Idea &idea, const Idea *target);

// A field that holds the id of another entity; target is the kind it must be (nullopt: any kind).
struct Reference
{
    EntityKind kind;
    const char *field;
    std::optional<EntityKind> target;
};
const QList<Reference> &references();

} // namespace pamoja

namespace pamoja {
// Every rule of the workshop checked over the whole of it, for `pamoja check`: each record's types,
// forms and values (text without control characters included), references that resolve to an entity
// of the right kind, the merge rule, one workshop row, and votes within their round's limits (dots
// per item, dots per participant). One sentence per problem; empty when the workshop keeps them all.
QStringList workshopProblems(const WorkshopData &data);
} // namespace pamoja
