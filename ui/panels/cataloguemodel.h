#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace pamoja {

class Workspace;

// One kind of catalogue entries (themes, factors or measures), editable in place through the
// funnel: name, description, provenance and, for measures, the factors they counter.
class CatalogueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, DescriptionColumn, ProvenanceColumn, RelationColumn, UsesColumn, ColumnCount };

    CatalogueModel(Workspace *workspace, const QString &kind, QObject *parent = nullptr);
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }
    void refresh();
    QUuid idAt(int row) const;
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QPointer<Workspace> m_workspace;
    QString m_kind;
    QList<QUuid> m_ids;
};

} // namespace pamoja
