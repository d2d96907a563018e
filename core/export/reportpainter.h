#pragma once

#include "reportmodel.h"

#include <QRectF>

class QPagedPaintDevice;

namespace pamoja {

// Positions in points (1/72 inch) from the page's top-left corner; pages count from 0.
struct PaintedLink
{
    int page = 0;
    QRectF rect;
    int targetPage = 0;
    double targetY = 0;
};

struct PaintedOutline
{
    int level = 1;
    QString title;
    int page = 0;
    double y = 0;
};

struct PaintedReport
{
    int pages = 0;
    QSizeF pageSize; // points
    QList<PaintedLink> links;
    QList<PaintedOutline> outline;
};

// Called after each page; returns false to cancel.
using PageProgress = std::function<bool(int done, int total)>;

// Paints the whole report on a paged device whose page layout (paper, no margins) is already set:
// a cover, the contents with page numbers, then the body with a running header and footer.
// Returns where the contents entries and headings are, so a PDF can get links and an outline.
Result<PaintedReport> paintReport(const Report &report, QPagedPaintDevice *device, const PageProgress &progress = {});

} // namespace pamoja
