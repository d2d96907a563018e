#pragma once

#include <QGraphicsTextItem>

#include <functional>

namespace pamoja {

// Edits a text in place on the board (a cluster title, a note's words). Enter commits, Shift+Enter
// breaks the line, Escape cancels, clicking elsewhere commits. Deletes itself when done.
class InlineEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    using Commit = std::function<void(const QString &)>;
    InlineEditor(const QString &text, double width, Commit commit, QGraphicsItem *parent = nullptr);

    void begin();
    void finish(bool commit);
    bool isDone() const { return m_done; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Commit m_commit;
    bool m_done = false;
};

} // namespace pamoja
