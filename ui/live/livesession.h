#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTemporaryDir;
class QThread;

namespace pamoja {

class Document;
class LivePanel;
class LiveServer;
class LiveSessionDialog;
class MainWindow;

// The facilitator's side of a live session: Session > Start Live Session... (the dialog), the server's
// lifetime, the "Live session" dock, the status bar, the join card in the presenter view and
// publishing the report. Devices change the workshop only through the server, which applies through
// Document::apply(), so the board and panels follow by themselves through Document::changed.
class LiveSession : public QObject
{
    Q_OBJECT

public:
    explicit LiveSession(MainWindow *window);
    ~LiveSession() override;

    // Start, Stop, Pause, Show Join Info in Presenter and the panel, with their shortcuts.
    void addActions(QMenu *menu);
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *pauseAction() const { return m_pause; }
    QAction *joinInfoAction() const { return m_joinInfo; }

    // Opens the dialog without blocking (it stays open while the server cannot start).
    void showStartDialog();
    LiveSessionDialog *dialog() const;
    // Starts directly (the dialog calls this); on failure returns false with the reason in *error.
    bool start(const QHostAddress &address, int port, bool moderation, QString *error);
    void stop();
    // Stop as the facilitator asks for it: first asks when ideas still wait for approval.
    void requestStop();
    bool isRunning() const;
    LiveServer *server() const { return m_server.get(); }
    LivePanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QLabel *statusLabel() const { return m_status; }

    void setPaused(bool paused);
    void setJoinInfoInPresenter(bool shown);
    // Asks, exports the PDF report in each language of the workshop off the GUI thread, then lets
    // devices download it. Emits reportPublished or reportFailed.
    void publishReport();
    bool isPublishing() const { return m_publishThread != nullptr; }

Q_SIGNALS:
    void runningChanged(bool running);
    void reportPublished(const QStringList &languages);
    void reportFailed(const QString &message);

private:
    void ensureDock();
    void refreshDevices();
    void refreshHeld();
    void updateState();
    void onServerStopped();
    void approve(const QStringList &ids);
    void reject(const QStringList &ids);
    void approveAll();
    void copyAddress();
    QString joinAddress() const;

    MainWindow *m_window;
    std::unique_ptr<LiveServer> m_server;
    QPointer<Document> m_document;
    QPointer<LiveSessionDialog> m_dialog;
    QDockWidget *m_dock = nullptr;
    LivePanel *m_panel = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_joinInfo = nullptr;
    QAction *m_showPanel = nullptr;
    QString m_failure;
    std::unique_ptr<QTemporaryDir> m_reports;
    QThread *m_publishThread = nullptr;
};

} // namespace pamoja
