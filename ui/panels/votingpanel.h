#pragma once

#include <QUuid>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pamoja {

class BallotModel;
class Document;
class ResultsModel;
class Workspace;

// Dot voting: open a round, record each participant's dots by clicking items, close or reopen it,
// reset it (logged), and read the results raw and weighted, per constituency, with divergence.
class VotingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit VotingPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~VotingPanel() override;

    QUuid currentRound() const;
    QUuid currentVoter() const;
    BallotModel *ballotModel() const { return m_ballot; }
    ResultsModel *resultsModel() const { return m_results; }
    QTableView *resultsView() const { return m_resultsView; }
    QTableView *ballotView() const { return m_ballotView; }

public Q_SLOTS:
    void openRound();
    void toggleOpen();
    void resetRound();
    void addDot();
    void removeDot();
    void changeDots(const QUuid &target, int delta);

private:
    void watch(Document *document);
    void refresh();
    void refreshModels();

    QPointer<Workspace> m_workspace;
    BallotModel *m_ballot;
    ResultsModel *m_results;
    QComboBox *m_round, *m_target, *m_voter, *m_weighting;
    QLineEdit *m_title;
    QSpinBox *m_dots, *m_maxPerItem;
    QPushButton *m_open, *m_toggle, *m_reset, *m_add, *m_remove;
    QTableView *m_ballotView, *m_resultsView;
    QLabel *m_left, *m_explanation;
    bool m_refreshing = false;
};

} // namespace pamoja
