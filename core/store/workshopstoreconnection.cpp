// WorkshopStore in a database: reading only the history entries a follower does not know yet, and
// surviving a lost connection (Document queues the changes made meanwhile and replays them once the
// server answers again; documentqueue.cpp).
#include "workshopstore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pamoja {

namespace {

QString historyError(const QString &path, const QString &why)
{
    return QCoreApplication::translate("pamoja::WorkshopStore", "Could not read the history of %1: %2").arg(QDir::toNativeSeparators(path), why);
}

// Entries read by id in chunks: one statement per chunk keeps the bound values well under any limit.
constexpr qsizetype EntriesPerQuery = 200;

} // namespace

Result<QList<QPair<qint64, QString>>> WorkshopStore::entryIds(qint64 after) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, entry_id FROM history WHERE seq > ? ORDER BY seq"));
    q.addBindValue(after);
    if (!q.exec())
        return Error{historyError(m_path, q.lastError().text())};
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (q.lastError().isValid())
        return Error{historyError(m_path, q.lastError().text())};
    return out;
}

Result<QList<HistoryEntry>> WorkshopStore::entries(const QStringList &ids) const
{
    QList<HistoryEntry> out;
    for (qsizetype from = 0; from < ids.size(); from += EntriesPerQuery) {
        const QStringList chunk = ids.mid(from, EntriesPerQuery);
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT seq,at,actor,description,changes,entry_id,parents,kind,aliases FROM history WHERE entry_id IN (%1)")
                      .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return Error{historyError(m_path, q.lastError().text())};
        while (q.next()) {
            auto e = readEntry(q);
            if (!e)
                return Error{historyError(m_path, e.error())};
            out.append(std::move(*e));
        }
        if (q.lastError().isValid())
            return Error{historyError(m_path, q.lastError().text())};
    }
    std::sort(out.begin(), out.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.seq < b.seq; });
    return out;
}

Result<bool> WorkshopStore::hasEntry(const QString &entryId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM history WHERE entry_id = ?"));
    q.addBindValue(entryId);
    if (!q.exec() || !q.next())
        return Error{historyError(m_path, q.lastError().text())};
    return q.value(0).toLongLong() > 0;
}

WorkshopStore::Connection WorkshopStore::connectionParameters() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return {db.hostName(), db.userName(), db.password(), db.databaseName(), db.connectOptions(), db.port()};
}

bool WorkshopStore::canConnect(const Connection &c)
{
    const QString name = QStringLiteral("pamoja-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(c.host);
        db.setPort(c.port);
        db.setUserName(c.user);
        db.setPassword(c.password);
        db.setDatabaseName(c.database);
        // A probe never waits longer than this for an unreachable server, whatever the location says
        // (a document going away waits for its probe).
        QStringList options = c.options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        options.removeIf([](const QString &o) { return o.trimmed().startsWith(QLatin1StringView("connect_timeout")); });
        options << QStringLiteral("connect_timeout=5");
        db.setConnectOptions(options.join(QLatin1Char(';')));
        ok = db.open();
        // The server answered, if only to refuse (libpq marks what the server said FATAL): reachable.
        if (!ok && db.lastError().databaseText().contains(QLatin1StringView("FATAL")))
            ok = true;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool WorkshopStore::connectionLost() const
{
    if (!m_postgres)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return !q.exec(QStringLiteral("SELECT 1")) || !q.next();
}

qint64 WorkshopStore::serverProcess() const
{
    if (!m_postgres)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toLongLong() : 0;
}

Status WorkshopStore::reconnect()
{
    // Prepared statements belong to the old connection.
    m_statements.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (!db.open())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not connect to %1: %2").arg(m_path, db.lastError().databaseText().trimmed())};
    (void)exec(QStringLiteral("SET client_min_messages TO warning"));
    if (Status s = exec(QStringLiteral("SET search_path TO %1").arg(m_namespace)); !s)
        return s;
    if (m_readOnly)
        (void)exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    return Status::ok();
}

} // namespace pamoja
