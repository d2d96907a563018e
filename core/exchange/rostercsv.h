#pragma once

// Participant rosters as CSV (RFC 4180): UTF-8 with or without BOM, ',' or ';' separators, header
// names in English, Dutch, French, Spanish or Portuguese. Hostile input is capped and rejected with
// a message; nothing is applied unless every row is valid.

#include "../domain/workshopdata.h"
#include "../result.h"

#include <QByteArray>

namespace pamoja::roster {

inline constexpr qint64 MaxBytes = 1024 * 1024;
inline constexpr int MaxRows = 2000;
inline constexpr int MaxColumns = 32;
inline constexpr int MaxFieldLength = 200;

struct RosterRow
{
    int line = 0; // line in the file where the row starts (1-based)
    Participant participant;
    QString organisation;
    QStringList errors; // translated, empty when the row is fine
};

struct RosterParse
{
    QChar separator;
    QStringList columns;  // canonical column names found: name, organisation, ...
    QStringList warnings; // ignored columns
    QList<RosterRow> rows;
    int errorCount() const;
    bool isValid() const { return !rows.isEmpty() && errorCount() == 0; }
};

// Errors that make the whole file unreadable (empty, too big, not UTF-8, binary, unterminated
// quote, no name column, too many rows) fail the Result; row problems are reported per row.
// 'existing' is checked for names already on the roster.
Result<RosterParse> parse(const QByteArray &bytes, const WorkshopData &existing);

// The change set adding every row (organisations created as needed); an error when any row is bad.
Result<ChangeSet> changes(const WorkshopData &data, const RosterParse &parsed);

// Splits CSV text into records of fields (RFC 4180); an error for an unterminated quote or caps.
Result<QList<QStringList>> splitCsv(const QString &text, QChar separator, QList<int> *lines = nullptr);

} // namespace pamoja::roster
