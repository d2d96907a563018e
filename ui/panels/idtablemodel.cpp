#include "idtablemodel.h"

#include "workspace.h"

namespace pamoja {

IdTableModel::IdTableModel(Workspace *workspace, int columnCount, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_columnCount(columnCount)
{
}

Document *IdTableModel::document() const
{
    return m_workspace ? m_workspace->document() : nullptr;
}

void IdTableModel::setIds(const QList<QUuid> &ids)
{
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

int IdTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IdTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

} // namespace pamoja
