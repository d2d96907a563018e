#pragma once

// The live server's own TCP front: a QTcpServer subclass that owns every connection, so the caps and
// timeouts of docs/http-api.md hold before a byte is parsed: connections in total and per address,
// an idle timeout between requests, a deadline for a whole request (slowloris), and
// LowDelayOption per socket (a page and its headers go out in one write, without Nagle's delay).

#include "httprequestparser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QWebSocketServer;
class QWebSocket;
QT_END_NAMESPACE

namespace pamoja {

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers
    bool upgradeToWebSocket = false;              // hand the connection to the WebSocket server
    bool close = false;                           // close after this answer

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse error(int status, const QString &message);
};

struct HttpClient
{
    QHostAddress peer;    // the TCP peer
    QHostAddress address; // the client: X-Forwarded-For when the peer is the trusted proxy
    bool https = false;   // X-Forwarded-Proto: https from the trusted proxy
};

struct HttpListenerLimits
{
    int maxHeaderBytes = 8 * 1024;
    int maxHeaderCount = 64;
    qint64 maxBodyBytes = 16 * 1024;
    int maxConnections = 512;
    int maxConnectionsPerAddress = 24;
    int idleTimeoutMs = 30 * 1000;
    int requestTimeoutMs = 10 * 1000;
    int sliceMs = 8; // requests are handled in slices of this much time, so the window stays responsive
};

QByteArray reasonPhrase(int status);
// gzip (RFC 1952) through zlib; empty on failure.
QByteArray gzipCompress(const QByteArray &data);

class HttpListener : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &, const HttpClient &)>;

    explicit HttpListener(QObject *parent = nullptr);
    ~HttpListener() override;

    void setLimits(const HttpListenerLimits &limits) { m_limits = limits; }
    void setTrustedProxy(const QHostAddress &proxy) { m_trustedProxy = proxy; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Receives the connections a handler answered with upgradeToWebSocket.
    QWebSocketServer *webSocketServer() const { return m_webSockets; }

    int connectionCount() const { return int(m_connections.size()); }
    void closeAll();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection;
    void onReadyRead(Connection *c);
    void process(Connection *c);
    void drain();
    void arm(Connection *c);
    void drop(Connection *c);
    void respond(Connection *c, const HttpResponse &r, bool keepAlive, bool headOnly = false);
    HttpClient clientOf(const Connection *c, const HttpRequest &r) const;

    HttpListenerLimits m_limits;
    QHostAddress m_trustedProxy;
    Handler m_handler;
    QWebSocketServer *m_webSockets = nullptr;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<QHostAddress, int> m_perAddress;
    QList<QTcpSocket *> m_ready; // connections with bytes to handle, in arrival order
    QTimer m_drain;
};

} // namespace pamoja
