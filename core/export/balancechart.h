#pragma once

#include "reportmodel.h"

#include <QImage>

class QPainter;

namespace pamoja {

// Bars per constituency: share of people present, of ideas and of votes, side by side.
void paintBalanceChart(QPainter *painter, const QRectF &rect, const Report &report);
// The chart as an image of 'size' pixels (ODT, PDF).
QImage balanceChartImage(const Report &report, const QSize &size);

} // namespace pamoja
