#include "presentercanvas.h"

#include "board/boardstyle.h"
#include "document.h"
#include "translate/translationtext.h"
#include "workspace.h"

#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace pamoja {

PresenterCanvas::PresenterCanvas(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setAccessibleName(tr("Revealed ideas"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xf4, 0xf1, 0xea)); // paper: what reads best on a projector
    setPalette(pal);
    connect(workspace, &Workspace::documentChanged, this, &PresenterCanvas::attach);
    connect(workspace, &Workspace::showTranslationsChanged, this, &PresenterCanvas::invalidate);
    connect(workspace, &Workspace::stepChanged, this, [this] {
        m_page = 0;
        invalidate();
    });
    attach(workspace->document());
}

void PresenterCanvas::attach(Document *document)
{
    if (document)
        connect(document, &Document::changed, this, [this](const ChangeSet &cs) {
            if (cs.touches(EntityKind::Idea) || cs.touches(EntityKind::Cluster))
                invalidate();
        });
    m_page = 0;
    invalidate();
}

// Laid out again on the next paint or question: a burst of ideas from the room costs one layout.
void PresenterCanvas::invalidate()
{
    m_dirty = true;
    update();
}

void PresenterCanvas::ensureLaidOut() const
{
    if (m_dirty)
        const_cast<PresenterCanvas *>(this)->layoutPages();
}

QFont PresenterCanvas::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(std::max(14, qRound(window()->height() * TextShare * 1.25)));
    return f;
}

QRectF PresenterCanvas::titleRect() const
{
    const QFontMetricsF fm(titleFont());
    const double margin = fm.height() * 0.4;
    return QRectF(margin, margin, width() - 2 * margin, fm.height() * 1.2);
}

void PresenterCanvas::layoutPages()
{
    m_dirty = false;
    const QUuid keepCluster = m_page < m_pages.size() ? m_pages[m_page].cluster : QUuid();
    const int keepPart = m_page < m_pages.size() ? m_pages[m_page].part : 1;
    const bool wasLast = !m_pages.isEmpty() && m_page == m_pages.size() - 1;
    m_pages.clear();
    const Document *doc = m_workspace->document();
    if (!doc) {
        m_page = 0;
        return;
    }
    const WorkshopData &data = doc->data();
    const int step = m_workspace->step();

    // One pass over the ideas: what the room may see, grouped by cluster, oldest first.
    QHash<QUuid, QList<const Idea *>> groups;
    for (const Idea &i : data.table<Idea>().items())
        if (i.step == step && i.mergedInto.isNull() && i.revealed && !i.hidden)
            groups[data.table<Cluster>().contains(i.clusterId) ? i.clusterId : QUuid()].append(&i);
    for (auto &list : groups)
        std::sort(list.begin(), list.end(), [](const Idea *a, const Idea *b) {
            return a->created != b->created ? a->created < b->created : a->id < b->id;
        });

    const int px = std::max(12, qRound(window()->height() * TextShare));
    QFont noteFont = font();
    noteFont.setPixelSize(px);
    const QFontMetricsF fm(noteFont);
    const double gap = px * 0.6, pad = px * 0.45, bar = px * 0.25;
    const QRectF title = titleRect();
    const QRectF area(title.left(), title.bottom() + gap, title.width(), height() - title.bottom() - 2 * gap);
    const int cols = std::clamp(int(area.width() / (px * 15)), 1, 4);
    const double colWidth = (area.width() - (cols - 1) * gap) / cols;
    const double textWidth = std::max(10.0, colWidth - 2 * pad - bar);
    const double maxText = std::max(fm.lineSpacing(), area.height() - 2 * pad);

    auto paginate = [&](const QUuid &cluster, const QString &name, const QColor &colour,
                        const QList<const Idea *> &ideas) {
        QList<Page> pages;
        Page page{cluster, name, colour, 1, 1, {}};
        int col = 0;
        double y = area.top();
        for (const Idea *i : ideas) {
            double h = fm.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, i->text).height();
            h = std::min(h, std::floor(maxText / fm.lineSpacing()) *
                                fm.lineSpacing()); // very long ideas are cut
            QString translation;
            double th = 0;
            if (m_workspace->showTranslations() && !i->translation.isEmpty()) {
                translation = translationtext::mark(*i) + QStringLiteral(" \u00b7 ") + i->translation;
                th = fm.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, translation).height();
                th = std::min(th, std::floor(maxText / 2 / fm.lineSpacing()) * fm.lineSpacing());
                h = std::min(h, std::max(fm.lineSpacing(), std::floor((maxText - th - pad) / fm.lineSpacing()) * fm.lineSpacing()));
            }
            const double cardHeight = h + 2 * pad + (th > 0 ? th + pad : 0);
            if (y > area.top() && y + cardHeight > area.bottom()) {
                y = area.top();
                if (++col == cols) {
                    pages.append(page);
                    page.boxes.clear();
                    col = 0;
                }
            }
            const QRectF card(area.left() + col * (colWidth + gap), y, colWidth, cardHeight);
            const QRectF textRect(card.left() + bar + pad, card.top() + pad, textWidth, h);
            page.boxes.append({i->id, i->text, card, textRect, noteFont, translation,
                               th > 0 ? QRectF(textRect.left(), textRect.bottom() + pad, textWidth, th) : QRectF()});
            y += cardHeight + gap;
        }
        pages.append(page);
        for (int n = 0; n < pages.size(); ++n) {
            pages[n].part = n + 1;
            pages[n].parts = int(pages.size());
        }
        m_pages += pages;
    };
    for (const Cluster &c : data.clusters(step))
        if (groups.contains(c.id))
            paginate(c.id, c.title, QColor(c.colour), groups.value(c.id));
    if (groups.contains(QUuid()))
        paginate(QUuid(), tr("Not yet grouped"), boardstyle::noteFill().darker(115), groups.value(QUuid()));

    // Stay on the page that was shown; on the last page of new ideas, follow them as they arrive.
    int page = -1;
    if (wasLast && m_followLast && keepCluster.isNull())
        page = int(m_pages.size()) - 1;
    for (int n = 0; page < 0 && n < m_pages.size(); ++n)
        if (m_pages[n].cluster == keepCluster &&
            (m_pages[n].part == keepPart || m_pages[n].part == m_pages[n].parts))
            page = n;
    m_page = std::clamp(page < 0 ? m_page : page, 0, std::max(0, int(m_pages.size()) - 1));
    Q_EMIT pageChanged(); // the number of pages may have changed too
}

int PresenterCanvas::pageCount() const
{
    ensureLaidOut();
    return int(m_pages.size());
}

int PresenterCanvas::currentPage() const
{
    ensureLaidOut();
    return m_page;
}

void PresenterCanvas::setCurrentPage(int page)
{
    ensureLaidOut();
    page = std::clamp(page, 0, std::max(0, int(m_pages.size()) - 1));
    m_followLast = page == m_pages.size() - 1;
    if (page == m_page)
        return;
    m_page = page;
    update();
    Q_EMIT pageChanged();
}

void PresenterCanvas::nextPage()
{
    setCurrentPage(currentPage() + 1);
}

void PresenterCanvas::previousPage()
{
    setCurrentPage(currentPage() - 1);
}

QString PresenterCanvas::pageTitle() const
{
    ensureLaidOut();
    if (m_pages.isEmpty())
        return {};
    const Page &p = m_pages[m_page];
    return p.parts > 1 ? tr("%1 (%2/%3)").arg(p.title, QString::number(p.part), QString::number(p.parts))
                       : p.title;
}

QUuid PresenterCanvas::pageCluster() const
{
    ensureLaidOut();
    return m_pages.isEmpty() ? QUuid() : m_pages[m_page].cluster;
}

QList<PresenterCanvas::Box> PresenterCanvas::boxes() const
{
    ensureLaidOut();
    return m_pages.isEmpty() ? QList<Box>() : m_pages[m_page].boxes;
}

QList<QUuid> PresenterCanvas::shownIdeaIds() const
{
    ensureLaidOut();
    QList<QUuid> ids;
    for (const Page &p : m_pages)
        for (const Box &b : p.boxes)
            ids.append(b.id);
    return ids;
}

bool PresenterCanvas::showItem(const QUuid &id)
{
    ensureLaidOut();
    for (int n = 0; n < m_pages.size(); ++n) {
        const Page &p = m_pages[n];
        const bool found =
            (p.cluster == id && p.part == 1) ||
            std::any_of(p.boxes.begin(), p.boxes.end(), [&](const Box &b) { return b.id == id; });
        if (found) {
            setCurrentPage(n);
            return true;
        }
    }
    return false;
}

void PresenterCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidate();
}

void PresenterCanvas::paintEvent(QPaintEvent *)
{
    ensureLaidOut();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF title = titleRect();
    if (m_pages.isEmpty()) {
        p.setFont(titleFont());
        p.setPen(boardstyle::noteText());
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Revealed ideas appear here."));
        return;
    }
    const Page &page = m_pages[m_page];
    const QFont tf = titleFont();
    p.setFont(tf);
    const double swatch = QFontMetricsF(tf).height() * 0.6;
    p.setPen(Qt::NoPen);
    p.setBrush(page.colour.isValid() ? page.colour : boardstyle::noteFill());
    p.drawRoundedRect(QRectF(title.left(), title.center().y() - swatch / 2, swatch, swatch), 4, 4);
    p.setPen(boardstyle::noteText());
    const QRectF titleText = title.adjusted(swatch * 1.6, 0, 0, 0);
    p.drawText(titleText, Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetricsF(tf).elidedText(pageTitle(), Qt::ElideRight, titleText.width()));
    for (const Box &b : page.boxes) {
        p.setPen(Qt::NoPen);
        p.setBrush(boardstyle::noteFill());
        p.drawRoundedRect(b.rect, 6, 6);
        p.setBrush(page.colour.isValid() ? page.colour.darker(120) : boardstyle::noteFill().darker(140));
        p.drawRect(QRectF(b.rect.topLeft(), QSizeF(b.font.pixelSize() * 0.25, b.rect.height())));
        p.setFont(b.font);
        p.setPen(boardstyle::noteText());
        p.save();
        p.setClipRect(b.textRect.adjusted(0, 0, 0, 1));
        p.drawText(b.textRect.adjusted(0, 0, 0, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                   b.text);
        p.restore();
        if (!b.translation.isEmpty()) {
            p.save();
            QFont italic = b.font;
            italic.setItalic(true);
            p.setFont(italic);
            QColor muted = boardstyle::noteText();
            muted.setAlphaF(0.72);
            p.setPen(muted);
            p.setClipRect(b.translationRect.adjusted(0, 0, 0, 1));
            p.drawText(b.translationRect.adjusted(0, 0, 0, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, b.translation);
            p.restore();
        }
    }
}

} // namespace pamoja
