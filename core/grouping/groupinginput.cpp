#include "groupinginput.h"

namespace pamoja::grouping {

QList<GroupingIdea> looseIdeas(const WorkshopData &data, int step, const QSet<QUuid> &only)
{
    QList<GroupingIdea> out;
    for (const Idea &i : data.ideas(step)) {
        if (!i.clusterId.isNull() || i.hidden || (!only.isEmpty() && !only.contains(i.id)))
            continue;
        out.append({i.id, i.text, i.language, i.translation, i.translationLanguage});
    }
    return out;
}

QList<CatalogueItem> wholeCatalogue(const WorkshopData &data)
{
    QList<CatalogueItem> items;
    for (const QString &kind : {QStringLiteral("theme"), QStringLiteral("factor"), QStringLiteral("measure")})
        items += data.catalogue(kind);
    return items;
}

} // namespace pamoja::grouping
