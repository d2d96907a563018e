#pragma once

#include <QList>

class QDockWidget;
class QWidget;

namespace pamoja {

class Workspace;

// The side panels of the facilitator's window: tags, voting, plan (steps 2 and 3), participants
// with the balance meter, and history. Each dock has a stable objectName so the main window can
// save and restore the layout: "tagsDock", "votingDock", "planDock", "participantsDock",
// "historyDock". The docks are created hidden from no area; the caller adds them to its window.
QList<QDockWidget *> createPanelDocks(Workspace *workspace, QWidget *parent);

} // namespace pamoja
