#pragma once

// The catalogue (themes, factors, corrective measures) as a small JSON file, so facilitators can
// share an edited list: {"format": "pamoja-catalogue", "version": 2, "items": [...]}. Version 2 adds
// each item's keywords per language ({"en": "a, b", ...}); version 1 files are read too.

#include "../domain/workshopdata.h"
#include "../result.h"

#include <QByteArray>

namespace pamoja::cataloguejson {

inline constexpr qint64 MaxBytes = 4 * 1024 * 1024;
inline constexpr int MaxItems = 2000;
inline constexpr int Version = 2;
inline constexpr int MaxKeywordLanguages = 50;

QByteArray toJson(const WorkshopData &data);

struct Plan
{
    ChangeSet changes;
    int added = 0;
    int updated = 0;
};

// Entries are matched by kind and code: known ones are updated, new ones added. Validated as a
// whole first; nothing is planned when anything is wrong.
Result<Plan> planImport(const QByteArray &json, const WorkshopData &data);

} // namespace pamoja::cataloguejson
