#pragma once

#include "../domain/workshopdata.h"
#include "../result.h"

#include <QHash>
#include <QStringList>
#include <QSqlDatabase>
#include <QSqlQuery>

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

// One workshop file (SQLite). Every apply() is one transaction that writes the entities and the
// history row together, so an acknowledged change survives a crash and is always logged.
class WorkshopStore
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new, empty workshop file at the latest schema. Fails if the path exists.
    static Result<std::unique_ptr<WorkshopStore>> create(const QString &path);
    // Opens an existing workshop. Checks it is a Pamoja file, not newer than this version and not
    // damaged before touching it; migrates older files after a backup beside the file. ReadWrite
    // fails when another program holds the workshop open for writing.
    static Result<std::unique_ptr<WorkshopStore>> open(const QString &path, Access access);

    ~WorkshopStore();
    WorkshopStore(const WorkshopStore &) = delete;
    WorkshopStore &operator=(const WorkshopStore &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_version; }
    QString backupPath() const { return m_backupPath; } // set when open() migrated the file

    Result<WorkshopData> load() const;
    // The latest 'limit' history entries (all when negative), oldest first; an error when the history
    // cannot be read or an entry is damaged.
    Result<QList<HistoryEntry>> history(int limit = -1) const;
    Result<qint64> historyCount() const;
    // The id of the latest entry (empty for an empty history).
    Result<QString> head() const;
    // A consistent copy of the whole file, written atomically.
    Status saveCopy(const QString &target) const;
    // "ok", or the problems SQLite and Pamoja found.
    QStringList integrityProblems() const;

    // Removes a workshop file with its SQLite side files (after a failed creation).
    static void removeWorkshopFiles(const QString &path);

    // For tests of earlier versions: a file migrated up to 'version' only.
    static Status createAtVersion(const QString &path, int version);

private:
    // Only the funnel writes: Document::apply() checks a change set against the workshop before it
    // reaches the store (tests reach it through WorkshopStoreTest). The store still refuses field
    // names the entity does not declare, as they become SQL column names.
    friend class Document;
    friend struct WorkshopStoreTest;
    Status apply(const ChangeSet &cs, const QString &actor, const QString &description);
    // A merge in one transaction: the state change, the entries learned from the copies (kept as
    // they are, ids and parents included) and the merge entry (none when merge is null).
    Status applyMerge(const ChangeSet &cs, const QList<HistoryEntry> &learned, const HistoryEntry *merge);
    // Undo of a merge: the state change back and the merge's entries gone from the history. Entries
    // written on top of the merge since (an edit and its undo) get previousHead as parent instead.
    Status forgetMerge(const ChangeSet &cs, const QStringList &entryIds, const QString &previousHead);
    Status writeChanges(const ChangeSet &cs); // inside a transaction; rolls back on failure
    Status writeEntry(const HistoryEntry &e); // inside a transaction; rolls back on failure
    Status identifyHistory();                  // the migration to HistoryGraphVersion

    WorkshopStore() = default;
    static Result<std::unique_ptr<WorkshopStore>> openConnection(const QString &path, bool readOnly);
    static Result<std::unique_ptr<WorkshopStore>> openChecked(const QString &path, Access access);
    Status configureForWriting();
    Status migrate(int from);
    Status exec(const QString &sql) const;
    Status unmap() const; // turns off reading through a memory map, and checks that it is off
    QSqlQuery &prepared(const QString &sql);

    QString m_path;
    QString m_connection;
    QString m_backupPath;
    bool m_readOnly = false;
    int m_version = 0;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace pamoja
