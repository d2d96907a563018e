#pragma once

#include "idtablemodel.h"

namespace pamoja {

// One kind of catalogue entries (themes, factors or measures), editable in place through the
// funnel: name, description, provenance and, for measures, the factors they counter.
class CatalogueModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, DescriptionColumn, ProvenanceColumn, RelationColumn, UsesColumn, ColumnCount };

    CatalogueModel(Workspace *workspace, const QString &kind, QObject *parent = nullptr);
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }
    void refresh();

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString m_kind;
};

} // namespace pamoja
