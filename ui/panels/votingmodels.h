#pragma once

#include "analysis/voting.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace pamoja {

class Workspace;

// The text shown for a voting target (idea text or cluster title), for tables and screenshots.
QString targetLabel(const WorkshopData &data, const QUuid &targetId);
// Targets of a round: clusters, or revealed and visible ideas of its step (as computeResults does).
QList<QUuid> roundTargets(const WorkshopData &data, const VotingRound &round);

// One participant's ballot in a round: every target with this voter's dots and everyone's dots.
class BallotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, MineColumn, AllColumn, ColumnCount };

    explicit BallotModel(Workspace *workspace, QObject *parent = nullptr);
    void setRound(const QUuid &roundId, const QUuid &participantId);
    void refresh();
    QUuid targetAt(int row) const { return m_targets.value(row); }
    int rowOf(const QUuid &target) const { return int(m_targets.indexOf(target)); }
    int dotsOf(const QUuid &target) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QPointer<Workspace> m_workspace;
    QUuid m_round, m_participant;
    QList<QUuid> m_targets;
    QHash<QUuid, int> m_mine, m_all;
};

// Ranked results of a round: raw and weighted side by side, per shown constituency, divergence.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { DivergentRole = Qt::UserRole + 1, TargetRole };

    explicit ResultsModel(Workspace *workspace, QObject *parent = nullptr);
    void setRound(const QUuid &roundId, Weighting weighting);
    void refresh();
    const RoundResults &results() const { return m_results; }
    int divergenceColumn() const { return 4 + int(m_results.shownConstituencies.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString divergenceText(const ItemResult &r) const;

    QPointer<Workspace> m_workspace;
    QUuid m_round;
    Weighting m_weighting = Weighting::Person;
    RoundResults m_results;
    QStringList m_labels;
};

} // namespace pamoja
