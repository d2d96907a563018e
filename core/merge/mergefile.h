#pragma once

// One source file merged into an open workshop: read (mergesource.h), planned against the
// workshop's data and history (mergeplan.h), applied through Document::apply() as one change.

#include "mergeplan.h"

namespace pamoja {
class Document;
}

namespace pamoja::merge {

// Reads the source and plans its merge into doc, changing nothing.
Result<Plan> planFile(const Document &doc, const QString &sourcePath);
// Applies a plan made by planFile for the same source as one undoable change ("Merge workshop
// NAME"); a plan with nothing to merge changes nothing.
Status applyPlan(Document &doc, const Plan &plan, const QString &sourcePath);

} // namespace pamoja::merge
