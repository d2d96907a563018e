#include "defaultcatalogue.h"

#include "../domain/record.h"
#include "keywords.h"
#include "shippedcatalogue.h"

#include <QCoreApplication>

namespace pamoja {

QString defaultCatalogueProvenance()
{
    return QCoreApplication::translate("pamoja::Catalogue",
                                       "Pamoja derived list v1 (not the working group's official list)");
}

QList<CatalogueItem> defaultCatalogue(const QString &language)
{
    const QString lang = shipped::languages().contains(language) ? language : QStringLiteral("en");
    QList<CatalogueItem> items;
    int position = 0;
    for (const shipped::Item &s : shipped::items()) {
        const shipped::ItemText text = s.text.value(lang);
        CatalogueItem item;
        item.id = newId();
        item.kind = s.kind;
        item.code = s.code;
        item.name = text.name;
        item.description = text.description;
        item.provenance = defaultCatalogueProvenance();
        item.counters = s.counters;
        item.keywords = keywords::shippedFor(s.kind, s.code);
        item.position = position++;
        items.append(item);
    }
    return items;
}

} // namespace pamoja
