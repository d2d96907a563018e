#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace pamoja {

class Workspace;

// Step 2: the system-change items, editable in place through the funnel.
class SystemChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ActorColumn, PolicyColumn, CurrentColumn, ProposedColumn, VisionsColumn, FactorsColumn, ColumnCount };

    explicit SystemChangeModel(Workspace *workspace, QObject *parent = nullptr);
    void refresh();
    QUuid idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QUuid &id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QPointer<Workspace> m_workspace;
    QList<QUuid> m_ids;
};

// Step 3: the action plan, with owners, due date, status, origin and the changes it serves.
class ActionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DescriptionColumn, OwnerColumn, CoOwnerColumn, DueColumn, StatusColumn, ChangesColumn, OriginColumn, WarningColumn, ColumnCount };

    explicit ActionModel(Workspace *workspace, QObject *parent = nullptr);
    void refresh();
    QUuid idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QUuid &id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QPointer<Workspace> m_workspace;
    QList<QUuid> m_ids;
};

} // namespace pamoja
