#include "noteitem.h"

#include "boardscene.h"
#include "boardstyle.h"
#include "translate/translationtext.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pamoja {

namespace {
constexpr int MaxShownChars = 130;
constexpr int MaxShownWithTranslation = 60; // the words and their translation share the card
constexpr double TranslationTop = 54;

QString shortened(const QString &text, int max)
{
    return text.size() > max ? text.left(max - 1).trimmed() + QChar(0x2026) : text;
}
constexpr double TextMargin = 10;
} // namespace

NoteItem::NoteItem(const QUuid &id) : m_id(id)
{
    setFlag(ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    m_static.setTextFormat(Qt::PlainText);
    m_static.setPerformanceHint(QStaticText::AggressiveCaching);
    m_static.setTextWidth(boardstyle::NoteWidth - 2 * TextMargin);
    m_translationStatic.setTextFormat(Qt::PlainText);
    m_translationStatic.setTextWidth(boardstyle::NoteWidth - 2 * TextMargin);
}

// Qt 6.4 takes the focus from an item inside ~QGraphicsItem, after freeing its pixmap cache; the
// focus-out repaint then makes a new cache that nobody frees (LeakSanitizer: 72 bytes per deleted
// focused item). Let go of the focus and the cache while the item is still whole.
NoteItem::~NoteItem()
{
    if (hasFocus())
        clearFocus();
    setCacheMode(NoCache);
}

QRectF NoteItem::boundingRect() const
{
    return QRectF(-3, -3, boardstyle::NoteWidth + 6, boardstyle::NoteHeight + 6);
}

QPainterPath NoteItem::shape() const
{
    QPainterPath p;
    p.addRect(0, 0, boardstyle::NoteWidth, boardstyle::NoteHeight);
    return p;
}

BoardScene *NoteItem::board() const
{
    return static_cast<BoardScene *>(scene());
}

void NoteItem::setIdea(const Idea &idea, int duplicates)
{
    m_clusterId = idea.clusterId;
    m_created = idea.created.toMSecsSinceEpoch();
    m_constituency = idea.constituency;
    m_duplicates = duplicates;
    m_edited = idea.text != idea.originalText;
    m_hidden = idea.hidden;
    m_review = idea.review;
    const QString mark = translationtext::mark(idea);
    if (m_text != idea.text || m_translation != idea.translation || m_translationMark != mark) {
        m_text = idea.text;
        m_translation = idea.translation;
        m_translationMark = mark;
        refreshText();
    }
    update();
}

void NoteItem::setShowTranslation(bool show)
{
    if (show == m_showTranslation)
        return;
    m_showTranslation = show;
    refreshText();
    update();
}

void NoteItem::refreshText()
{
    m_static.setText(shortened(m_text, showsTranslation() ? MaxShownWithTranslation : MaxShownChars));
    m_translationStatic.setText(showsTranslation() ? m_translationMark + QStringLiteral(" \u00b7 ") + shortened(m_translation, MaxShownWithTranslation)
                                                   : QString());
}

void NoteItem::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    update();
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r(0, 0, boardstyle::NoteWidth, boardstyle::NoteHeight);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setFont(scene()->font()); // the view does not save painter state between items
    const qreal opacity = (m_dimmed ? 0.25 : 1.0) * (m_hidden ? 0.45 : 1.0);
    painter->setOpacity(opacity);
    painter->setRenderHint(QPainter::Antialiasing, false); // axis-aligned cards need none
    const QColor fill = boardstyle::noteFill();
    if (lod < 0.3) {
        // Far out: a coloured card is all anyone can see; no text layout, no pens.
        painter->fillRect(r, fill);
        painter->fillRect(QRectF(0, 0, 8, r.height()), boardstyle::constituencyColour(m_constituency));
        if (isSelected())
            painter->fillRect(r.adjusted(0, r.height() - 16, 0, 0), scene()->palette().color(QPalette::Highlight));
        return;
    }
    painter->setPen(QPen(fill.darker(135), 1));
    painter->setBrush(fill);
    painter->drawRect(r);
    painter->fillRect(QRectF(0, 0, 5, r.height()), boardstyle::constituencyColour(m_constituency));
    painter->setPen(boardstyle::noteText());
    painter->drawStaticText(QPointF(TextMargin, 8), m_static);
    if (showsTranslation()) {
        // Set apart: a rule, then smaller italic text in a muted colour, after its "MT" mark.
        painter->setPen(QPen(fill.darker(150), 1, Qt::DotLine));
        painter->drawLine(QPointF(TextMargin, TranslationTop - 4), QPointF(r.width() - TextMargin, TranslationTop - 4));
        QFont f = painter->font();
        f.setItalic(true);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        painter->save();
        painter->setFont(f);
        QColor muted = boardstyle::noteText();
        muted.setAlphaF(0.72);
        painter->setPen(muted);
        painter->drawStaticText(QPointF(TextMargin, TranslationTop), m_translationStatic);
        painter->restore();
        painter->setPen(boardstyle::noteText());
    }
    if (m_edited || m_duplicates > 0 || m_hidden || m_review) {
        QString marks;
        if (m_review)
            marks += QChar(0x2691) + QStringLiteral(" "); // flag: a merge asks the facilitator to look
        if (m_edited)
            marks += QChar(0x270E); // pencil: the words were edited, the original is kept
        if (m_duplicates > 0)
            marks += QStringLiteral(" +%1").arg(m_duplicates);
        if (m_hidden)
            marks += QStringLiteral(" ") + QChar(0x2298);
        QFont f = painter->font();
        f.setPointSizeF(f.pointSizeF() * 0.8);
        painter->setFont(f);
        painter->drawText(r.adjusted(0, 0, -6, -3), Qt::AlignRight | Qt::AlignBottom, marks);
    }
    if (isSelected() || hasFocus()) {
        painter->setOpacity(1.0);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(scene()->palette().color(QPalette::Highlight), hasFocus() ? 4 : 3));
        painter->drawRect(r.adjusted(-1, -1, 1, 1));
    }
}

void NoteItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = scenePos();
    QGraphicsItem::mousePressEvent(event);
}

void NoteItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && scenePos() != m_pressPos && board())
        board()->notesDropped(this);
}

void NoteItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (board() && board()->mode() == BoardMode::Facilitator)
        board()->editNote(m_id);
    event->accept();
}

} // namespace pamoja
