// The workshop schema in PostgreSQL (issue 10): every migration translates, runs in a throwaway
// PostgreSQL cluster (scripts/test starts one and sets PAMOJA_TEST_POSTGRES), and gives the same
// tables and columns as a workshop file at the same version.
#include "store/schema.h"
#include "store/schemapostgres.h"
#include "store/workshoplocation.h"
#include "store/workshopstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;

namespace {
QMap<QString, QStringList> sqliteTables(const QString &path)
{
    QMap<QString, QStringList> tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sqlite-columns"));
        db.setDatabaseName(path);
        if (!db.open())
            return tables;
        QSqlQuery names(db);
        names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList list;
        while (names.next())
            list << names.value(0).toString();
        for (const QString &t : list) {
            QSqlQuery columns(db);
            columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t));
            while (columns.next())
                tables[t] << columns.value(1).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sqlite-columns"));
    return tables;
}
} // namespace

class TestPostgresSchema : public QObject
{
    Q_OBJECT
    QString m_connection = QStringLiteral("pg-schema-test");
    QString m_namespace;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString uri = qEnvironmentVariable("PAMOJA_TEST_POSTGRES");
        if (uri.isEmpty())
            QFAIL("PAMOJA_TEST_POSTGRES is not set: run this through scripts/test, which starts a throwaway PostgreSQL.");
        const auto location = WorkshopLocation::parse(uri);
        QVERIFY2(location, qPrintable(location.error()));
        QVERIFY(!location->isFile());
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        QVERIFY2(d.isValid(), "Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
        d.setHostName(location->host);
        if (location->port)
            d.setPort(location->port);
        d.setUserName(location->user);
        d.setPassword(location->password);
        d.setDatabaseName(location->database);
        d.setConnectOptions(location->connectOptions());
        QVERIFY2(d.open(), qPrintable(d.lastError().text()));
        m_namespace = schema::postgresNamespace(QUuid::createUuid());
        QVERIFY(exec(QStringLiteral("SET client_min_messages TO warning"))); // no notice for each dropped table
    }
    void cleanupTestCase()
    {
        if (db().isOpen())
            exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(m_namespace));
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void translation_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres"); // empty: refused
        QTest::newRow("sequence") << QStringLiteral("CREATE TABLE h (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL)")
                                  << QStringLiteral("CREATE TABLE h (seq BIGSERIAL PRIMARY KEY, at TEXT NOT NULL)");
        QTest::newRow("float and integer") << QStringLiteral("CREATE TABLE c (x REAL NOT NULL, n INTEGER NOT NULL)")
                                           << QStringLiteral("CREATE TABLE c (x DOUBLE PRECISION NOT NULL, n BIGINT NOT NULL)");
        QTest::newRow("added column") << QStringLiteral("ALTER TABLE ideas ADD COLUMN t TEXT NOT NULL DEFAULT ''")
                                      << QStringLiteral("ALTER TABLE ideas ADD COLUMN t TEXT NOT NULL DEFAULT ''");
        QTest::newRow("words inside names stay") << QStringLiteral("CREATE INDEX ideas_realm ON ideas(realm_integer)")
                                                 << QStringLiteral("CREATE INDEX ideas_realm ON ideas(realm_integer)");
        QTest::newRow("pragma") << QStringLiteral("PRAGMA user_version = 4") << QString();
        QTest::newRow("insert or replace") << QStringLiteral("INSERT OR REPLACE INTO t VALUES (1)") << QString();
        QTest::newRow("without rowid") << QStringLiteral("CREATE TABLE t (a TEXT PRIMARY KEY) WITHOUT ROWID") << QString();
        QTest::newRow("autoincrement elsewhere") << QStringLiteral("CREATE TABLE t (a INTEGER AUTOINCREMENT)") << QString();
    }
    void translation()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        const auto out = schema::postgresStatement(sqlite);
        if (postgres.isEmpty()) {
            QVERIFY(!out);
            QVERIFY(out.error().contains(QLatin1StringView("no PostgreSQL form")));
        } else {
            QVERIFY2(out, qPrintable(out.error()));
            QCOMPARE(*out, postgres);
        }
    }

    // Every migration, in order, in one transaction per version, like a file's upgrade.
    void everyMigrationRuns()
    {
        QString error;
        QVERIFY2(exec(QStringLiteral("CREATE SCHEMA %1").arg(m_namespace), &error), qPrintable(error));
        QVERIFY2(exec(QStringLiteral("SET search_path TO %1").arg(m_namespace), &error), qPrintable(error));
        for (int v = 1; v <= schema::CurrentVersion; ++v) {
            const auto statements = schema::postgresMigration(v);
            QVERIFY2(statements, qPrintable(statements.error()));
            QVERIFY(db().transaction());
            for (const QString &s : *statements)
                QVERIFY2(exec(s, &error), qPrintable(QStringLiteral("version %1: %2\n%3").arg(QString::number(v), error, s)));
            QVERIFY(db().commit());
        }
    }

    // The same tables with the same columns in the same order as a new workshop file.
    void sameTablesAsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.pamoja"));
        {
            auto store = WorkshopStore::create(path);
            QVERIFY2(store, qPrintable(store.error()));
        }
        const QMap<QString, QStringList> file = sqliteTables(path);
        QVERIFY(file.contains(QStringLiteral("ideas")));
        QVERIFY(file.contains(QStringLiteral("history")));

        QMap<QString, QStringList> pg;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ? "
                                 "ORDER BY table_name, ordinal_position"));
        q.addBindValue(m_namespace);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        while (q.next())
            pg[q.value(0).toString()] << q.value(1).toString();
        QCOMPARE(pg.keys(), file.keys());
        for (auto it = file.cbegin(); it != file.cend(); ++it)
            QCOMPARE(pg.value(it.key()), it.value());
    }

    // The references a change set relies on are checked at commit, as in a file: an idea may name a
    // prompt inserted later in the same transaction, and a dangling one is refused at commit.
    void referencesAreCheckedAtCommit()
    {
        QString error;
        QVERIFY(exec(QStringLiteral("SET search_path TO %1").arg(m_namespace)));
        const QString idea = QStringLiteral(
            "INSERT INTO ideas (id, step, prompt_id, text, original_text, language, author_id, constituency, source, created, "
            "modified, cluster_id, merged_into, hidden, revealed, x, y) VALUES ('%1', 1, '%2', 't', 't', '', NULL, 'south', "
            "'facilitator', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', NULL, NULL, 0, 1, 0, 0)");
        QVERIFY(db().transaction());
        QVERIFY2(exec(idea.arg(QStringLiteral("i1"), QStringLiteral("p1")), &error), qPrintable(error));
        QVERIFY2(exec(QStringLiteral("INSERT INTO prompts (id, step, text, position) VALUES ('p1', 1, 'Prompt', 0)"), &error),
                 qPrintable(error));
        QVERIFY2(db().commit(), qPrintable(db().lastError().text()));

        QVERIFY(db().transaction());
        QVERIFY(exec(idea.arg(QStringLiteral("i2"), QStringLiteral("missing"))));
        QVERIFY(!db().commit()); // and the transaction is gone with it
        QSqlQuery count(db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM ideas")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "tst_postgresschema.moc"
