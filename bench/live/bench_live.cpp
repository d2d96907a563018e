// 300 devices on loopback send ideas and dots to the live server while the server's thread (the
// window's, in the application) is probed for stalls; then wrk compares the participant page with a
// bare QHttpServer route. Prints a table; the targets are in docs/http-api.md.
#include "../benchsupport.h"
#include "document.h"
#include "edits.h"
#include "liveserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace pamoja;
using namespace pamoja::bench;

namespace {

constexpr int Devices = 300;
constexpr int IdeasPerDevice = 10;
constexpr int VotesPerDevice = 3;

struct Results
{
    QList<double> latencyMs;
    QList<QUuid> acked;
    int refused = 0;
    int votes = 0;
    double seconds = 0;
};

// One device: one keep-alive connection, one request at a time, as a phone does.
class Device : public QObject
{
public:
    Device(quint16 port, int n, int thinkMs, Results *results, std::function<void()> done)
        : m_port(port), m_n(n), m_thinkMs(thinkMs), m_results(results), m_done(std::move(done))
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { join(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onRead(); });
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    }
    void setRound(const QByteArray &round) { m_round = round; }

private:
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n";
        if (!m_token.isEmpty())
            r += "Authorization: Bearer " + m_token + "\r\n";
        m_timer.start();
        m_socket.write(r + "\r\n" + body);
    }
    void join()
    {
        send("POST", "/api/join", R"({"code":"ACD347","name":"Device )" + QByteArray::number(m_n) + R"("})");
    }
    void next()
    {
        if (m_sent < IdeasPerDevice) {
            m_pending = QUuid::createUuid();
            ++m_sent;
            send("POST", "/api/ideas", R"({"id":")" + m_pending.toString(QUuid::WithoutBraces).toLatin1() + R"(","text":"Idea )" +
                                           QByteArray::number(m_sent) + " from device " + QByteArray::number(m_n) + R"("})");
        } else if (m_votes < VotesPerDevice && !m_round.isEmpty() && m_mine.size() > m_votes) {
            m_pending = QUuid();
            send("PUT", "/api/votes", R"({"round":")" + m_round + R"(","target":")" +
                                          m_mine.at(m_votes).toString(QUuid::WithoutBraces).toLatin1() + R"(","dots":1})");
            ++m_votes;
        } else {
            m_socket.disconnectFromHost();
            m_done();
        }
    }
    void onRead()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype cl = m_buffer.indexOf("Content-Length: ");
        const qint64 length = m_buffer.mid(cl + 16, m_buffer.indexOf("\r\n", cl) - cl - 16).toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        const double ms = double(m_timer.nsecsElapsed()) / 1e6;
        if (m_token.isEmpty()) {
            m_token = QJsonDocument::fromJson(body).object().value(QStringLiteral("token")).toString().toLatin1();
            if (m_token.isEmpty()) {
                m_done();
                return;
            }
        } else {
            m_results->latencyMs.append(ms);
            if (status == 200 && !m_pending.isNull()) {
                m_results->acked.append(m_pending);
                m_mine.append(m_pending);
            } else if (status == 200) {
                ++m_results->votes;
            } else {
                ++m_results->refused;
            }
        }
        if (m_thinkMs > 0) // a person types: a random pause around the think time
            QTimer::singleShot(m_thinkMs / 2 + int(QRandomGenerator::global()->bounded(m_thinkMs)), this, [this] { next(); });
        else
            next();
    }

    quint16 m_port;
    int m_n;
    int m_thinkMs;
    Results *m_results;
    std::function<void()> m_done;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_token;
    QByteArray m_round;
    QElapsedTimer m_timer;
    QUuid m_pending;
    QList<QUuid> m_mine;
    int m_sent = 0;
    int m_votes = 0;
};

double wrk(const QString &url)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (exe.isEmpty())
        return -1;
    QProcess p;
    p.start(exe, {QStringLiteral("-t2"), QStringLiteral("-c10"), QStringLiteral("-d3s"), url});
    // The servers live on this thread: keep the event loop running while wrk works.
    while (!p.waitForFinished(10))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const auto m = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Phase
{
    Results results;
    double serverCpuSeconds = 0;
    double worstDelayMs = 0;
    double worstBusyMs = 0; // thread CPU time between two probe ticks: our own work, not the scheduler's
};

// Devices in a second thread, the server on this one (as in the window), probed by a 5 ms timer
// whose worst lateness is the worst stall of this thread.
Phase runPhase(quint16 port, int firstDevice, int thinkMs, const QByteArray &roundId)
{
    Phase phase;
    QElapsedTimer probeClock;
    qint64 last = 0, worstDelayUs = 0;
    double lastCpu = threadCpuSeconds(), worstBusy = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, QCoreApplication::instance(), [&] {
        const qint64 now = probeClock.nsecsElapsed() / 1000;
        const double cpu = threadCpuSeconds();
        worstDelayUs = std::max(worstDelayUs, now - last - 5000);
        worstBusy = std::max(worstBusy, cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });
    QThread clients;
    clients.start();
    QAtomicInt finished = 0;
    std::vector<Device *> devices;
    QObject starter;
    starter.moveToThread(&clients);
    QMetaObject::invokeMethod(&starter, [&] {
        for (int i = 0; i < Devices; ++i) {
            auto *d = new Device(port, firstDevice + i, thinkMs, &phase.results, [&] { finished.fetchAndAddOrdered(1); });
            d->setRound(roundId);
            devices.push_back(d);
        }
    }, Qt::QueuedConnection);
    const double cpu0 = threadCpuSeconds();
    QElapsedTimer wall;
    probeClock.start();
    probe.start(5);
    wall.start();
    while (finished.loadAcquire() < Devices && wall.elapsed() < 180000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    phase.results.seconds = double(wall.nsecsElapsed()) / 1e9;
    phase.serverCpuSeconds = threadCpuSeconds() - cpu0;
    probe.stop();
    phase.worstDelayMs = double(worstDelayUs) / 1000.0;
    phase.worstBusyMs = worstBusy * 1000.0;
    QMetaObject::invokeMethod(&starter, [&] { qDeleteAll(devices); devices.clear(); }, Qt::BlockingQueuedConnection);
    clients.quit();
    clients.wait();
    return phase;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pamoja"));
    auto created = Document::create(path, QStringLiteral("Bench"));
    if (!created) {
        out << created.error() << '\n';
        return 1;
    }
    std::unique_ptr<Document> doc = std::move(*created);

    LiveConfig config;
    config.joinCode = QStringLiteral("ACD347");
    config.limits.maxConnectionsPerAddress = Devices + 20;
    config.limits.maxConnections = Devices + 50;
    config.limits.maxDevices = 3 * Devices + 10;
    config.limits.submitRatePerSecond = 1000; // the devices are simulated; the rate limit is tested elsewhere
    config.limits.submitBurst = 1000;
    config.limits.joinRatePerSecond = 10000;
    config.limits.joinBurst = 10000;
    LiveServer server(doc.get());
    if (Status s = server.start(config); !s) {
        out << s.error() << '\n';
        return 1;
    }
    VotingRound round;
    round.id = QUuid::createUuid();
    round.title = QStringLiteral("Bench");
    round.dotsPerParticipant = VotesPerDevice;
    round.maxPerItem = 1;
    (void)doc->apply(edits::openRound(doc->data(), round), QStringLiteral("round"));

    // 1: every device as fast as it can (capacity); 2: people's pace, 2 s between sends (latency).
    const QByteArray roundId = round.id.toString(QUuid::WithoutBraces).toLatin1();
    const QString loadBefore = loadAverage();
    const Phase burst = runPhase(server.port(), 1, 0, roundId);
    const Phase paced = runPhase(server.port(), Devices + 1, 2000, roundId);
    // 3: a steady load above the target: each device sends every 150 ms (2,000 offered a second).
    const Phase steady = runPhase(server.port(), 2 * Devices + 1, 150, roundId);
    QList<QUuid> acked = burst.results.acked + paced.results.acked + steady.results.acked;

    // wrk: the page as a device first sees it, and a bare QHttpServer route with the same bytes.
    QByteArray pageBytes;
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
        s.write("GET / HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n");
        QElapsedTimer t;
        t.start();
        while (s.state() != QAbstractSocket::UnconnectedState && t.elapsed() < 5000) {
            app.processEvents(QEventLoop::AllEvents, 5);
            s.waitForReadyRead(5);
            pageBytes += s.readAll();
        }
        pageBytes += s.readAll();
        pageBytes = pageBytes.mid(pageBytes.indexOf("\r\n\r\n") + 4);
    }
    QHttpServer bare;
    bare.route(QStringLiteral("/"), [pageBytes] { return QHttpServerResponse(QByteArray("text/html"), pageBytes); });
    const quint16 barePort = bare.listen(QHostAddress(QHostAddress::LocalHost), 0);
    const double pageRps = wrk(QStringLiteral("http://127.0.0.1:%1/").arg(server.port()));
    const double bareRps = wrk(QStringLiteral("http://127.0.0.1:%1/").arg(barePort));

    server.stop();
    doc.reset();
    // Nothing acknowledged is lost: every acknowledged id is in the file, read back from disk.
    auto reopened = Document::open(path, WorkshopStore::Access::ReadOnly);
    int lost = 0;
    for (const QUuid &id : acked)
        if (!reopened || !(*reopened)->data().table<Idea>().contains(id))
            ++lost;

    auto row = [&](const QString &what, const QString &burstValue, const QString &pacedValue, const QString &steadyValue,
                   const QString &target) {
        out << what.leftJustified(40) << burstValue.rightJustified(14) << pacedValue.rightJustified(14)
            << steadyValue.rightJustified(14) << "   " << target << '\n';
    };
    auto num = [](double v, int decimals) { return QString::number(v, 'f', decimals); };
    auto rate = [](const Phase &p) { return double(p.results.acked.size() + p.results.votes) / p.results.seconds; };
    auto capacity = [](const Phase &p) { return double(p.results.acked.size() + p.results.votes) / p.serverCpuSeconds; };
    out << "bench_live: " << Devices << " devices x (" << IdeasPerDevice << " ideas + " << VotesPerDevice
        << " votes) on loopback; load average before " << loadBefore << ", after " << loadAverage() << " (2 cores)\n";
    row(QStringLiteral("measure"), QStringLiteral("burst"), QStringLiteral("paced 2 s"), QStringLiteral("steady 0.15 s"), QStringLiteral("target"));
    row(QStringLiteral("acknowledged ideas"), QString::number(burst.results.acked.size()), QString::number(paced.results.acked.size()),
        QString::number(steady.results.acked.size()), QStringLiteral("3000 each"));
    row(QStringLiteral("acknowledged votes"), QString::number(burst.results.votes), QString::number(paced.results.votes),
        QString::number(steady.results.votes), QStringLiteral("900 each"));
    row(QStringLiteral("refused"), QString::number(burst.results.refused), QString::number(paced.results.refused),
        QString::number(steady.results.refused), QStringLiteral("0"));
    row(QStringLiteral("acknowledged submissions/s (wall)"), num(rate(burst), 0), num(rate(paced), 0), num(rate(steady), 0),
        QStringLiteral(">= 1000 (steady)"));
    row(QStringLiteral("submissions per server-thread CPU s"), num(capacity(burst), 0), num(capacity(paced), 0), num(capacity(steady), 0),
        QStringLiteral("capacity of one free core"));
    row(QStringLiteral("latency p50 (ms)"), num(percentile(burst.results.latencyMs, 0.5), 1), num(percentile(paced.results.latencyMs, 0.5), 1),
        num(percentile(steady.results.latencyMs, 0.5), 1), QString());
    row(QStringLiteral("latency p99 (ms)"), num(percentile(burst.results.latencyMs, 0.99), 1), num(percentile(paced.results.latencyMs, 0.99), 1),
        num(percentile(steady.results.latencyMs, 0.99), 1), QStringLiteral("< 100 (steady)"));
    row(QStringLiteral("event loop worst delay (ms)"), num(burst.worstDelayMs, 1), num(paced.worstDelayMs, 1), num(steady.worstDelayMs, 1),
        QStringLiteral("< 50"));
    row(QStringLiteral("event loop worst busy stretch (CPU ms)"), num(burst.worstBusyMs, 1), num(paced.worstBusyMs, 1), num(steady.worstBusyMs, 1),
        QStringLiteral("< 50"));
    row(QStringLiteral("lost (acknowledged, not in the file)"), QString::number(lost), QString(), QString(), QStringLiteral("0"));
    row(QStringLiteral("wrk: page / (requests/s)"), pageRps < 0 ? QStringLiteral("n/a") : num(pageRps, 0), QString(), QString(), QString());
    row(QStringLiteral("wrk: bare QHttpServer route (requests/s)"), bareRps < 0 ? QStringLiteral("n/a") : num(bareRps, 0), QString(), QString(), QString());
    row(QStringLiteral("page / bare"), pageRps > 0 && bareRps > 0 ? num(pageRps / bareRps, 2) : QStringLiteral("n/a"), QString(), QString(),
        QStringLiteral(">= 0.5"));
    out << "page size: " << pageBytes.size() << " bytes\n";
    return lost == 0 ? 0 : 1;
}
