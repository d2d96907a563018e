// File > Import Ideas: a text, Markdown, CSV or XLSX file, previewed and mapped before it is applied.
#include "mainwindow.h"

#include "common/messagebox.h"
#include "import/importideasdialog.h"
#include "workspace.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pamoja {

namespace {
const QString ImportFolderKey = QStringLiteral("import/lastFolder");
}

bool MainWindow::isIdeaListFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("markdown"),
                                      QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("xlsx")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

ImportIdeasDialog *MainWindow::importIdeasDialog(const QString &givenPath)
{
    if (!m_workspace->document())
        return nullptr;
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString dir = QSettings().value(ImportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
        path = FileDialog::getOpenFileName(this, tr("Import Ideas"), dir,
                                           tr("Lists of ideas (*.txt *.md *.markdown *.csv *.tsv *.xlsx);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
        QSettings().setValue(ImportFolderKey, QFileInfo(path).absolutePath());
    }
    // A JSON export or a contribution packet chosen here goes where it belongs.
    if (isWorkshopJsonFile(path)) {
        importWorkshopJsonFile(path);
        return nullptr;
    }
    if (isPacketFile(path)) {
        importPacketFile(path);
        return nullptr;
    }
    // Window-modal and not blocking: the board stays visible behind it, and tests can drive it.
    auto *dialog = new ImportIdeasDialog(m_workspace, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace pamoja
