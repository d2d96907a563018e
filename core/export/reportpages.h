#pragma once

// The pieces the report painters share: page geometry, one section laid out in pages, the page
// numbers of the whole report, and painting the cover, a contents page and a body page. Used by
// paintReport() on any paged device (print preview) and by renderPdf() on several threads.

#include "reportdocument.h"
#include "reportpainter.h"

#include <QRectF>

class QPainter;
class QPaintDevice;

namespace pamoja {

struct PageGeometry
{
    double dpi = 72;
    QRectF page;    // device pixels
    QRectF content; // the body's area on every page
    double mm(double v) const { return v * dpi / 25.4; }
    double pt(double px) const { return px * 72.0 / dpi; }
    static PageGeometry of(const QPaintDevice *device);
};

struct PlacedHeading
{
    int level = 1;
    QString title;
    int page = 0;  // within its section (contents entries: within the report)
    double y = 0;  // device pixels from the page's top
};

// One section's text document, laid out for the device in pages of the content area.
struct LaidOutSection
{
    ReportDocument body; // no document when cancelled
    int pages = 0;
    QList<PlacedHeading> headings;
};

LaidOutSection layOutSection(const Report &report, int section, QPaintDevice *device, const PageGeometry &g,
                             const std::function<bool()> &cancelled);

// Where everything goes, once each section's page count is known: the cover is page 0, then the
// contents pages, then the sections one after the other.
struct ReportPagination
{
    QList<int> sectionFirstPage;
    int contentsPages = 1;
    int pages = 0;
    // The contents entries (pages count over the whole report), a page's worth of lines per page.
    QList<PlacedHeading> entries;
    int entriesPerPage = 1;
    double lineHeight = 0;
    double contentsTop = 0;
    PaintedReport painted; // pages, page size and outline; links are added as contents pages are painted
};

ReportPagination paginate(const QList<QList<PlacedHeading>> &sectionHeadings, const QList<int> &sectionPages,
                          QPaintDevice *device, const PageGeometry &g);

void paintCover(QPainter &p, const PageGeometry &g, const Report &r);
// Contents page k (0-based among the contents pages); appends its links to `links`.
void paintContentsPage(QPainter &p, const PageGeometry &g, const Report &r, const ReportPagination &pagination,
                       int k, QList<PaintedLink> *links);
// Page `localPage` of a laid-out section, numbered `page` of `pages`.
void paintBodyPage(QPainter &p, const PageGeometry &g, const Report &r, const LaidOutSection &section, int localPage,
                   int page, int pages);

} // namespace pamoja
