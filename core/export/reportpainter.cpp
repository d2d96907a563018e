#include "reportpainter.h"

#include "reportpages.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace pamoja {

Result<PaintedReport> paintReport(const Report &report, QPagedPaintDevice *device, const PageProgress &progress)
{
    const auto cancelledError = Error{QCoreApplication::translate("pamoja::Export", "The export was cancelled.")};
    const PageGeometry g = PageGeometry::of(device);
    bool cancelled = false;
    const auto isCancelled = [&] { return cancelled || (progress && !progress(0, 0) && (cancelled = true)); };

    std::vector<LaidOutSection> sections;
    QList<QList<PlacedHeading>> headings;
    QList<int> pages;
    for (int s = 0; s < reportSectionCount(report); ++s) {
        sections.push_back(layOutSection(report, s, device, g, isCancelled));
        if (!sections.back().body.document)
            return cancelledError;
        headings.append(sections.back().headings);
        pages.append(sections.back().pages);
    }
    const ReportPagination pagination = paginate(headings, pages, device, g);
    PaintedReport out = pagination.painted;

    QPainter p;
    if (!p.begin(device))
        return Error{QCoreApplication::translate("pamoja::Export", "Cannot start painting the report.")};
    p.setRenderHint(QPainter::Antialiasing);
    paintCover(p, g, report);
    for (int k = 0; k < pagination.contentsPages; ++k) {
        device->newPage();
        paintContentsPage(p, g, report, pagination, k, &out.links);
    }
    const int bodyPages = pagination.pages - 1 - pagination.contentsPages;
    int done = 0;
    for (int s = 0; s < int(sections.size()); ++s) {
        for (int k = 0; k < sections.at(s).pages; ++k) {
            if (progress && !progress(++done, bodyPages)) {
                p.end();
                return cancelledError;
            }
            device->newPage();
            paintBodyPage(p, g, report, sections.at(s), k, pagination.sectionFirstPage.at(s) + k, pagination.pages);
        }
    }
    if (!p.end())
        return Error{QCoreApplication::translate("pamoja::Export", "Cannot finish painting the report.")};
    return out;
}

} // namespace pamoja
