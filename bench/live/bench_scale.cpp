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
//
// The simulated devices, observers and their HTTP client are in scaleclients.h.

#include "../benchsupport.h"
#include "document.h"
#include "mainwindow.h"
#include "scaleclients.h"
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
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace pamoja;
using namespace pamoja::bench;

namespace {

// -1 for none: the table shows "-".
double scalePercentile(const QList<double> &v, double p)
{
    return v.isEmpty() ? -1 : percentile(v, p);
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
    const QString loadBefore = loadAverage();

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
        << loadAverage() << " (" << QThread::idealThreadCount() << " cores).\n";
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
