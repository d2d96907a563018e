#include "reportpages.h"

#include "pamojaversion.h"

#include "reportpalette.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>

namespace pamoja {

namespace {

using reportpalette::Accent;
using reportpalette::Muted;
// Beyond this many entries the contents list only the sections; the outline always has everything.
constexpr int MaxContentsEntries = 90;

void paintFrame(QPainter &p, const PageGeometry &g, const Report &r, int page, int pages)
{
    p.setPen(Muted);
    p.setFont(reportFont(8));
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
    // Which Pamoja drew the report, for whoever has to explain a difference between two of them; beside
    // the short page number, as the date on the left is long in some languages.
    const QString pageOf = r.tr(Label::PageOf).arg(QString::number(page + 1), QString::number(pages));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Pamoja " PAMOJA_VERSION " \u00b7 %1").arg(pageOf));
}

} // namespace

PageGeometry PageGeometry::of(const QPaintDevice *device)
{
    PageGeometry g;
    g.dpi = device->logicalDpiY();
    g.page = QRectF(0, 0, device->width(), device->height());
    g.content = QRectF(g.mm(18), g.mm(22), g.page.width() - g.mm(36), g.page.height() - g.mm(22) - g.mm(20));
    return g;
}

LaidOutSection layOutSection(const Report &report, int section, QPaintDevice *device, const PageGeometry &g,
                             const std::function<bool()> &cancelled)
{
    LaidOutSection out;
    ReportDocumentOptions options;
    options.device = device;
    options.cancelled = cancelled;
    out.body = buildReportSection(report, section, options);
    if (!out.body.document)
        return out;
    QTextDocument *doc = out.body.document.get();
    doc->setPageSize(g.content.size());
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    out.pages = qMax(1, layout->pageCount());
    for (const ReportHeading &h : out.body.headings) {
        const QRectF r = layout->blockBoundingRect(doc->findBlock(h.position));
        const int page = qBound(0, int(r.top() / g.content.height()), out.pages - 1);
        out.headings.append({h.level, h.title, page, g.content.top() + r.top() - page * g.content.height()});
    }
    return out;
}

ReportPagination paginate(const QList<QList<PlacedHeading>> &sectionHeadings, const QList<int> &sectionPages,
                          QPaintDevice *device, const PageGeometry &g)
{
    ReportPagination out;
    int headings = 0;
    for (const QList<PlacedHeading> &list : sectionHeadings)
        headings += int(list.size());
    // Contents: one line per heading, at most MaxContentsEntries (then sections only).
    const bool withSub = headings <= MaxContentsEntries;
    out.lineHeight = QFontMetricsF(reportFont(10.5), device).height() * 1.45;
    out.contentsTop = g.content.top() + g.mm(16);
    out.entriesPerPage = qMax(1, int((g.content.bottom() - out.contentsTop) / out.lineHeight));
    int entries = 0;
    for (const QList<PlacedHeading> &list : sectionHeadings)
        for (const PlacedHeading &h : list)
            entries += withSub || h.level == 1 ? 1 : 0;
    out.contentsPages = qMax(1, (entries + out.entriesPerPage - 1) / out.entriesPerPage);

    int next = 1 + out.contentsPages;
    for (int s = 0; s < sectionPages.size(); ++s) {
        out.sectionFirstPage.append(next);
        for (const PlacedHeading &h : sectionHeadings.value(s)) {
            out.painted.outline.append({h.level, h.title, next + h.page, g.pt(h.y)});
            if (withSub || h.level == 1)
                out.entries.append({h.level, h.title, next + h.page, h.y});
        }
        next += sectionPages.at(s);
    }
    out.pages = next;
    out.painted.pages = next;
    out.painted.pageSize = QSizeF(g.pt(g.page.width()), g.pt(g.page.height()));
    return out;
}

void paintCover(QPainter &p, const PageGeometry &g, const Report &r)
{
    const QRectF band(0, 0, g.page.width(), g.mm(95));
    p.fillRect(band, Accent);
    p.setPen(Qt::white);
    p.setFont(reportFont(11));
    p.drawText(QRectF(g.content.left(), g.mm(22), g.content.width(), g.mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
               r.tr(Label::ReportTitle));
    p.setFont(reportFont(26, true));
    p.drawText(QRectF(g.content.left(), g.mm(32), g.content.width(), g.mm(55)),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, r.title);

    double y = g.mm(108);
    auto line = [&](const QString &label, const QString &value, double heightMm = 7) {
        if (value.isEmpty())
            return;
        p.setPen(Muted);
        p.setFont(reportFont(9, true));
        p.drawText(QRectF(g.content.left(), y, g.mm(45), g.mm(heightMm)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
        p.setPen(Qt::black);
        p.setFont(reportFont(10.5));
        const QRectF box(g.content.left() + g.mm(48), y, g.content.width() - g.mm(48), g.mm(60));
        const QRectF used = p.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        p.drawText(box.adjusted(0, 0, 0, -(box.height() - qMin(used.height(), g.mm(40)))),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value);
        y += qMax(g.mm(heightMm), qMin(used.height(), g.mm(40)) + g.mm(2.5));
    };
    for (const ReportField &f : coverFacts(r))
        line(f.label, f.value);

    y += g.mm(4);
    p.setPen(Accent);
    p.setFont(reportFont(12, true));
    p.drawText(QRectF(g.content.left(), y, g.content.width(), g.mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
               r.tr(Label::Participants));
    y += g.mm(10);
    for (const ReportConstituency &c : r.constituencies) {
        const ReportField named = constituencyLine(r, c);
        line(named.label, named.value);
        if (y > g.page.height() - g.mm(40))
            break;
    }
    p.setPen(Muted);
    p.setFont(reportFont(8.5));
    p.drawText(QRectF(g.content.left(), g.page.height() - g.mm(22), g.content.width(), g.mm(8)),
               Qt::AlignLeft | Qt::AlignVCenter, r.generated);
}

void paintContentsPage(QPainter &p, const PageGeometry &g, const Report &r, const ReportPagination &pagination,
                       int k, QList<PaintedLink> *links)
{
    paintFrame(p, g, r, 1 + k, pagination.pages);
    if (k == 0) {
        p.setPen(Accent);
        p.setFont(reportFont(18, true));
        p.drawText(QRectF(g.content.left(), g.content.top(), g.content.width(), g.mm(12)), Qt::AlignLeft | Qt::AlignVCenter,
                   r.tr(Label::Contents));
    }
    const QFontMetricsF fm(reportFont(10.5), p.device());
    const double lineH = pagination.lineHeight;
    for (int row = 0; row < pagination.entriesPerPage; ++row) {
        const int e = k * pagination.entriesPerPage + row;
        if (e >= pagination.entries.size())
            break;
        const PlacedHeading &entry = pagination.entries.at(e);
        const double indent = entry.level == 1 ? 0 : g.mm(6);
        const QRectF line(g.content.left() + indent, pagination.contentsTop + row * lineH, g.content.width() - indent, lineH);
        const QString num = QString::number(entry.page + 1);
        const double numW = fm.horizontalAdvance(num);
        p.setPen(entry.level == 1 ? QColor(Qt::black) : Muted);
        p.setFont(reportFont(10.5, entry.level == 1));
        const QFontMetricsF titleMetrics(p.font(), p.device());
        const QString title = titleMetrics.elidedText(entry.title, Qt::ElideRight, line.width() - numW - g.mm(12));
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, title);
        p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, num);
        // Dotted leader between title and page number.
        const double from = line.left() + titleMetrics.horizontalAdvance(title) + g.mm(2);
        const double to = line.right() - numW - g.mm(2);
        if (to > from) {
            p.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), g.mm(0.25), Qt::DotLine));
            p.drawLine(QPointF(from, line.center().y() + fm.descent()), QPointF(to, line.center().y() + fm.descent()));
        }
        if (links)
            links->append({1 + k, QRectF(g.pt(line.left()), g.pt(line.top()), g.pt(line.width()), g.pt(line.height())),
                           entry.page, g.pt(entry.y)});
    }
}

void paintBodyPage(QPainter &p, const PageGeometry &g, const Report &r, const LaidOutSection &section, int localPage,
                   int page, int pages)
{
    paintFrame(p, g, r, page, pages);
    p.save();
    p.translate(g.content.left(), g.content.top() - localPage * g.content.height());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, localPage * g.content.height(), g.content.width(), g.content.height());
    p.setClipRect(ctx.clip);
    section.body.document->documentLayout()->draw(&p, ctx);
    p.restore();
}

} // namespace pamoja
