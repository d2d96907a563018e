// bench_scale's simulated participants (scaleclients.h): the HTTP/1.1 client, the devices that send
// ideas and the observers that poll each instance's participant state.
#include "scaleclients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace pamoja::bench {

QElapsedTimer g_scaleClock;
QAtomicInt g_scaleReconnects = 0;

double scaleNow()
{
    return double(g_scaleClock.nsecsElapsed()) / 1e6;
}

namespace {

QHostAddress scaleAddress(int n)
{
    return QHostAddress(QStringLiteral("127.1.%1.%2").arg(n / 250).arg(n % 250 + 1));
}

int scaleRetryAfterMs(const QByteArray &head)
{
    const qsizetype at = head.indexOf("Retry-After: ");
    const int s = at < 0 ? 1 : head.mid(at + 13, head.indexOf("\r\n", at) - at - 13).toInt();
    return std::max(1, s) * 1000;
}

} // namespace

// --- ScaleClient -------------------------------------------------------------------------------

ScaleClient::ScaleClient(const QHostAddress &from, quint16 port) : m_from(from), m_port(port)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onRead(); });
    connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { broken(); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { broken(); });
}

void ScaleClient::send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       std::function<void(int, const QByteArray &, const QByteArray &)> answer)
{
    m_answer = std::move(answer);
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: bench\r\n";
    if (!body.isEmpty())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!m_token.isEmpty())
        r += "Authorization: Bearer " + m_token + "\r\n";
    m_request = r + "\r\n" + body;
    m_started = scaleNow();
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.write(m_request);
    else if (m_socket.state() != QAbstractSocket::ConnectingState && m_socket.state() != QAbstractSocket::HostLookupState && !m_retrying) {
        m_socket.abort();
        open();
    }
}

void ScaleClient::onRead()
{
    m_buffer += m_socket.readAll();
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = m_buffer.left(end + 2);
    qint64 length = 0;
    if (const qsizetype cl = head.indexOf("Content-Length: "); cl >= 0)
        length = head.mid(cl + 16, head.indexOf("\r\n", cl) - cl - 16).toLongLong();
    if (m_buffer.size() < end + 4 + length)
        return;
    const int status = m_buffer.mid(9, 3).toInt();
    const QByteArray body = m_buffer.mid(end + 4, length);
    m_buffer.remove(0, end + 4 + length);
    auto answer = std::move(m_answer);
    if (answer)
        answer(status, body, head);
}

void ScaleClient::open()
{
    m_buffer.clear();
    m_socket.bind(m_from);
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
}

void ScaleClient::broken()
{
    if (!m_answer || m_retrying)
        return;
    m_retrying = true;
    g_scaleReconnects.fetchAndAddRelaxed(1);
    QTimer::singleShot(200, this, [this] {
        m_retrying = false;
        m_socket.abort();
        open();
    });
}

// --- ScaleDevice -------------------------------------------------------------------------------

ScaleDevice::ScaleDevice(int n, int instance, quint16 port, int ideas, ScaleShared *shared)
    : m_n(n), m_instance(instance), m_ideas(ideas), m_shared(shared), m_client(scaleAddress(n), port)
{
    join();
}

void ScaleDevice::join()
{
    m_client.send("POST", "/api/join", R"({"code":")" + ScaleCode + R"(","name":"Device )" + QByteArray::number(m_n) + R"("})",
                  [this](int status, const QByteArray &body, const QByteArray &head) {
                      if (status == 429) {
                          QTimer::singleShot(scaleRetryAfterMs(head), this, [this] { join(); });
                          return;
                      }
                      m_client.m_token = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toString().toLatin1();
                      if (m_client.m_token.isEmpty()) {
                          QMutexLocker l(&m_shared->lock);
                          ++m_shared->refused;
                          ++m_shared->devicesDone;
                          return;
                      }
                      next();
                  });
}

void ScaleDevice::next()
{
    QMutexLocker l(&m_shared->lock);
    if (m_sent >= m_ideas || m_shared->stopSending) {
        ++m_shared->devicesDone;
        return;
    }
    l.unlock();
    m_id = QUuid::createUuid();
    m_text = QStringLiteral("Idea %1 from device %2").arg(m_sent + 1).arg(m_n);
    ++m_sent;
    submit();
}

void ScaleDevice::submit()
{
    const QByteArray body = R"({"id":")" + m_id.toString(QUuid::WithoutBraces).toLatin1() + R"(","text":")" + m_text.toUtf8() + R"("})";
    m_client.send("POST", "/api/ideas", body, [this](int status, const QByteArray &, const QByteArray &head) {
        const double now = scaleNow();
        QMutexLocker l(&m_shared->lock);
        if (status == 429) {
            ++m_shared->retried;
            l.unlock();
            QTimer::singleShot(scaleRetryAfterMs(head), this, [this] { submit(); });
            return;
        }
        m_shared->ackLatency.append(now - m_client.started());
        if (status == 200) {
            m_shared->ackedAt.insert(m_id, now);
            m_shared->ackedBy.insert(m_id, m_instance);
            m_shared->ackedText.insert(m_id, m_text);
        } else {
            ++m_shared->refused;
        }
        l.unlock();
        next();
    });
}

// --- ScaleObserver -----------------------------------------------------------------------------

ScaleObserver::ScaleObserver(int n, int instance, quint16 port, ScaleShared *shared)
    : m_instance(instance), m_shared(shared), m_client(scaleAddress(n), port)
{
    join();
}

void ScaleObserver::join()
{
    // A name of its own: the instances share the device sessions, and a second "Observer" is
    // refused like a second participant of the same name (why one run lost an observer).
    m_client.send("POST", "/api/join", R"({"code":")" + ScaleCode + R"(","name":"Observer )" + QByteArray::number(m_instance + 1) + R"("})",
                  [this](int status, const QByteArray &body, const QByteArray &head) {
                      m_client.m_token = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toString().toLatin1();
                      if (m_client.m_token.isEmpty()) {
                          // Said once per observer, so a refusal is explained, not only counted.
                          if (!m_failureShown) {
                              m_failureShown = true;
                              std::fprintf(stderr, "bench_scale: observer %d could not join: %d %s\n", m_instance, status, body.left(200).constData());
                          }
                          QMutexLocker l(&m_shared->lock);
                          ++m_shared->observerFailures;
                          l.unlock();
                          QTimer::singleShot(status == 429 ? scaleRetryAfterMs(head) : 1000, this, [this] { join(); });
                          return;
                      }
                      QMutexLocker l(&m_shared->lock);
                      m_shared->observerToken[m_instance] = m_client.m_token;
                      l.unlock();
                      poll();
                  });
}

void ScaleObserver::poll()
{
    if (m_stopped)
        return;
    m_client.send("GET", "/api/state?since=" + QByteArray::number(m_version), {}, [this](int status, const QByteArray &body, const QByteArray &) {
        ++polls;
        if (status != 200 && status != 204) {
            QMutexLocker l(&m_shared->lock);
            ++m_shared->observerFailures;
        }
        if (status == 200) {
            const double now = scaleNow();
            const QJsonObject state = QJsonDocument::fromJson(body).object();
            m_version = state.value(QStringLiteral("version")).toInteger();
            const QJsonObject board = state.value(QStringLiteral("board")).toObject();
            QList<QUuid> ids;
            for (const QJsonValue &c : board.value(QStringLiteral("clusters")).toArray())
                for (const QJsonValue &i : c.toObject().value(QStringLiteral("ideas")).toArray())
                    ids.append(QUuid(i.toObject().value(QStringLiteral("id")).toString()));
            for (const QJsonValue &i : board.value(QStringLiteral("loose")).toArray())
                ids.append(QUuid(i.toObject().value(QStringLiteral("id")).toString()));
            QMutexLocker l(&m_shared->lock);
            for (const QUuid &id : ids)
                if (!m_shared->seen[m_instance].contains(id))
                    m_shared->seen[m_instance].insert(id, now);
        }
        // The next poll 50 ms after the answer: the resolution of "visible"; a full state of 3,000 ideas
        // is built by the server for each, so polling faster would load it more than real devices do
        // (they fetch after a WebSocket event, at most one per 100 ms).
        QTimer::singleShot(50, this, [this] { poll(); });
    });
}

// --- A board read once -------------------------------------------------------------------------

int scaleBoardSize(quint16 port, const QByteArray &token)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!s.waitForConnected(5000))
        return -1;
    s.write("GET /api/state HTTP/1.1\r\nHost: bench\r\nConnection: close\r\nAuthorization: Bearer " + token + "\r\n\r\n");
    QByteArray answer;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(10000))
        answer += s.readAll();
    answer += s.readAll();
    const QJsonObject board = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object().value(QStringLiteral("board")).toObject();
    if (board.isEmpty())
        return -1;
    qsizetype n = board.value(QStringLiteral("loose")).toArray().size();
    for (const QJsonValue &c : board.value(QStringLiteral("clusters")).toArray())
        n += c.toObject().value(QStringLiteral("ideas")).toArray().size();
    return int(n);
}

} // namespace pamoja::bench
