#pragma once

#include "record.h"

namespace pamoja {

// Checks the values of a record whose types are already right: codes from their fixed lists, steps
// 1 to 3, dot counts in range. Used wherever records come from outside (imports, and later devices).
// Returns an empty string when the record is acceptable.
QString valueProblem(EntityKind kind, const Record &record);

} // namespace pamoja
