// Every way a command can fail: non-zero exit, exactly one actionable line on stderr, and never a
// partial change to any file.

#include "clisupport.h"

#include "../core/testsupport.h"

#include "store/schema.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

void rawSql(const QString &path, const QString &sql)
{
    const QString conn = QStringLiteral("raw-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        if (!db.open() || !QSqlQuery(db).exec(sql))
            qFatal("raw sql failed");
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

void makeWorkshop(const QString &path)
{
    auto doc = Document::create(path, QStringLiteral("Errors"));
    if (!doc)
        qFatal("create: %s", qPrintable(doc.error()));
    Participant p;
    p.name = QStringLiteral("Amina");
    p.constituency = QStringLiteral("south");
    if (!(*doc)->apply(*edits::addParticipant((*doc)->data(), p, QStringLiteral("KWN")), QStringLiteral("p")))
        qFatal("participant");
    edits::IdeaDraft d;
    d.text = QStringLiteral("An idea already there");
    if (!(*doc)->apply(*edits::addIdea((*doc)->data(), d), QStringLiteral("i")))
        qFatal("idea");
}

qint64 historyCount(const QString &path)
{
    auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
    return doc ? (*doc)->store().historyCount().value() : -1;
}

} // namespace

class TestCliErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void fails_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString ws = QStringLiteral("{file}");
        auto L = [](std::initializer_list<const char *> parts) {
            QStringList out;
            for (const char *p : parts)
                out.append(QString::fromUtf8(p));
            return out;
        };
        // Wrong usage: exit code 2.
        QTest::newRow("unknown verb") << L({"participant", "remove", "{file}", "--name", "Amina"}) << 2 << QStringLiteral("unknown command");
        QTest::newRow("verb missing") << L({"idea", "{file}"}) << 2 << QStringLiteral("unknown command");
        QTest::newRow("new without file") << L({"new", "--title", "x"}) << 2 << QStringLiteral("file argument");
        QTest::newRow("new without title") << L({"new", "{new}"}) << 2 << QStringLiteral("--title is required");
        QTest::newRow("unknown option") << L({"new", "{new}", "--title", "x", "--colour", "red"}) << 2 << QStringLiteral("colour");
        QTest::newRow("two files") << L({"info", "{file}", "{file}"}) << 2 << QStringLiteral("file argument");
        QTest::newRow("bad step") << L({"idea", "add", "{file}", "--step", "vision", "--text", "x"}) << 2 << QStringLiteral("--step must be");
        QTest::newRow("no text") << L({"idea", "add", "{file}", "--step", "envision"}) << 2 << QStringLiteral("--text is required");
        QTest::newRow("blank text") << L({"idea", "add", "{file}", "--step", "envision", "--text", "   "}) << 2 << QStringLiteral("--text is required");
        QTest::newRow("participant and anonymous") << L({"idea", "add", "{file}", "--step", "envision", "--text", "x", "--participant", "Amina", "--anonymous"})
                                                   << 2 << QStringLiteral("either --participant or --anonymous");
        QTest::newRow("participant and constituency") << L({"idea", "add", "{file}", "--step", "envision", "--text", "x", "--participant", "Amina", "--constituency", "north"})
                                                      << 2 << QStringLiteral("--constituency is only");
        QTest::newRow("bad role") << L({"participant", "add", "{file}", "--name", "Eko", "--constituency", "south", "--role", "king"}) << 2 << QStringLiteral("--role must be");
        QTest::newRow("no constituency") << L({"participant", "add", "{file}", "--name", "Eko"}) << 2 << QStringLiteral("--constituency is required");
        QTest::newRow("unknown export format") << L({"export", "{file}", "--format", "docz", "-o", "{out}"}) << 2 << QStringLiteral("unknown format");
        QTest::newRow("export without output") << L({"export", "{file}", "--format", "json"}) << 2 << QStringLiteral("is required");
        QTest::newRow("import without json") << L({"import", "{file}"}) << 2 << QStringLiteral("file argument");
        // Failures: exit code 1.
        QTest::newRow("new over existing file") << L({"new", "{file}", "--title", "x"}) << 1 << QStringLiteral("already exists");
        QTest::newRow("new in missing folder") << L({"new", "{nodir}", "--title", "x"}) << 1 << QStringLiteral("folder does not exist");
        QTest::newRow("unknown participant") << L({"idea", "add", "{file}", "--step", "envision", "--text", "x", "--participant", "Nobody"})
                                             << 1 << QStringLiteral("no participant called \"Nobody\"");
        QTest::newRow("text too long") << QStringList{QStringLiteral("idea"), QStringLiteral("add"), ws, QStringLiteral("--step"), QStringLiteral("change"),
                                                      QStringLiteral("--text"), QString(4001, QLatin1Char('x'))}
                                       << 1 << QStringLiteral("4000");
        QTest::newRow("bad anonymous constituency") << L({"idea", "add", "{file}", "--step", "envision", "--text", "x", "--constituency", "west"}) << 1 << QStringLiteral("Unknown constituency");
        QTest::newRow("duplicate participant") << L({"participant", "add", "{file}", "--name", "amina", "--constituency", "south"}) << 1 << QStringLiteral("already a participant");
        QTest::newRow("unknown constituency") << L({"participant", "add", "{file}", "--name", "Eko", "--constituency", "west"}) << 1 << QStringLiteral("Unknown constituency");
        QTest::newRow("info on missing file") << L({"info", "{missing}"}) << 1 << QStringLiteral("does not exist");
        QTest::newRow("idea add to missing file") << L({"idea", "add", "{missing}", "--step", "envision", "--text", "x"}) << 1 << QStringLiteral("does not exist");
        QTest::newRow("info on corrupt file") << L({"info", "{corrupt}"}) << 1 << QStringLiteral("damaged");
        QTest::newRow("check corrupt file") << L({"check", "{corrupt}"}) << 1 << QStringLiteral("damaged");
        QTest::newRow("idea add to corrupt file") << L({"idea", "add", "{corrupt}", "--step", "envision", "--text", "x"}) << 1 << QStringLiteral("damaged");
        QTest::newRow("info on text file") << L({"info", "{text}"}) << 1 << QStringLiteral("not a Pamoja workshop file");
        QTest::newRow("check foreign database") << L({"check", "{foreign}"}) << 1 << QStringLiteral("not a Pamoja workshop file");
        QTest::newRow("info on newer file") << L({"info", "{newer}"}) << 1 << QStringLiteral("newer Pamoja");
        QTest::newRow("idea add to newer file") << L({"idea", "add", "{newer}", "--step", "envision", "--text", "x"}) << 1 << QStringLiteral("newer Pamoja");
        QTest::newRow("import into newer file") << L({"import", "{newer}", "{validjson}"}) << 1 << QStringLiteral("newer Pamoja");
        QTest::newRow("idea add to locked file") << L({"idea", "add", "{locked}", "--step", "envision", "--text", "x"}) << 1 << QStringLiteral("open in another Pamoja");
        QTest::newRow("participant add to locked file") << L({"participant", "add", "{locked}", "--name", "Eko", "--constituency", "south"}) << 1 << QStringLiteral("open in another Pamoja");
        QTest::newRow("import into locked file") << L({"import", "{locked}", "{validjson}"}) << 1 << QStringLiteral("open in another Pamoja");
        QTest::newRow("export to missing folder") << L({"export", "{file}", "--format", "json", "-o", "{nodir}"}) << 1 << QString();
        QTest::newRow("import broken json") << L({"import", "{file}", "{badjson}"}) << 1 << QStringLiteral("Nothing was imported");
        QTest::newRow("import dangling json") << L({"import", "{file}", "{danglingjson}"}) << 1 << QStringLiteral("Nothing was imported");
        QTest::newRow("import missing json") << L({"import", "{file}", "{missing}"}) << 1 << QStringLiteral("cannot read");
        QTest::newRow("import broken json into new file") << L({"import", "{new}", "{badjson}"}) << 1 << QStringLiteral("Nothing was imported");
        QTest::newRow("import missing json into new file") << L({"import", "{new}", "{missing}"}) << 1 << QStringLiteral("cannot read");
        QTest::newRow("import a workshop file as json") << L({"import", "{new}", "{file}"}) << 1 << QStringLiteral("Nothing was imported");
    }
    void fails()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString dir = m_dir.filePath(QStringLiteral("case%1").arg(++m_n));
        QVERIFY(QDir().mkpath(dir));
        QHash<QString, QString> paths{
            {QStringLiteral("{file}"), dir + QStringLiteral("/workshop.pamoja")},
            {QStringLiteral("{locked}"), dir + QStringLiteral("/locked.pamoja")},
            {QStringLiteral("{newer}"), dir + QStringLiteral("/newer.pamoja")},
            {QStringLiteral("{corrupt}"), dir + QStringLiteral("/corrupt.pamoja")},
            {QStringLiteral("{foreign}"), dir + QStringLiteral("/foreign.pamoja")},
            {QStringLiteral("{text}"), dir + QStringLiteral("/notes.pamoja")},
            {QStringLiteral("{new}"), dir + QStringLiteral("/new.pamoja")},
            {QStringLiteral("{missing}"), dir + QStringLiteral("/missing.pamoja")},
            {QStringLiteral("{nodir}"), dir + QStringLiteral("/no/such/folder/x.pamoja")},
            {QStringLiteral("{out}"), dir + QStringLiteral("/out.docz")},
            {QStringLiteral("{validjson}"), QStringLiteral(PAMOJA_TEST_DATA "/json/valid.json")},
            {QStringLiteral("{badjson}"), QStringLiteral(PAMOJA_TEST_DATA "/json/wrong-type-int.json")},
            {QStringLiteral("{danglingjson}"), QStringLiteral(PAMOJA_TEST_DATA "/json/dangling-author.json")},
        };
        makeWorkshop(paths[QStringLiteral("{file}")]);
        makeWorkshop(paths[QStringLiteral("{locked}")]);
        makeWorkshop(paths[QStringLiteral("{newer}")]);
        rawSql(paths[QStringLiteral("{newer}")], QStringLiteral("PRAGMA user_version=%1").arg(schema::CurrentVersion + 1));
        {
            makeWorkshop(paths[QStringLiteral("{corrupt}")]);
            QFile f(paths[QStringLiteral("{corrupt}")]);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(4096 + 10));
            QVERIFY(f.write(QByteArray(4096 * 3, '\x5a')) > 0);
        }
        rawSql(paths[QStringLiteral("{foreign}")], QStringLiteral("CREATE TABLE t (x)"));
        {
            QFile f(paths[QStringLiteral("{text}")]);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("notes\n");
        }
        for (QString &a : args)
            for (auto it = paths.cbegin(); it != paths.cend(); ++it)
                a.replace(it.key(), it.value());

        const QStringList watched{QStringLiteral("{file}"), QStringLiteral("{locked}"), QStringLiteral("{newer}"), QStringLiteral("{corrupt}"),
                                  QStringLiteral("{foreign}"), QStringLiteral("{text}")};
        QHash<QString, QByteArray> hashes;
        QHash<QString, qint64> histories;
        for (const QString &w : watched) {
            hashes.insert(w, fileHash(paths[w]));
            histories.insert(w, historyCount(paths[w]));
        }
        const QStringList listing = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);

        Run r;
        {
            // Another Pamoja (this test) holds the locked workshop open for writing.
            auto holder = WorkshopStore::open(paths[QStringLiteral("{locked}")], WorkshopStore::Access::ReadWrite);
            QVERIFY2(holder, qPrintable(holder.error()));
            r = runPamoja(args);
        }
        QVERIFY2(!r.crashed, "pamoja crashed or hung");
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1,
                 qPrintable(QStringLiteral("expected exactly one line on stderr, got: ") + err));
        QVERIFY2(err.startsWith(QStringLiteral("pamoja: ")), qPrintable(err));
        QVERIFY2(err.size() > 20, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(r.out.isEmpty(), r.out.constData());

        // Nothing changed anywhere.
        for (const QString &w : watched) {
            QVERIFY2(fileHash(paths[w]) == hashes[w], qPrintable(w));
            QCOMPARE(historyCount(paths[w]), histories[w]);
        }
        QVERIFY2(!QFileInfo::exists(paths[QStringLiteral("{new}")]), "a failed command left a new file behind");
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name), listing);
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_clierrors.moc"
