#include "boardview.h"

#include "boardscene.h"
#include "domain/boardgeometry.h"
#include "clusteritem.h"
#include "noteitem.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QWheelEvent>

namespace pamoja {

namespace {
constexpr qreal LowDetailZoom = 0.3;
}

BoardView::BoardView(BoardScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::TextAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(scene->mode() == BoardMode::Facilitator ? tr("Board of ideas") : tr("Revealed ideas"));
    setAccessibleDescription(tr("Notes and clusters. Arrow keys move between notes, Enter edits, Delete removes. "
                                "The outline view shows the same ideas as a list."));

    const bool facilitator = scene->mode() == BoardMode::Facilitator;
    if (facilitator) {
        setDragMode(RubberBandDrag);
        setRubberBandSelectionMode(Qt::IntersectsItemShape);
    }
    m_fit = makeAction(tr("Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { fitAll(); });
    m_zoomIn = makeAction(tr("Zoom In"), QKeySequence::ZoomIn, [this] { zoomBy(1.25); });
    m_zoomOut = makeAction(tr("Zoom Out"), QKeySequence::ZoomOut, [this] { zoomBy(0.8); });
    if (!facilitator)
        return;
    m_merge = makeAction(tr("&Merge Duplicates"), QKeySequence(Qt::CTRL | Qt::Key_M), [this] { m_scene->mergeSelected(); });
    m_separate = makeAction(tr("&Separate Duplicates"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                            [this] { m_scene->separateSelected(); });
    m_delete = makeAction(tr("&Delete"), QKeySequence::Delete, [this] { m_scene->deleteSelected(); });
    m_group = makeAction(tr("&Group into Cluster"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { m_scene->groupSelected(); });
    m_ungroup = makeAction(tr("&Ungroup"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                           [this] { m_scene->ungroupSelected(); });
    m_rename = makeAction(tr("&Rename Cluster"), QKeySequence(Qt::Key_F2), [this] {
        const auto ids = m_scene->selectedClusterIds();
        if (!ids.isEmpty())
            m_scene->renameCluster(ids.first());
        else if (const auto notes = m_scene->selectedIdeaIds(); !notes.isEmpty())
            m_scene->editNote(notes.first());
    });
    m_collapse = makeAction(tr("&Collapse or Expand Cluster"), QKeySequence(Qt::CTRL | Qt::Key_Period), [this] {
        for (const QUuid &id : m_scene->selectedClusterIds())
            m_scene->toggleCollapsed(id);
    });
    m_hide = makeAction(tr("&Hide from Presenter View"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] {
        m_scene->setSelectedHidden(true);
    });
    m_original = makeAction(tr("Show &Original Words"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        const auto ids = m_scene->selectedIdeaIds();
        QStringList parts;
        for (const QUuid &id : ids)
            if (const QString s = m_scene->originalWords(id); !s.isEmpty())
                parts << s;
        Q_EMIT showOriginalRequested(parts.isEmpty() ? tr("These ideas keep their original words.")
                                                     : parts.join(QStringLiteral("\n\n")));
    });
    m_reviewed = makeAction(tr("Mark as Re&viewed"), {}, [this] { m_scene->markSelectedReviewed(); });
    connect(scene, &QGraphicsScene::selectionChanged, this, &BoardView::updateActions);
    // New ideas come into sight, unless the facilitator is in the middle of dragging or editing.
    connect(scene, &BoardScene::notesAdded, this, [this](const QList<QUuid> &ids) {
        if (QApplication::mouseButtons() != Qt::NoButton || m_scene->isEditing())
            return;
        bringIntoView(m_scene->note(ids.last()));
    });
    // Merging or separating changes what the selection offers without changing the selection.
    connect(scene, &BoardScene::contentChanged, this, &BoardView::updateActions);
    updateActions();
}

QAction *BoardView::makeAction(const QString &text, const QKeySequence &key, std::function<void()> fn)
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a, &QAction::triggered, this, [fn = std::move(fn)] { fn(); });
    addAction(a);
    return a;
}

QList<QAction *> BoardView::boardActions() const
{
    QList<QAction *> list;
    for (QAction *a : {m_group, m_ungroup, m_merge, m_separate, m_rename, m_collapse, m_hide, m_original, m_reviewed, m_delete})
        if (a)
            list.append(a);
    return list;
}

void BoardView::updateActions()
{
    const int ideas = int(m_scene->selectedIdeaIds().size());
    const int clusters = int(m_scene->selectedClusterIds().size());
    m_merge->setEnabled(ideas >= 2);
    m_separate->setEnabled(m_scene->selectionHasDuplicates());
    m_delete->setEnabled(ideas + clusters > 0);
    m_group->setEnabled(ideas > 0);
    m_ungroup->setEnabled(ideas + clusters > 0);
    m_rename->setEnabled(ideas + clusters > 0);
    m_collapse->setEnabled(clusters > 0);
    m_hide->setEnabled(ideas > 0);
    m_original->setEnabled(ideas > 0);
    m_reviewed->setEnabled(ideas > 0);
}

void BoardView::setZoom(qreal z)
{
    z = std::clamp(z, 0.02, 4.0);
    setTransform(QTransform::fromScale(z, z));
    m_scene->setLowDetail(z < LowDetailZoom);
}

void BoardView::zoomBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void BoardView::fitAll()
{
    QRectF r = m_scene->contentRect();
    if (r.isEmpty())
        r = QRectF(0, 0, 800, 500);
    r.adjust(-20, -20, 20, 20);
    fitInView(r, Qt::KeepAspectRatio);
    setZoom(std::min(zoom(), m_maxFitZoom));
    // Room around the content so it can be centred and panned, whatever was on the board before.
    const qreal z = zoom();
    const qreal padX = viewport()->width() / z, padY = viewport()->height() / z;
    setSceneRect(r.adjusted(-padX, -padY, padX, padY));
    centerOn(r.center());
}

void BoardView::bringIntoView(const QGraphicsItem *item)
{
    if (!item)
        return;
    const QRectF r = item->sceneBoundingRect();
    const qreal z = std::max(zoom(), 0.02);
    const QRectF needed = r.adjusted(-viewport()->width() / z, -viewport()->height() / z, viewport()->width() / z,
                                     viewport()->height() / z);
    if (!sceneRect().contains(needed))
        setSceneRect(sceneRect().united(needed));
    ensureVisible(item, 40, 40);
}

void BoardView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool BoardView::focusNeighbour(int dx, int dy)
{
    QGraphicsItem *current = m_scene->focusItem();
    if (!current || current->type() != NoteItem::Type || !current->isSelected()) {
        const auto sel = m_scene->selectedIdeaIds();
        current = sel.isEmpty() ? nullptr : m_scene->note(sel.first());
    }
    NoteItem *best = nullptr;
    if (!current) {
        // Start at the top-left note.
        double bestScore = 0;
        for (const QUuid &id : m_scene->noteIds()) {
            NoteItem *n = m_scene->note(id);
            const QPointF p = n->scenePos();
            const double score = p.y() * 4 + p.x();
            if (n->isVisible() && (!best || score < bestScore)) {
                best = n;
                bestScore = score;
            }
        }
    } else {
        const QPointF from = current->sceneBoundingRect().center();
        double bestScore = 0;
        for (const QUuid &id : m_scene->noteIds()) {
            NoteItem *n = m_scene->note(id);
            if (n == current || !n->isVisible())
                continue;
            const QPointF d = n->sceneBoundingRect().center() - from;
            const double along = d.x() * dx + d.y() * dy;
            if (along <= 1)
                continue;
            const double across = std::abs(dx != 0 ? d.y() : d.x());
            const double score = along + 2 * across; // prefer notes in line with the current one
            if (!best || score < bestScore) {
                best = n;
                bestScore = score;
            }
        }
    }
    if (!best)
        return false;
    m_scene->clearSelection();
    best->setSelected(true);
    m_scene->setFocusItem(best, Qt::OtherFocusReason);
    ensureVisible(best, 40, 40);
    return true;
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    if (m_scene->isEditing() || m_scene->mode() != BoardMode::Facilitator) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (event->modifiers() & Qt::AltModifier) {
        // Alt+arrow nudges the selection, Alt+Shift+arrow by a whole note.
        const double step = event->modifiers() & Qt::ShiftModifier ? board::CellWidth : 10;
        switch (event->key()) {
        case Qt::Key_Left: m_scene->nudgeSelected(-step, 0); return;
        case Qt::Key_Right: m_scene->nudgeSelected(step, 0); return;
        case Qt::Key_Up: m_scene->nudgeSelected(0, -step); return;
        case Qt::Key_Down: m_scene->nudgeSelected(0, step); return;
        default: break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left: focusNeighbour(-1, 0); return;
    case Qt::Key_Right: focusNeighbour(1, 0); return;
    case Qt::Key_Up: focusNeighbour(0, -1); return;
    case Qt::Key_Down: focusNeighbour(0, 1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const auto ids = m_scene->selectedIdeaIds(); !ids.isEmpty())
            m_scene->editNote(ids.first());
        else if (const auto cs = m_scene->selectedClusterIds(); !cs.isEmpty())
            m_scene->renameCluster(cs.first());
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: m_scene->deleteSelected(); return;
    default: break;
    }
    QGraphicsView::keyPressEvent(event);
}

void BoardView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_scene->mode() != BoardMode::Facilitator)
        return;
    QGraphicsItem *item = itemAt(event->pos());
    if (item && item->type() != NoteItem::Type && item->type() != ClusterItem::Type)
        item = nullptr;
    if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    QMenu menu(this);
    menu.addActions(boardActions());
    if (const auto clusters = m_scene->selectedClusterIds(); !clusters.isEmpty()) {
        QMenu *colours = menu.addMenu(tr("Colour"));
        int n = 1;
        for (const QString &c : BoardScene::palette()) {
            QPixmap swatch(16, 16);
            swatch.fill(QColor(c));
            QAction *a = colours->addAction(QIcon(swatch), tr("Colour %1").arg(n++));
            connect(a, &QAction::triggered, this, [this, clusters, c] {
                for (const QUuid &id : clusters)
                    m_scene->setClusterColour(id, c);
            });
        }
    }
    menu.addSeparator();
    menu.addActions({m_zoomIn, m_zoomOut, m_fit});
    menu.exec(event->globalPos());
}

} // namespace pamoja
