#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace pamoja {

class Workspace;

// Themes and factors of the catalogue with, for the current step, how many ideas and clusters
// carry each one. The check box shows whether the selected items carry the tag (partly: some of
// them); toggling it tags or untags the selection through the funnel.
class TagModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, CountColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, CountRole };

    explicit TagModel(Workspace *workspace, QObject *parent = nullptr);
    void refresh();
    QUuid idAt(int row) const;
    int rowOf(const QUuid &id) const;
    int countOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QUuid id;
        QString code, name, kind, toolTip;
        int count = 0;
        Qt::CheckState state = Qt::Unchecked;
    };
    QPointer<Workspace> m_workspace;
    QList<Row> m_rows;
};

} // namespace pamoja
