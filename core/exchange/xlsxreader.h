#pragma once

// The first worksheet of an XLSX workbook (Office Open XML, as written by Excel, LibreOffice, Google
// Sheets and online form tools) as a table of text, read with libzip and QXmlStreamReader. Values are
// what the file stores: shared and inline strings, the cached result of a formula (never evaluated),
// numbers as written. Hostile files are refused whole with a message: more entries, bytes or
// compression than any spreadsheet of ideas needs (zip bombs), a DTD, broken XML, a missing sheet.

#include "../result.h"
#include "csv.h"

#include <QByteArray>

namespace pamoja::xlsx {

struct Caps
{
    qint64 maxEntryBytes = 32LL * 1024 * 1024; // one part, uncompressed
    qint64 maxTotalBytes = 64LL * 1024 * 1024; // every part read, uncompressed
    int maxEntries = 10000;
    int maxRatio = 200; // uncompressed / compressed, for parts above 1 MB
};

// True when the bytes are a ZIP container with an XLSX workbook part.
bool looksLikeXlsx(const QByteArray &bytes);

// Records are the sheet's rows that hold any value, columns from A; lines are the sheet's row numbers.
Result<csv::Table> readFirstSheet(const QByteArray &bytes, const csv::Limits &limits, const Caps &caps = {});

} // namespace pamoja::xlsx
