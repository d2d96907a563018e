#include "historymodel.h"

#include "analysis/interventions.h"
#include "workspace.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace pamoja {

HistoryModel::HistoryModel(Workspace *workspace, QObject *parent) : QAbstractTableModel(parent), m_workspace(workspace)
{
    refresh();
}

void HistoryModel::setInterventionsOnly(bool on)
{
    if (on == m_interventionsOnly)
        return;
    m_interventionsOnly = on;
    refresh();
}

void HistoryModel::refresh()
{
    QList<Row> rows;
    QHash<QString, qint64> read;
    qint64 latest = 0;
    if (Document *doc = (m_workspace ? m_workspace->document() : nullptr)) {
        // A database out of reach: the rows stay as they were until it is back.
        if (!doc->isConnected())
            return;
        auto history = doc->store().history(Limit); // oldest first
        if (!history)
            m_workspace->reportError(history.error());
        QList<HistoryEntry> entries = history ? *history : QList<HistoryEntry>();
        // The newest of what was read, not of a second reading: an entry committed in between would
        // be above the mark and never shown.
        if (!entries.isEmpty())
            latest = entries.last().seq;
        std::reverse(entries.begin(), entries.end());
        for (const HistoryEntry &e : entries) {
            read.insert(e.entryId, e.seq);
            if (std::optional<Row> row = rowFor(e))
                rows.append(*row);
        }
    }
    beginResetModel();
    m_rows = rows;
    m_read = read;
    m_latestSeq = latest;
    endResetModel();
}

std::optional<HistoryModel::Row> HistoryModel::rowFor(const HistoryEntry &e) const
{
    QStringList kinds;
    for (Intervention i : interventionsIn(e.changes))
        kinds.append(interventionLabel(i));
    if (m_interventionsOnly && kinds.isEmpty())
        return std::nullopt;
    return Row{e, kinds.join(QStringLiteral(", "))};
}

void HistoryModel::prependLatest()
{
    Document *doc = (m_workspace ? m_workspace->document() : nullptr);
    if (!doc || !doc->isConnected())
        return;
    // The ids of the latest entries first (two columns, cheap), a window below the newest row
    // included: in a database an entry can commit after one with a higher seq.
    const qint64 from = std::max<qint64>(0, m_latestSeq - WorkshopStore::LateCommitWindow);
    const auto ids = doc->store().entryIds(from);
    if (!ids) {
        m_workspace->reportError(ids.error());
        return;
    }
    QStringList unknown;
    QSet<QString> there;
    bool late = false;
    qsizetype above = 0;
    for (const auto &[seq, id] : std::as_const(*ids)) {
        there.insert(id);
        if (seq > m_latestSeq)
            ++above;
        if (m_read.contains(id))
            continue;
        unknown.append(id);
        late = late || seq <= m_latestSeq;
    }
    // One that committed late (it belongs below rows already shown), entries that left the history
    // (the undo of a merge of workshops), or more than the panel holds: everything is read again.
    bool gone = false;
    for (auto it = m_read.cbegin(); it != m_read.cend() && !gone; ++it)
        gone = it.value() > from && !there.contains(it.key());
    if (late || gone || above > Limit) {
        refresh();
        return;
    }
    if (unknown.isEmpty())
        return;
    auto fresh = doc->store().entries(unknown);
    if (!fresh) {
        m_workspace->reportError(fresh.error());
        return;
    }
    std::sort(fresh->begin(), fresh->end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.seq < b.seq; });
    QList<Row> rows; // newest first
    for (auto it = fresh->crbegin(); it != fresh->crend(); ++it) {
        m_read.insert(it->entryId, it->seq);
        m_latestSeq = std::max(m_latestSeq, it->seq);
        if (std::optional<Row> row = rowFor(*it))
            rows.append(*row);
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    endInsertRows();
    if (m_rows.size() > Limit) {
        beginRemoveRows({}, Limit, int(m_rows.size()) - 1);
        m_rows.resize(Limit);
        endRemoveRows();
    }
}

const HistoryEntry *HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].entry : nullptr;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.entry.seq;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return role == Qt::ToolTipRole ? QLocale().toString(r.entry.at.toLocalTime(), QLocale::LongFormat)
                                       : QLocale().toString(r.entry.at.toLocalTime().time(), QLocale::ShortFormat);
    case ActorColumn: return r.entry.actor;
    case DescriptionColumn: return r.entry.description;
    case KindColumn: return r.kinds;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("Who");
    case DescriptionColumn: return tr("Change");
    case KindColumn: return tr("Intervention");
    }
    return {};
}

} // namespace pamoja
