#pragma once

#include <QUuid>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace pamoja {

class ActionModel;
class CheckListModel;
class Document;
class SystemChangeModel;
class Workspace;

// Steps 2 and 3: system-change items (from a vision or free, linked to visions and factors) and
// the action plan (owners, due date, status, linked to system changes), with actions carried over
// from an earlier workshop.
class PlanPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~PlanPanel() override;

    SystemChangeModel *changeModel() const { return m_changes; }
    ActionModel *actionModel() const { return m_actions; }
    CheckListModel *visionLinks() const { return m_visionLinks; }
    CheckListModel *factorLinks() const { return m_factorLinks; }
    CheckListModel *actionLinks() const { return m_actionLinks; }
    QTableView *changesView() const { return m_changesView; }
    QTableView *actionsView() const { return m_actionsView; }
    QTabWidget *tabs() const { return m_tabs; }
    QUuid currentChange() const;
    QUuid currentAction() const;

public Q_SLOTS:
    void createFromVision();
    void addFreeChange();
    void removeChange();
    void addAction();
    void removeAction();
    void importOpenActions();

private:
    void watch(Document *document);
    void refresh();
    void refreshLinks();
    QWidget *buildChangesTab();
    QWidget *buildActionsTab();

    QPointer<Workspace> m_workspace;
    SystemChangeModel *m_changes;
    ActionModel *m_actions;
    CheckListModel *m_visionLinks, *m_factorLinks, *m_actionLinks;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_vision = nullptr, *m_actionFor = nullptr;
    QLineEdit *m_newChange = nullptr, *m_newAction = nullptr;
    QTableView *m_changesView = nullptr, *m_actionsView = nullptr;
    QLabel *m_actionStatus = nullptr;
};

} // namespace pamoja
