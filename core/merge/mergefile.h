#pragma once

// Copies of a workshop merged into an open one: read (mergesource.h), planned against the workshop's
// data and history (mergeplan.h), applied through Document::applyMerge() as one undoable step.

#include "mergeplan.h"
#include "mergesource.h"

namespace pamoja {
class Document;
}

namespace pamoja::merge {

struct FilePlan
{
    QList<Source> sources; // kept: the plan's learned entries come from them
    Plan plan;
};

// Reads the sources and plans their merge into doc, changing nothing.
Result<FilePlan> planFiles(const Document &doc, const QStringList &sourcePaths, const QSet<QUuid> &keepSeparate = {});
// Applies a plan made by planFiles; a plan with nothing to merge changes nothing.
Status applyPlan(Document &doc, const FilePlan &plan);

} // namespace pamoja::merge
