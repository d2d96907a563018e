#include "panels.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>

namespace pamoja {

namespace {
QDockWidget *makeDock(const QString &objectName, const QString &title, QWidget *content, QWidget *parent)
{
    auto *dock = new QDockWidget(title, parent);
    dock->setObjectName(objectName);
    dock->setAccessibleName(title);
    content->setParent(dock);
    dock->setWidget(content);
    return dock;
}
} // namespace

QList<QDockWidget *> createPanelDocks(Workspace *workspace, QWidget *parent)
{
    Q_UNUSED(workspace);
    QList<QDockWidget *> docks;
    docks << makeDock(QStringLiteral("tagsDock"), QCoreApplication::translate("pamoja::Panels", "Tags"),
                      new QLabel, parent);
    docks << makeDock(QStringLiteral("votingDock"), QCoreApplication::translate("pamoja::Panels", "Voting"),
                      new QLabel, parent);
    docks << makeDock(QStringLiteral("planDock"), QCoreApplication::translate("pamoja::Panels", "Plan"),
                      new QLabel, parent);
    docks << makeDock(QStringLiteral("participantsDock"),
                      QCoreApplication::translate("pamoja::Panels", "Participants"), new QLabel, parent);
    docks << makeDock(QStringLiteral("historyDock"), QCoreApplication::translate("pamoja::Panels", "History"),
                      new QLabel, parent);
    return docks;
}

} // namespace pamoja
