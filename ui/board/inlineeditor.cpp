#include "inlineeditor.h"

#include "boardstyle.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace pamoja {

InlineEditor::InlineEditor(const QString &text, double width, Commit commit, QGraphicsItem *parent)
    : QGraphicsTextItem(parent), m_commit(std::move(commit))
{
    setPlainText(text);
    setTextWidth(width);
    setDefaultTextColor(boardstyle::noteText());
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setFlag(ItemIsFocusable);
    setZValue(10);
}

void InlineEditor::begin()
{
    setFocus(Qt::OtherFocusReason);
    QTextCursor c(document());
    c.select(QTextCursor::Document);
    setTextCursor(c);
}

void InlineEditor::finish(bool commit)
{
    if (m_done)
        return;
    m_done = true;
    const QString text = toPlainText();
    // Copy first: the callback may delete the item the editor lives on.
    Commit fn = std::move(m_commit);
    hide();
    deleteLater();
    if (commit && fn)
        fn(text);
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void InlineEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->fillRect(boundingRect(), QColor(255, 255, 255));
    QGraphicsTextItem::paint(painter, option, widget);
}

} // namespace pamoja
