#include "reportpainter.h"

#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>

namespace pamoja {

namespace {

const QColor Accent(0x1f, 0x6f, 0x78);
const QColor Muted(0x55, 0x5f, 0x6a);
// Beyond this many entries the contents list only the sections; the outline always has everything.
constexpr int MaxContentsEntries = 90;

QFont font(double pt, bool bold = false)
{
    QFont f;
    f.setFamilies(reportFontFamilies());
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

struct Geometry
{
    double dpi = 72;
    QRectF page;    // device pixels
    QRectF content; // the body's area on every page
    double mm(double v) const { return v * dpi / 25.4; }
    double pt(double px) const { return px * 72.0 / dpi; }
};

void paintCover(QPainter &p, const Geometry &g, const Report &r)
{
    const QRectF band(0, 0, g.page.width(), g.mm(95));
    p.fillRect(band, Accent);
    p.setPen(Qt::white);
    p.setFont(font(11));
    p.drawText(QRectF(g.content.left(), g.mm(22), g.content.width(), g.mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
               r.tr(Label::ReportTitle));
    p.setFont(font(26, true));
    p.drawText(QRectF(g.content.left(), g.mm(32), g.content.width(), g.mm(55)),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, r.title);

    double y = g.mm(108);
    auto line = [&](const QString &label, const QString &value, double heightMm = 7) {
        if (value.isEmpty())
            return;
        p.setPen(Muted);
        p.setFont(font(9, true));
        p.drawText(QRectF(g.content.left(), y, g.mm(45), g.mm(heightMm)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
        p.setPen(Qt::black);
        p.setFont(font(10.5));
        const QRectF box(g.content.left() + g.mm(48), y, g.content.width() - g.mm(48), g.mm(60));
        const QRectF used = p.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        p.drawText(box.adjusted(0, 0, 0, -(box.height() - qMin(used.height(), g.mm(40)))),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        y += qMax(g.mm(heightMm), qMin(used.height(), g.mm(40)) + g.mm(2.5));
    };
    line(r.tr(Label::Dates), r.dates);
    line(r.tr(Label::Mode), r.mode);
    line(r.tr(Label::Facilitators), r.facilitators);
    line(r.tr(Label::Languages), r.languages);
    line(r.tr(Label::Context), r.context);

    y += g.mm(4);
    p.setPen(Accent);
    p.setFont(font(12, true));
    p.drawText(QRectF(g.content.left(), y, g.content.width(), g.mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
               r.tr(Label::Participants));
    y += g.mm(10);
    for (const ReportConstituency &c : r.constituencies) {
        line(QStringLiteral("%1 (%2)").arg(c.label).arg(c.people),
             c.named.isEmpty() ? r.tr(Label::NobodyNamed) : c.named.join(QStringLiteral(", ")));
        if (y > g.page.height() - g.mm(40))
            break;
    }
    p.setPen(Muted);
    p.setFont(font(8.5));
    p.drawText(QRectF(g.content.left(), g.page.height() - g.mm(22), g.content.width(), g.mm(8)),
               Qt::AlignLeft | Qt::AlignVCenter, r.generated);
}

void paintFrame(QPainter &p, const Geometry &g, const Report &r, int page, int pages)
{
    p.setPen(Muted);
    p.setFont(font(8));
    const QRectF header(g.content.left(), g.mm(9), g.content.width(), g.mm(6));
    const QString title = p.fontMetrics().elidedText(r.title, Qt::ElideRight, int(header.width() * 0.65));
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, r.tr(Label::ReportTitle));
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), g.mm(0.2)));
    p.drawLine(QPointF(g.content.left(), header.bottom() + g.mm(1)), QPointF(g.content.right(), header.bottom() + g.mm(1)));
    const QRectF footer(g.content.left(), g.page.height() - g.mm(14), g.content.width(), g.mm(6));
    p.drawLine(QPointF(g.content.left(), footer.top() - g.mm(1)), QPointF(g.content.right(), footer.top() - g.mm(1)));
    p.setPen(Muted);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, r.generated);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, r.tr(Label::PageOf).arg(page + 1).arg(pages));
}

} // namespace

Result<PaintedReport> paintReport(const Report &report, QPagedPaintDevice *device, const PageProgress &progress)
{
    const auto cancelledError = Error{QCoreApplication::translate("pamoja::Export", "The export was cancelled.")};
    Geometry g;
    g.dpi = device->logicalDpiY();
    g.page = QRectF(0, 0, device->width(), device->height());
    g.content = QRectF(g.mm(18), g.mm(22), g.page.width() - g.mm(36), g.page.height() - g.mm(22) - g.mm(20));

    bool cancelled = false;
    ReportDocumentOptions docOptions;
    docOptions.device = device;
    docOptions.cancelled = [&] { return cancelled || (progress && !progress(0, 0) && (cancelled = true)); };
    ReportDocument body = buildReportDocument(report, docOptions);
    if (!body.document)
        return cancelledError;
    QTextDocument *doc = body.document.get();
    doc->setPageSize(g.content.size());
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const int bodyPages = qMax(1, layout->pageCount());

    // Contents: one line per heading, at most MaxContentsEntries (sections first).
    QList<int> entries;
    const bool withSub = body.headings.size() <= MaxContentsEntries;
    for (int i = 0; i < body.headings.size(); ++i)
        if (withSub || body.headings.at(i).level == 1)
            entries.append(i);
    const QFont entryFont = font(10.5);
    const double lineH = QFontMetricsF(entryFont, device).height() * 1.45;
    const double tocTop = g.content.top() + g.mm(16);
    const int perPage = qMax(1, int((g.content.bottom() - tocTop) / lineH));
    const int tocPages = qMax(1, int((entries.size() + perPage - 1) / perPage));
    const int first = 1 + tocPages; // the body's first page
    const int pages = first + bodyPages;

    PaintedReport out;
    out.pages = pages;
    out.pageSize = QSizeF(g.pt(g.page.width()), g.pt(g.page.height()));
    QList<QPair<int, double>> where; // per heading: page and y (device px)
    for (const ReportHeading &h : body.headings) {
        const QRectF r = layout->blockBoundingRect(doc->findBlock(h.position));
        const int page = qBound(0, int(r.top() / g.content.height()), bodyPages - 1);
        where.append({first + page, g.content.top() + r.top() - page * g.content.height()});
        out.outline.append({h.level, h.title, first + page, g.pt(where.last().second)});
    }

    QPainter p;
    if (!p.begin(device))
        return Error{QCoreApplication::translate("pamoja::Export", "Cannot start painting the report.")};
    p.setRenderHint(QPainter::Antialiasing);
    paintCover(p, g, report);

    for (int tp = 0; tp < tocPages; ++tp) {
        device->newPage();
        paintFrame(p, g, report, 1 + tp, pages);
        if (tp == 0) {
            p.setPen(Accent);
            p.setFont(font(18, true));
            p.drawText(QRectF(g.content.left(), g.content.top(), g.content.width(), g.mm(12)),
                       Qt::AlignLeft | Qt::AlignVCenter, report.tr(Label::Contents));
        }
        p.setFont(entryFont);
        const QFontMetricsF fm(entryFont, device);
        for (int k = 0; k < perPage; ++k) {
            const int e = tp * perPage + k;
            if (e >= entries.size())
                break;
            const ReportHeading &h = body.headings.at(entries.at(e));
            const auto [page, y] = where.at(entries.at(e));
            const double indent = h.level == 1 ? 0 : g.mm(6);
            const QRectF row(g.content.left() + indent, tocTop + k * lineH, g.content.width() - indent, lineH);
            const QString num = QString::number(page + 1);
            const double numW = fm.horizontalAdvance(num);
            p.setPen(h.level == 1 ? QColor(Qt::black) : Muted);
            p.setFont(font(10.5, h.level == 1));
            const QString title = QFontMetricsF(p.font(), device).elidedText(h.title, Qt::ElideRight, row.width() - numW - g.mm(12));
            p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, title);
            p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, num);
            // Dotted leader between title and page number.
            const double from = row.left() + QFontMetricsF(p.font(), device).horizontalAdvance(title) + g.mm(2);
            const double to = row.right() - numW - g.mm(2);
            if (to > from) {
                p.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), g.mm(0.25), Qt::DotLine));
                p.drawLine(QPointF(from, row.center().y() + fm.descent()), QPointF(to, row.center().y() + fm.descent()));
            }
            out.links.append({1 + tp, QRectF(g.pt(row.left()), g.pt(row.top()), g.pt(row.width()), g.pt(row.height())),
                              page, g.pt(y)});
        }
    }

    for (int bp = 0; bp < bodyPages; ++bp) {
        if (progress && !progress(bp + 1, bodyPages)) {
            p.end();
            return cancelledError;
        }
        device->newPage();
        paintFrame(p, g, report, first + bp, pages);
        p.save();
        p.translate(g.content.left(), g.content.top() - bp * g.content.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, bp * g.content.height(), g.content.width(), g.content.height());
        p.setClipRect(ctx.clip);
        layout->draw(&p, ctx);
        p.restore();
    }
    if (!p.end())
        return Error{QCoreApplication::translate("pamoja::Export", "Cannot finish painting the report.")};
    return out;
}

} // namespace pamoja
