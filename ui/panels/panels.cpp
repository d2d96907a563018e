#include "panels.h"

#include "historypanel.h"
#include "participantspanel.h"
#include "planpanel.h"
#include "tagspanel.h"
#include "votingpanel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QScrollArea>

namespace pamoja {

namespace {
QDockWidget *makeDock(const QString &objectName, const QString &title, QWidget *content, QWidget *parent)
{
    auto *dock = new QDockWidget(title, parent);
    dock->setObjectName(objectName);
    dock->setAccessibleName(title);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    content->setAccessibleName(title);
    // Docks can be made narrow; scrolling keeps every control reachable rather than squashed.
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(objectName + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    dock->setWidget(scroll);
    return dock;
}
} // namespace

QList<QDockWidget *> createPanelDocks(Workspace *workspace, QWidget *parent)
{
    QList<QDockWidget *> docks;
    docks << makeDock(QStringLiteral("tagsDock"), QCoreApplication::translate("pamoja::Panels", "Tags"),
                      new TagsPanel(workspace), parent);
    docks << makeDock(QStringLiteral("votingDock"), QCoreApplication::translate("pamoja::Panels", "Voting"),
                      new VotingPanel(workspace), parent);
    docks << makeDock(QStringLiteral("planDock"), QCoreApplication::translate("pamoja::Panels", "Plan"),
                      new PlanPanel(workspace), parent);
    docks << makeDock(QStringLiteral("participantsDock"),
                      QCoreApplication::translate("pamoja::Panels", "Participants"), new ParticipantsPanel(workspace),
                      parent);
    docks << makeDock(QStringLiteral("historyDock"), QCoreApplication::translate("pamoja::Panels", "History"),
                      new HistoryPanel(workspace), parent);
    return docks;
}

} // namespace pamoja
