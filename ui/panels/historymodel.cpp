#include "historymodel.h"

#include "analysis/interventions.h"
#include "workspace.h"

#include <QLocale>

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
    if (Document *doc = (m_workspace ? m_workspace->document() : nullptr)) {
        // A database out of reach: the rows stay as they were until it is back.
        if (!doc->isConnected())
            return;
        auto read = doc->store().history(Limit); // oldest first
        if (!read)
            m_workspace->reportError(read.error());
        QList<HistoryEntry> entries = read ? *read : QList<HistoryEntry>();
        std::reverse(entries.begin(), entries.end());
        for (const HistoryEntry &e : entries) {
            QStringList kinds;
            for (Intervention i : interventionsIn(e.changes))
                kinds.append(interventionLabel(i));
            if (m_interventionsOnly && kinds.isEmpty())
                continue;
            rows.append({e, kinds.join(QStringLiteral(", "))});
        }
    }
    beginResetModel();
    m_rows = rows;
    m_latestSeq = 0;
    if (Document *doc = (m_workspace ? m_workspace->document() : nullptr))
        if (const auto latest = doc->store().history(1); latest && !latest->isEmpty())
            m_latestSeq = latest->first().seq;
    endResetModel();
}

void HistoryModel::prependLatest()
{
    Document *doc = (m_workspace ? m_workspace->document() : nullptr);
    if (!doc || !doc->isConnected())
        return;
    const auto read = doc->store().history(1);
    if (!read) {
        m_workspace->reportError(read.error());
        return;
    }
    const QList<HistoryEntry> &latest = *read;
    // Fewer entries than before: the undo of a merge of workshops took its entries out.
    if (latest.isEmpty() || latest.first().seq < m_latestSeq) {
        refresh();
        return;
    }
    if (latest.first().seq == m_latestSeq)
        return;
    QList<HistoryEntry> fresh;
    if (latest.first().seq == m_latestSeq + 1) {
        fresh = latest;
    } else {
        // Others wrote too (a batch of their entries in a database): only the entries above the
        // newest row are read, not the whole log. An entry that commits after a later one (its seq
        // below the newest row's) shows at the next full refresh.
        const auto newer = doc->store().history(Limit, m_latestSeq);
        if (!newer) {
            m_workspace->reportError(newer.error());
            return;
        }
        fresh = *newer;
        if (fresh.isEmpty())
            return;
    }
    m_latestSeq = fresh.last().seq;
    QList<Row> rows; // newest first
    for (auto it = fresh.crbegin(); it != fresh.crend(); ++it) {
        QStringList kinds;
        for (Intervention i : interventionsIn(it->changes))
            kinds.append(interventionLabel(i));
        if (m_interventionsOnly && kinds.isEmpty())
            continue;
        rows.append({*it, kinds.join(QStringLiteral(", "))});
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
