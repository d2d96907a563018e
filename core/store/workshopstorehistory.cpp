// WorkshopStore: reading the history back, a copy of the file, and SQLite's own checks (the opening,
// loading and writing are in workshopstore.cpp).
#include "workshopstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>

namespace pamoja {

QSqlDriver *WorkshopStore::notificationDriver() const
{
    return m_postgres ? QSqlDatabase::database(m_connection, false).driver() : nullptr;
}

Result<qint64> WorkshopStore::lastSeq() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT max(seq) FROM history")) || !q.next())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read the history of %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), q.lastError().text())};
    return q.value(0).toLongLong();
}

Result<QList<HistoryEntry>> WorkshopStore::history(int limit, qint64 after) const
{
    QList<HistoryEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const auto failed = [&](const QString &why) {
        // A driver that closed a lost connection gives no reason of its own.
        const QString reason = why.trimmed().isEmpty() ? QCoreApplication::translate("pamoja::WorkshopStore", "the connection to the database is lost") : why;
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read the history of %1: %2").arg(QDir::toNativeSeparators(m_path), reason)};
    };
    // All of it without a limit (PostgreSQL refuses SQLite's LIMIT -1).
    if (!q.prepare(QStringLiteral("SELECT seq,at,actor,description,changes,entry_id,parents,kind,aliases FROM history WHERE seq > ? ORDER BY seq DESC%1")
                       .arg(limit < 0 ? QString() : QStringLiteral(" LIMIT ?"))))
        return failed(q.lastError().text());
    q.addBindValue(after);
    if (limit >= 0)
        q.addBindValue(limit);
    if (!q.exec())
        return failed(q.lastError().text());
    while (q.next()) {
        auto e = readEntry(q);
        if (!e)
            return failed(e.error());
        out.append(std::move(*e));
    }
    if (q.lastError().isValid())
        return failed(q.lastError().text());
    std::reverse(out.begin(), out.end());
    return out;
}

// One row of SELECT seq,at,actor,description,changes,entry_id,parents,kind,aliases FROM history.
Result<HistoryEntry> WorkshopStore::readEntry(const QSqlQuery &q)
{
    {
        HistoryEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.description = q.value(3).toString();
        auto changes = ChangeSet::fromJson(q.value(4).toString().toUtf8());
        if (!changes)
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "entry %1 is damaged (%2)").arg(QString::number(e.seq), changes.error())};
        e.changes = std::move(*changes);
        e.entryId = q.value(5).toString();
        e.parents = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.merge = q.value(7).toString() == QLatin1StringView("merge");
        for (const QString &pair : q.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QUuid from = QUuid::fromString(pair.section(QLatin1Char('='), 0, 0)), to = QUuid::fromString(pair.section(QLatin1Char('='), 1));
            if (!from.isNull() && !to.isNull())
                e.aliases.insert(from, to);
        }
        return e;
    }
}

Result<qint64> WorkshopStore::historyCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM history")) || !q.next())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read the history of %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), q.lastError().text())};
    return q.value(0).toLongLong();
}

Result<QString> WorkshopStore::head() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT entry_id FROM history ORDER BY seq DESC LIMIT 1")))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read the history of %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), q.lastError().text())};
    return q.next() ? q.value(0).toString() : QString();
}

// The entries of a file from before the history graph get ids derived from their content, so two
// copies of one file that are both upgraded agree on the entries they share; each one's parent is
// the entry before it.
Status WorkshopStore::identifyHistory()
{
    static const QUuid space = QUuid::fromString(QStringLiteral("6f1c2a4e-3b5d-4e7f-9a1b-2c3d4e5f6a7b"));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq,at,actor,description,changes FROM history ORDER BY seq")))
        return Error{q.lastError().text()};
    QList<QPair<qint64, QString>> ids;
    while (q.next()) {
        QByteArray content = q.value(0).toString().toUtf8();
        for (int i = 1; i < 5; ++i)
            content += '\x1f' + q.value(i).toString().toUtf8();
        ids.append({q.value(0).toLongLong(), idString(QUuid::createUuidV5(space, content))});
    }
    q.finish();
    QSqlQuery u(QSqlDatabase::database(m_connection, false));
    if (!u.prepare(QStringLiteral("UPDATE history SET entry_id=?, parents=? WHERE seq=?")))
        return Error{u.lastError().text()};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        u.addBindValue(ids[i].second);
        u.addBindValue(i > 0 ? ids[i - 1].second : QStringLiteral(""));
        u.addBindValue(ids[i].first);
        if (!u.exec())
            return Error{u.lastError().text()};
    }
    if (!u.exec(QStringLiteral("CREATE UNIQUE INDEX history_entry ON history(entry_id)")))
        return Error{u.lastError().text()};
    return Status::ok();
}

Status WorkshopStore::saveCopy(const QString &target) const
{
    const QString absTarget = QFileInfo(target).absoluteFilePath();
    if (m_postgres) {
        // From a database: a new file beside the target, renamed over it once complete.
        const QString tmp = absTarget + QStringLiteral(".part");
        removeWorkshopFiles(tmp);
        auto copied = copyTo(tmp);
        if (!copied)
            return Error{copied.error()};
        removeWorkshopFiles(absTarget);
        if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(absTarget).constData()) != 0) {
            removeWorkshopFiles(tmp);
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not write %1: %2").arg(absTarget, QString::fromLocal8Bit(std::strerror(errno)))};
        }
        return Status::ok();
    }
    // The same file under another spelling, a symlink or a hard link would be replaced under the
    // open connection, losing every later change: compare the files themselves.
    struct stat source {}, existing {};
    const bool same = absTarget == QFileInfo(m_path).absoluteFilePath() ||
                      (::stat(QFile::encodeName(m_path).constData(), &source) == 0 &&
                       ::stat(QFile::encodeName(absTarget).constData(), &existing) == 0 &&
                       source.st_dev == existing.st_dev && source.st_ino == existing.st_ino);
    if (same)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Choose a different file name for the copy.")};
    const QString tmp = absTarget + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(tmp);
    if (!q.exec()) {
        QFile::remove(tmp);
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not write %1: %2").arg(QDir::toNativeSeparators(target), q.lastError().text())};
    }
    // rename(2) replaces the target atomically: a reader sees the old copy or the new, never half.
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(absTarget).constData()) != 0) {
        QFile::remove(tmp);
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not write %1.").arg(QDir::toNativeSeparators(target))};
    }
    return Status::ok();
}

QStringList WorkshopStore::integrityProblems() const
{
    // PostgreSQL checks its pages and every reference itself, at each commit.
    if (m_postgres)
        return {};
    QStringList problems;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {q.lastError().text()};
    while (q.next())
        if (q.value(0).toString() != QLatin1StringView("ok"))
            problems.append(q.value(0).toString());
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems.append(QCoreApplication::translate("pamoja::WorkshopStore", "Table %1 refers to a missing row in %2.")
                                .arg(q.value(0).toString(), q.value(2).toString()));
    }
    return problems;
}

} // namespace pamoja
