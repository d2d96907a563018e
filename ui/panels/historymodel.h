#pragma once

#include "store/workshopstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <optional>

namespace pamoja {

class Workspace;

// The workshop's change log from the store, newest first; optionally only the facilitator's
// interventions on other people's contributions and the rules.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, DescriptionColumn, KindColumn, ColumnCount };
    static constexpr int Limit = 5000; // the newest changes; older ones stay in the file and the report

    explicit HistoryModel(Workspace *workspace, QObject *parent = nullptr);
    void setInterventionsOnly(bool on);
    bool interventionsOnly() const { return m_interventionsOnly; }
    void refresh();
    // Each applied change writes one history row: put the new ones at the top without reading the
    // whole log again (one for one's own change, the batch for the others' in a database). An entry
    // that committed below rows already shown, or entries gone, make it read everything again.
    void prependLatest();
    const HistoryEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        HistoryEntry entry;
        QString kinds;
    };
    QPointer<Workspace> m_workspace;
    bool m_interventionsOnly = false;
    std::optional<Row> rowFor(const HistoryEntry &e) const; // none when the filter leaves it out
    QList<Row> m_rows;
    QHash<QString, qint64> m_read; // the entries read (shown or filtered out): id -> seq
    qint64 m_latestSeq = 0;
};

} // namespace pamoja
