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
    }

    void mergesSeveralSourcesAsOneChange()
    {
        const qint64 before = Document::open(m_target, WorkshopStore::Access::ReadOnly).value()->store().historyCount().value();
        const Run r = runPamoja({QStringLiteral("merge"), m_target, m_a, m_b});
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.contains("Merged into") && r.out.contains("2 added, 0 updated, 0 removed.") &&
                     r.out.contains("0 ideas flagged for review.") && r.out.contains("2 history entries learned."),
                 r.out.constData());
        auto doc = Document::open(m_target, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        const QList<HistoryEntry> h = historyOf(**doc);
        // The two learned entries, then one merge entry recorded as the command line's.
        QCOMPARE(h.size(), before + 3);
        QVERIFY(h.last().merge);
        QCOMPARE(h.last().actor, QStringLiteral("cli"));
        QCOMPARE(h.last().parents.size(), 3);
        QVERIFY((*doc)->data().table<Idea>().size() > 0);
        doc->reset();

        const Run again = runPamoja({QStringLiteral("merge"), m_target, m_b, m_a});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Nothing to merge"), again.out.constData());
    }

    void dryRunChangesNothing()
    {
        const QByteArray hash = fileHash(m_target);
        const Run r = runPamoja({QStringLiteral("merge"), QStringLiteral("--dry-run"), m_target, m_a});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Would merge") && r.out.contains("1 added"), r.out.constData());
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
        QTest::newRow("another workshop") << QStringList{QStringLiteral("{target}"), QStringLiteral("{other}")} << 1 << "not a copy of this workshop";
        QTest::newRow("bad source after a good one") << QStringList{QStringLiteral("{target}"), QStringLiteral("{a}"), QStringLiteral("{dir}/none.pamoja")} << 1 << "none.pamoja";
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
        const QString other = m_dir.filePath(QStringLiteral("other.pamoja"));
        if (!QFileInfo::exists(other))
            makeBase(other, 0);
        for (QString &a : args)
            a.replace(QStringLiteral("{target}"), m_target).replace(QStringLiteral("{a}"), m_a).replace(QStringLiteral("{dir}"), m_dir.path()).replace(QStringLiteral("{other}"), other);
        const QByteArray hash = fileHash(m_target);
        args.prepend(QStringLiteral("merge"));
        const Run r = runPamoja(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(fileHash(m_target), hash);
    }
};

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_climerge.moc"
