// Kill a writer with SIGKILL at random moments, again and again: every idea it acknowledged is in
// the file afterwards, the file is intact and the stale lock does not block. The moments come from a
// seed the test prints; PAMOJA_CRASH_SEED=N repeats a run.

#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killRepeatedly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.pamoja"));
        QVERIFY(Document::create(path, QStringLiteral("Crash test")));
        const QString helper = QStringLiteral(PAMOJA_BUILD_DIR "/tests/core/core_crashwriter");
        // The kill moments come from one seed, printed so that a failing run can be repeated with
        // PAMOJA_CRASH_SEED=N.
        quint32 seed = QRandomGenerator::global()->generate();
        if (const QByteArray fixed = qgetenv("PAMOJA_CRASH_SEED"); !fixed.isEmpty()) {
            bool ok = false;
            seed = fixed.trimmed().toUInt(&ok);
            QVERIFY2(ok, "PAMOJA_CRASH_SEED must be a whole number from 0 to 4294967295");
        }
        qInfo("seed %u (set PAMOJA_CRASH_SEED=%u to repeat this run)", seed, seed);
        QRandomGenerator rng(seed);
        constexpr int Rounds = 15;
        QSet<QString> acknowledged;
        int roundsWithWrites = 0;
        QElapsedTimer total;
        total.start();
        for (int round = 0; round < Rounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(helper, {QStringLiteral("write"), path});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            // Let it write for a random while (20-300 ms once it has started writing), then kill it.
            const int delay = 20 + int(rng.bounded(281));
            QElapsedTimer t;
            t.start();
            bool started = false;
            while (t.elapsed() < delay + (started ? 0 : 10000)) {
                child.waitForReadyRead(5);
                if (!started && child.bytesAvailable() > 0) {
                    started = true;
                    t.restart();
                }
                if (child.state() != QProcess::Running)
                    break;
            }
            QCOMPARE(child.state(), QProcess::Running); // it must die by our hand, not by an error
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            int complete = 0;
            for (const QByteArray &line : lines) {
                // Only whole lines count: a line cut by the kill was never acknowledged.
                if (line.size() == 36) {
                    acknowledged.insert(QString::fromLatin1(line));
                    ++complete;
                }
            }
            if (complete > 0)
                ++roundsWithWrites;
            QVERIFY2(child.readAllStandardError().isEmpty(), "the writer reported an error");
        }
        QVERIFY(roundsWithWrites >= Rounds / 2);
        QVERIFY(acknowledged.size() > Rounds);

        // Opening for writing works despite the stale lock of the last killed writer.
        auto doc = Document::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        const WorkshopData &data = (*doc)->data();
        int missing = 0;
        for (const QString &id : std::as_const(acknowledged))
            if (!data.contains(EntityKind::Idea, QUuid::fromString(id)))
                ++missing;
        QCOMPARE(missing, 0);
        QVERIFY(data.table<Idea>().size() >= acknowledged.size());
        // Each acknowledged idea also has its history row (written in the same transaction).
        QVERIFY((*doc)->store().historyCount().value() >= acknowledged.size() + 1);
        const QStringList problems = (*doc)->store().integrityProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        qInfo("%d rounds, %lld ideas acknowledged, %lld in the file, %lld ms", Rounds, qlonglong(acknowledged.size()),
              qlonglong(data.table<Idea>().size()), qlonglong(total.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
