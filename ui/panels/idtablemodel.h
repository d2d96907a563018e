#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

namespace pamoja {

class Document;
class Workspace;

// A table with one row per workshop record, named by its id; each row's cells are read from the
// document when asked for. Subclasses list the ids in refresh() and hand them to setIds().
class IdTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    QUuid idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QUuid &id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    IdTableModel(Workspace *workspace, int columnCount, QObject *parent);

    Workspace *workspace() const { return m_workspace; }
    // The open workshop; null when none is.
    Document *document() const;
    // The same ids update every row in place, so an open editor and the selection survive the
    // change; other ids reset the model.
    void setIds(const QList<QUuid> &ids);

private:
    QPointer<Workspace> m_workspace;
    int m_columnCount;
    QList<QUuid> m_ids;
};

} // namespace pamoja
