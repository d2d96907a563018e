#pragma once

// Shared by the benchmark executables: the median and percentiles of repeated runs, elapsed
// milliseconds, the process's peak resident memory and the load average (Linux), and the fixed-width
// tables they print.

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace pamoja::bench {

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The value below which a share p (0..1) of the values lie; 0 for none.
inline double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

inline double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// VmHWM in KiB, -1 when unknown.
inline qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The 1-minute load average, "?" when unknown: printed with a table, since other processes on the
// machine skew the times.
inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').first()) : QStringLiteral("?");
}

// A column of a printed table: its title, its width (negative: left-aligned) and the spaces before it.
struct TableColumn
{
    QString title;
    int width = 0;
    int gap = 1;
};

// One line of a table: each cell padded to its column's width, so the header (tableHeader) and every
// row line up.
inline QString tableRow(const QList<TableColumn> &columns, const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            line += QString(columns.at(i).gap, QLatin1Char(' '));
        line += QStringLiteral("%1").arg(cells.value(i), columns.at(i).width);
    }
    return line + QLatin1Char('\n');
}

inline QString tableHeader(const QList<TableColumn> &columns)
{
    QStringList titles;
    for (const TableColumn &c : columns)
        titles << c.title;
    return tableRow(columns, titles);
}

} // namespace pamoja::bench
