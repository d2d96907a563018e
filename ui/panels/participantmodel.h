#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace pamoja {

class Workspace;

// The roster, edited in place through the funnel: name or alias, organisation, constituency,
// country, language, role, consent and presence.
class ParticipantModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationColumn, ConstituencyColumn, CountryColumn, LanguageColumn, RoleColumn, ConsentColumn, PresentColumn, ColumnCount };

    explicit ParticipantModel(Workspace *workspace, QObject *parent = nullptr);
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
