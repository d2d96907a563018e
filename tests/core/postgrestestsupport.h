#pragma once

// Shared by the tests that need the throwaway PostgreSQL cluster scripts/test starts
// (PAMOJA_TEST_POSTGRES): reading its location, reopening a workshop in it, a direct SQL connection
// for what the store does not offer, a database of a test's own, and terminating a document's
// server process as a restarted server or a dropped network would.

#include "document.h"
#include "store/workshoplocation.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace pamoja::test {

// The cluster's location (a database, without a workshop, with the password). When it is not set
// the current test fails and the result is empty: `if (base.isEmpty()) return;` after it.
inline QString clusterLocation()
{
    const QString base = qEnvironmentVariable("PAMOJA_TEST_POSTGRES");
    if (base.isEmpty())
        QTest::qFail(
            "PAMOJA_TEST_POSTGRES is not set: run this through scripts/test, which starts a throwaway "
            "PostgreSQL.",
            __FILE__, __LINE__);
    return base;
}

// Locations as Pamoja shows them carry no password: libpq finds it in PGPASSWORD (or ~/.pgpass).
inline void exportPassword(const QString &base)
{
    if (const auto l = WorkshopLocation::parse(base))
        qputenv("PGPASSWORD", l->password.toUtf8());
}

// The location of the workshop with this id in the database of `base` (with its password, if any).
inline QString workshopIn(const QString &base, const QUuid &id)
{
    return base + QStringLiteral("?workshop=") + id.toString(QUuid::WithoutBraces);
}

// The location a second document opens the same workshop with.
inline QString reopenable(const QString &base, const Document &doc)
{
    return workshopIn(base, doc.store().repositoryId());
}

// A QPSQL connection of the test's own, named `name`, to the database of `l`; `f(db)` opens it (or
// not) and uses it; the connection is removed afterwards.
template <class F> void withDirectConnection(const WorkshopLocation &l, const QString &name, F &&f)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(l.host);
        db.setPort(l.port);
        db.setUserName(l.user);
        db.setPassword(l.password);
        db.setDatabaseName(l.database);
        f(db);
    }
    QSqlDatabase::removeDatabase(name);
}

// A location that does not parse gives a connection that does not open.
template <class F> void withDirectConnection(const QString &base, const QString &name, F &&f)
{
    const auto l = WorkshopLocation::parse(base);
    withDirectConnection(l ? *l : WorkshopLocation(), name, std::forward<F>(f));
}

// A database of the test's own in the cluster (dropped first if it is there; only dropped with
// `drop`): tests that run at the same time (ctest -j) create workshops too, and a test that compares
// a database's whole list needs one nobody else writes to. Returns its location, with the password;
// empty when it could not be made.
inline QString ownTestDatabase(const QString &base, const QString &name, bool drop = false)
{
    const auto l = WorkshopLocation::parse(base);
    if (!l)
        return {};
    bool ok = false;
    withDirectConnection(*l, QStringLiteral("own-database"), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        ok = db.open() && q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)) &&
             (drop || q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    });
    if (!ok)
        return {};
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(l->user)),
             QString::fromLatin1(QUrl::toPercentEncoding(l->password)), l->host, QString::number(l->port),
             name);
}

// Terminates the server process behind a document's connection, from a connection of its own, and
// waits until it is gone, so the document's next statement meets a closed connection. Fails the
// current test when it cannot: `if (QTest::currentTestFailed()) return;` after it where that matters.
inline void terminateSession(const WorkshopLocation &l, const Document &doc)
{
    const qint64 pid = doc.store().serverProcess();
    QVERIFY(pid > 0);
    withDirectConnection(l, QStringLiteral("killer"), [&](QSqlDatabase &db) {
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
        q.addBindValue(pid);
        QVERIFY2(q.exec() && q.next() && q.value(0).toBool(), qPrintable(q.lastError().text()));
        for (int i = 0;; ++i) {
            q.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"));
            q.addBindValue(pid);
            QVERIFY(q.exec() && q.next());
            if (q.value(0).toInt() == 0)
                break;
            if (i == 500)
                QFAIL("the terminated server process did not go away within 10 s");
            QTest::qWait(20);
        }
    });
}

inline void terminateSession(const QString &base, const Document &doc)
{
    const auto l = WorkshopLocation::parse(base);
    QVERIFY2(l, qPrintable(l.error()));
    terminateSession(*l, doc);
}

// A history entry as a merge of workshops learns it from a copy: adding these changes, by another
// actor, with an id of its own.
inline HistoryEntry learnedEntry(const ChangeSet &changes, const QString &actor = QStringLiteral("breakout"))
{
    HistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = actor;
    e.description = QStringLiteral("Add idea");
    e.changes = changes;
    e.entryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return e;
}

} // namespace pamoja::test
