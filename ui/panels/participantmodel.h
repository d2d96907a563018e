#pragma once

#include "idtablemodel.h"

namespace pamoja {

// The roster, edited in place through the funnel: name or alias, organisation, constituency,
// country, language, role, consent and presence.
class ParticipantModel : public IdTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationColumn, ConstituencyColumn, CountryColumn, LanguageColumn, RoleColumn, ConsentColumn, PresentColumn, ColumnCount };

    explicit ParticipantModel(Workspace *workspace, QObject *parent = nullptr);
    void refresh();

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
};

} // namespace pamoja
