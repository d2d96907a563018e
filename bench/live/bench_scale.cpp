// bench_scale: one workshop in PostgreSQL, three `pamoja serve` processes on it and two facilitator
// windows (MainWindow, offscreen) in this process; 300 simulated devices, each pinned to one
// instance (round-robin), send their ideas over HTTP while the windows add a facilitator idea every
// half second. Measured: acknowledged submissions per second, acknowledgement latency, and for each
// idea the time from its acknowledgement until it is in the OTHER instances' participant state
// (GET /api/state, polled by one observer device per instance) and in the two windows (their
// Document's changed(), which the board follows). At the end every acknowledged idea is looked up in the database: lost and
// duplicated are counted, never assumed.
//
//   bench_scale [--devices 300] [--ideas 10] [--seconds 120]   (devices stop sending after --seconds)
//
// Needs PAMOJA_TEST_POSTGRES (scripts/bench starts a throwaway cluster). Each device connects from a
// loopback address of its own (127.1.x.y), as phones on a network do, so the per-address connection
// and join limits apply per device; `serve` has no options for its limits and runs with its defaults
// (10 submissions at once per device, then 1 a second: a device that is told 429 waits Retry-After
// and sends the same id again).

#include "document.h"
#include "mainwindow.h"
#include "workspace.h"
#include "edits.h"
#include "process/processsetup.h"
#include "store/schemapostgres.h"
#include "store/workshoplocation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace pamoja;

namespace {

constexpr int ScaleInstances = 3;
const QByteArray ScaleCode = "ACD347";

// Milliseconds since the run began, readable from every thread.
QElapsedTimer g_scaleClock;
double scaleNow()
{
    return double(g_scaleClock.nsecsElapsed()) / 1e6;
}

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
QAtomicInt g_scaleReconnects = 0;

// One HTTP/1.1 keep-alive connection, one request at a time, from a loopback address of its own.
class ScaleClient : public QObject
{
public:
    ScaleClient(const QHostAddress &from, quint16 port) : m_from(from), m_port(port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onRead(); });
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { broken(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { broken(); });
    }
    // answer(status, body, headers)
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
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
    double started() const { return m_started; }
    QByteArray m_token;

private:
    void onRead()
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

    void open()
    {
        m_buffer.clear();
        m_socket.bind(m_from);
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    }
    void broken()
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

    QHostAddress m_from;
    quint16 m_port;
    QTcpSocket m_socket;
    bool m_retrying = false;
    QByteArray m_buffer, m_request;
    double m_started = 0;
    std::function<void(int, const QByteArray &, const QByteArray &)> m_answer;
};

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

// A device: joins its instance, then sends its ideas one after another.
class ScaleDevice : public QObject
{
public:
    ScaleDevice(int n, int instance, quint16 port, int ideas, ScaleShared *shared)
        : m_n(n), m_instance(instance), m_ideas(ideas), m_shared(shared), m_client(scaleAddress(n), port)
    {
        join();
    }

private:
    void join()
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
    void next()
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
    void submit()
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
    ScaleObserver(int n, int instance, quint16 port, ScaleShared *shared)
        : m_instance(instance), m_shared(shared), m_client(scaleAddress(n), port)
    {
        join();
    }
    void stop() { m_stopped = true; }
    int polls = 0;

private:
    bool m_failureShown = false;
    void join()
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
    void poll()
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

    int m_instance;
    ScaleShared *m_shared;
    ScaleClient m_client;
    qint64 m_version = -1;
    bool m_stopped = false;
};

double scalePercentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

QString scaleLoad()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').first()) : QStringLiteral("?");
}

// Runs this thread's event loop until 'done' holds (checked every 20 ms) or the time is up; it sleeps
// in between, so the windows' thread does not take a core from the servers.
void scaleWaitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QElapsedTimer t;
    t.start();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start(20);
    if (!done())
        loop.exec();
}

// The number of ideas on an instance's board now (a full GET /api/state, blocking), -1 on failure.
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

// CPU seconds (user + system) a process used so far, from /proc/PID/stat.
double scaleCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

[[noreturn]] void scaleDie(const QString &what)
{
    std::fprintf(stderr, "bench_scale: %s\n", qPrintable(what));
    std::exit(1);
}

QSqlDatabase scaleConnect(const WorkshopLocation &where, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(where.host);
    if (where.port)
        db.setPort(where.port);
    db.setUserName(where.user);
    db.setPassword(where.password);
    db.setDatabaseName(where.database);
    db.setConnectOptions(where.connectOptions());
    if (!db.open())
        scaleDie(db.lastError().text());
    return db;
}

// CPU seconds used so far by each PostgreSQL backend serving a client (the cluster runs on this
// machine), by pid.
QHash<qint64, double> scalePostgresCpu(const WorkshopLocation &where)
{
    QHash<qint64, double> cpu;
    {
        QSqlDatabase db = scaleConnect(where, QStringLiteral("scale-cpu"));
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")))
            while (q.next())
                cpu.insert(q.value(0).toLongLong(), scaleCpuSeconds(q.value(0).toLongLong()));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scale-cpu"));
    return cpu;
}

// A `pamoja serve` on the workshop; returns its port.
quint16 scaleStartServe(QProcess &p, const QString &uri)
{
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(PAMOJA_BINARY), {QStringLiteral("serve"), uri, QStringLiteral("--code"), QString::fromLatin1(ScaleCode)});
    if (!p.waitForStarted(10000))
        scaleDie(QStringLiteral("pamoja serve did not start"));
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine() && p.state() != QProcess::NotRunning && t.elapsed() < 30000)
        p.waitForReadyRead(100);
    const QString first = QString::fromUtf8(p.readLine());
    const auto m = QRegularExpression(QStringLiteral("http://[0-9.]+:(\\d+)/")).match(first);
    if (!m.hasMatch())
        scaleDie(QStringLiteral("pamoja serve said: %1").arg(first));
    return quint16(m.captured(1).toUInt());
}

} // namespace

int main(int argc, char **argv)
{
    pamoja::process::ensureRuntimeDir();
    QApplication app(argc, argv);
    // The windows keep their recent list and layout in test settings, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    int devices = 300, ideas = 10, seconds = 120;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--devices"))
            devices = std::clamp(args[i + 1].toInt(), 1, 1000);
        if (args[i] == QLatin1StringView("--ideas"))
            ideas = std::clamp(args[i + 1].toInt(), 1, 1000);
        if (args[i] == QLatin1StringView("--seconds"))
            seconds = std::clamp(args[i + 1].toInt(), 1, 3600);
    }
    QTextStream out(stdout);
    const QString pg = qEnvironmentVariable("PAMOJA_TEST_POSTGRES");
    if (pg.isEmpty()) {
        out << "bench_scale: not run, PAMOJA_TEST_POSTGRES is not set (scripts/bench starts a throwaway PostgreSQL).\n";
        return 1;
    }
    const QString loadBefore = scaleLoad();

    // The workshop, and two facilitator windows on it (offscreen), each following the others.
    auto created = Document::create(pg, QStringLiteral("Scale"));
    if (!created)
        scaleDie(created.error());
    const QUuid workshop = (*created)->store().repositoryId();
    created->reset();
    const QString uri = pg + QStringLiteral("?workshop=") + workshop.toString(QUuid::WithoutBraces);
    MainWindow windowA, windowB;
    Document *windows[2] = {nullptr, nullptr};
    for (MainWindow *w : {&windowA, &windowB}) {
        w->resize(1200, 800);
        w->show();
        if (!w->openFile(uri))
            scaleDie(w->lastMessage());
    }
    windows[0] = windowA.workspace()->document();
    windows[1] = windowB.workspace()->document();
    QHash<QUuid, double> windowSeen[2]; // idea -> first changed() with it in that Document (main thread only)
    for (int w = 0; w < 2; ++w)
        QObject::connect(windows[w], &Document::changed, windows[w], [w, &windowSeen](const ChangeSet &cs) {
            const double now = scaleNow();
            for (const Change &c : cs.changes)
                if (c.kind == EntityKind::Idea && !windowSeen[w].contains(c.id))
                    windowSeen[w].insert(c.id, now);
        });

    QProcess serves[ScaleInstances];
    quint16 ports[ScaleInstances];
    for (int i = 0; i < ScaleInstances; ++i)
        ports[i] = scaleStartServe(serves[i], uri);

    auto where = WorkshopLocation::parse(pg);
    if (!where)
        scaleDie(where.error());
    const QHash<qint64, double> postgresCpuBefore = scalePostgresCpu(*where);

    // The devices and observers in a thread of their own; the windows on this one, as in the app.
    ScaleShared shared;
    g_scaleClock.start();
    QThread clients;
    clients.start();
    QObject home;
    home.moveToThread(&clients);
    std::vector<ScaleDevice *> deviceObjects;
    std::vector<ScaleObserver *> observers;
    QElapsedTimer wall;
    wall.start();
    QMetaObject::invokeMethod(&home, [&] {
        for (int i = 0; i < ScaleInstances; ++i)
            observers.push_back(new ScaleObserver(devices + i, i, ports[i], &shared));
        for (int n = 0; n < devices; ++n)
            deviceObjects.push_back(new ScaleDevice(n, n % ScaleInstances, ports[n % ScaleInstances], ideas, &shared));
    }, Qt::BlockingQueuedConnection);

    // The facilitators: each window adds an idea every 500 ms while the devices send.
    QHash<QUuid, double> facilitatorAt; // idea -> committed (ms)
    QHash<QUuid, int> facilitatorBy;
    QHash<QUuid, QString> facilitatorText;
    QTimer facilitate;
    int facilitatorEdits = 0;
    QObject::connect(&facilitate, &QTimer::timeout, &app, [&] {
        const int w = facilitatorEdits++ % 2;
        edits::IdeaDraft d;
        d.step = windows[w]->data().workshop().activeStep;
        d.text = QStringLiteral("Facilitator note %1 from window %2").arg(facilitatorEdits).arg(w + 1);
        QUuid id;
        auto cs = edits::addIdea(windows[w]->data(), d, &id);
        MainWindow *window = w == 0 ? &windowA : &windowB;
        if (cs && window->workspace()->apply(*cs, QStringLiteral("Add idea"))) {
            facilitatorAt.insert(id, scaleNow());
            facilitatorBy.insert(id, w);
            facilitatorText.insert(id, d.text);
        }
    });
    facilitate.start(500);

    auto devicesDone = [&] {
        QMutexLocker l(&shared.lock);
        return shared.devicesDone >= devices;
    };
    // The sending window: after it, devices send nothing new (the run stays bounded when the servers
    // fall behind); what was sent is still answered and counted.
    QTimer::singleShot(seconds * 1000, &app, [&] {
        QMutexLocker l(&shared.lock);
        shared.stopSending = true;
    });
    scaleWaitUntil(devicesDone, (seconds + 120) * 1000);
    const double sendSeconds = double(wall.nsecsElapsed()) / 1e9;
    facilitate.stop();

    // Until everything acknowledged is visible everywhere it should be, or 30 s more.
    auto allVisible = [&] {
        QMutexLocker l(&shared.lock);
        for (auto it = shared.ackedBy.cbegin(); it != shared.ackedBy.cend(); ++it) {
            for (int i = 0; i < ScaleInstances; ++i)
                if (i != it.value() && !shared.seen[i].contains(it.key()))
                    return false;
            if (!windowSeen[0].contains(it.key()) || !windowSeen[1].contains(it.key()))
                return false;
        }
        for (auto it = facilitatorBy.cbegin(); it != facilitatorBy.cend(); ++it) {
            for (int i = 0; i < ScaleInstances; ++i)
                if (!shared.seen[i].contains(it.key()))
                    return false;
            if (!windowSeen[1 - it.value()].contains(it.key()))
                return false;
        }
        return true;
    };
    scaleWaitUntil(allVisible, 30000);
    int polls = 0;
    QMetaObject::invokeMethod(&home, [&] {
        for (ScaleObserver *o : observers) {
            polls += o->polls;
            o->stop();
        }
        qDeleteAll(deviceObjects);
        qDeleteAll(observers);
    }, Qt::BlockingQueuedConnection);
    clients.quit();
    clients.wait();
    int boardSize[ScaleInstances];
    for (int i = 0; i < ScaleInstances; ++i)
        boardSize[i] = scaleBoardSize(ports[i], shared.observerToken[i]);
    double serveCpu[ScaleInstances];
    for (int i = 0; i < ScaleInstances; ++i)
        serveCpu[i] = scaleCpuSeconds(serves[i].processId());
    double postgresCpu = 0;
    for (const auto &[pid, seconds] : scalePostgresCpu(*where).asKeyValueRange())
        postgresCpu += seconds - postgresCpuBefore.value(pid, 0.0);
    for (QProcess &p : serves) {
        p.terminate();
        if (!p.waitForFinished(20000))
            p.kill();
    }
    // The windows let go of the workshop before the database is read directly.
    windowA.workspace()->setDocument(nullptr);
    windowB.workspace()->setDocument(nullptr);

    // The database, read directly: each acknowledged idea once by id, and its text exactly once
    // (a resubmission that made a second idea would show there).
    QHash<QString, int> textCount;
    QSet<QUuid> inDatabase;
    {
        QSqlDatabase db = scaleConnect(*where, QStringLiteral("scale-check"));
        {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT id, text FROM %1.ideas").arg(schema::postgresNamespace(workshop))))
                scaleDie(q.lastError().text());
            while (q.next()) {
                inDatabase.insert(QUuid(q.value(0).toString()));
                ++textCount[q.value(1).toString()];
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scale-check"));
    int lost = 0, duplicated = 0;
    auto check = [&](const QHash<QUuid, QString> &texts) {
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            lost += !inDatabase.contains(it.key());
            duplicated += textCount.value(it.value()) > 1;
        }
    };
    check(shared.ackedText);
    check(facilitatorText);

    // Visibility: from the acknowledgement (the device's, or the window's commit) to the first sight.
    QList<double> toInstances, toWindows, facToInstances, facToWindow;
    int missing = 0;
    for (auto it = shared.ackedAt.cbegin(); it != shared.ackedAt.cend(); ++it) {
        for (int i = 0; i < ScaleInstances; ++i)
            if (i != shared.ackedBy.value(it.key())) {
                if (shared.seen[i].contains(it.key()))
                    toInstances.append(std::max(0.0, shared.seen[i].value(it.key()) - it.value()));
                else
                    ++missing;
            }
        for (const auto &seen : windowSeen) {
            if (seen.contains(it.key()))
                toWindows.append(std::max(0.0, seen.value(it.key()) - it.value()));
            else
                ++missing;
        }
    }
    for (auto it = facilitatorAt.cbegin(); it != facilitatorAt.cend(); ++it) {
        for (int i = 0; i < ScaleInstances; ++i) {
            if (shared.seen[i].contains(it.key()))
                facToInstances.append(std::max(0.0, shared.seen[i].value(it.key()) - it.value()));
            else
                ++missing;
        }
        const auto &other = windowSeen[1 - facilitatorBy.value(it.key())];
        if (other.contains(it.key()))
            facToWindow.append(std::max(0.0, other.value(it.key()) - it.value()));
        else
            ++missing;
    }

    auto num = [](double v, int d) { return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', d); };
    auto row = [&](const QString &what, const QString &value, const QString &note = {}) {
        out << what.leftJustified(58) << value.rightJustified(12) << "   " << note << '\n';
    };
    const qsizetype acked = shared.ackedAt.size();
    out << "bench_scale: " << devices << " devices x " << ideas << " ideas over " << ScaleInstances
        << " `pamoja serve` instances (devices pinned round-robin) on one PostgreSQL workshop, 2 facilitator windows (offscreen)\n"
        << "adding an idea every 500 ms in turn; serve's default limits; sending stops after " << seconds << " s. Load average before " << loadBefore << ", after "
        << scaleLoad() << " (" << QThread::idealThreadCount() << " cores).\n";
    row(QStringLiteral("acknowledged ideas (devices)"), QString::number(acked), QStringLiteral("of %1").arg(devices * ideas));
    row(QStringLiteral("refused (other than 429)"), QString::number(shared.refused));
    row(QStringLiteral("told 429, sent again after Retry-After"), QString::number(shared.retried));
    row(QStringLiteral("connections broken with a request unanswered, sent again"), QString::number(g_scaleReconnects.loadRelaxed()));
    row(QStringLiteral("acknowledged submissions/s (wall, all instances)"), num(double(acked) / sendSeconds, 0),
        QStringLiteral("%1 s").arg(sendSeconds, 0, 'f', 1));
    row(QStringLiteral("ack latency p50 / p99 (ms)"),
        num(scalePercentile(shared.ackLatency, 0.5), 1) + QStringLiteral(" / ") + num(scalePercentile(shared.ackLatency, 0.99), 1));
    row(QStringLiteral("device idea -> other instances' state p50 / p99 (ms)"),
        num(scalePercentile(toInstances, 0.5), 0) + QStringLiteral(" / ") + num(scalePercentile(toInstances, 0.99), 0),
        QStringLiteral("%1 sightings; polled every ~50 ms").arg(toInstances.size()));
    row(QStringLiteral("device idea -> both windows p50 / p99 (ms)"),
        num(scalePercentile(toWindows, 0.5), 0) + QStringLiteral(" / ") + num(scalePercentile(toWindows, 0.99), 0),
        QStringLiteral("%1 sightings").arg(toWindows.size()));
    row(QStringLiteral("window idea -> the 3 instances' state p50 / p99 (ms)"),
        num(scalePercentile(facToInstances, 0.5), 0) + QStringLiteral(" / ") + num(scalePercentile(facToInstances, 0.99), 0),
        QStringLiteral("%1 facilitator ideas").arg(facilitatorAt.size()));
    row(QStringLiteral("window idea -> the other window p50 / p99 (ms)"),
        num(scalePercentile(facToWindow, 0.5), 0) + QStringLiteral(" / ") + num(scalePercentile(facToWindow, 0.99), 0));
    row(QStringLiteral("never visible where expected (30 s after the last ack)"), QString::number(missing), QStringLiteral("target 0"));
    row(QStringLiteral("state polls by the 3 observers"), QString::number(polls),
        QStringLiteral("%1 not answered 200/204").arg(shared.observerFailures));
    QStringList cpu;
    for (double c : serveCpu)
        cpu << num(c, 1);
    row(QStringLiteral("CPU seconds of each serve process"), cpu.join(QStringLiteral(" / ")),
        QStringLiteral("%1 ms per acknowledged idea, all three").arg(acked ? (serveCpu[0] + serveCpu[1] + serveCpu[2]) * 1000.0 / double(acked) : 0.0, 0, 'f', 1));
    row(QStringLiteral("CPU seconds of PostgreSQL's backends"), num(postgresCpu, 1),
        QStringLiteral("%1 ms per acknowledged idea").arg(acked ? postgresCpu * 1000.0 / double(acked) : 0.0, 0, 'f', 1));
    QStringList boards;
    for (int b : boardSize)
        boards << QString::number(b);
    row(QStringLiteral("ideas on each instance's board at the end"), boards.join(QStringLiteral(" / ")),
        QStringLiteral("%1 ideas in the database").arg(inDatabase.size()));
    out << "lost: " << lost << " (acknowledged, not in the database)\n";
    out << "duplicated: " << duplicated << " (acknowledged text more than once in the database)\n";
    return lost == 0 && duplicated == 0 && missing == 0 ? 0 : 1;
}
