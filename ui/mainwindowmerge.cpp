// File > Merge Workshop...: a copy of this workshop (a breakout group's laptop, a co-facilitator's or
// a note-taker's) brought back in (core/merge). The summary is shown before anything changes; the
// merge is one undoable step.
#include "mainwindow.h"

#include "common/messagebox.h"
#include "document.h"
#include "merge/mergefile.h"
#include "merge/mergesource.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>

namespace pamoja {

void MainWindow::mergeDialog()
{
    Document *doc = m_workspace->document();
    if (!doc || doc->isReadOnly())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Merge Workshop"), QFileInfo(doc->path()).absolutePath(),
                                                     tr("Pamoja workshops (*.pamoja);;All files (*)"));
    if (path.isEmpty())
        return;
    auto plan = merge::planFile(*doc, path);
    if (!plan) {
        MessageBox::warning(this, tr("Merge Workshop"), plan.error());
        return;
    }
    const QString name = QFileInfo(path).fileName();
    if (plan->changes.isEmpty()) {
        MessageBox::information(this, tr("Merge Workshop"), tr("%1 holds nothing this workshop does not have already.").arg(name));
        return;
    }
    QStringList text{tr("Merging %1 into this workshop:").arg(name), QString()};
    text += plan->summary.lines();
    // The review of participants taken as people this workshop has already.
    if (!plan->participantMatches.isEmpty()) {
        text += QString();
        text += tr("Taken as participants already here (same name and organisation):");
        for (const merge::ParticipantMatch &m : std::as_const(plan->participantMatches))
            text += QStringLiteral("  \u2022 ") + m.name;
    }
    text += QString();
    text += tr("Merge now? Edit > Undo takes the whole merge back.");
    if (MessageBox::question(this, tr("Merge Workshop"), text.join(QLatin1Char('\n')), QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return;
    // Straight through the funnel, not Workspace::apply(): notes keep the places they have in the
    // copy, so merging the copy again finds nothing changed.
    if (Status s = merge::applyPlan(*doc, *plan, path); !s) {
        showMessage(s.error());
        return;
    }
    const merge::KindCounts &t = plan->summary.total;
    showMessage(tr("Merged %1: %2 added, %3 updated, %4 removed, %5 flagged for review.")
                    .arg(name, QString::number(t.added), QString::number(t.updated), QString::number(t.removed),
                         QString::number(t.flagged)));
}

} // namespace pamoja
