#pragma once

#include "../domain/workshopdata.h"
#include "../result.h"
#include "workshoplocation.h"

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QSqlDatabase>
#include <QSqlQuery>

class QSqlDriver;

#include <memory>

class QLockFile;

namespace pamoja {

// One immutable entry of the history graph (schema 4): its id, its parents (the head it was written
// on; a merge entry has one per merged copy), and for a merge entry the participants it took as the
// same person (source id -> target id). A merge entry's changes are derived, never a write.
struct HistoryEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString description;
    ChangeSet changes;
    QString entryId;
    QStringList parents;
    bool merge = false;
    QHash<QUuid, QUuid> aliases;
};

// A workshop in a PostgreSQL database, as `pamoja repo list` shows it.
struct RepositoryWorkshop
{
    QUuid id;
    QString title;
    int version = 0;
    QString created;
};

// One workshop: a file (SQLite), or a workshop in a PostgreSQL database (a postgresql:// location,
// workshoplocation.h; workshopstorepostgres.cpp). Every apply() is one transaction that writes the
// entities and the history row together, so an acknowledged change survives a crash and is always
// logged; each change is written only where the stored values are still the ones it was made from,
// so with several writers on one database a change made on stale data is refused, never applied.
class WorkshopStore
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new, empty workshop file at the latest schema. Fails if the path exists. A
    // postgresql:// location creates the workshop in that database (with the location's workshop id,
    // or a new one), and fails if that id is taken.
    static Result<std::unique_ptr<WorkshopStore>> create(const QString &path);
    // Opens an existing workshop. Checks it is a Pamoja file, not newer than this version and not
    // damaged before touching it; migrates older files after a backup beside the file. ReadWrite
    // fails when another program holds the workshop open for writing.
    static Result<std::unique_ptr<WorkshopStore>> open(const QString &path, Access access);

    ~WorkshopStore();
    WorkshopStore(const WorkshopStore &) = delete;
    WorkshopStore &operator=(const WorkshopStore &) = delete;

    // The file's path, or the location without its password.
    QString path() const { return m_path; }
    bool isPostgres() const { return m_postgres; }
    // In a database: the workshop's id there (a new workshop's Workshop entity takes it); null for a file.
    QUuid repositoryId() const { return m_repositoryId; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_version; }
    QString backupPath() const { return m_backupPath; } // set when open() migrated the file

    Result<WorkshopData> load() const;
    // The latest 'limit' history entries (all when negative) with a seq above 'after', oldest first;
    // an error when the history cannot be read or an entry is damaged.
    Result<QList<HistoryEntry>> history(int limit = -1, qint64 after = 0) const;
    // The highest seq in the history (0 for none).
    Result<qint64> lastSeq() const;
    // The id of the entry this store wrote last (empty before its first write).
    QString lastWrittenEntry() const { return m_lastWritten; }
    // In a database: every write also sends a notification on this channel when it commits, so the
    // other windows and servers on the workshop follow it (LISTEN/NOTIFY). Empty for a file.
    QString notificationChannel() const { return m_postgres ? m_namespace : QString(); }
    // The driver that delivers those notifications (null for a file).
    QSqlDriver *notificationDriver() const;
    // The payload of a notification that asks the others to read the whole workshop again (after an
    // undone merge took entries out of the history); other notifications have none.
    static constexpr char ReloadPayload[] = "reload";
    // How far below the highest seq read a reader looks again for entries committed late: in a
    // database a transaction that took its seq earlier can commit after a later one.
    static constexpr qint64 LateCommitWindow = 256;
    // Following the others cheaply: the (seq, entry id) of the entries above 'after', oldest first,
    // and then only the entries not yet known, read by id (workshopstoreconnection.cpp).
    Result<QList<QPair<qint64, QString>>> entryIds(qint64 after) const;
    Result<QList<HistoryEntry>> entries(const QStringList &entryIds) const;
    // Whether the history holds this entry (a change whose commit was not acknowledged may still
    // have been committed: replaying it must not apply it twice).
    Result<bool> hasEntry(const QString &entryId) const;

    // In a database, losing the connection (workshopstoreconnection.cpp). The parameters to reach the
    // server again, for a probe on another thread; whether this store's own connection is gone (a
    // round trip, fast once the server is known to be reachable); and reconnecting it.
    struct Connection
    {
        QString host, user, password, database, options;
        int port = -1;
    };
    Connection connectionParameters() const;
    // Opens and closes a connection of its own; callable from any thread. True when the server
    // answered, even to refuse a new session (too many connections): it is reachable.
    static bool canConnect(const Connection &c);
    bool connectionLost() const;
    Status reconnect();
    // The server process serving this store's connection (0 for a file or when it cannot be read):
    // what an administrator sees in pg_stat_activity, and what a fault test terminates.
    qint64 serverProcess() const;
    Result<qint64> historyCount() const;
    // The id of the latest entry (empty for an empty history).
    Result<QString> head() const;
    // A consistent copy of the whole file, written atomically.
    Status saveCopy(const QString &target) const;
    // The problems SQLite found (none: empty); PostgreSQL checks its own at every commit.
    QStringList integrityProblems() const;

    // Removes a workshop file with its SQLite side files (after a failed creation).
    static void removeWorkshopFiles(const QString &path);

    // For tests of earlier versions: a file migrated up to 'version' only.
    static Status createAtVersion(const QString &path, int version);

    // The workshops of a PostgreSQL database (the location's workshop id is ignored).
    static Result<QList<RepositoryWorkshop>> listRepository(const QString &location);
    // Copies this whole workshop, entities and history, into a new workshop at 'target' (a file or a
    // postgresql:// location, which gets this workshop's id unless it names one), in one
    // transaction; the target must not exist yet. Returns the target as it can be shown (and opened).
    Result<QString> copyTo(const QString &target) const;

private:
    // Only the funnel writes: Document::apply() checks a change set against the workshop before it
    // reaches the store (tests reach it through WorkshopStoreTest). The store still refuses field
    // names the entity does not declare, as they become SQL column names.
    friend class Document;
    friend struct WorkshopStoreTest;
    // 'entryId': the history entry's id, chosen by the caller so a change queued while the connection
    // was lost is recognised if it had been committed after all; a new one when empty.
    Status apply(const ChangeSet &cs, const QString &actor, const QString &description, const QString &entryId = {});
    // A merge in one transaction: the state change, the entries learned from the copies (kept as
    // they are, ids and parents included) and the merge entry (none when merge is null).
    Status applyMerge(const ChangeSet &cs, const QList<HistoryEntry> &learned, const HistoryEntry *merge);
    // Undo of a merge: the state change back and the merge's entries gone from the history. Entries
    // written on top of the merge since (an edit and its undo) get previousHead as parent instead.
    Status forgetMerge(const ChangeSet &cs, const QStringList &entryIds, const QString &previousHead);
    Status writeChanges(const ChangeSet &cs); // inside a transaction; rolls back on failure
    Status writeEntry(const HistoryEntry &e); // inside a transaction; rolls back on failure
    Status notifyOthers(const char *payload = nullptr); // inside a transaction; rolls back on failure
    Status identifyHistory();                  // the migration to HistoryGraphVersion
    static Result<HistoryEntry> readEntry(const QSqlQuery &q); // one row of the history

    WorkshopStore() = default;
    static Result<std::unique_ptr<WorkshopStore>> openConnection(const QString &path, bool readOnly);
    // workshopstorepostgres.cpp
    static Result<std::unique_ptr<WorkshopStore>> connectPostgres(const WorkshopLocation &location, bool readOnly);
    // 'first', when given, is written inside the creating transaction: the workshop is listed in the
    // database only together with its first entry, so a failed creation leaves nothing behind.
    static Result<std::unique_ptr<WorkshopStore>> createPostgres(const WorkshopLocation &location, const HistoryEntry *first = nullptr);
    // A new workshop (file or database) with 'first' as its first history entry (none when null), or
    // nothing at all (Document::createWith). In a database the location must name the workshop's id.
    static Result<std::unique_ptr<WorkshopStore>> createWithEntry(const WorkshopLocation &location, const HistoryEntry *first);
    Status checkFields(const ChangeSet &cs) const;
    static Result<std::unique_ptr<WorkshopStore>> openPostgres(const WorkshopLocation &location, Access access);
    Status migratePostgres(int from);
    Status copyRows(WorkshopStore &target) const;
    static Result<std::unique_ptr<WorkshopStore>> openChecked(const QString &path, Access access);
    Status configureForWriting();
    Status migrate(int from);
    Status exec(const QString &sql) const;
    Status unmap() const; // turns off reading through a memory map, and checks that it is off
    QSqlQuery &prepared(const QString &sql);

    QString m_path;
    QString m_connection;
    bool m_postgres = false;
    QString m_namespace; // postgres: the PostgreSQL schema holding this workshop
    QString m_lastWritten; // the entry id of the last history row this store wrote
    QUuid m_repositoryId;
    QString m_backupPath;
    bool m_readOnly = false;
    int m_version = 0;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace pamoja
