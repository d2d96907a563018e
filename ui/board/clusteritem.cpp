#include "clusteritem.h"

#include "boardscene.h"
#include "boardstyle.h"
#include "noteitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace pamoja {

using namespace boardstyle;

ClusterItem::ClusterItem(const QUuid &id) : m_id(id)
{
    setZValue(-1);
    m_size = QSizeF(NoteWidth + 2 * Padding, HeaderHeight + Padding);
}

// Qt 6.4 takes the focus from an item inside ~QGraphicsItem, after freeing its pixmap cache; the
// focus-out repaint then makes a new cache that nobody frees (LeakSanitizer: 72 bytes per deleted
// focused item). Let go of the focus and the cache while the item is still whole.
ClusterItem::~ClusterItem()
{
    if (hasFocus())
        clearFocus();
    setCacheMode(NoCache);
}

BoardScene *ClusterItem::board() const
{
    return static_cast<BoardScene *>(scene());
}

QRectF ClusterItem::boundingRect() const
{
    return QRectF(QPointF(-3, -3), m_size + QSizeF(6, 6));
}

QRectF ClusterItem::headerRect() const
{
    return QRectF(0, 0, m_size.width(), HeaderHeight);
}

QRectF ClusterItem::toggleRect() const
{
    return QRectF(4, 4, HeaderHeight - 8, HeaderHeight - 8);
}

void ClusterItem::setCluster(const Cluster &c)
{
    m_title = c.title;
    m_colour = QColor(c.colour);
    if (!m_colour.isValid())
        m_colour = QColor(0xf6, 0xd5, 0x5c);
    setPos(c.x, c.y);
    if (m_collapsed != c.collapsed) {
        m_collapsed = c.collapsed;
        relayout();
    }
    update();
}

void ClusterItem::addNote(NoteItem *note)
{
    if (!m_notes.contains(note))
        m_notes.append(note);
    note->setParentItem(this);
}

void ClusterItem::removeNote(NoteItem *note)
{
    m_notes.removeOne(note);
}

void ClusterItem::relayout()
{
    std::sort(m_notes.begin(), m_notes.end(), [](const NoteItem *a, const NoteItem *b) {
        return a->created() != b->created() ? a->created() < b->created() : a->id() < b->id();
    });
    m_badges.clear();
    for (NoteItem *n : std::as_const(m_notes))
        ++m_badges[n->constituency()];
    const int n = int(m_notes.size());
    for (int i = 0; i < n; ++i) {
        NoteItem *note = m_notes[i];
        note->setVisible(!m_collapsed && !m_lowDetail);
        note->setPos(board::notePosition(i, n));
    }
    // The same frame the core reserves on the board (board::clusterSize).
    const QSizeF size = board::clusterSize(n, m_collapsed);
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
    }
    update();
}

void ClusterItem::setLowDetail(bool low)
{
    if (low == m_lowDetail)
        return;
    m_lowDetail = low;
    // Far out a frame is a few dozen pixels: cache it as one pixmap instead of repainting its cards.
    setCacheMode(low ? DeviceCoordinateCache : NoCache);
    for (NoteItem *n : std::as_const(m_notes))
        n->setVisible(!m_collapsed && !low);
    update();
}

void ClusterItem::setTitleEditing(bool editing)
{
    m_editing = editing;
    update();
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(QPointF(0, 0), m_size);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor body = m_colour.lighter(118);
    painter->setOpacity(1.0);
    if (m_lowDetail) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(r, body);
        painter->fillRect(headerRect(), m_colour);
        if (!m_collapsed) {
            const QColor card = noteFill();
            for (const NoteItem *n : m_notes) {
                const QRectF nr(n->pos(), QSizeF(NoteWidth, NoteHeight));
                painter->fillRect(nr, card);
                painter->fillRect(QRectF(nr.topLeft(), QSizeF(10, NoteHeight)), constituencyColour(n->constituency()));
            }
        }
        if (isSelected())
            painter->fillRect(r.adjusted(0, r.height() - 24, 0, 0), scene()->palette().color(QPalette::Highlight));
        if (lod < 0.15)
            return;
    } else {
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(m_colour.darker(140), 1.5));
        painter->setBrush(body);
        painter->drawRoundedRect(r, 8, 8);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(headerRect().adjusted(1, 1, -1, 0), m_colour);
    }
    if (isSelected() && !m_lowDetail) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(scene()->palette().color(QPalette::Highlight), 4));
        painter->drawRoundedRect(r.adjusted(-1, -1, 1, 1), 8, 8);
    }
    if (lod < 0.15)
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(noteText());
    QFont f = scene()->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    painter->setFont(f);
    // Collapse toggle: a triangle pointing right when collapsed, down when open.
    const QRectF t = toggleRect().adjusted(8, 8, -8, -8);
    QPolygonF tri;
    if (m_collapsed)
        tri << t.topLeft() << QPointF(t.right(), t.center().y()) << t.bottomLeft();
    else
        tri << t.topLeft() << t.topRight() << QPointF(t.center().x(), t.bottom());
    painter->setBrush(noteText());
    painter->drawPolygon(tri);

    double badgeX = m_size.width() - 6;
    QFont small = painter->font();
    small.setPointSizeF(small.pointSizeF() * 0.7);
    const QFontMetricsF fm(small);
    if (m_showBadges) {
        painter->setFont(small);
        for (auto it = m_badges.constEnd(); it != m_badges.constBegin();) {
            --it;
            const QString label = QStringLiteral("%1 %2").arg(constituencyShort(it.key()), QString::number(it.value()));
            const double w = fm.horizontalAdvance(label) + 12;
            const QRectF b(badgeX - w, 10, w, HeaderHeight - 20);
            painter->setPen(Qt::NoPen);
            painter->setBrush(constituencyColour(it.key()));
            painter->drawRoundedRect(b, 6, 6);
            painter->setPen(Qt::white);
            painter->drawText(b, Qt::AlignCenter, label);
            badgeX -= w + 4;
        }
        painter->setFont(f);
    }
    if (!m_editing) {
        painter->setPen(noteText());
        const QRectF titleRect(HeaderHeight, 0, badgeX - HeaderHeight - 4, HeaderHeight);
        QString title = m_title;
        if (m_collapsed)
            title += QStringLiteral(" (%1)").arg(m_notes.size());
        painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetricsF(f).elidedText(title, Qt::ElideRight, titleRect.width()));
    }
}

void ClusterItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (board() && board()->mode() == BoardMode::Facilitator && event->button() == Qt::LeftButton &&
        toggleRect().contains(event->pos())) {
        board()->toggleCollapsed(m_id);
        event->accept();
        return;
    }
    m_pressPos = pos();
    QGraphicsItem::mousePressEvent(event);
}

void ClusterItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && pos() != m_pressPos && board())
        board()->clusterMoved(this, event->scenePos());
}

void ClusterItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (board() && board()->mode() == BoardMode::Facilitator && headerRect().contains(event->pos()))
        board()->renameCluster(m_id);
    event->accept();
}

} // namespace pamoja
