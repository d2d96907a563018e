#include "csv.h"

#include <QCoreApplication>

namespace pamoja::csv {

QChar detectSeparator(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

Result<Table> split(const QString &text, QChar sep, const Limits &limits)
{
    Table out;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    int line = 1, column = 1, recordLine = 1, quoteLine = 1, quoteColumn = 1;
    const qsizetype n = text.size();

    auto tooLong = [&] {
        return Error{QCoreApplication::translate("pamoja::Csv", "Line %1, column %2: a field is longer than %3 characters.")
                         .arg(QString::number(line), QString::number(column), QString::number(limits.maxFieldLength))};
    };
    auto tooWide = [&] {
        return Error{QCoreApplication::translate("pamoja::Csv", "Line %1: a row has more than %2 columns.").arg(QString::number(recordLine), QString::number(limits.maxColumns))};
    };
    auto tooMany = [&] {
        return Error{QCoreApplication::translate("pamoja::Csv", "The file has more than %1 rows; split it into smaller files.").arg(QString::number(limits.maxRecords - 1))};
    };
    auto endField = [&] {
        record.append(field);
        field.clear();
        wasQuoted = false;
        return record.size() <= limits.maxColumns;
    };
    auto endRecord = [&] {
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            out.records.append(record);
            out.lines.append(recordLine);
        }
        record.clear();
        return out.records.size() <= limits.maxRecords;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                    column += 2;
                    continue;
                }
                quoted = false;
            } else if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))) {
                field.append(QLatin1Char('\n'));
                ++line;
                column = 0;
            } else if (c != QLatin1Char('\r')) {
                field.append(c);
            }
            if (field.size() > limits.maxFieldLength)
                return tooLong();
            ++column;
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            quoteLine = line;
            quoteColumn = column;
        } else if (c == sep) {
            if (!endField())
                return tooWide();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endField())
                return tooWide();
            if (!endRecord())
                return tooMany();
            ++line;
            column = 0;
            recordLine = line;
        } else {
            if (wasQuoted)
                return Error{QCoreApplication::translate("pamoja::Csv", "Line %1, column %2: text after a closing quote; quotes inside a field must be doubled (\"\").")
                                 .arg(QString::number(line), QString::number(column))};
            field.append(c);
            if (field.size() > limits.maxFieldLength)
                return tooLong();
        }
        ++column;
    }
    if (quoted)
        return Error{QCoreApplication::translate("pamoja::Csv", "Line %1, column %2: a quoted field is never closed.").arg(QString::number(quoteLine), QString::number(quoteColumn))};
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted) {
        if (!endField())
            return tooWide();
        if (!endRecord())
            return tooMany();
    }
    return out;
}

} // namespace pamoja::csv
