#include "votingmodels.h"

#include "domain/constituency.h"
#include "workspace.h"

#include <QBrush>
#include <QColor>

namespace pamoja {

QString targetLabel(const WorkshopData &data, const QUuid &id)
{
    if (const Cluster *c = data.table<Cluster>().find(id))
        return c->title;
    if (const Idea *i = data.table<Idea>().find(id))
        return i->text;
    return {};
}

QList<QUuid> roundTargets(const WorkshopData &data, const VotingRound &round)
{
    QList<QUuid> out;
    if (round.target == QLatin1StringView("clusters")) {
        for (const Cluster &c : data.clusters(round.step))
            out.append(c.id);
    } else {
        for (const Idea &i : data.ideas(round.step))
            if (!i.hidden && i.revealed)
                out.append(i.id);
    }
    return out;
}

BallotModel::BallotModel(Workspace *workspace, QObject *parent) : QAbstractTableModel(parent), m_workspace(workspace) {}

void BallotModel::setRound(const QUuid &roundId, const QUuid &participantId)
{
    m_round = roundId;
    m_participant = participantId;
    refresh();
}

void BallotModel::refresh()
{
    QList<QUuid> targets;
    QHash<QUuid, int> mine, all;
    Document *doc = (m_workspace ? m_workspace->document() : nullptr);
    const VotingRound *round = doc ? doc->data().table<VotingRound>().find(m_round) : nullptr;
    if (round) {
        targets = roundTargets(doc->data(), *round);
        for (const Vote &v : doc->data().table<Vote>().items()) {
            if (v.roundId != m_round)
                continue;
            all[v.targetId] += v.dots;
            if (v.participantId == m_participant)
                mine[v.targetId] += v.dots;
        }
    }
    beginResetModel();
    m_targets = targets;
    m_mine = mine;
    m_all = all;
    endResetModel();
}

int BallotModel::dotsOf(const QUuid &target) const
{
    return m_mine.value(target);
}

int BallotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int BallotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BallotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QUuid t = m_targets.at(index.row());
    if (role == Qt::UserRole)
        return t;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ItemColumn: return (m_workspace ? m_workspace->document() : nullptr) ? targetLabel((m_workspace ? m_workspace->document() : nullptr)->data(), t) : QString();
    case MineColumn: return role == Qt::DisplayRole ? QVariant(QString(m_mine.value(t), QChar(0x25CF))) : QVariant(m_mine.value(t));
    case AllColumn: return m_all.value(t);
    }
    return {};
}

QVariant BallotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Item");
    case MineColumn: return tr("Their dots");
    case AllColumn: return tr("All dots");
    }
    return {};
}

ResultsModel::ResultsModel(Workspace *workspace, QObject *parent) : QAbstractTableModel(parent), m_workspace(workspace) {}

void ResultsModel::setRound(const QUuid &roundId, Weighting weighting)
{
    m_round = roundId;
    m_weighting = weighting;
    refresh();
}

void ResultsModel::refresh()
{
    RoundResults res;
    QStringList labels;
    if (Document *doc = (m_workspace ? m_workspace->document() : nullptr)) {
        res = computeResults(doc->data(), m_round, m_weighting);
        for (const ItemResult &r : res.items)
            labels.append(targetLabel(doc->data(), r.targetId));
    }
    beginResetModel();
    m_results = res;
    m_labels = labels;
    endResetModel();
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.items.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : divergenceColumn() + 1;
}

QString ResultsModel::divergenceText(const ItemResult &r) const
{
    QStringList parts;
    for (const QString &c : m_results.shownConstituencies)
        parts.append(tr("%1 gave it %2% of their dots").arg(constituency::label(c), QString::number(qRound(r.shareBy.value(c) * 100))));
    return tr("Constituencies rank this item very differently: %1. The gap is kept visible instead of being averaged away.")
        .arg(parts.join(QStringLiteral("; ")));
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemResult &r = m_results.items.at(index.row());
    const int col = index.column();
    if (role == DivergentRole)
        return r.divergent;
    if (role == TargetRole)
        return r.targetId;
    if (role == Qt::BackgroundRole && r.divergent)
        return QBrush(QColor(255, 224, 178));
    if (role == Qt::ForegroundRole && r.divergent)
        return QBrush(QColor(60, 30, 0));
    if (role == Qt::ToolTipRole && r.divergent)
        return divergenceText(r);
    if (role == Qt::TextAlignmentRole && col != 1 && col != divergenceColumn())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (col == 0)
        return r.rank;
    if (col == 1)
        return m_labels.value(index.row());
    if (col == 2)
        return r.raw;
    if (col == 3)
        return QString::number(r.weighted, 'f', 1);
    if (col == divergenceColumn())
        return r.divergent ? tr("\u26A0 Diverges") : QString();
    const QString c = m_results.shownConstituencies.value(col - 4);
    return tr("%1 (%2%)").arg(QString::number(r.rawBy.value(c)), QString::number(qRound(r.shareBy.value(c) * 100)));
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == 0)
        return tr("Rank");
    if (section == 1)
        return tr("Item");
    if (section == 2)
        return role == Qt::ToolTipRole ? tr("Dots as cast") : tr("Raw");
    if (section == 3)
        return role == Qt::ToolTipRole ? weightingLabel(m_weighting) : tr("Weighted");
    if (section == divergenceColumn())
        return tr("Divergence");
    if (section > 3 && section < divergenceColumn())
        return constituency::label(m_results.shownConstituencies.value(section - 4));
    return {};
}

} // namespace pamoja
