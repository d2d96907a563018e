// WorkshopStore in a PostgreSQL database (issue 10). A database holds any number of workshops, each in
// its own PostgreSQL schema (namespace, schemapostgres.h) with the same tables as a workshop file;
// public.pamoja_workshops lists them with their schema version. Several processes may write one
// workshop at once: every change is checked against the stored values in its own transaction
// (WorkshopStore::apply), so nothing is applied on stale data.
#include "workshopstore.h"

#include "schema.h"
#include "schemapostgres.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pamoja {

namespace {


const char *registryTable = "CREATE TABLE IF NOT EXISTS public.pamoja_workshops (id TEXT PRIMARY KEY NOT NULL, "
                            "namespace TEXT UNIQUE NOT NULL, version INTEGER NOT NULL, created TEXT NOT NULL)";
// Creating the registry table and a workshop's schema, one creator at a time (two first creators
// would both try to create the table).
constexpr qint64 CreateLock = 0x504D4A41;

QString lastError(const QSqlQuery &q)
{
    return q.lastError().text();
}

QStringList workshopTables()
{
    QStringList tables{QStringLiteral("history")};
    for (EntityKind k : allKinds())
        tables.append(kindInfo(k).table);
    return tables;
}

} // namespace

Result<std::unique_ptr<WorkshopStore>> WorkshopStore::connectPostgres(const WorkshopLocation &location, bool readOnly)
{
    std::unique_ptr<WorkshopStore> store(new WorkshopStore);
    store->m_path = location.display();
    store->m_postgres = true;
    store->m_readOnly = readOnly;
    store->m_repositoryId = location.workshop;
    store->m_connection = QStringLiteral("pamoja-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
    if (!db.isValid())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Pamoja cannot reach PostgreSQL here: Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql).")};
    db.setHostName(location.host);
    if (location.port)
        db.setPort(location.port);
    db.setUserName(location.user);
    db.setPassword(location.password);
    db.setDatabaseName(location.database);
    // A server that does not answer or a network that drops must end in an error within seconds,
    // not in minutes of TCP retries on the thread that waits (a window, a server): the location's
    // own values win.
    WorkshopLocation bounded = location;
    for (const auto &[key, value] : {std::pair{"connect_timeout", "10"}, std::pair{"keepalives", "1"}, std::pair{"keepalives_idle", "10"},
                                     std::pair{"keepalives_interval", "5"}, std::pair{"keepalives_count", "3"},
                                     std::pair{"tcp_user_timeout", "15000"}}) {
        const QString name = QString::fromLatin1(key);
        if (std::none_of(bounded.options.cbegin(), bounded.options.cend(), [&](const auto &o) { return o.first == name; }))
            bounded.options.append({name, QString::fromLatin1(value)});
    }
    db.setConnectOptions(bounded.connectOptions());
    if (!db.open())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not connect to %1: %2").arg(store->m_path, db.lastError().databaseText().trimmed())};
    (void)store->exec(QStringLiteral("SET client_min_messages TO warning"));
    return store;
}

Result<std::unique_ptr<WorkshopStore>> WorkshopStore::createPostgres(const WorkshopLocation &location, const HistoryEntry *first)
{
    const QUuid id = location.workshop.isNull() ? QUuid::createUuid() : location.workshop;
    auto opened = connectPostgres(location.withWorkshop(id), false);
    if (!opened)
        return opened;
    WorkshopStore &store = **opened;
    if (first)
        if (Status s = store.checkFields(first->changes); !s)
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not create the workshop in %1: %2").arg(store.m_path, s.error())};
    store.m_repositoryId = id;
    store.m_namespace = schema::postgresNamespace(id);
    QSqlDatabase db = QSqlDatabase::database(store.m_connection, false);
    if (!db.transaction())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not create the workshop in %1: %2").arg(store.m_path, db.lastError().text())};
    auto fail = [&](const QString &why) -> Result<std::unique_ptr<WorkshopStore>> {
        db.rollback();
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not create the workshop in %1: %2").arg(store.m_path, why)};
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(CreateLock)) || !q.exec(QString::fromLatin1(registryTable)))
        return fail(lastError(q));
    q.prepare(QStringLiteral("SELECT count(*) FROM public.pamoja_workshops WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return fail(lastError(q));
    if (q.value(0).toInt() > 0) {
        db.rollback();
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 already holds a workshop with the id %2; nothing was changed.").arg(store.m_path, id.toString(QUuid::WithoutBraces))};
    }
    if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(store.m_namespace)) ||
        !q.exec(QStringLiteral("SET LOCAL search_path TO %1").arg(store.m_namespace)))
        return fail(lastError(q));
    for (int v = 1; v <= schema::CurrentVersion; ++v) {
        const auto statements = schema::postgresMigration(v);
        if (!statements)
            return fail(statements.error());
        for (const QString &sql : *statements)
            if (!q.exec(sql))
                return fail(lastError(q));
        if (v == schema::HistoryGraphVersion)
            if (Status s = store.identifyHistory(); !s)
                return fail(s.error());
    }
    // The first entry in the same transaction as the schema and the registry row: a workshop whose
    // first write fails is never listed, and no empty schema stays behind.
    if (first) {
        // writeChanges and writeEntry roll the transaction back themselves when they fail.
        Status s = store.writeChanges(first->changes);
        if (s)
            s = store.writeEntry(*first);
        if (!s)
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not create the workshop in %1: %2").arg(store.m_path, s.error())};
    }
    q.prepare(QStringLiteral("INSERT INTO public.pamoja_workshops (id, namespace, version, created) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(store.m_namespace);
    q.addBindValue(schema::CurrentVersion);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return fail(lastError(q));
    q.finish();
    // A COMMIT that fails (a deferred constraint) has ended the transaction: nothing to roll back.
    if (!db.commit())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not create the workshop in %1: %2").arg(store.m_path, db.lastError().text())};
    if (Status s = store.exec(QStringLiteral("SET search_path TO %1").arg(store.m_namespace)); !s)
        return Error{s.error()};
    store.m_version = schema::CurrentVersion;
    return opened;
}

Result<std::unique_ptr<WorkshopStore>> WorkshopStore::openPostgres(const WorkshopLocation &location, Access access)
{
    if (location.workshop.isNull())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Name the workshop to open: add ?workshop=ID to %1 (pamoja repo list shows the ids).").arg(location.display())};
    const bool readOnly = access == Access::ReadOnly;
    auto opened = connectPostgres(location, readOnly);
    if (!opened)
        return opened;
    WorkshopStore &store = **opened;
    const QString id = location.workshop.toString(QUuid::WithoutBraces);
    QSqlQuery q(QSqlDatabase::database(store.m_connection, false));
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.pamoja_workshops') IS NOT NULL")) || !q.next())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read %1: %2").arg(store.m_path, lastError(q))};
    if (!q.value(0).toBool())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The database of %1 holds no Pamoja workshops.").arg(store.m_path)};
    q.prepare(QStringLiteral("SELECT namespace, version FROM public.pamoja_workshops WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read %1: %2").arg(store.m_path, lastError(q))};
    if (!q.next())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The database has no workshop with the id %1 (pamoja repo list shows the ids).").arg(id)};
    const QString ns = q.value(0).toString();
    const int version = q.value(1).toInt();
    if (ns != schema::postgresNamespace(location.workshop))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The workshop %1 is damaged in its database (its schema name is not its own).").arg(id)};
    if (version < 1)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The workshop %1 is damaged: its version (%2) is not one Pamoja ever wrote.").arg(id).arg(version)};
    if (version > schema::CurrentVersion)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The workshop %1 was written by a newer Pamoja (version %2; this one reads up to %3). Update Pamoja to open it; "
                        "nothing was changed.")
                         .arg(id)
                         .arg(version)
                         .arg(schema::CurrentVersion)};
    q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ANY(string_to_array(?, ','))"));
    q.addBindValue(ns);
    q.addBindValue(workshopTables().join(QLatin1Char(',')));
    if (!q.exec() || !q.next() || q.value(0).toInt() != workshopTables().size())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The workshop %1 is damaged: some of its tables are missing. Nothing was changed.").arg(id)};
    q.finish();
    store.m_namespace = ns;
    store.m_repositoryId = location.workshop;
    store.m_version = version;
    if (Status s = store.exec(QStringLiteral("SET search_path TO %1").arg(ns)); !s)
        return Error{s.error()};
    if (readOnly) {
        if (version < schema::CurrentVersion)
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The workshop %1 was written by an older Pamoja and must be upgraded; open it for writing.").arg(id)};
        (void)store.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        return opened;
    }
    if (version < schema::CurrentVersion)
        if (Status s = store.migratePostgres(version); !s)
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not upgrade the workshop %1: %2. It was left as it was.").arg(id, s.error())};
    return opened;
}

// One transaction; the registry row is locked first, so when two processes open an old workshop at
// once the second finds it upgraded and does nothing.
Status WorkshopStore::migratePostgres(int from)
{
    Q_UNUSED(from)
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Error{db.lastError().text()};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM public.pamoja_workshops WHERE id = ? FOR UPDATE"));
    q.addBindValue(m_repositoryId.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next()) {
        const QString why = lastError(q);
        db.rollback();
        return Error{why};
    }
    const int current = q.value(0).toInt();
    for (int v = current + 1; v <= schema::CurrentVersion; ++v) {
        const auto statements = schema::postgresMigration(v);
        if (!statements) {
            db.rollback();
            return Error{statements.error()};
        }
        for (const QString &sql : *statements)
            if (!q.exec(sql)) {
                const QString why = lastError(q);
                db.rollback();
                return Error{why};
            }
        // The same step as a file's upgrade (WorkshopStore::migrate): ids for the history's entries.
        if (v == schema::HistoryGraphVersion)
            if (Status s = identifyHistory(); !s) {
                db.rollback();
                return s;
            }
    }
    q.prepare(QStringLiteral("UPDATE public.pamoja_workshops SET version = ? WHERE id = ?"));
    q.addBindValue(schema::CurrentVersion);
    q.addBindValue(m_repositoryId.toString(QUuid::WithoutBraces));
    if (!q.exec()) {
        const QString why = lastError(q);
        db.rollback();
        return Error{why};
    }
    q.finish();
    if (!db.commit())
        return Error{db.lastError().text()};
    m_version = schema::CurrentVersion;
    return Status::ok();
}

Result<QList<RepositoryWorkshop>> WorkshopStore::listRepository(const QString &text)
{
    auto location = WorkshopLocation::parse(text);
    if (!location)
        return Error{location.error()};
    if (location->isFile())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Give a postgresql:// location to list its workshops.")};
    location->workshop = QUuid();
    auto store = connectPostgres(*location, true);
    if (!store)
        return Error{store.error()};
    QList<RepositoryWorkshop> out;
    {
        QSqlQuery q(QSqlDatabase::database((*store)->m_connection, false));
        if (!q.exec(QStringLiteral("SELECT to_regclass('public.pamoja_workshops') IS NOT NULL")) || !q.next())
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read %1: %2").arg((*store)->m_path, lastError(q))};
        if (!q.value(0).toBool())
            return out;
        if (!q.exec(QStringLiteral("SELECT id, namespace, version, created FROM public.pamoja_workshops ORDER BY created, id")))
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read %1: %2").arg((*store)->m_path, lastError(q))};
        QList<QPair<RepositoryWorkshop, QString>> rows;
        while (q.next()) {
            RepositoryWorkshop w;
            w.id = QUuid::fromString(q.value(0).toString());
            w.version = q.value(2).toInt();
            w.created = q.value(3).toString();
            rows.append({w, q.value(1).toString()});
        }
        for (auto &[w, ns] : rows) {
            // The namespace comes from the registry; only the names Pamoja gives are used as SQL.
            if (ns == schema::postgresNamespace(w.id) && q.exec(QStringLiteral("SELECT title FROM %1.workshop LIMIT 1").arg(ns)) && q.next())
                w.title = q.value(0).toString();
            out.append(w);
        }
    }
    return out;
}

// Every row of every table, history included with its sequence numbers, into 'target' (new and empty)
// in one transaction.
Status WorkshopStore::copyRows(WorkshopStore &target) const
{
    QSqlDatabase from = QSqlDatabase::database(m_connection, false);
    QSqlDatabase to = QSqlDatabase::database(target.m_connection, false);
    if (!to.transaction())
        return Error{to.lastError().text()};
    auto fail = [&](const QString &why) {
        to.rollback();
        return Status(Error{why});
    };
    for (const QString &table : workshopTables()) {
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1%2").arg(table, table == QLatin1StringView("history") ? QStringLiteral(" ORDER BY seq") : QString())))
            return fail(lastError(read));
        const QSqlRecord columns = read.record();
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names << columns.fieldName(i);
        QSqlQuery write(to);
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, names.join(QLatin1Char(',')), QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i)
                write.addBindValue(read.value(i));
            if (!write.exec())
                return fail(lastError(write));
        }
    }
    // The history's sequence goes on after the copied entries.
    if (target.m_postgres) {
        QSqlQuery q(to);
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('history', 'seq'), GREATEST((SELECT max(seq) FROM history), 1), "
                                   "(SELECT count(*) > 0 FROM history))")))
            return fail(lastError(q));
    }
    if (!to.commit())
        return fail(to.lastError().text());
    return Status::ok();
}

Result<QString> WorkshopStore::copyTo(const QString &targetText) const
{
    auto location = WorkshopLocation::parse(targetText);
    if (!location)
        return Error{location.error()};
    if (!location->isFile() && location->workshop.isNull()) {
        // The copy keeps the workshop's id, so copies of one workshop are recognised as such.
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (q.exec(QStringLiteral("SELECT id FROM workshop LIMIT 1")) && q.next())
            location->workshop = QUuid::fromString(q.value(0).toString());
    }
    auto target = location->isFile() ? create(location->path) : createPostgres(*location);
    if (!target)
        return Error{target.error()};
    const QString shown = (*target)->path();
    if (Status s = copyRows(**target); !s) {
        // Nothing half-copied stays behind.
        WorkshopStore &t = **target;
        if (t.m_postgres) {
            QSqlQuery q(QSqlDatabase::database(t.m_connection, false));
            (void)q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(t.m_namespace));
            q.prepare(QStringLiteral("DELETE FROM public.pamoja_workshops WHERE id = ?"));
            q.addBindValue(t.m_repositoryId.toString(QUuid::WithoutBraces));
            (void)q.exec();
            target->reset();
        } else {
            target->reset();
            removeWorkshopFiles(location->path);
        }
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not copy the workshop to %1: %2").arg(shown, s.error())};
    }
    return shown;
}

} // namespace pamoja
