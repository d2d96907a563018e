// File > Import Workshop Data...: a Pamoja JSON export (docs/file-format.md) brought into the open
// workshop, the same rules as `pamoja import FILE IN.json`: validated whole first, entities matched
// by their stable ids (present ones are left as they are), everything in one change, one undo step.
#include "mainwindow.h"

#include "common/messagebox.h"
#include "document.h"
#include "exchange/ideaimport.h"
#include "exchange/jsonexchange.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pamoja {

namespace {
const QString JsonFolderKey = QStringLiteral("import/lastJsonFolder");
}

bool MainWindow::isWorkshopJsonFile(const QString &path)
{
    QFile f(path);
    // The format is told by the content (its "format" member near the start), not the name.
    return f.open(QIODevice::ReadOnly) && ideaimport::detect(f.read(64 * 1024), path) == ideaimport::Format::WorkshopJson;
}

void MainWindow::importWorkshopJsonDialog()
{
    if (!m_workspace->document())
        return;
    const QString dir = QSettings().value(JsonFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = FileDialog::getOpenFileName(this, tr("Import Workshop Data"), dir,
                                                     tr("Pamoja JSON exports (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(JsonFolderKey, QFileInfo(path).absolutePath());
    importWorkshopJsonFile(path);
}

bool MainWindow::importWorkshopJsonFile(const QString &path)
{
    Document *doc = m_workspace->document();
    if (!doc) {
        showMessage(tr("Open the workshop to import into first, then import the JSON export."));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    if (f.size() > exchange::MaxImportBytes) {
        showMessage(tr("%1 is too large to be a Pamoja workshop export. Nothing was imported.").arg(name));
        return false;
    }
    const auto plan = exchange::planImport(f.readAll(), doc->data());
    if (!plan) {
        MessageBox::warning(this, tr("Import Workshop Data"), tr("%1: %2 Nothing was imported.").arg(name, plan.error()));
        return false;
    }
    if (plan->added == 0) {
        showMessage(tr("Nothing to import: the %n item(s) of %1 are already in this workshop.", nullptr, plan->alreadyPresent).arg(name));
        return true;
    }
    // The preview: what would be added, before anything changes.
    const QString question =
        tr("Import %n new item(s) from %1 into this workshop?", nullptr, plan->added).arg(name) + QStringLiteral("\n\n") +
        tr("%n item(s) are already here and stay as they are.", nullptr, plan->alreadyPresent) + QLatin1Char(' ') +
        tr("You can undo the import with Edit > Undo.");
    if (MessageBox::question(this, tr("Import Workshop Data"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) !=
        QMessageBox::Yes)
        return false;
    if (!m_workspace->apply(plan->changes, tr("Import %1").arg(name)))
        return false;
    showMessage(tr("Imported %n item(s) from %1.", nullptr, plan->added).arg(name));
    return true;
}

} // namespace pamoja
