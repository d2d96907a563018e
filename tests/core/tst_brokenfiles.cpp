// A corpus of broken and foreign files: opening any of them gives a clear message and leaves the
// file exactly as it was.

#include "testsupport.h"

#include "store/schema.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray randomBytes(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(rng.bounded(256));
    return b;
}

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

// A closed workshop with enough ideas to span many pages.
void makeWorkshop(const QString &path, int ideas)
{
    auto doc = Document::create(path, QStringLiteral("Corpus"));
    if (!doc)
        qFatal("create: %s", qPrintable(doc.error()));
    ChangeSet cs;
    for (int n = 0; n < ideas; ++n) {
        edits::IdeaDraft d;
        d.text = QStringLiteral("Idea number %1 about shared decision-making and direct funding").arg(n);
        cs.append(*edits::addIdea((*doc)->data(), d));
    }
    if (!(*doc)->apply(cs, QStringLiteral("Many")))
        qFatal("fill");
}

// Root reads any file because of two capabilities, not because of its user id. Dropping them for good
// (effective and permitted, so access(2) sees the loss too) makes this process as bound by file modes
// as any user; later tests only use files this process owns. Returns false when the kernel refused.
bool dropFileAccessOverride()
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    const quint32 mask = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);
    data[0].effective &= ~mask;
    data[0].permitted &= ~mask;
    data[0].inheritable &= ~mask;
    return ::syscall(SYS_capset, &header, data) == 0;
}

QStringList dirListing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestBrokenFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

private Q_SLOTS:
    void open_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("not a Pamoja workshop file");
        QTest::newRow("random bytes") << QStringLiteral("random") << QStringLiteral("not a Pamoja workshop file");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a Pamoja workshop file");
        QTest::newRow("json export by mistake") << QStringLiteral("json") << QStringLiteral("not a Pamoja workshop file");
        QTest::newRow("sqlite header only") << QStringLiteral("header") << QStringLiteral("damaged");
        QTest::newRow("workshop header, then garbage") << QStringLiteral("headergarbage") << QStringLiteral("damaged");
        QTest::newRow("truncated workshop") << QStringLiteral("truncated") << QStringLiteral("damaged");
        QTest::newRow("corrupted page in the middle") << QStringLiteral("corruptpage") << QStringLiteral("damaged");
        QTest::newRow("other sqlite database") << QStringLiteral("foreign") << QStringLiteral("SQLite database but not a Pamoja");
        QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("newer Pamoja");
        // Found by fuzz_workshopfile: a negative version ran the upgrade loop for billions of steps.
        QTest::newRow("negative version") << QStringLiteral("negative") << QStringLiteral("file version (-2147483640)");
        QTest::newRow("version zero") << QStringLiteral("zero") << QStringLiteral("is not one Pamoja ever wrote");
        QTest::newRow("pamoja id but no tables") << QStringLiteral("notables") << QStringLiteral("tables are missing");
        QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("not a readable file");
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("unreadable file") << QStringLiteral("unreadable") << QStringLiteral("not a readable file");
    }
    void open()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString dir = m_dir.filePath(QStringLiteral("case%1").arg(++m_n));
        QVERIFY(QDir().mkpath(dir));
        QString path = dir + QStringLiteral("/workshop.pamoja");
        if (kind == QLatin1StringView("empty")) {
            writeFile(path, {});
        } else if (kind == QLatin1StringView("random")) {
            writeFile(path, randomBytes(8192, 7));
        } else if (kind == QLatin1StringView("text")) {
            writeFile(path, QByteArrayLiteral("Agenda for the workshop\n1. Welcome\n2. Envision\n"));
        } else if (kind == QLatin1StringView("json")) {
            writeFile(path, QByteArrayLiteral("{\"format\":\"pamoja-workshop\",\"version\":1}"));
        } else if (kind == QLatin1StringView("header")) {
            writeFile(path, QByteArray("SQLite format 3\0", 16));
        } else if (kind == QLatin1StringView("headergarbage")) {
            makeWorkshop(path, 10);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(100);
            f.close();
            writeFile(path, head + randomBytes(4096 * 8 - 100, 3));
        } else if (kind == QLatin1StringView("truncated")) {
            makeWorkshop(path, 2000);
            QFile f(path);
            QVERIFY(f.size() > 100000);
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind == QLatin1StringView("corruptpage")) {
            makeWorkshop(path, 2000);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 pages = f.size() / 4096;
            QVERIFY(pages > 20);
            QVERIFY(f.seek((pages / 2) * 4096));
            QCOMPARE(f.write(randomBytes(4096, 11)), 4096);
        } else if (kind == QLatin1StringView("foreign")) {
            rawSql(path, {QStringLiteral("CREATE TABLE expenses (id INTEGER PRIMARY KEY, amount REAL)"),
                          QStringLiteral("INSERT INTO expenses VALUES (1, 12.5)")});
        } else if (kind == QLatin1StringView("newer")) {
            makeWorkshop(path, 3);
            rawSql(path, {QStringLiteral("PRAGMA user_version=%1").arg(schema::CurrentVersion + 1)});
        } else if (kind == QLatin1StringView("negative") || kind == QLatin1StringView("zero")) {
            makeWorkshop(path, 3);
            rawSql(path, {QStringLiteral("PRAGMA user_version=%1").arg(kind == QLatin1StringView("zero") ? 0 : -2147483640)});
        } else if (kind == QLatin1StringView("notables")) {
            rawSql(path, {QStringLiteral("CREATE TABLE something (x)"),
                          QStringLiteral("PRAGMA application_id=%1").arg(schema::ApplicationId),
                          QStringLiteral("PRAGMA user_version=%1").arg(schema::CurrentVersion)});
        } else if (kind == QLatin1StringView("directory")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1StringView("missing")) {
            path = dir + QStringLiteral("/nowhere.pamoja");
        } else if (kind == QLatin1StringView("unreadable")) {
            makeWorkshop(path, 3);
            QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
            // As root (CI), take away what lets root read it anyway; then it is truly unreadable.
            if (::geteuid() == 0)
                QVERIFY(dropFileAccessOverride());
            QFile probe(path);
            QVERIFY2(!probe.open(QIODevice::ReadOnly), "the file is still readable");
        }
        const QByteArray hash = fileHash(path);
        const QStringList listing = dirListing(dir);

        for (auto access : {WorkshopStore::Access::ReadWrite, WorkshopStore::Access::ReadOnly}) {
            auto doc = Document::open(path, access);
            QVERIFY2(!doc, "a broken file was opened");
            QVERIFY2(doc.error().contains(message), qPrintable(doc.error()));
            // One sentence naming the file, no multi-line dumps.
            QVERIFY2(!doc.error().contains(QLatin1Char('\n')), qPrintable(doc.error()));
            if (kind != QLatin1StringView("missing"))
                QVERIFY2(doc.error().contains(QDir::toNativeSeparators(path)), qPrintable(doc.error()));
        }
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(dirListing(dir), listing); // no lock, journal or WAL left behind
    }

    void checkReportsProblems()
    {
        // A file SQLite can open but whose rows break the workshop's references.
        const QString path = m_dir.filePath(QStringLiteral("dangling.pamoja"));
        makeWorkshop(path, 3);
        rawSql(path, {QStringLiteral("PRAGMA foreign_keys=OFF"),
                      QStringLiteral("UPDATE ideas SET author_id='00000000-0000-4000-8000-000000000001'")});
        auto store = WorkshopStore::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const QStringList problems = (*store)->integrityProblems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.first().contains(QStringLiteral("ideas")));
    }
};

QTEST_GUILESS_MAIN(TestBrokenFiles)
#include "tst_brokenfiles.moc"
