#include "livesession.h"

#include "common/messagebox.h"
#include "document.h"
#include "exportformats.h"
#include "i18n.h"
#include "liveserver.h"
#include "livepanel.h"
#include "livesessiondialog.h"
#include "mainwindow.h"
#include "presenter/presenterwindow.h"
#include "qrcode.h"
#include "workspace.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

namespace pamoja {

LiveSession::LiveSession(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("liveSession"));
    m_start = new QAction(tr("Start &Live Session\u2026"), this);
    m_start->setObjectName(QStringLiteral("liveStart"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_start->setToolTip(tr("Let participants join from their own phones on this network"));
    m_stop = new QAction(tr("St&op Live Session"), this);
    m_stop->setObjectName(QStringLiteral("liveStop"));
    m_pause = new QAction(tr("P&ause Device Submissions"), this);
    m_pause->setObjectName(QStringLiteral("livePause"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_joinInfo = new QAction(tr("Show &Join Code in Presenter"), this);
    m_joinInfo->setObjectName(QStringLiteral("liveJoinInfo"));
    m_joinInfo->setCheckable(true);
    m_joinInfo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_joinInfo->setToolTip(tr("Show the QR code and the join code to the room"));
    m_showPanel = new QAction(tr("Live Session &Panel"), this);
    m_showPanel->setObjectName(QStringLiteral("livePanelShow"));
    for (QAction *a : {m_start, m_stop, m_pause, m_joinInfo, m_showPanel})
        static_cast<QWidget *>(m_window)->addAction(a); // shortcuts work wherever the focus is

    connect(m_start, &QAction::triggered, this, &LiveSession::showStartDialog);
    connect(m_stop, &QAction::triggered, this, &LiveSession::requestStop);
    connect(m_pause, &QAction::toggled, this, &LiveSession::setPaused);
    connect(m_joinInfo, &QAction::toggled, this, &LiveSession::setJoinInfoInPresenter);
    connect(m_showPanel, &QAction::triggered, this, [this] {
        ensureDock();
        m_dock->show();
        m_dock->raise();
    });

    m_status = new QLabel(m_window);
    m_status->setObjectName(QStringLiteral("liveStatusBar"));
    m_status->setAccessibleName(tr("Live session"));
    m_window->statusBar()->addPermanentWidget(m_status);
    m_status->hide();

    connect(m_window->workspace(), &Workspace::documentChanged, this, [this](Document *doc) {
        // The session belongs to the workshop it was started for.
        if (m_server && doc != m_document)
            stop();
        updateState();
    });
    updateState();
}

LiveSession::~LiveSession()
{
    if (m_publishThread)
        m_publishThread->wait();
    stop();
}

void LiveSession::addActions(QMenu *menu)
{
    menu->addActions({m_start, m_stop, m_pause, m_joinInfo, m_showPanel});
}

void LiveSession::ensureDock()
{
    if (m_dock)
        return;
    m_dock = new QDockWidget(tr("Live session"), m_window);
    m_dock->setObjectName(QStringLiteral("liveDock"));
    m_dock->setAccessibleName(m_dock->windowTitle());
    m_panel = new LivePanel;
    m_panel->setAccessibleName(m_dock->windowTitle());
    auto *scroll = new QScrollArea(m_dock);
    scroll->setObjectName(QStringLiteral("liveDockScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_panel);
    m_dock->setWidget(scroll);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    connect(m_panel, &LivePanel::pauseToggled, this, &LiveSession::setPaused);
    connect(m_panel, &LivePanel::moderationToggled, this, [this](bool on) {
        if (m_server)
            m_server->setModerated(on);
    });
    connect(m_panel, &LivePanel::stopRequested, this, &LiveSession::requestStop);
    connect(m_panel, &LivePanel::copyRequested, this, &LiveSession::copyAddress);
    connect(m_panel, &LivePanel::presenterToggled, this, &LiveSession::setJoinInfoInPresenter);
    connect(m_panel, &LivePanel::publishRequested, this, &LiveSession::publishReport);
    connect(m_panel, &LivePanel::approveRequested, this, &LiveSession::approve);
    connect(m_panel, &LivePanel::rejectRequested, this, &LiveSession::reject);
    connect(m_panel, &LivePanel::approveAllRequested, this, &LiveSession::approveAll);
    connect(m_panel, &LivePanel::blockRequested, this, [this](const QString &label) {
        if (m_server)
            m_server->blockDevice(label);
        refreshDevices();
    });
}

LiveSessionDialog *LiveSession::dialog() const
{
    return m_dialog.data();
}

void LiveSession::showStartDialog()
{
    if (isRunning()) {
        m_showPanel->trigger();
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new LiveSessionDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &LiveSessionDialog::startRequested, this,
            [this](const QHostAddress &address, int port, bool moderation) {
                QString error;
                if (!start(address, port, moderation, &error)) {
                    m_dialog->showError(error);
                    m_window->statusBar()->showMessage(error, 15000);
                    return;
                }
                m_dialog->saveSettings();
                m_dialog->accept();
            });
    m_dialog->open();
}

bool LiveSession::start(const QHostAddress &address, int port, bool moderation, QString *error)
{
    QString unused;
    if (!error)
        error = &unused;
    Document *doc = m_window->workspace()->document();
    if (!doc) {
        *error = tr("Open a workshop first: devices add their ideas to the open workshop.");
        return false;
    }
    if (doc->isReadOnly()) {
        *error = tr("This workshop is open read-only, so devices could not add anything. Close the other "
                    "Pamoja that has it open, then open it here again.");
        return false;
    }
    stop();
    auto server = std::make_unique<LiveServer>(doc);
    LiveConfig config;
    config.address = address;
    config.port = quint16(port);
    config.moderation = moderation;
    if (const Status s = server->start(config); !s) {
        *error = s.error();
        // The usual cause, said plainly: something else already listens on that port.
        QTcpServer probe;
        if (!probe.listen(address, quint16(port)) && probe.serverError() == QAbstractSocket::AddressInUseError)
            *error = tr("Port %1 is already in use on this computer, perhaps by another Pamoja or another "
                        "program. Choose another port, such as %2.")
                         .arg(QString::number(port), QString::number(port < 65535 ? port + 1 : 8081));
        return false;
    }
    m_server = std::move(server);
    m_document = doc;
    m_failure.clear();
    LiveServer *srv = m_server.get();
    connect(srv, &LiveServer::devicesChanged, this, &LiveSession::refreshDevices);
    connect(srv, &LiveServer::deviceCountChanged, this, &LiveSession::refreshDevices);
    connect(srv, &LiveServer::heldIdeasChanged, this, &LiveSession::refreshHeld);
    connect(srv, &LiveServer::pausedChanged, this, &LiveSession::updateState);
    connect(srv, &LiveServer::problem, m_window->workspace(), &Workspace::reportError);
    connect(srv, &LiveServer::runningChanged, this, [this](bool running) {
        if (!running)
            onServerStopped();
    });

    ensureDock();
    const QUrl url = m_server->joinUrl();
    m_panel->setJoinInfo(joinAddress(), url.toString(), m_server->joinCode());
    m_panel->setModeration(moderation);
    m_panel->setReportPublished({});
    refreshDevices();
    refreshHeld();
    m_dock->show();
    m_dock->raise();
    updateState();
    Q_EMIT runningChanged(true);
    return true;
}

void LiveSession::stop()
{
    if (!m_server)
        return;
    setJoinInfoInPresenter(false);
    // Quietly: stopping on purpose is not a failure.
    disconnect(m_server.get(), nullptr, this, nullptr);
    disconnect(m_server.get(), nullptr, m_window->workspace(), nullptr);
    m_server->stop();
    m_server.reset();
    m_document = nullptr;
    m_failure.clear();
    if (m_dock)
        m_dock->hide();
    updateState();
    Q_EMIT runningChanged(false);
}

void LiveSession::requestStop()
{
    if (m_server && isRunning()) {
        if (const auto held = m_server->heldIdeas().size(); held > 0) {
            const auto answer = MessageBox::question(
                m_window, tr("Stop Live Session"),
                tr("%n idea(s) from devices still wait for your approval. They stay in the workshop, hidden; you "
                   "can reveal them from the board later. Stop the live session?",
                   nullptr, int(held)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
        }
    }
    stop();
}

bool LiveSession::isRunning() const
{
    return m_server && m_server->isRunning();
}

void LiveSession::onServerStopped()
{
    m_failure = tr("The live session stopped: devices cannot reach it. Start it again from the Session menu.");
    setJoinInfoInPresenter(false);
    updateState();
    m_window->workspace()->reportError(m_failure);
}

QString LiveSession::joinAddress() const
{
    if (!m_server)
        return {};
    QUrl u = m_server->joinUrl();
    u.setQuery(QString());
    if (u.path() == QLatin1StringView("/"))
        u.setPath(QString());
    return u.toString();
}

void LiveSession::refreshDevices()
{
    if (!m_panel || !m_server)
        return;
    QList<LiveDeviceRow> rows;
    const auto devices = m_server->devices();
    for (const LiveServer::Device &d : devices)
        rows << LiveDeviceRow{d.label, d.label, d.name, d.connected, d.blocked};
    m_panel->setDevices(rows);
    updateState();
}

void LiveSession::refreshHeld()
{
    if (!m_panel || !m_server)
        return;
    QList<LiveHeldRow> rows;
    const auto held = m_server->heldIdeas();
    for (const LiveServer::HeldIdea &h : held)
        rows << LiveHeldRow{h.id.toString(QUuid::WithoutBraces), h.text, h.device};
    m_panel->setHeld(rows);
}

void LiveSession::updateState()
{
    const Document *doc = m_window->workspace()->document();
    const bool running = isRunning();
    const bool paused = running && m_server->isPaused();
    m_start->setEnabled(doc && !doc->isReadOnly() && !running);
    m_stop->setEnabled(m_server != nullptr);
    m_pause->setEnabled(running);
    m_joinInfo->setEnabled(running);
    m_showPanel->setEnabled(m_server != nullptr);
    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    if (m_panel) {
        if (running)
            m_panel->setState(paused ? LivePanel::State::Paused : LivePanel::State::Running);
        else
            m_panel->setState(m_failure.isEmpty() ? LivePanel::State::Stopped : LivePanel::State::Failed, m_failure);
    }
    if (running || !m_failure.isEmpty()) {
        const int n = running ? m_server->deviceCount() : 0;
        m_status->setText(!running ? tr("Live session stopped")
                          : paused ? tr("Live, paused: %n device(s)", nullptr, n)
                                   : tr("Live: %n device(s) connected", nullptr, n));
        m_status->show();
    } else {
        m_status->hide();
    }
}

void LiveSession::setPaused(bool paused)
{
    if (!isRunning())
        return;
    if (m_server->isPaused() != paused)
        m_server->setPaused(paused);
    updateState();
}

void LiveSession::setJoinInfoInPresenter(bool shown)
{
    shown = shown && isRunning();
    {
        const QSignalBlocker block(m_joinInfo);
        m_joinInfo->setChecked(shown);
    }
    if (m_panel)
        m_panel->setPresenterShown(shown);
    if (shown) {
        if (!m_window->presenter() || !m_window->presenter()->isVisible())
            m_window->setPresenterVisible(true);
        const QString url = m_server->joinUrl().toString();
        m_window->presenter()->showJoinInfo(url, m_server->joinCode(), QrCode::encode(url).image(1));
    } else if (PresenterWindow *p = m_window->presenter()) {
        p->hideJoinInfo();
    }
}

void LiveSession::approve(const QStringList &ids)
{
    if (!m_server)
        return;
    for (const QString &id : ids)
        if (const Status s = m_server->approve(QUuid(id)); !s)
            m_window->workspace()->reportError(s.error());
    refreshHeld();
}

void LiveSession::reject(const QStringList &ids)
{
    if (!m_server)
        return;
    for (const QString &id : ids)
        if (const Status s = m_server->reject(QUuid(id)); !s)
            m_window->workspace()->reportError(s.error());
    refreshHeld();
}

void LiveSession::approveAll()
{
    if (!m_server)
        return;
    QStringList ids;
    const auto held = m_server->heldIdeas();
    for (const LiveServer::HeldIdea &h : held)
        ids << h.id.toString(QUuid::WithoutBraces);
    approve(ids);
}

void LiveSession::copyAddress()
{
    if (!m_server)
        return;
    const QString url = m_server->joinUrl().toString();
    QGuiApplication::clipboard()->setText(url);
    m_window->statusBar()->showMessage(tr("Copied %1").arg(url), 5000);
}

void LiveSession::publishReport()
{
    Document *doc = m_window->workspace()->document();
    if (!isRunning() || !doc || m_publishThread)
        return;
    // The workshop's languages that reports come in; at least the main one.
    QStringList languages;
    const auto declared = doc->data().workshop().languages.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &l : declared)
        if (const QString code = l.trimmed(); i18n::supportedLanguages().contains(code) && !languages.contains(code))
            languages << code;
    if (languages.isEmpty())
        languages << defaultReportLanguage(doc->data());
    QStringList names;
    for (const QString &l : std::as_const(languages))
        names << (l == QLatin1StringView("en") ? QStringLiteral("English") : i18n::nativeName(l));
    const auto answer = MessageBox::question(
        m_window, tr("Publish Report"),
        tr("Make the PDF report (%1) and let every device in the session download it? Anonymous ideas carry "
           "no name; names appear only where participants agreed.")
            .arg(names.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_reports)
        m_reports = std::make_unique<QTemporaryDir>();
    if (!m_reports->isValid()) {
        Q_EMIT reportFailed(tr("There is no room for the report in the temporary folder."));
        return;
    }
    // The worker exports from its own copy: the session goes on meanwhile.
    auto data = std::make_shared<WorkshopData>(doc->data());
    auto results = std::make_shared<QList<Status>>();
    QList<QPair<QString, QString>> files;
    for (const QString &l : std::as_const(languages))
        files << qMakePair(l, QDir(m_reports->path()).filePath(QStringLiteral("report-%1.pdf").arg(l)));
    m_publishThread = QThread::create([data, results, files] {
        for (const auto &[language, path] : files) {
            ExportOptions o;
            o.format = QStringLiteral("pdf");
            o.output = path;
            o.language = language;
            o.threads = 2;
            results->append(exportWorkshop(*data, {}, o));
        }
    });
    m_publishThread->setParent(this); // waited for and deleted with the session
    if (m_panel)
        m_panel->setPublishing(true);
    connect(m_publishThread, &QThread::finished, this, [this, results, files, languages] {
        m_publishThread->deleteLater();
        m_publishThread = nullptr;
        if (m_panel)
            m_panel->setPublishing(false);
        for (const Status &s : std::as_const(*results))
            if (!s) {
                m_window->workspace()->reportError(s.error());
                if (m_panel)
                    m_panel->setReportPublished({});
                Q_EMIT reportFailed(s.error());
                return;
            }
        if (!m_server) {
            Q_EMIT reportFailed(tr("The live session stopped before the report was ready."));
            return;
        }
        m_server->unpublishReports();
        for (const auto &[language, path] : files)
            m_server->publishReport(language, path);
        if (m_panel)
            m_panel->setReportPublished(languages);
        m_window->statusBar()->showMessage(tr("The report is ready for the devices."), 8000);
        Q_EMIT reportPublished(languages);
    });
    m_publishThread->start();
}

} // namespace pamoja
