#pragma once

// When two records with different ids are the same thing: shared by the JSON import and the merge
// of workshops, so both match the same way.

#include "entities.h"
#include "record.h"

#include <QPair>

namespace pamoja::identity {

// Catalogue items of the same kind and code are one item; items without a code (a facilitator's
// own) are never matched by it: the key is empty.
inline QString catalogueKey(const QString &kind, const QString &code)
{
    return code.isEmpty() ? QString() : kind + QLatin1Char('/') + code;
}
inline QString catalogueKey(const CatalogueItem &c) { return catalogueKey(c.kind, c.code); }

// A name typed on two laptops: case, surrounding and repeated spaces do not make two people.
inline QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// Tags and links are unique per pair (target and item, from and to): the same pair under another
// id is the same tag or link.
inline QPair<QString, QString> pairKey(EntityKind kind, const Record &r)
{
    const bool tag = kind == EntityKind::Tag;
    return {r.value(tag ? QStringLiteral("target_id") : QStringLiteral("from_id")).toString(),
            r.value(tag ? QStringLiteral("item_id") : QStringLiteral("to_id")).toString()};
}

} // namespace pamoja::identity
