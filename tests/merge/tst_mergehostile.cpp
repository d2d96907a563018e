// Sources a merge must refuse with a clear message, changing nothing: not a workshop, damaged,
// truncated, from a newer Pamoja, with a damaged history, a copy of another workshop, the target
// itself under any name.

#include "mergesupport.h"

#include "merge/mergefile.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

void rawSql(const QString &path, const QStringList &statements)
{
    const QString conn = QStringLiteral("raw-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("raw open");
        QSqlQuery q(db);
        for (const QString &s : statements)
            if (!q.exec(s))
                qFatal("raw sql failed: %s", qPrintable(s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("write %s", qPrintable(path));
}

} // namespace

class TestMergeHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Copy m_target;
    QString m_good; // a closed, valid copy of the target with changes of its own

private Q_SLOTS:
    void initTestCase()
    {
        m_target = makeBase(m_dir.filePath(QStringLiteral("target.pamoja")));
        m_good = m_dir.filePath(QStringLiteral("good.pamoja"));
        Copy good = fork(m_target, m_good);
        QRandomGenerator rng(7);
        randomEdits(*good.doc, rng, 10, QStringLiteral("G"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message"); // part of the message the facilitator reads
        QTest::newRow("text file") << "text" << "not a Pamoja workshop";
        QTest::newRow("empty file") << "empty" << "not a Pamoja workshop";
        QTest::newRow("JSON export") << "json" << "not a Pamoja workshop";
        QTest::newRow("truncated workshop") << "truncated" << "damaged";
        QTest::newRow("SQLite but not Pamoja") << "foreign" << "not a Pamoja workshop";
        QTest::newRow("newer Pamoja") << "newer" << "newer Pamoja";
        QTest::newRow("missing tables") << "tables" << "damaged";
        QTest::newRow("damaged history entry") << "history" << "damaged";
        QTest::newRow("another workshop") << "other" << "not a copy of this workshop";
        QTest::newRow("garbage after header") << "garbage" << "damaged";
        QTest::newRow("does not exist") << "missing" << "does not exist";
        QTest::newRow("a folder") << "folder" << "not a readable file";
        QTest::newRow("the target itself") << "self" << "being merged into";
        QTest::newRow("the target under a link") << "symlink" << "being merged into";
        QTest::newRow("the target as ./path") << "dotpath" << "being merged into";
    }
    void refused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(kind + QStringLiteral(".pamoja"));
        QFile good(m_good);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        QString source = path;
        if (kind == QLatin1StringView("text"))
            writeFile(path, "Ideas from the breakout room\nMore local ownership\n");
        else if (kind == QLatin1StringView("empty"))
            writeFile(path, {});
        else if (kind == QLatin1StringView("json"))
            writeFile(path, exchange::toJson(m_target.doc->data()));
        else if (kind == QLatin1StringView("truncated"))
            writeFile(path, bytes.left(bytes.size() / 3));
        else if (kind == QLatin1StringView("garbage")) {
            QByteArray broken = bytes;
            for (qsizetype i = 4096; i < broken.size(); i += 7)
                broken[i] = char(i * 31);
            writeFile(path, broken);
        } else if (kind == QLatin1StringView("foreign"))
            rawSql(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")});
        else if (kind == QLatin1StringView("newer")) {
            QVERIFY(QFile::copy(m_good, path));
            rawSql(path, {QStringLiteral("PRAGMA user_version=%1").arg(schema::CurrentVersion + 1)});
        } else if (kind == QLatin1StringView("tables")) {
            QVERIFY(QFile::copy(m_good, path));
            rawSql(path, {QStringLiteral("DROP TABLE votes")});
        } else if (kind == QLatin1StringView("history")) {
            QVERIFY(QFile::copy(m_good, path));
            rawSql(path, {QStringLiteral("UPDATE history SET changes='[{\"op\":\"explode\"' WHERE seq=(SELECT max(seq) FROM history)")});
        } else if (kind == QLatin1StringView("other")) {
            Copy other = makeBase(path, 1);
        } else if (kind == QLatin1StringView("folder"))
            QVERIFY(QDir().mkpath(path));
        else if (kind == QLatin1StringView("self"))
            source = m_target.path;
        else if (kind == QLatin1StringView("symlink"))
            QVERIFY(QFile::link(m_target.path, path));
        else if (kind == QLatin1StringView("dotpath"))
            source = QFileInfo(m_target.path).absolutePath() + QStringLiteral("/./") + QFileInfo(m_target.path).fileName();

        const QByteArray before = exchange::toJson(m_target.doc->data());
        const qint64 entries = m_target.doc->store().historyCount().value();
        const QByteArray sourceHash = fileHash(source);
        auto plan = merge::planFiles(*m_target.doc, {source});
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(message), qPrintable(plan.error()));
        // The message names the file chosen, never a private copy.
        if (kind != QLatin1StringView("dotpath"))
            QVERIFY2(plan.error().contains(QFileInfo(source).fileName()), qPrintable(plan.error()));
        QVERIFY2(!plan.error().contains(QDir::tempPath() + QStringLiteral("/qt_temp")), qPrintable(plan.error()));
        QCOMPARE(exchange::toJson(m_target.doc->data()), before);
        QCOMPARE(m_target.doc->store().historyCount().value(), entries);
        if (kind != QLatin1StringView("self") && kind != QLatin1StringView("symlink") && kind != QLatin1StringView("dotpath"))
            QCOMPARE(fileHash(source), sourceHash); // the source is never written
    }

    // A source from an older Pamoja is read (upgraded in a private copy), and left as it was: here an
    // empty one, which is no copy of the target.
    void olderSourceLeftAsItWas()
    {
        const QString old = m_dir.filePath(QStringLiteral("old.pamoja"));
        QVERIFY(WorkshopStore::createAtVersion(old, 1));
        const QByteArray hash = fileHash(old);
        auto plan = merge::planFiles(*m_target.doc, {old});
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("not a copy of this workshop")), qPrintable(plan.error()));
        QCOMPARE(fileHash(old), hash);
        QVERIFY(!QFileInfo::exists(old + QStringLiteral(".v1.bak")));
    }

    // A good source still merges after all that.
    void goodSourceMerges()
    {
        auto plan = merge::planFiles(*m_target.doc, {m_good});
        QVERIFY2(plan, qPrintable(plan.error()));
        QVERIFY(!plan->plan.summary.nothingToMerge());
        QVERIFY(merge::applyPlan(*m_target.doc, *plan));
    }
};

QTEST_GUILESS_MAIN(TestMergeHostile)
#include "tst_mergehostile.moc"
