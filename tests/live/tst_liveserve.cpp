// `pamoja serve` as a script or a facilitator runs it: the join address and code on the first line,
// devices contribute, and a SIGTERM or Ctrl+C ends it with everything acknowledged in the file.
#include "../cli/clisupport.h"
#include "livetestsupport.h"

#include <QProcess>
#include <QRegularExpression>

#include <csignal>

using namespace pamoja;
using namespace pamoja::testing;

class TestLiveServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAndStopsCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void servesAndStopsCleanly()
    {
        QFETCH(int, signal);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("serve.pamoja"));
        QCOMPARE(runPamoja({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Served")}).exitCode, 0);

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), privateRuntimeDir());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAMOJA_BINARY), {QStringLiteral("serve"), path, QStringLiteral("--code"), QStringLiteral("hjk479")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.state() == QProcess::NotRunning, 20000);
        const QString first = QString::fromUtf8(p.readLine()).trimmed();
        const auto m = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/\\?code=HJK479.*HJK479$")).match(first);
        QVERIFY2(m.hasMatch(), qPrintable(first + QString::fromUtf8(p.readAllStandardError())));
        const quint16 port = quint16(m.captured(1).toUInt());

        const Reply joined = send(port, request("POST", "/api/join", R"({"code":"HJK479","name":"Esi"})"));
        QCOMPARE(joined.status, 200);
        const QByteArray token = joined.json().value(QStringLiteral("token")).toString().toLatin1();
        // The default limits: a burst of 10 submissions, then one a second.
        QList<QUuid> acked, refused;
        Client c(port);
        for (int i = 0; i < 12; ++i) {
            const QUuid id = QUuid::createUuid();
            const int status = c.send(request("POST", "/api/ideas", newIdBody(QStringLiteral("Served idea %1").arg(i), id), {bearer(token)})).status;
            (status == 200 ? acked : refused).append(id);
        }
        QVERIFY(acked.size() >= 10);
        QVERIFY(!refused.isEmpty());

        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);

        auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        for (const QUuid &id : acked)
            QVERIFY((*doc)->data().table<Idea>().contains(id));
        for (const QUuid &id : refused)
            QVERIFY(!(*doc)->data().table<Idea>().contains(id));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock"))); // released: the window can open it
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("nowhere")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("bad code") << QStringList{QStringLiteral("--code"), QStringLiteral("ABC")};
        QTest::newRow("bad proxy") << QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("x")};
    }
    void refusesBadArguments()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("serve.pamoja"));
        QCOMPARE(runPamoja({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Served")}).exitCode, 0);
        const Run r = runPamoja(QStringList{QStringLiteral("serve"), path} + args, 20000);
        QVERIFY(!r.crashed);
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveServe)
#include "tst_liveserve.moc"
