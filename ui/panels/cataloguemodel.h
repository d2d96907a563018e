#pragma once

#include "idtablemodel.h"

namespace pamoja {

// One kind of catalogue entries (themes, factors or measures), editable in place through the
// funnel: name, description, keywords (in the interface language), provenance and, for measures,
// the factors they counter. Shipped names and descriptions show in the interface language.
class CatalogueModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, DescriptionColumn, KeywordsColumn, ProvenanceColumn, RelationColumn, UsesColumn, ColumnCount };

    CatalogueModel(Workspace *workspace, const QString &kind, QObject *parent = nullptr);
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }
    void refresh();
    // The language names, descriptions and keywords are shown and edited in (the interface's).
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString m_kind;
    QString m_language;
};

} // namespace pamoja
