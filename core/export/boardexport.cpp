#include "reportdocument.h"
#include "reportrenderers.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace pamoja {

namespace {

constexpr double NoteW = 180, NoteH = 104, Gap = 12, Columns = 3, BoardWidth = 2000, Pad = 16;

struct Box
{
    QRectF rect;
    QString title;
    QColor colour;
    QList<QPair<QRectF, QString>> notes;
};

struct BoardLayout
{
    QSizeF size;
    QList<QPair<QRectF, QString>> headers;
    QList<Box> boxes;
};

BoardLayout layoutBoard(const Report &r)
{
    BoardLayout b;
    double y = Pad;
    for (const ReportStep &s : r.steps) {
        b.headers.append({QRectF(Pad, y, BoardWidth - 2 * Pad, 36), s.title});
        y += 48;
        QList<QPair<QPair<QString, QColor>, QList<ReportIdea>>> groups;
        for (const ReportCluster &c : s.clusters)
            groups.append({{c.title, c.colour}, c.ideas});
        if (!s.loose.isEmpty())
            groups.append({{r.tr(Label::Unclustered), QColor(0xee, 0xee, 0xee)}, s.loose});
        double x = Pad, rowH = 0;
        for (const auto &[head, ideas] : groups) {
            const int cols = int(qMin<qsizetype>(Columns, qMax<qsizetype>(1, ideas.size())));
            const int rows = int((ideas.size() + cols - 1) / cols);
            const QSizeF size(cols * (NoteW + Gap) + Gap, 44 + qMax(1, rows) * (NoteH + Gap) + Gap);
            if (x + size.width() > BoardWidth - Pad && x > Pad) {
                x = Pad;
                y += rowH + Gap * 2;
                rowH = 0;
            }
            Box box{QRectF(QPointF(x, y), size), head.first, head.second, {}};
            for (int i = 0; i < ideas.size(); ++i)
                box.notes.append({QRectF(x + Gap + (i % cols) * (NoteW + Gap), y + 44 + (i / cols) * (NoteH + Gap), NoteW, NoteH),
                                  ideas.at(i).text});
            b.boxes.append(box);
            x += size.width() + Gap * 2;
            rowH = qMax(rowH, size.height());
        }
        y += rowH + Gap * 3;
    }
    double right = 600; // the board is as wide as what is on it
    for (const Box &box : b.boxes)
        right = qMax(right, box.rect.right() + Pad);
    for (auto &header : b.headers)
        header.first.setWidth(right - 2 * Pad);
    b.size = QSizeF(right, qMax(y, 200.0));
    return b;
}

void paintBoard(QPainter &p, const BoardLayout &b, const Report &r)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(QPointF(0, 0), b.size), QColor(0xf4, 0xf1, 0xea));
    QFont title;
    title.setFamilies(reportFontFamilies());
    title.setPixelSize(22);
    title.setBold(true);
    QFont head = title;
    head.setPixelSize(15);
    QFont note = title;
    note.setBold(false);
    note.setPixelSize(12);
    p.setFont(title);
    p.setPen(QColor(0x1f, 0x6f, 0x78));
    for (const auto &[rect, text] : b.headers)
        p.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
    for (const Box &box : b.boxes) {
        QColor tint = box.colour.isValid() ? box.colour : QColor(0xf6, 0xd5, 0x5c);
        p.setPen(QPen(tint.darker(130), 2));
        p.setBrush(QColor(tint.red(), tint.green(), tint.blue(), 70));
        p.drawRoundedRect(box.rect, 10, 10);
        p.setFont(head);
        p.setPen(Qt::black);
        const QRectF titleRect = box.rect.adjusted(Gap, 8, -Gap, 0);
        p.drawText(QRectF(titleRect.topLeft(), QSizeF(titleRect.width(), 28)), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(head).elidedText(box.title, Qt::ElideRight, titleRect.width()));
        p.setFont(note);
        for (const auto &[rect, text] : box.notes) {
            p.setPen(QPen(QColor(0, 0, 0, 40), 1));
            p.setBrush(tint.lighter(115));
            p.drawRect(rect);
            p.setPen(Qt::black);
            const Qt::Alignment dir = text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
            p.save();
            p.setClipRect(rect.adjusted(6, 6, -6, -6));
            p.drawText(rect.adjusted(8, 8, -8, -8), int(dir | Qt::AlignTop) | Qt::TextWordWrap, text);
            p.restore();
        }
    }
    Q_UNUSED(r);
}

} // namespace

QStringList boardTexts(const Report &report)
{
    const BoardLayout b = layoutBoard(report);
    QStringList out;
    for (const auto &[rect, text] : b.headers)
        out.append(text);
    for (const Box &box : b.boxes) {
        out.append(box.title);
        for (const auto &[rect, text] : box.notes)
            out.append(text);
    }
    return out;
}

QByteArray renderBoardPng(const Report &report)
{
    const BoardLayout b = layoutBoard(report);
    // Very large boards are scaled down to keep the image openable.
    const double scale = qMin(1.0, 16000.0 / b.size.height());
    QImage img(QSize(int(b.size.width() * scale), int(b.size.height() * scale)), QImage::Format_RGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.scale(scale, scale);
        paintBoard(p, b, report);
    }
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

QByteArray renderBoardSvg(const Report &report)
{
    const BoardLayout b = layoutBoard(report);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buf);
    gen.setSize(b.size.toSize());
    gen.setViewBox(QRectF(QPointF(0, 0), b.size));
    gen.setTitle(report.title);
    {
        QPainter p(&gen);
        paintBoard(p, b, report);
    }
    return bytes;
}

} // namespace pamoja
