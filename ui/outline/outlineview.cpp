#include "outlineview.h"

#include "outlinemodel.h"
#include "workspace.h"

#include <QHeaderView>

namespace pamoja {

OutlineView::OutlineView(Workspace *workspace, QWidget *parent)
    : QTreeView(parent), m_workspace(workspace), m_model(new OutlineModel(workspace, this))
{
    setModel(m_model);
    setAccessibleName(tr("Outline of clusters and ideas"));
    setAccessibleDescription(tr("Each cluster with its ideas. Drag ideas onto another cluster to move them; F2 renames."));
    setHeaderHidden(true);
    setSelectionMode(ExtendedSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(EditKeyPressed | SelectedClicked);
    setUniformRowHeights(false);
    setWordWrap(true);
    expandAll();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            for (int r = first; r <= last; ++r)
                expand(m_model->index(r, 0));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutlineView::pushSelection);
    connect(workspace, &Workspace::selectionChanged, this, &OutlineView::pullSelection);
}

void OutlineView::pushSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QList<QUuid> ids;
    for (const QModelIndex &i : selectionModel()->selectedIndexes())
        if (const QUuid id = m_model->idAt(i); !id.isNull())
            ids.append(id);
    m_workspace->setSelection(ids);
    m_syncing = false;
}

void OutlineView::pullSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection sel;
    for (const QUuid &id : m_workspace->selection())
        if (const QModelIndex i = m_model->indexOf(id); i.isValid())
            sel.select(i, i);
    selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

} // namespace pamoja
