#pragma once

// Board > Suggest Groups: groups across languages for the loose ideas of the step (or the selected
// ones), computed off the GUI thread (core/grouping) with a busy bar and Cancel, then listed: each
// proposal with its title (editable), why, and its ideas (checkable, to drop one). Accept makes an
// ordinary cluster in one undoable change, Accept All all of them in one; Reject drops a proposal.
// Near-duplicates are listed apart, and Merge merges one pair (edits::mergeIdeas, undoable).

#include "domain/changeset.h"
#include "domain/workshopdata.h"
#include "grouping/ideagrouper.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace pamoja {

class Workspace;

class SuggestGroupsDialog : public QDialog
{
    Q_OBJECT

public:
    // 'only': the selected ideas; empty for every loose idea of the step.
    SuggestGroupsDialog(Workspace *workspace, const QList<QUuid> &only, QWidget *parent = nullptr);
    ~SuggestGroupsDialog() override;

    bool isComputing() const;
    QTreeWidget *proposals() const { return m_proposals; }
    QTreeWidget *duplicates() const { return m_duplicates; }

public Q_SLOTS:
    void acceptCurrent();
    void rejectCurrent();
    void acceptAll();
    void mergeCurrentDuplicate();

private:
    void showResult(const GroupingResult &result);
    // The cluster change for one proposal item, against 'data'; empty when no idea is checked.
    ChangeSet clusterChange(const WorkshopData &data, QTreeWidgetItem *proposal) const;
    QTreeWidgetItem *currentProposal() const;
    void updateButtons();

    Workspace *m_workspace;
    int m_step;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<GroupingResult> m_watcher;
    QStackedWidget *m_pages = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_proposals = nullptr;
    QTreeWidget *m_duplicates = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace pamoja
