#pragma once

// A catalogue item's keywords per language, stored in one text field (CatalogueItem::keywords) as a
// small JSON object {"en": "partnership, trust", "fr": "partenariat, confiance", ...}. Each value is
// a comma-separated list of words and phrases, as the facilitator types it.

#include "../domain/entities.h"

#include <QMap>
#include <QString>

namespace pamoja::keywords {

inline constexpr int MaxLength = 2000; // per language, like the other catalogue texts

QMap<QString, QString> parse(const QString &stored);      // a damaged value reads as no keywords
QString format(const QMap<QString, QString> &byLanguage); // empty entries are left out
QString in(const CatalogueItem &item, const QString &language);
// 'stored' with the keywords of 'language' replaced by 'text' (trimmed; empty removes them).
QString with(const QString &stored, const QString &language, const QString &text);
// The shipped keywords of an item's code in every language, as stored; empty for other codes.
QString shippedFor(const QString &kind, const QString &code);

} // namespace pamoja::keywords
