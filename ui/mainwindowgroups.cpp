// Board > Suggest Groups: proposals across languages for the selected ideas or the step's loose ones.
#include "mainwindow.h"

#include "grouping/suggestgroupsdialog.h"
#include "workspace.h"

namespace pamoja {

SuggestGroupsDialog *MainWindow::suggestGroupsDialog()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return nullptr;
    QList<QUuid> ideas;
    for (const QUuid &id : m_workspace->selection())
        if (doc->data().table<Idea>().find(id))
            ideas.append(id);
    // Window-modal and not blocking: the board stays usable behind it while it computes.
    auto *dialog = new SuggestGroupsDialog(m_workspace, ideas, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace pamoja
