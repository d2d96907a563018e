#include "mergefile.h"

#include "../document.h"
#include "mergesource.h"

#include <QCoreApplication>

namespace pamoja::merge {

Result<Plan> planFile(const Document &doc, const QString &sourcePath)
{
    auto source = readSource(sourcePath, doc.path());
    if (!source)
        return Error{source.error()};
    auto history = doc.store().history();
    if (!history)
        return Error{history.error()};
    auto plan = planMerge({doc.data(), *history}, {source->data, source->history});
    if (!plan)
        return plan;
    // The dry run of Document::apply(), so a plan shown as possible is one that applies.
    if (Status s = doc.data().check(plan->changes); !s)
        return Error{QCoreApplication::translate("pamoja::Merge", "%1 cannot be merged: %2").arg(sourcePath, s.error())};
    return plan;
}

Status applyPlan(Document &doc, const Plan &plan, const QString &sourcePath)
{
    if (plan.changes.isEmpty())
        return Status::ok();
    return doc.apply(plan.changes, mergeDescription(sourcePath));
}

} // namespace pamoja::merge
