#include "adjustedrand.h"

#include <QHash>

namespace pamoja {

double adjustedRandIndex(const QList<int> &a, const QList<int> &b)
{
    if (a.size() != b.size())
        return 0;
    const double n = double(a.size());
    if (a.size() < 2)
        return 1;
    QHash<int, double> rows, cols;
    QHash<QPair<int, int>, double> cells;
    for (qsizetype i = 0; i < a.size(); ++i) {
        rows[a.at(i)] += 1;
        cols[b.at(i)] += 1;
        cells[{a.at(i), b.at(i)}] += 1;
    }
    double sumSquares = 0, rowSquares = 0, colSquares = 0;
    for (const double c : std::as_const(cells))
        sumSquares += c * c;
    for (const double r : std::as_const(rows))
        rowSquares += r * r;
    for (const double c : std::as_const(cols))
        colSquares += c * c;
    // Ordered pairs of distinct items: together in both, only in b, only in a, in neither.
    const double tp = sumSquares - n;
    const double fp = colSquares - sumSquares;
    const double fn = rowSquares - sumSquares;
    const double tn = n * n - fp - fn - sumSquares;
    if (fn == 0 && fp == 0)
        return 1;
    return 2.0 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}

} // namespace pamoja
