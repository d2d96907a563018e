#pragma once

#include "../domain/workshopdata.h"
#include "../result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

class QLockFile;

namespace pamoja {

struct HistoryEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString description;
    ChangeSet changes;
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
    Status apply(const ChangeSet &cs, const QString &actor, const QString &description);
    QList<HistoryEntry> history(int limit = -1) const;
    qint64 historyCount() const;
    // A consistent copy of the whole file, written atomically.
    Status saveCopy(const QString &target) const;
    // "ok", or the problems SQLite and Pamoja found.
    QStringList integrityProblems() const;

    // Removes a workshop file with its SQLite side files (after a failed creation).
    static void removeWorkshopFiles(const QString &path);

    // For tests of earlier versions: a file migrated up to 'version' only.
    static Status createAtVersion(const QString &path, int version);

private:
    WorkshopStore() = default;
    static Result<std::unique_ptr<WorkshopStore>> openConnection(const QString &path, bool readOnly);
    static Result<std::unique_ptr<WorkshopStore>> openChecked(const QString &path, Access access);
    Status configureForWriting();
    Status migrate(int from);
    Status exec(const QString &sql) const;
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
