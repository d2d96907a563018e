#pragma once

#include "../domain/workshopdata.h"
#include "../result.h"

#include <QByteArray>

namespace pamoja {

// The "pamoja-workshop" JSON exchange format (docs/file-format.md).
namespace exchange {

// 2: ideas carry language_confidence; 3: their review flag; 4: catalogue keywords; 5: ideas carry
// translation_source (earlier files are read).
inline constexpr int FormatVersion = 5;
inline constexpr qint64 MaxImportBytes = 512LL * 1024 * 1024;
// No text field of an export is longer than this (ideas are capped at 4000 characters).
inline constexpr int MaxTextLength = 100000;

// Deterministic: same data, same bytes.
QByteArray toJson(const WorkshopData &data);

struct ImportPlan
{
    ChangeSet changes; // what importing adds to the target
    int added = 0;
    int alreadyPresent = 0;
};

// Validates the whole document first (format, version, types, duplicate ids, references) and
// plans the changes that bring its content into 'target': entities are matched by their stable ids
// (catalogue items also by kind and code), present ones are left as they are. The workshop's own
// settings are taken only when the target has none. Nothing is planned when anything is invalid.
Result<ImportPlan> planImport(const QByteArray &json, const WorkshopData &target);

} // namespace exchange
} // namespace pamoja
