// WorkshopStore's write path: a change set with its history entry in one transaction (apply), a merge
// with the entries it brings in (applyMerge), the undo of a merge (forgetMerge), and the checks that
// keep a change made on stale data out (writeChanges).
#include "workshopstore.h"

#include "storesql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QUuid>

namespace pamoja {

using namespace storesql;

Status WorkshopStore::apply(const ChangeSet &cs, const QString &actor, const QString &description, const QString &entryId)
{
    auto parent = head();
    if (!parent)
        return Error{parent.error()};
    HistoryEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.actor = actor;
    e.description = description;
    e.changes = cs;
    e.entryId = entryId.isEmpty() ? idString(QUuid::createUuid()) : entryId;
    if (!parent->isEmpty())
        e.parents = QStringList{*parent};
    return applyMerge(cs, {}, &e);
}

Status WorkshopStore::applyMerge(const ChangeSet &cs, const QList<HistoryEntry> &learned, const HistoryEntry *merge)
{
    if (m_readOnly)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "This workshop is open read-only; the change was not made.")};
    // Refused while the open file can still be copied (Save a Copy reads it through SQLite).
    if (fileHasMoved(m_connection))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 was deleted, moved or replaced by another program while it was open; the change was not made. "
                        "Use Save a Copy to keep this workshop as it is.")
                         .arg(nativeName(m_path))};
    if (Status s = checkFields(cs); !s)
        return s;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not start saving: %1").arg(db.lastError().text())};
    if (Status s = writeChanges(cs); !s)
        return s;
    for (const HistoryEntry &e : learned)
        if (Status s = writeEntry(e); !s)
            return s;
    if (merge)
        if (Status s = writeEntry(*merge); !s)
            return s;
    if (Status s = notifyOthers(); !s)
        return s;
    if (!db.commit()) {
        const QSqlError err = db.lastError();
        db.rollback();
        return Error{notSavedMessage(err)};
    }
    return Status::ok();
}

Status WorkshopStore::forgetMerge(const ChangeSet &cs, const QStringList &entryIds, const QString &previousHead)
{
    if (m_readOnly)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "This workshop is open read-only; the change was not made.")};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not start saving: %1").arg(db.lastError().text())};
    if (Status s = writeChanges(cs); !s)
        return s;
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM history WHERE entry_id=?"));
    for (const QString &id : entryIds) {
        q.addBindValue(id);
        if (!q.exec()) {
            const QSqlError err = q.lastError();
            db.rollback();
            return Error{notSavedMessage(err)};
        }
    }
    const QSet<QString> gone(entryIds.cbegin(), entryIds.cend());
    QSqlQuery r(db);
    QList<QPair<qint64, QString>> reparent;
    if (!r.exec(QStringLiteral("SELECT seq,parents FROM history WHERE parents <> ''"))) {
        const QSqlError err = r.lastError();
        db.rollback();
        return Error{notSavedMessage(err)};
    }
    while (r.next()) {
        QStringList parents = r.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        const qsizetype n = parents.size();
        parents.removeIf([&](const QString &p) { return gone.contains(p); });
        if (parents.size() == n)
            continue;
        if (!previousHead.isEmpty() && !parents.contains(previousHead))
            parents.prepend(previousHead);
        reparent.append({r.value(0).toLongLong(), parents.join(QLatin1Char(',')) + QStringLiteral("")});
    }
    r.finish();
    for (const auto &[seq, parents] : std::as_const(reparent)) {
        QSqlQuery &u = prepared(QStringLiteral("UPDATE history SET parents=? WHERE seq=?"));
        u.addBindValue(parents);
        u.addBindValue(seq);
        if (!u.exec()) {
            const QSqlError err = u.lastError();
            db.rollback();
            return Error{notSavedMessage(err)};
        }
    }
    // Entries left the history: the others cannot follow it entry by entry and read it all again.
    if (Status s = notifyOthers(ReloadPayload); !s)
        return s;
    if (!db.commit()) {
        const QSqlError err = db.lastError();
        db.rollback();
        return Error{notSavedMessage(err)};
    }
    return Status::ok();
}

// Field names become column names in writeChanges' SQL: only declared fields get that far.
Status WorkshopStore::checkFields(const ChangeSet &cs) const
{
    for (const Change &c : cs.changes) {
        const KindInfo &info = kindInfo(c.kind);
        for (auto it = c.after.constBegin(); it != c.after.constEnd(); ++it)
            if (!fieldType(info, it.key()))
                return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The change was not saved: a %1 has no field \"%2\".")
                                 .arg(info.name, it.key().left(40))};
        if (c.op != Change::Op::Remove && c.after.isEmpty())
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The change was not saved: a change to a %1 names no fields.").arg(info.name)};
    }
    return Status::ok();
}

Status WorkshopStore::writeChanges(const ChangeSet &cs)
{
    // Each row is written only where it still holds the values the change was made from (its
    // 'before'): with several writers on one database, a change made on stale data is refused.
    const QString same = m_postgres ? QStringLiteral(" IS NOT DISTINCT FROM ?") : QStringLiteral(" IS ?");
    const auto expected = [&](const KindInfo &info, const Record &before) {
        QString where;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (!fieldType(info, it.key()))
                continue;
            // Positions are floats: equal within a millionth of a pixel.
            where += *fieldType(info, it.key()) == FieldType::Real ? QStringLiteral(" AND abs(%1 - ?) < 1e-6").arg(it.key())
                                                                   : QStringLiteral(" AND ") + it.key() + same;
        }
        return where;
    };
    const auto bindExpected = [&](QSqlQuery &q, const KindInfo &info, const Record &before) {
        for (auto it = before.constBegin(); it != before.constEnd(); ++it)
            if (const auto type = fieldType(info, it.key()))
                q.addBindValue(toSql(*type, it.value()));
    };
    const auto conflictMessage = [&](const KindInfo &info) {
        return m_postgres ? QCoreApplication::translate("pamoja::WorkshopStore", "The change was not made: someone else changed or removed this %1 in the meantime. "
                                                                                 "Reopen the workshop to see their change, then try again.")
                                .arg(info.name)
                          : QCoreApplication::translate("pamoja::WorkshopStore", "The change could not be saved: the %1 in the file is not the one it was made from.")
                                .arg(info.name);
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto fail = [&](const QSqlQuery &q) {
        const QSqlError err = q.lastError();
        db.rollback();
        return Status(Error{notSavedMessage(err)});
    };
    for (const Change &c : cs.changes) {
        const KindInfo &info = kindInfo(c.kind);
        if (c.op == Change::Op::Remove) {
            QSqlQuery &q = prepared(QStringLiteral("DELETE FROM %1 WHERE id=?%2").arg(info.table, expected(info, c.before)));
            q.addBindValue(idString(c.id));
            bindExpected(q, info, c.before);
            if (!q.exec())
                return fail(q);
            if (q.numRowsAffected() != 1) {
                db.rollback();
                return Error{conflictMessage(info)};
            }
            continue;
        }
        QStringList names;
        for (auto it = c.after.constBegin(); it != c.after.constEnd(); ++it)
            names.append(it.key());
        QString sql;
        if (c.op == Change::Op::Insert) {
            sql = QStringLiteral("INSERT INTO %1 (id,%2) VALUES (?%3)")
                      .arg(info.table, names.join(QLatin1Char(',')), QStringLiteral(",?").repeated(names.size()));
        } else {
            sql = QStringLiteral("UPDATE %1 SET %2=? WHERE id=?%3").arg(info.table, names.join(QStringLiteral("=?,")), expected(info, c.before));
        }
        QSqlQuery &q = prepared(sql);
        if (c.op == Change::Op::Insert)
            q.addBindValue(idString(c.id));
        for (auto it = c.after.constBegin(); it != c.after.constEnd(); ++it)
            q.addBindValue(toSql(*fieldType(info, it.key()), it.value()));
        if (c.op == Change::Op::Update) {
            q.addBindValue(idString(c.id));
            bindExpected(q, info, c.before);
        }
        if (!q.exec()) {
            if (c.op == Change::Op::Insert && isDuplicate(q.lastError())) {
                db.rollback();
                return Error{conflictMessage(info)};
            }
            return fail(q);
        }
        if (c.op == Change::Op::Update && q.numRowsAffected() != 1) {
            db.rollback();
            return Error{conflictMessage(info)};
        }
    }
    return Status::ok();
}

// In a database, the others on the workshop hear of the write when it commits (and not at all when
// it rolls back): NOTIFY is transactional.
Status WorkshopStore::notifyOthers(const char *payload)
{
    if (!m_postgres)
        return Status::ok();
    QSqlQuery &n = prepared(QStringLiteral("SELECT pg_notify(?, ?)"));
    n.addBindValue(m_namespace);
    n.addBindValue(QString::fromLatin1(payload ? payload : ""));
    if (!n.exec()) {
        const QSqlError err = n.lastError();
        QSqlDatabase::database(m_connection, false).rollback();
        return Error{notSavedMessage(err)};
    }
    n.finish();
    return Status::ok();
}

Status WorkshopStore::writeEntry(const HistoryEntry &e)
{
    QStringList aliases;
    for (auto it = e.aliases.constBegin(); it != e.aliases.constEnd(); ++it)
        aliases.append(idString(it.key()) + QLatin1Char('=') + idString(it.value()));
    aliases.sort();
    QSqlQuery &h = prepared(QStringLiteral("INSERT INTO history (at,actor,description,changes,entry_id,parents,kind,aliases) VALUES (?,?,?,?,?,?,?,?)"));
    h.addBindValue(timeString(e.at));
    h.addBindValue(e.actor);
    h.addBindValue(e.description);
    h.addBindValue(QString::fromUtf8(e.changes.toJson()));
    h.addBindValue(e.entryId);
    // A null QString binds as SQL NULL; the columns hold '' for none.
    h.addBindValue(QString(e.parents.join(QLatin1Char(',')) + QStringLiteral("")));
    h.addBindValue(e.merge ? QStringLiteral("merge") : QStringLiteral(""));
    h.addBindValue(QString(aliases.join(QLatin1Char(',')) + QStringLiteral("")));
    if (!h.exec()) {
        const QSqlError err = h.lastError();
        QSqlDatabase::database(m_connection, false).rollback();
        return Error{notSavedMessage(err)};
    }
    m_lastWritten = e.entryId;
    return Status::ok();
}

} // namespace pamoja
