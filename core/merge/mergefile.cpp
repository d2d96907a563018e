#include "mergefile.h"

#include "../document.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pamoja::merge {

Result<FilePlan> planFiles(const Document &doc, const QStringList &sourcePaths, const QSet<QUuid> &keepSeparate)
{
    FilePlan out;
    QStringList names;
    for (const QString &path : sourcePaths) {
        auto source = readSource(path, doc.path());
        if (!source)
            return Error{source.error()};
        out.sources.append(std::move(*source));
        names.append(QFileInfo(path).fileName());
    }
    auto history = doc.store().history();
    if (!history)
        return Error{history.error()};
    QList<Side> sides;
    for (const Source &s : std::as_const(out.sources))
        sides.append({QFileInfo(s.path).fileName(), &s.data, s.history});
    Options options;
    options.description = QCoreApplication::translate("pamoja::Merge", "Merge workshop %1").arg(names.join(QStringLiteral(", ")));
    options.actor = doc.actor();
    options.keepSeparate = keepSeparate;
    auto plan = planMerge(doc.data(), *history, sides, options);
    if (!plan)
        return Error{plan.error()};
    out.plan = std::move(*plan);
    return out;
}

Status applyPlan(Document &doc, const FilePlan &plan)
{
    const QString description = plan.plan.mergeEntry ? plan.plan.mergeEntry->description
                                                     : QCoreApplication::translate("pamoja::Merge", "Merge workshops");
    return doc.applyMerge(plan.plan.changes, plan.plan.learned, plan.plan.mergeEntry, description);
}

} // namespace pamoja::merge
