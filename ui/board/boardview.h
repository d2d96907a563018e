#pragma once

#include <QGraphicsView>

namespace pamoja {

class BoardScene;

// The canvas: Ctrl+wheel zoom, Ctrl+0 fit, rubber-band selection, arrow keys between notes, Enter to
// edit, Delete to remove, and a context menu with the board's actions.
class BoardView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit BoardView(BoardScene *scene, QWidget *parent = nullptr);

    BoardScene *board() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);
    void zoomBy(qreal factor);
    void fitAll();
    // Scrolls (and widens the scrollable area when needed) until the item is in sight; the
    // keyboard focus stays where it is.
    void bringIntoView(const QGraphicsItem *item);
    // Largest zoom fitAll() uses (1.0 for the facilitator; more for the room's screen).
    void setMaxFitZoom(qreal zoom) { m_maxFitZoom = zoom; }
    // Moves keyboard focus to the note nearest in a direction (dx, dy in {-1,0,1}).
    bool focusNeighbour(int dx, int dy);

    QAction *mergeAction() const { return m_merge; }
    QAction *separateAction() const { return m_separate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *groupAction() const { return m_group; }
    QAction *ungroupAction() const { return m_ungroup; }
    QAction *renameAction() const { return m_rename; }
    QAction *collapseAction() const { return m_collapse; }
    QAction *hideAction() const { return m_hide; }
    QAction *originalAction() const { return m_original; }
    QAction *reviewedAction() const { return m_reviewed; }
    QAction *fitAction() const { return m_fit; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QList<QAction *> boardActions() const;

Q_SIGNALS:
    void showOriginalRequested(const QString &text);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QKeySequence &key, std::function<void()> fn);
    void updateActions();

    BoardScene *m_scene;
    qreal m_maxFitZoom = 1.0;
    QAction *m_merge = nullptr;
    QAction *m_separate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_group = nullptr;
    QAction *m_ungroup = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_collapse = nullptr;
    QAction *m_hide = nullptr;
    QAction *m_original = nullptr;
    QAction *m_reviewed = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
};

} // namespace pamoja
