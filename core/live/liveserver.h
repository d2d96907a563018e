#pragma once

// The live participant server: participants' phones join with a short code and send ideas and dots,
// which go through Document::apply() like every other change. One class for the window's live panel
// and for `pamoja serve`. Off until start(); binds only to the address it is given. The HTTP routes,
// limits and error bodies are documented in docs/http-api.md.

#include "result.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace pamoja {

class Document;

// Caps and timeouts. The defaults are what a room of phones needs; tests shorten the timeouts and
// benchmarks raise the rate.
struct LiveLimits
{
    int maxHeaderBytes = 8 * 1024;      // request line and headers together
    int maxHeaderCount = 64;
    qint64 maxBodyBytes = 16 * 1024;    // any request body
    int maxTextChars = 2000;            // an idea's text, a name
    int maxConnections = 512;           // open TCP connections in total
    int maxConnectionsPerAddress = 24;  // per client address (not applied to the trusted proxy)
    int maxDevices = 400;               // joined devices per session
    int idleTimeoutMs = 30 * 1000;      // a keep-alive connection with no request in progress
    int requestTimeoutMs = 10 * 1000;   // from the first byte of a request to its last (slowloris)
    double submitRatePerSecond = 1.0;   // per device: ideas, edits, votes (token bucket)
    int submitBurst = 10;
    double joinRatePerSecond = 2.0;     // per client address
    int joinBurst = 20;
    int presenceTimeoutMs = 90 * 1000;  // a device counts as connected this long after its last request
    int eventCoalesceMs = 100;          // change notifications to devices at most this often
};

struct LiveConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;              // 0: any free port
    QString joinCode;              // empty: a new random code
    QHostAddress trustedProxy;     // null: X-Forwarded-For/-Proto are ignored
    QString publicUrl;             // optional: the address devices use (behind a proxy), e.g. https://x.org
    bool moderation = false;       // device ideas are held until the facilitator approves them
    LiveLimits limits;
};

class LiveServer : public QObject
{
    Q_OBJECT

public:
    struct Device
    {
        QString label;       // "device 7": the actor in the history
        QString name;        // the name or alias shown to the facilitator
        QUuid participantId;
        QDateTime lastSeen;
        bool blocked = false;
        bool connected = false; // seen within presenceTimeoutMs or holding an event socket
    };
    struct HeldIdea
    {
        QUuid id;
        QString text;
        QString language;
        QString device;      // label; only in memory, never stored with an anonymous idea
        QDateTime received;
    };

    // The document must outlive the server.
    explicit LiveServer(Document *document, QObject *parent = nullptr);
    ~LiveServer() override;

    Status start(const LiveConfig &config);
    void stop(); // closes every connection; everything acknowledged is already committed
    bool isRunning() const;

    QString joinCode() const;
    QUrl joinUrl() const; // http://ADDRESS:PORT/?code=CODE (or the public URL)
    QHostAddress address() const;
    quint16 port() const;
    const LiveConfig &config() const;

    int deviceCount() const; // connected devices
    QList<Device> devices() const;
    void blockDevice(const QString &label); // refuses its token from now on and closes its sockets

    bool isPaused() const;
    void setPaused(bool paused); // submissions answer 423 while paused; reading still works

    bool isModerated() const;
    void setModerated(bool on);
    // Held ideas are committed hidden (so nothing acknowledged is lost) and listed here until the
    // facilitator approves (shown on the board) or rejects (removed) them.
    QList<HeldIdea> heldIdeas() const;
    Status approve(const QUuid &ideaId);
    Status reject(const QUuid &ideaId);

    // Devices may download the report: language code -> a PDF file the facilitator wrote.
    void publishReport(const QString &language, const QString &pdfPath);
    void unpublishReports();
    QStringList publishedReportLanguages() const;

Q_SIGNALS:
    void runningChanged(bool running);
    void deviceCountChanged(int count);
    void devicesChanged();
    void pausedChanged(bool paused);
    void heldIdeasChanged();
    // Something the facilitator should know (a device's change the file refused to store).
    void problem(const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace pamoja
