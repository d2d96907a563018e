#include "workshopstore.h"

#include "schema.h"
#include "storesql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

namespace pamoja {

namespace storesql {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QVariant toSql(FieldType type, const QVariant &v)
{
    switch (type) {
    case FieldType::Id: return v.toString().isEmpty() ? QVariant() : v;
    case FieldType::Bool: return v.toBool() ? 1 : 0;
    case FieldType::Text:
    case FieldType::Time: {
        // A null QString binds as SQL NULL; text columns hold '' instead.
        const QString s = v.toString();
        return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
    }
    default: return v;
    }
}

QVariant fromSql(FieldType type, const QVariant &v)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Id:
    case FieldType::Time: return v.isNull() ? QString() : v.toString();
    case FieldType::Int: return v.toInt();
    case FieldType::Bool: return v.toInt() != 0;
    case FieldType::Real: return v.toDouble();
    }
    return v;
}

// The declared type of a field, or nothing when the entity has no such field (derived from visit()).
std::optional<FieldType> fieldType(const KindInfo &info, const QString &name)
{
    // Looked up for every bound value of every change: a table per kind instead of a scan.
    static const QHash<int, QHash<QString, FieldType>> types = [] {
        QHash<int, QHash<QString, FieldType>> all;
        for (EntityKind k : allKinds())
            for (const Field &f : kindInfo(k).fields)
                all[int(k)].insert(f.name, f.type);
        return all;
    }();
    const auto &fields = types.find(int(info.kind)).value();
    const auto it = fields.constFind(name);
    if (it == fields.constEnd())
        return std::nullopt;
    return *it;
}

bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString lockPath(const QString &path)
{
    return path + QStringLiteral(".lock");
}

// Whether the file SQLite has open is no longer the one at its path (deleted, moved or replaced by
// another program). SQLite goes on writing into such a file, where nobody will see it again.
bool fileHasMoved(const QString &connection)
{
    const QVariant handle = QSqlDatabase::database(connection, false).driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    int moved = 0;
    return db && sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved != 0;
}

// SQLite's primary result code of an error. Qt gives no code for a failed commit, only SQLite's
// message, whose wording SQLite keeps stable (sqlite3_errstr).
int sqliteCode(const QSqlError &error)
{
    if (const int code = error.nativeErrorCode().toInt() & 0xff)
        return code;
    const QString text = error.databaseText();
    if (text.contains(QLatin1StringView("database or disk is full")))
        return 13;
    if (text.contains(QLatin1StringView("disk I/O error")))
        return 10;
    if (text.contains(QLatin1StringView("readonly database")))
        return 8;
    if (text.contains(QLatin1StringView("unable to open database file")))
        return 14;
    return 0;
}

// An insert whose id is taken (someone else inserted it first): SQLite's SQLITE_CONSTRAINT_PRIMARYKEY
// or UNIQUE, PostgreSQL's unique_violation.
bool isDuplicate(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1StringView("23505") || code == QLatin1StringView("1555") || code == QLatin1StringView("2067");
}

bool isAccessError(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == 8 || code == 10 || code == 13 || code == 14; // READONLY, IOERR, FULL, CANTOPEN
}

// Why a change could not be written, in words a facilitator can act on.
QString notSavedMessage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    if (code == 13) // SQLITE_FULL
        return QCoreApplication::translate("pamoja::WorkshopStore", "The disk is full: the change was not saved and was not made. Free some space, then try again.");
    if (code == 8 || code == 10 || code == 14) // SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN
        return QCoreApplication::translate("pamoja::WorkshopStore", "The workshop file could not be written (%1): the change was not made. Check that the disk or stick is still there and writable, then try again.")
            .arg(error.databaseText());
    return QCoreApplication::translate("pamoja::WorkshopStore", "The change could not be saved and was not made: %1").arg(error.text());
}

} // namespace storesql

using namespace storesql;

void WorkshopStore::removeWorkshopFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

WorkshopStore::~WorkshopStore()
{
    m_statements.clear();
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            // SQLite leaves the log of a file that was deleted or replaced beside the path on close;
            // whatever is put there next (the replacement, a backup restored under the same name)
            // would take our pages from it when opened. Emptied, the log is harmless.
            if (db.isOpen() && !m_readOnly && fileHasMoved(m_connection))
                (void)exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

Status WorkshopStore::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return Error{q.lastError().text()};
    return Status::ok();
}

QSqlQuery &WorkshopStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return *it;
}

Result<std::unique_ptr<WorkshopStore>> WorkshopStore::openConnection(const QString &path, bool readOnly)
{
    std::unique_ptr<WorkshopStore> store(new WorkshopStore);
    store->m_path = path;
    store->m_readOnly = readOnly;
    store->m_connection = QStringLiteral("pamoja-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not open %1: %2").arg(nativeName(path), db.lastError().text())};
    // Reading through a memory map saves a system call per page while a large workshop is checked
    // and loaded (it changes nothing in the file). load() turns it off again: during a session a
    // vanished disk must give an error message, not the SIGBUS a mapped read would.
    (void)store->exec(QStringLiteral("PRAGMA mmap_size=268435456"));
    return store;
}

Result<std::unique_ptr<WorkshopStore>> WorkshopStore::create(const QString &path)
{
    if (WorkshopLocation::looksLikeUri(path)) {
        auto location = WorkshopLocation::parse(path);
        if (!location)
            return Error{location.error()};
        return createPostgres(*location);
    }
    if (QFileInfo::exists(path))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 already exists; choose another name.").arg(nativeName(path))};
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Cannot create %1: the folder does not exist or is not writable.").arg(nativeName(path))};
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is being created by another program.").arg(nativeName(path))};
    auto store = openConnection(path, false);
    if (!store)
        return store;
    (*store)->m_lock = std::move(lock);
    // The same settings as open(): without foreign_keys=ON a new workshop would accept dangling
    // references until it was closed and opened again.
    Status s = (*store)->configureForWriting();
    if (s)
        s = (*store)->migrate(0);
    if (!s) {
        store = Error{s.error()};
        removeWorkshopFiles(path);
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not create %1: %2").arg(nativeName(path), s.error())};
    }
    return store;
}

Result<std::unique_ptr<WorkshopStore>> WorkshopStore::createWithEntry(const WorkshopLocation &location, const HistoryEntry *first)
{
    if (!location.isFile())
        return createPostgres(location, first);
    auto store = create(location.path);
    if (!store || !first)
        return store;
    // A file is only there when it has its first entry: on failure it is removed again.
    if (Status s = (*store)->applyMerge(first->changes, {}, first); !s) {
        store->reset();
        removeWorkshopFiles(location.path);
        return Error{s.error()};
    }
    return store;
}

Status WorkshopStore::createAtVersion(const QString &path, int version)
{
    auto store = openConnection(path, false);
    if (!store)
        return store.status();
    auto &st = **store;
    for (int v = 1; v <= version; ++v) {
        for (const QString &sql : schema::migration(v))
            if (Status s = st.exec(sql); !s)
                return s;
        if (v == schema::HistoryGraphVersion)
            if (Status s = st.identifyHistory(); !s)
                return s;
    }
    if (Status s = st.exec(QStringLiteral("PRAGMA application_id=%1").arg(schema::ApplicationId)); !s)
        return s;
    return st.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

Result<std::unique_ptr<WorkshopStore>> WorkshopStore::open(const QString &path, Access access)
{
    if (WorkshopLocation::looksLikeUri(path)) {
        auto location = WorkshopLocation::parse(path);
        if (!location)
            return Error{location.error()};
        return openPostgres(*location, access);
    }
    // SQLite creates -wal and -shm beside a WAL file even to look at it. When the file turns out to
    // be unusable, remove what this attempt created (an empty log), so a failed open leaves the
    // folder as it was.
    const QString wal = path + QStringLiteral("-wal"), shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal), hadShm = QFileInfo::exists(shm);
    auto result = openChecked(path, access);
    if (!result && !hadWal && QFileInfo(wal).exists() && QFileInfo(wal).size() == 0) {
        QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
    }
    return result;
}

Status WorkshopStore::configureForWriting()
{
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        if (Status s = exec(QString::fromLatin1(pragma)); !s)
            return s;
    return Status::ok();
}

Result<std::unique_ptr<WorkshopStore>> WorkshopStore::openChecked(const QString &path, Access access)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 does not exist.").arg(nativeName(path))};
    if (!fi.isFile() || !fi.isReadable())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is not a readable file.").arg(nativeName(path))};
    if (!hasSqliteHeader(path))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is not a Pamoja workshop file.").arg(nativeName(path))};

    const bool readOnly = access == Access::ReadOnly;
    std::unique_ptr<QLockFile> lock;
    if (!readOnly) {
        if (!fi.isWritable() || !QFileInfo(fi.absolutePath()).isWritable())
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 cannot be written here; open it read-only.").arg(nativeName(path))};
        lock = std::make_unique<QLockFile>(lockPath(path));
        lock->setStaleLockTime(0); // stale only when its process is gone
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is open in another Pamoja (process %2 on %3); close it there first. "
                            "Nothing was changed.")
                             .arg(nativeName(path))
                             .arg(pid)
                             .arg(host)};
        }
    }

    auto opened = openConnection(path, readOnly);
    if (!opened)
        return opened;
    auto &store = **opened;
    store.m_lock = std::move(lock);

    // Inspect before any write: a pragma like journal_mode would already modify a foreign file.
    QSqlQuery q(QSqlDatabase::database(store.m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA application_id")) && isAccessError(q.lastError()))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 could not be opened (%2). Check that the file and its folder can be read and written; "
                        "the file was not changed.")
                         .arg(nativeName(path), q.lastError().databaseText())};
    if (!q.isActive() || !q.next())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is damaged or not a Pamoja workshop file.").arg(nativeName(path))};
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is damaged or not a Pamoja workshop file.").arg(nativeName(path))};
    const int version = q.value(0).toInt();
    if (appId != schema::ApplicationId)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is an SQLite database but not a Pamoja workshop file.").arg(nativeName(path))};
    // Every workshop Pamoja wrote has version 1 or later; a smaller one is damage (and a negative one
    // must never reach the migration loop, found by fuzz_workshopfile).
    if (version < 1)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is damaged: its file version (%2) is not one Pamoja ever wrote. "
                        "Use a backup copy; the file was not changed.")
                         .arg(nativeName(path))
                         .arg(version)};
    if (version > schema::CurrentVersion)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 was written by a newer Pamoja (file version %2; this one reads up to %3). "
                        "Update Pamoja to open it; the file was not changed.")
                         .arg(nativeName(path))
                         .arg(version)
                         .arg(schema::CurrentVersion)};
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(0).toString() != QLatin1StringView("ok"))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is damaged (the database check failed). Use a backup copy; the file was not changed.")
                         .arg(nativeName(path))};
    // Every table a workshop has had since version 1 must be there before anything is written.
    QStringList tables{QStringLiteral("'history'")};
    for (EntityKind k : allKinds())
        tables.append(QLatin1Char('\'') + kindInfo(k).table + QLatin1Char('\''));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN (%1)").arg(tables.join(QLatin1Char(',')))) ||
        !q.next() || q.value(0).toInt() != tables.size())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 is damaged: some of its tables are missing. Use a backup copy; the file was not changed.")
                         .arg(nativeName(path))};
    q.finish();
    store.m_version = version;

    if (readOnly) {
        if (version < schema::CurrentVersion)
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "%1 was written by an older Pamoja and must be upgraded; open it for writing.")
                             .arg(nativeName(path))};
        (void)store.exec(QStringLiteral("PRAGMA query_only=1"));
        return opened;
    }

    if (Status s = store.configureForWriting(); !s)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not prepare %1: %2").arg(nativeName(path), s.error())};

    if (version < schema::CurrentVersion) {
        store.m_backupPath = path + QStringLiteral(".v%1.bak").arg(version);
        if (Status s = store.saveCopy(store.m_backupPath); !s)
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not back up %1 before upgrading it: %2").arg(nativeName(path), s.error())};
        if (Status s = store.migrate(version); !s)
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not upgrade %1: %2. The file was left as it was; a backup is at %3.")
                             .arg(nativeName(path), s.error(), nativeName(store.m_backupPath))};
    }
    return opened;
}

Status WorkshopStore::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Error{db.lastError().text()};
    for (int v = from + 1; v <= schema::CurrentVersion; ++v) {
        for (const QString &sql : schema::migration(v)) {
            if (Status s = exec(sql); !s) {
                db.rollback();
                return s;
            }
        }
        if (v == schema::HistoryGraphVersion)
            if (Status s = identifyHistory(); !s) {
                db.rollback();
                return s;
            }
    }
    Status s = exec(QStringLiteral("PRAGMA application_id=%1").arg(schema::ApplicationId));
    if (s)
        s = exec(QStringLiteral("PRAGMA user_version=%1").arg(schema::CurrentVersion));
    if (!s || !db.commit()) {
        db.rollback();
        return s ? Status(Error{db.lastError().text()}) : s;
    }
    m_version = schema::CurrentVersion;
    return Status::ok();
}

Result<WorkshopData> WorkshopStore::load() const
{
    WorkshopData data;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (EntityKind k : allKinds()) {
        const KindInfo &info = kindInfo(k);
        QStringList cols{QStringLiteral("id")};
        for (const Field &f : info.fields)
            cols.append(f.name);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // Sized once, so the tables of a large workshop are not rehashed while loading.
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(info.table)) && q.next()) {
            const qsizetype rows = q.value(0).toLongLong();
            withEntityType(k, [&]<class T>() { data.table<T>().reserve(rows); });
        }
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QLatin1Char(',')), info.table)))
            return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not read the %1 table of %2: %3")
                             .arg(info.table, nativeName(m_path), q.lastError().text())};
        // Columns come in visit() order, so each row fills its entity directly (no Record in between:
        // opening a large workshop is dominated by this loop).
        withEntityType(k, [&]<class T>() {
            while (q.next()) {
                T e;
                e.id = QUuid::fromString(q.value(0).toString());
                int column = 1;
                T::visit(e, [&](const char *, auto &field) {
                    detail::fromValue(fromSql(info.fields[column - 1].type, q.value(column)), field);
                    ++column;
                });
                data.put(e);
            }
        });
    }
    if (Status s = m_postgres ? Status::ok() : unmap(); !s)
        return Error{s.error()};
    return data;
}

Status WorkshopStore::unmap() const
{
    // Checked, not assumed: reads through a map of a file on a vanished disk end in SIGBUS.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA mmap_size=0")) || !q.exec(QStringLiteral("PRAGMA mmap_size")) || !q.next() ||
        q.value(0).toLongLong() != 0)
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "Could not prepare %1 for safe reading: %2")
                         .arg(nativeName(m_path), q.lastError().isValid() ? q.lastError().text()
                                                                           : QCoreApplication::translate("pamoja::WorkshopStore", "memory mapping stayed on"))};
    return Status::ok();
}

} // namespace pamoja
