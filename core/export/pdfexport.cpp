#include "pdfnavigation.h"
#include "reportrenderers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>

namespace pamoja {

Result<QByteArray> renderPdf(const Report &report, const PdfOptions &options)
{
    QByteArray bytes;
    PaintedReport painted;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Pamoja"));
        writer.setTitle(report.title);
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        const bool letter = options.paper.compare(QLatin1StringView("letter"), Qt::CaseInsensitive) == 0;
        writer.setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        auto result = paintReport(report, &writer, options.progress);
        if (!result)
            return Error{result.error()};
        painted = *result;
    }
    if (bytes.isEmpty())
        return Error{QCoreApplication::translate("pamoja::Export", "The PDF writer produced no output.")};
    return addNavigation(bytes, painted);
}

} // namespace pamoja
