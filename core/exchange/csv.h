#pragma once

// CSV as written by spreadsheets and online form tools (RFC 4180 and its common variants): fields
// separated by ',', ';' or tab, quoted with '"' (doubled inside), records ended by LF, CRLF or CR.
// One reader for every CSV Pamoja takes (rosters, ideas); the caps are the caller's.

#include "../result.h"

#include <QStringList>

namespace pamoja::csv {

struct Limits
{
    int maxRecords = 100000; // header included
    int maxColumns = 64;
    int maxFieldLength = 20000;
};

struct Table
{
    QList<QStringList> records;
    QList<int> lines; // 1-based line on which each record starts
};

// ',' unless the first record has more ';' (or tabs) outside quotes.
QChar detectSeparator(const QString &text);

// Errors name the line and column: an unterminated quote, text after a closing quote, or a cap.
// Blank records (a lone empty field) are skipped.
Result<Table> split(const QString &text, QChar separator, const Limits &limits);

} // namespace pamoja::csv
