#pragma once

// bench_scale's simulated participants: the devices that send ideas, the observers that poll each
// instance's participant state, the HTTP/1.1 client both use, and what they fill for the report.

#include <QAtomicInt>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTcpSocket>
#include <QUuid>

#include <functional>

namespace pamoja::bench {

constexpr int ScaleInstances = 3;
inline const QByteArray ScaleCode = "ACD347";

// Milliseconds since the run began, readable from every thread.
extern QElapsedTimer g_scaleClock;
double scaleNow();

// What the client thread and the main thread both fill, under one lock.
struct ScaleShared
{
    QMutex lock;
    QHash<QUuid, double> ackedAt;      // idea -> acknowledged (ms)
    QHash<QUuid, int> ackedBy;         // idea -> instance it was sent to
    QHash<QUuid, QString> ackedText;
    QList<double> ackLatency;          // from the request's first byte to the answer
    QHash<QUuid, double> seen[ScaleInstances]; // idea -> first in that instance's state (ms)
    int refused = 0;                   // other than 429
    int observerFailures = 0;          // an observer's join or state request that was not answered 200/204
    int retried = 0;                   // 429, sent again after Retry-After
    int devicesDone = 0;
    bool stopSending = false;          // the sending window is over: devices finish what they sent
    QByteArray observerToken[ScaleInstances];
};

// Connections that broke (refused, reset, closed by the server) with a request unanswered: the
// request is sent again on a new connection (the same idea id: idempotent). Counted in the table.
extern QAtomicInt g_scaleReconnects;

// One HTTP/1.1 keep-alive connection, one request at a time, from a loopback address of its own.
class ScaleClient : public QObject
{
public:
    ScaleClient(const QHostAddress &from, quint16 port);
    // answer(status, body, headers)
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
              std::function<void(int, const QByteArray &, const QByteArray &)> answer);
    double started() const { return m_started; }
    QByteArray m_token;

private:
    void onRead();
    void open();
    void broken();

    QHostAddress m_from;
    quint16 m_port;
    QTcpSocket m_socket;
    bool m_retrying = false;
    QByteArray m_buffer, m_request;
    double m_started = 0;
    std::function<void(int, const QByteArray &, const QByteArray &)> m_answer;
};

// A device: joins its instance, then sends its ideas one after another.
class ScaleDevice : public QObject
{
public:
    ScaleDevice(int n, int instance, quint16 port, int ideas, ScaleShared *shared);

private:
    void join();
    void next();
    void submit();

    int m_n, m_instance, m_ideas;
    ScaleShared *m_shared;
    ScaleClient m_client;
    QUuid m_id;
    QString m_text;
    int m_sent = 0;
};

// One more device per instance that only reads its participant state, one request after the other,
// and notes when each idea first appears on the board.
class ScaleObserver : public QObject
{
public:
    ScaleObserver(int n, int instance, quint16 port, ScaleShared *shared);
    void stop() { m_stopped = true; }
    int polls = 0;

private:
    bool m_failureShown = false;
    void join();
    void poll();

    int m_instance;
    ScaleShared *m_shared;
    ScaleClient m_client;
    qint64 m_version = -1;
    bool m_stopped = false;
};

// The number of ideas on an instance's board now (a full GET /api/state, blocking), -1 on failure.
int scaleBoardSize(quint16 port, const QByteArray &token);

} // namespace pamoja::bench
