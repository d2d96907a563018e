// Machine translation in the window (issue 13): Edit > Translate Ideas..., Edit > Edit Translation...
// and View > Show Translations (remembered in the settings).
#include "mainwindow.h"

#include "document.h"
#include "translate/translatedialog.h"
#include "translate/translationeditdialog.h"
#include "workspace.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace pamoja {

namespace {
const QString ShowTranslationsKey = QStringLiteral("view/showTranslations");
}

void MainWindow::createTranslationActions(QMenu *edit, QMenu *view)
{
    if (edit) {
        QAction *t = addAction(edit, QStringLiteral("translateIdeas"), tr("&Translate Ideas\u2026"), QKeySequence(),
                               [this] { translateIdeasDialog(); });
        t->setToolTip(tr("Machine translation beside each idea, with Apertium, on this computer"));
        addAction(edit, QStringLiteral("editTranslation"), tr("Edit T&ranslation\u2026"), QKeySequence(),
                  [this] { editTranslationDialog(); });
    }
    if (view) {
        QAction *show = addAction(view, QStringLiteral("showTranslations"), tr("Show &Translations"), QKeySequence(), [] {});
        show->setCheckable(true);
        show->setToolTip(tr("Show each idea's translation under its words on the board, in the outline and in the presenter view"));
        const bool on = QSettings().value(ShowTranslationsKey, false).toBool();
        show->setChecked(on);
        m_workspace->setShowTranslations(on);
        connect(show, &QAction::toggled, this, [this](bool checked) {
            QSettings().setValue(ShowTranslationsKey, checked);
            m_workspace->setShowTranslations(checked);
        });
    }
}

void MainWindow::translateIdeasDialog()
{
    if (!m_workspace->document())
        return;
    TranslateDialog dlg(m_workspace, this);
    connect(&dlg, &TranslateDialog::runFinished, this, [this](int translated) {
        // Translations nobody can see help nobody.
        if (translated > 0)
            if (QAction *show = action(QStringLiteral("showTranslations")); show && !show->isChecked())
                show->setChecked(true);
    });
    dlg.exec();
}

void MainWindow::editTranslationDialog()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    QUuid idea;
    for (const QUuid &id : m_workspace->selection())
        if (doc->data().table<Idea>().contains(id)) {
            idea = id;
            break;
        }
    if (idea.isNull()) {
        statusBar()->showMessage(tr("Select an idea to edit its translation."), 10000);
        return;
    }
    TranslationEditDialog dlg(m_workspace, idea, this);
    dlg.exec();
}

} // namespace pamoja
