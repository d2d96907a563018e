// The window on a workshop in a PostgreSQL database whose connection is lost (issue 10): a notice in
// the status bar says so, how many changes are kept on this computer and when the next attempt is;
// "Reconnect Now" tries at once; the document writes the queue by itself once the server answers
// (documentqueue.cpp). Closing the workshop with changes still queued asks first: they exist only here.
#include "mainwindow.h"

#include "common/messagebox.h"
#include "document.h"
#include "exchange/jsonexchange.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace pamoja {

void MainWindow::buildConnectionStatus()
{
    m_connectionStatus = new QWidget(this);
    auto *layout = new QHBoxLayout(m_connectionStatus);
    layout->setContentsMargins(0, 0, 0, 0);
    m_connectionLabel = new QLabel(m_connectionStatus);
    m_connectionLabel->setAccessibleName(tr("Connection to the database"));
    auto *now = new QToolButton(m_connectionStatus);
    now->setText(tr("Reconnect Now"));
    now->setAccessibleName(tr("Reconnect to the database now"));
    connect(now, &QToolButton::clicked, this, [this] {
        if (Document *doc = m_workspace->document())
            doc->reconnectNow();
    });
    layout->addWidget(m_connectionLabel);
    layout->addWidget(now);
    statusBar()->addPermanentWidget(m_connectionStatus);
    m_connectionStatus->hide();
    // The time until the next attempt counts down while the notice is shown.
    m_connectionTick = new QTimer(this);
    m_connectionTick->setInterval(1000);
    connect(m_connectionTick, &QTimer::timeout, this, &MainWindow::updateConnectionStatus);
}

void MainWindow::watchConnection(Document *document)
{
    // The window shows what is queued and asks before it goes, so it keeps changes during a loss.
    document->setKeepChangesWhileOffline(true);
    connect(document, &Document::connectionChanged, this, &MainWindow::updateConnectionStatus);
    // A refused change stays in the message bar until dismissed; the rest passes in the status bar.
    connect(document, &Document::connectionMessage, this, [this](const QString &message, bool problem) {
        if (problem)
            showMessage(message);
        else
            statusBar()->showMessage(message, 10000);
    });
    updateConnectionStatus();
}

void MainWindow::updateConnectionStatus()
{
    const Document *doc = m_workspace->document();
    const bool offline = doc && !doc->isConnected();
    m_connectionStatus->setVisible(offline);
    if (!offline) {
        m_connectionTick->stop();
        return;
    }
    const qsizetype queued = doc->queuedChanges().size();
    const QString kept = queued ? tr("%n change(s) kept on this computer until it is back.", nullptr, int(queued))
                                : tr("Changes are kept on this computer until it is back.");
    QString next;
    if (doc->nextAttempt().isValid()) {
        const qint64 seconds = std::max<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(doc->nextAttempt()) + 999) / 1000);
        next = tr("Next attempt in %n second(s).", nullptr, int(seconds));
    } else {
        next = tr("Connecting…");
    }
    m_connectionLabel->setText(tr("Not connected to the database. %1 %2").arg(kept, next));
    if (!m_connectionTick->isActive())
        m_connectionTick->start();
}

bool MainWindow::canLetGoOfDocument()
{
    Document *doc = m_workspace->document();
    if (!doc || doc->queuedChanges().isEmpty())
        return true;
    const auto answer = MessageBox::warning(
        this, tr("Changes Not Yet Saved"),
        tr("The connection to the database is lost, and %n change(s) made since exist only on this computer. "
           "Closing the workshop now loses them.\n\nTry to reconnect, save the whole workshop as you see it to a JSON file, "
           "or discard them?",
           nullptr, int(doc->queuedChanges().size())),
        QMessageBox::Retry | QMessageBox::Save | QMessageBox::Discard, QMessageBox::Retry);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save) {
        const QString path = FileDialog::getSaveFileName(this, tr("Save the Workshop as JSON"),
                                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                                             QStringLiteral("/workshop.json"),
                                                         tr("Pamoja JSON exports (*.json)"));
        if (path.isEmpty())
            return false;
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(exchange::toJson(doc->data())) < 0 || !f.commit()) {
            showMessage(tr("Could not write %1: %2").arg(path, f.errorString()));
            return false;
        }
        return true;
    }
    doc->reconnectNow();
    return false;
}

} // namespace pamoja
