// Files: new, open (read-only when another Pamoja holds the workshop), recent, save a copy, close,
// and the remembered window layout.
#include "mainwindow.h"

#include "i18n.h"

#include "common/messagebox.h"
#include "common/newworkshopdialog.h"
#include "document.h"
#include "live/livesession.h"
#include "repository/openrepositorydialog.h"
#include "store/workshoplocation.h"
#include "workspace.h"

#include <QAction>
#include <algorithm>
#include <utility>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLockFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>

namespace pamoja {

namespace {
const int MaxRecent = 8;
QString recentKey()
{
    return QStringLiteral("files/recent");
}
} // namespace

bool MainWindow::isLockedElsewhere(const QString &path)
{
    const QString lockPath = path + QStringLiteral(".lock");
    if (!QFileInfo::exists(lockPath))
        return false;
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    return !lock.tryLock(0);
}

bool MainWindow::openFile(const QString &path)
{
    if (WorkshopLocation::looksLikeUri(path))
        return openLocation(path);
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (const Document *cur = m_workspace->document(); cur && QFileInfo(cur->path()).absoluteFilePath() == abs)
        return true; // already open here
    // Asked before anything is opened: changes still queued for a database exist only here.
    if (!canLetGoOfDocument())
        return false;
    auto doc = Document::open(abs, WorkshopStore::Access::ReadWrite);
    if (!doc) {
        const bool locked = isLockedElsewhere(abs);
        const bool unwritable = QFileInfo::exists(abs) && !QFileInfo(abs).isWritable();
        if (!locked && !unwritable) {
            showMessage(doc.error());
            return false;
        }
        const auto answer = MessageBox::question(
            this, tr("Workshop in Use"),
            tr("%1\n\nOpen it read-only? You can look at everything but not change it.").arg(doc.error()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
        doc = Document::open(abs, WorkshopStore::Access::ReadOnly);
        if (!doc) {
            showMessage(doc.error());
            return false;
        }
    }
    m_live->stop(); // a live session belongs to the workshop it was started for
    m_workspace->setDocument(std::move(*doc));
    addRecent(abs);
    return true;
}

// A workshop in a PostgreSQL database (issue 10). Its path() is the location without the password,
// which is what the window shows and the recent list keeps.
bool MainWindow::openLocation(const QString &location)
{
    auto parsed = WorkshopLocation::parse(location);
    if (!parsed) {
        showMessage(parsed.error());
        return false;
    }
    // Every edit is a round trip to the server: a server that does not answer, or a venue's network
    // that drops, must end in a message within seconds, not in a window frozen for minutes of TCP
    // retries. The location's own values win.
    QString withTimeouts = location;
    for (const auto &[key, value] : {std::pair{"connect_timeout", "10"}, std::pair{"keepalives_idle", "10"},
                                     std::pair{"keepalives_interval", "5"}, std::pair{"keepalives_count", "3"},
                                     std::pair{"tcp_user_timeout", "15000"}}) {
        const QString name = QString::fromLatin1(key);
        if (std::none_of(parsed->options.cbegin(), parsed->options.cend(), [&](const auto &o) { return o.first == name; }))
            withTimeouts += (withTimeouts.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + name + QLatin1Char('=') +
                            QLatin1StringView(value);
    }
    auto full = WorkshopLocation::parse(withTimeouts);
    if (!full) {
        showMessage(full.error());
        return false;
    }
    const QString shown = full->display();
    if (const Document *cur = m_workspace->document(); cur && cur->path() == shown)
        return true; // already open here
    if (!canLetGoOfDocument())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto doc = Document::open(withTimeouts, WorkshopStore::Access::ReadWrite);
    QGuiApplication::restoreOverrideCursor();
    if (!doc) {
        showMessage(doc.error());
        return false;
    }
    m_live->stop(); // a live session belongs to the workshop it was started for
    m_workspace->setDocument(std::move(*doc));
    addRecent(shown);
    return true;
}

void MainWindow::openRepositoryDialog()
{
    OpenRepositoryDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.location().isEmpty())
        openLocation(dialog.location());
}

bool MainWindow::createWorkshop(const QString &title, const QString &path)
{
    if (!canLetGoOfDocument())
        return false;
    // The prompts and catalogue of a new workshop come in the interface language.
    auto doc = Document::create(QFileInfo(path).absoluteFilePath(), title, Document::Seed::Default, i18n::preferredLanguage());
    if (!doc) {
        showMessage(doc.error());
        return false;
    }
    m_live->stop(); // a live session belongs to the workshop it was started for
    m_workspace->setDocument(std::move(*doc));
    addRecent(QFileInfo(path).absoluteFilePath());
    showStep(1);
    return true;
}

void MainWindow::closeWorkshop()
{
    // Every change is already saved; closing only lets go of the file.
    if (!canLetGoOfDocument())
        return;
    m_live->stop(); // a live session belongs to the workshop it was started for
    m_workspace->setDocument(nullptr);
}

void MainWindow::newWorkshopDialog()
{
    QString title, path;
    if (NewWorkshopDialog::ask(this, &title, &path))
        createWorkshop(title, path);
}

void MainWindow::openDialog()
{
    const QString dir = QFileInfo(QSettings().value(recentKey()).toStringList().value(0)).absolutePath();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open Workshop"),
        dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir,
        tr("Pamoja workshops (*.pamoja);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveCopyDialog()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    const QFileInfo fi(doc->path());
    const QString suggestion = fi.dir().filePath(tr("%1 copy").arg(fi.completeBaseName()) + QStringLiteral(".pamoja"));
    const QString path = FileDialog::getSaveFileName(this, tr("Save a Copy"), suggestion,
                                                     tr("Pamoja workshops (*.pamoja)"));
    if (path.isEmpty())
        return;
    if (Status s = doc->store().saveCopy(path); !s)
        showMessage(s.error());
    else
        showMessage(tr("A copy was saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList list = settings.value(recentKey()).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaxRecent)
        list.removeLast();
    settings.setValue(recentKey(), list);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList list = QSettings().value(recentKey()).toStringList();
    int n = 1;
    for (const QString &path : list) {
        const bool repository = WorkshopLocation::looksLikeUri(path);
        if (!repository && !QFileInfo::exists(path))
            continue;
        const QString name = repository ? path : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(QString::number(n++), QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (m_recentMenu->isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent workshops"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            QSettings().remove(recentKey());
            rebuildRecentMenu();
        });
    }
}

void MainWindow::restoreLayout()
{
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), saveState());
}

} // namespace pamoja
