// `pamoja merge TARGET SOURCE...` through the real binary.

#include "../cli/clisupport.h"
#include "mergesupport.h"

using namespace pamoja;
using namespace pamoja::testing;

class TestCliMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_target, m_a, m_b;
    QByteArray m_before;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        const QString prefix = m_dir.filePath(QString::number(++n));
        Copy base = makeBase(prefix + QStringLiteral("-target.pamoja"));
        m_target = base.path;
        m_a = prefix + QStringLiteral("-a.pamoja");
        m_b = prefix + QStringLiteral("-b.pamoja");
        for (const QString &p : {m_a, m_b}) {
            Copy c = fork(base, p);
            edits::IdeaDraft d;
            d.text = QStringLiteral("From %1").arg(QFileInfo(p).baseName());
            QVERIFY(c.doc->apply(*edits::addIdea(c.doc->data(), d), QStringLiteral("add")));
        }
        m_before = exchange::toJson(base.doc->data());
    }

    void mergesSeveralSources()
    {
        const Run r = runPamoja({QStringLiteral("merge"), m_target, m_a, m_b});
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QCOMPARE(out.count(QStringLiteral("Merged ")), 2);
        QCOMPARE(out.count(QStringLiteral("Added: 1")), 2);
        QVERIFY2(out.contains(QStringLiteral("Flagged for review: 0")), r.out.constData());
        auto doc = Document::open(m_target, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        const QList<HistoryEntry> h = historyOf(**doc);
        // Each source is its own change, recorded as the command line's.
        QCOMPARE(h.at(h.size() - 2).description, QStringLiteral("Merge workshop %1").arg(QFileInfo(m_a).fileName()));
        QCOMPARE(h.last().description, QStringLiteral("Merge workshop %1").arg(QFileInfo(m_b).fileName()));
        QCOMPARE(h.last().actor, QStringLiteral("cli"));
        doc->reset();

        const Run again = runPamoja({QStringLiteral("merge"), m_target, m_a, m_b});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QString::fromUtf8(again.out).count(QStringLiteral("Nothing to merge")), 2);
    }

    void dryRunChangesNothing()
    {
        const QByteArray hash = fileHash(m_target);
        const Run r = runPamoja({QStringLiteral("merge"), QStringLiteral("--dry-run"), m_target, m_a});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Would merge") && r.out.contains("Added: 1"), r.out.constData());
        QCOMPARE(fileHash(m_target), hash);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList{QStringLiteral("{target}")} << 2 << "at least one source";
        QTest::newRow("no arguments") << QStringList{} << 2 << "at least one source";
        QTest::newRow("missing target") << QStringList{QStringLiteral("{dir}/none.pamoja"), QStringLiteral("{a}")} << 1 << "does not exist";
        QTest::newRow("missing source") << QStringList{QStringLiteral("{target}"), QStringLiteral("{dir}/none.pamoja")} << 1 << "does not exist";
        QTest::newRow("target as source") << QStringList{QStringLiteral("{target}"), QStringLiteral("{target}")} << 1 << "being merged into";
        QTest::newRow("text file") << QStringList{QStringLiteral("{target}"), QStringLiteral("{dir}/notes.txt")} << 1 << "not a Pamoja workshop";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("{target}"), QStringLiteral("{a}")} << 2 << "frobnicate";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("one idea per line\n");
        notes.close();
        for (QString &a : args)
            a.replace(QStringLiteral("{target}"), m_target).replace(QStringLiteral("{a}"), m_a).replace(QStringLiteral("{dir}"), m_dir.path());
        const QByteArray hash = fileHash(m_target);
        args.prepend(QStringLiteral("merge"));
        const Run r = runPamoja(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(fileHash(m_target), hash);
    }

    // A bad source after a good one: the good one is merged (its own change), the bad one named.
    void stopsAtTheBadSource()
    {
        const Run r = runPamoja({QStringLiteral("merge"), m_target, m_a, m_dir.filePath(QStringLiteral("none.pamoja")), m_b});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Merged"), r.out.constData());
        QVERIFY2(r.err.contains("none.pamoja"), r.err.constData());
        auto doc = Document::open(m_target, WorkshopStore::Access::ReadOnly);
        QVERIFY(doc);
        QCOMPARE(historyOf(**doc).last().description, QStringLiteral("Merge workshop %1").arg(QFileInfo(m_a).fileName()));
    }
};

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_climerge.moc"
