#pragma once

// Text files as people actually save them: UTF-8 with or without a byte-order mark, UTF-16 (with a
// mark, or without one when every other byte is zero), or Windows-1252 from older spreadsheets.
// What cannot be decoded is refused with the line it is on, never guessed into mojibake.

#include "../result.h"

#include <QByteArray>
#include <QString>

namespace pamoja::text {

struct Decoded
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
};

// Line endings are kept; a leading byte-order mark is dropped. Control characters other than tab,
// line feed and carriage return are refused with their line and column, as is binary data.
Result<Decoded> decode(const QByteArray &bytes);

} // namespace pamoja::text
