#include "checklistmodel.h"

namespace pamoja {

CheckListModel::CheckListModel(QObject *parent) : QAbstractListModel(parent) {}

void CheckListModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CheckListModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return i;
    return -1;
}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return e.label;
    case Qt::ToolTipRole: return e.toolTip.isEmpty() ? QVariant() : QVariant(e.toolTip);
    case Qt::CheckStateRole: return e.checked ? Qt::Checked : Qt::Unchecked;
    case Qt::UserRole: return e.id;
    default: return {};
    }
}

bool CheckListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const QUuid id = m_entries.at(index.row()).id;
    if (m_handler)
        m_handler(id, on); // the owner refreshes the entries from the document
    return true;
}

Qt::ItemFlags CheckListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace pamoja
