#pragma once

#include "idtablemodel.h"

namespace pamoja {

// Step 2: the system-change items, editable in place through the funnel.
class SystemChangeModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ActorColumn, PolicyColumn, CurrentColumn, ProposedColumn, VisionsColumn, FactorsColumn, ColumnCount };

    explicit SystemChangeModel(Workspace *workspace, QObject *parent = nullptr);
    void refresh();

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
};

// Step 3: the action plan, with owners, due date, status, origin and the changes it serves.
class ActionModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column { DescriptionColumn, OwnerColumn, CoOwnerColumn, DueColumn, StatusColumn, ChangesColumn, OriginColumn, WarningColumn, ColumnCount };

    explicit ActionModel(Workspace *workspace, QObject *parent = nullptr);
    void refresh();

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
};

} // namespace pamoja
