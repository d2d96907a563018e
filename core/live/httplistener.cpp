#include "httplistener.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QWebSocketServer>

#include <zlib.h>

namespace pamoja {

// A child of its socket, so it lives exactly as long as the socket (also after a WebSocket takes it).
struct HttpListener::Connection : QObject
{
    QTcpSocket *socket = nullptr;
    HttpRequestParser parser;
    QTimer timer;
    QHostAddress address;
    bool inTransaction = false;
    bool requestStarted = false; // the request deadline runs
    bool sentContinue = false;
    bool closing = false;

    Connection(const HttpListenerLimits &l, QTcpSocket *s)
        : QObject(s), socket(s), parser(l.maxHeaderBytes, l.maxHeaderCount, l.maxBodyBytes)
    {
    }
};

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 204: return "No Content";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 423: return "Locked";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream z{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's (qCompress writes zlib).
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(data.size()))) + 32);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const auto written = qsizetype(z.total_out);
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

HttpListener::HttpListener(QObject *parent)
    : QTcpServer(parent),
      m_webSockets(new QWebSocketServer(QStringLiteral("pamoja"), QWebSocketServer::NonSecureMode, this))
{
    m_drain.setSingleShot(true);
    connect(&m_drain, &QTimer::timeout, this, [this] { drain(); });
}

HttpListener::~HttpListener()
{
    closeAll();
}

void HttpListener::closeAll()
{
    const auto conns = m_connections.values();
    for (Connection *c : conns) {
        c->socket->abort();
        drop(c);
    }
}

void HttpListener::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const bool proxy = !m_trustedProxy.isNull() && peer.isEqual(m_trustedProxy, QHostAddress::TolerantConversion);
    if (m_connections.size() >= m_limits.maxConnections ||
        (!proxy && m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress)) {
        // Over a cap: a short answer, then the door closes. Nothing is read.
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\nRetry-After: 5\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, &QObject::deleteLater);
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The socket buffers at most one request of the largest allowed size (plus slack).
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 4096);
    auto *c = new Connection(m_limits, socket);
    c->address = peer;
    c->timer.setSingleShot(true);
    m_connections.insert(socket, c);
    m_perAddress[peer] += 1;
    connect(&c->timer, &QTimer::timeout, socket, [this, c] {
        // Idle, or a request that did not arrive in time: close without a word (a slow sender is
        // not owed an answer), but a started request gets a 408 for honest clients.
        if (c->requestStarted && !c->closing) {
            HttpResponse r = HttpResponse::error(408, QStringLiteral("The request took too long."));
            respond(c, r, false);
            return;
        }
        c->socket->abort();
        drop(c);
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
    connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
    arm(c);
}

void HttpListener::arm(Connection *c)
{
    if (c->parser.inProgress()) {
        if (!c->requestStarted) {
            c->requestStarted = true;
            c->timer.start(m_limits.requestTimeoutMs);
        }
    } else {
        c->requestStarted = false;
        c->sentContinue = false;
        c->timer.start(m_limits.idleTimeoutMs);
    }
}

void HttpListener::drop(Connection *c)
{
    if (!m_connections.remove(c->socket))
        return;
    m_ready.removeAll(c->socket);
    if (--m_perAddress[c->address] <= 0)
        m_perAddress.remove(c->address);
    c->timer.stop();
    c->socket->disconnect(this);
    c->socket->deleteLater();
}

HttpClient HttpListener::clientOf(const Connection *c, const HttpRequest &r) const
{
    HttpClient client;
    client.peer = c->address;
    client.address = c->address;
    if (!m_trustedProxy.isNull() && c->address.isEqual(m_trustedProxy, QHostAddress::TolerantConversion)) {
        // The proxy appends the address it saw last; only that entry is the proxy's own knowledge.
        const QByteArray xff = r.header("x-forwarded-for");
        const QByteArray last = xff.split(',').last().trimmed();
        QHostAddress forwarded;
        if (!last.isEmpty() && forwarded.setAddress(QString::fromLatin1(last)))
            client.address = forwarded;
        client.https = r.header("x-forwarded-proto").trimmed().toLower() == "https";
    }
    return client;
}

// A burst of 300 phones must not freeze the window for the time all their requests take: readyRead
// only queues the connection, and drain() handles queued connections for at most sliceMs before it
// lets the event loop paint and take input (measured by bench_live's busy-stretch probe).
void HttpListener::onReadyRead(Connection *c)
{
    if (c->closing || m_ready.contains(c->socket))
        return;
    m_ready.append(c->socket);
    if (!m_drain.isActive())
        m_drain.start(0);
}

void HttpListener::drain()
{
    QElapsedTimer slice;
    slice.start();
    while (!m_ready.isEmpty() && slice.elapsed() < m_limits.sliceMs) {
        QTcpSocket *socket = m_ready.takeFirst();
        if (Connection *c = m_connections.value(socket))
            process(c);
    }
    if (!m_ready.isEmpty())
        m_drain.start(0);
}

void HttpListener::process(Connection *c)
{
    if (c->closing)
        return;
    QTcpSocket *socket = c->socket;
    // A WebSocket handshake must be handed over unread; a transaction lets us give the bytes back.
    if (!c->inTransaction && !c->parser.inProgress()) {
        socket->startTransaction();
        c->inTransaction = true;
    }
    bool firstInTransaction = c->inTransaction;
    auto state = c->parser.feed(socket->readAll());
    while (state == HttpRequestParser::State::Complete) {
        HttpRequest request = c->parser.take();
        state = c->parser.state();
        const HttpClient client = clientOf(c, request);
        HttpResponse response = m_handler ? m_handler(request, client) : HttpResponse::error(503, QString());
        if (response.upgradeToWebSocket) {
            if (firstInTransaction && state == HttpRequestParser::State::NeedMore && !c->parser.inProgress()) {
                socket->rollbackTransaction();
                c->inTransaction = false;
                m_connections.remove(socket);
                if (--m_perAddress[c->address] <= 0)
                    m_perAddress.remove(c->address);
                socket->disconnect(this);
                c->timer.stop();
                m_webSockets->handleConnection(socket);
                Q_EMIT socket->readyRead();
                return;
            }
            response = HttpResponse::error(400, QStringLiteral("Open the event stream on a fresh connection."));
            response.close = true;
        }
        firstInTransaction = false;
        if (c->inTransaction) {
            socket->commitTransaction();
            c->inTransaction = false;
        }
        respond(c, response, request.keepAlive && !response.close, request.method == "HEAD");
        if (c->closing)
            return;
    }
    if (state == HttpRequestParser::State::Error) {
        if (c->inTransaction) {
            socket->commitTransaction();
            c->inTransaction = false;
        }
        respond(c, HttpResponse::error(c->parser.errorStatus(), QString::fromLatin1(c->parser.errorMessage())), false);
        return;
    }
    if (c->inTransaction && !c->parser.inProgress()) {
        socket->commitTransaction();
        c->inTransaction = false;
    }
    if (c->parser.wantsContinue() && !c->sentContinue) {
        c->sentContinue = true;
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    arm(c);
}

void HttpListener::respond(Connection *c, const HttpResponse &r, bool keepAlive, bool headOnly)
{
    QByteArray out;
    out.reserve(r.body.size() + 600);
    out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    bool hasCache = false, hasCsp = false;
    for (const auto &h : r.headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasCache = hasCache || h.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
        hasCsp = hasCsp || h.first.compare("Content-Security-Policy", Qt::CaseInsensitive) == 0;
    }
    if (!r.body.isEmpty() || r.status != 204)
        out += "Content-Type: " + r.contentType + "\r\n";
    if (r.status != 204 && r.status != 304)
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    if (!hasCache)
        out += "Cache-Control: no-store\r\n";
    if (!hasCsp)
        out += "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'\r\n";
    out += "X-Content-Type-Options: nosniff\r\n"
           "X-Frame-Options: DENY\r\n"
           "Referrer-Policy: no-referrer\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (!headOnly)
        out += r.body;
    c->socket->write(out);
    if (!keepAlive) {
        c->closing = true;
        c->timer.start(2000); // a peer that does not read its answer is cut off
        c->socket->disconnectFromHost(); // after the answer is written
    }
}

} // namespace pamoja
