// File > Merge Workshop...: a copy of this workshop (a breakout group's laptop, a co-facilitator's or
// a note-taker's) brought back in (core/merge). Participants of the copy taken as ones already here
// are shown one by one first (the facilitator may keep them separate); then the summary, before
// anything changes. The merge is one undoable step.
#include "mainwindow.h"

#include "common/messagebox.h"
#include "document.h"
#include "merge/mergefile.h"
#include "workspace.h"

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
    auto plan = merge::planFiles(*doc, {path});
    if (!plan) {
        MessageBox::warning(this, tr("Merge Workshop"), plan.error());
        return;
    }
    const QString name = QFileInfo(path).fileName();
    if (plan->plan.summary.nothingToMerge()) {
        MessageBox::information(this, tr("Merge Workshop"), tr("%1 holds nothing this workshop does not have already.").arg(name));
        return;
    }
    // The review of participants taken as people this workshop has already.
    QSet<QUuid> separate;
    for (const merge::ParticipantMatch &m : std::as_const(plan->plan.participantMatches)) {
        const QString who = m.organisation.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.organisation);
        const auto answer = MessageBox::question(this, tr("Merge Workshop"),
                                                 tr("%1 in %2 has the name and organisation of a participant already in this workshop.\n\n"
                                                    "Are they the same person? Yes: one participant. No: keep them separate.")
                                                     .arg(who, name),
                                                 QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::No)
            separate.insert(m.sourceId);
    }
    if (!separate.isEmpty()) {
        plan = merge::planFiles(*doc, {path}, separate);
        if (!plan) {
            MessageBox::warning(this, tr("Merge Workshop"), plan.error());
            return;
        }
    }
    QStringList text{tr("Merging %1 into this workshop:").arg(name), QString()};
    text += plan->plan.summary.lines();
    text += QString();
    text += tr("Merge now? Edit > Undo takes the whole merge back.");
    if (MessageBox::question(this, tr("Merge Workshop"), text.join(QLatin1Char('\n')), QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return;
    if (Status s = merge::applyPlan(*doc, *plan); !s) {
        MessageBox::warning(this, tr("Merge Workshop"), s.error());
        return;
    }
    const merge::Summary &t = plan->plan.summary;
    showMessage(tr("Merged %1: %2 added, %3 updated, %4 removed, %5 flagged for review.")
                    .arg(name, QString::number(t.added), QString::number(t.updated), QString::number(t.removed), QString::number(t.flagged)));
}

} // namespace pamoja
