#include "balancechart.h"

#include "reportdocument.h"

#include <QPainter>

namespace pamoja {

namespace {
const QColor PeopleColour(0x9a, 0xa5, 0xb1);
const QColor IdeasColour(0x1f, 0x6f, 0x78);
const QColor VotesColour(0xe0, 0x8e, 0x2b);
} // namespace

void paintBalanceChart(QPainter *p, const QRectF &rect, const Report &r)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->fillRect(rect, Qt::white);
    const double unit = rect.height() / 60.0; // everything scales with the chart's height
    QFont f = reportFont(10);
    f.setPixelSize(qMax(1, int(unit * 2.4)));
    p->setFont(f);
    const QFontMetricsF fm(f, p->device());

    // Legend on top.
    const QList<QPair<QColor, QString>> series{{PeopleColour, r.tr(Label::ShareOfPeople)},
                                               {IdeasColour, r.tr(Label::ShareOfIdeas)},
                                               {VotesColour, r.tr(Label::ShareOfVotes)}};
    double x = rect.left();
    const double legendY = rect.top();
    for (const auto &[colour, text] : series) {
        p->fillRect(QRectF(x, legendY + unit * 0.5, unit * 2.5, unit * 2.5), colour);
        p->setPen(Qt::black);
        p->drawText(QPointF(x + unit * 3.5, legendY + unit * 2.6), text);
        x += unit * 5 + fm.horizontalAdvance(text);
    }

    const QRectF plot(rect.left() + unit * 2, rect.top() + unit * 6, rect.width() - unit * 4, rect.height() - unit * 13);
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), unit * 0.15));
    for (int pct = 0; pct <= 100; pct += 25) {
        const double y = plot.bottom() - plot.height() * pct / 100.0;
        p->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p->drawText(QPointF(plot.left() - unit * 0.5 - fm.horizontalAdvance(QStringLiteral("100%")), y + unit),
                    QStringLiteral("%1%").arg(pct));
    }
    const int n = int(r.balance.size());
    if (n > 0) {
        const double groupW = plot.width() / n;
        const double barW = groupW * 0.8 / 3;
        for (int i = 0; i < n; ++i) {
            const ReportBalanceRow &row = r.balance.at(i);
            const double shares[3] = {row.peopleShare, row.ideaShare, row.voteShare};
            const double gx = plot.left() + i * groupW + groupW * 0.1;
            for (int s = 0; s < 3; ++s) {
                const double h = plot.height() * shares[s];
                const QRectF bar(gx + s * barW, plot.bottom() - h, barW * 0.92, h);
                p->fillRect(bar, series.at(s).first);
                p->setPen(Qt::black);
                p->drawText(QRectF(bar.left() - barW, bar.top() - unit * 3, barW * 3, unit * 3),
                            Qt::AlignHCenter | Qt::AlignBottom, formatShare(shares[s]));
            }
            QString label = row.constituency;
            if (row.under)
                label += QStringLiteral(" ⚠");
            p->setPen(row.under ? QColor(0xb0, 0x30, 0x20) : QColor(Qt::black));
            p->drawText(QRectF(plot.left() + i * groupW, plot.bottom() + unit, groupW, unit * 6),
                        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
        }
    }
    p->setPen(QPen(Qt::black, unit * 0.2));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->restore();
}

QImage balanceChartImage(const Report &report, const QSize &size)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    paintBalanceChart(&p, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(size.width() * 0.06, size.height() * 0.03,
                                                                        -size.width() * 0.02, -size.height() * 0.02),
                      report);
    return img;
}

} // namespace pamoja
