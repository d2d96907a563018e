#pragma once

#include "domain/workshopdata.h"
#include "result.h"
#include "store/workshopstore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;

namespace pamoja {

// The one funnel for every change to a workshop, whoever makes it (window, command line, network,
// import): apply() checks the change against the current state, commits it with its history row in
// one transaction, updates the in-memory state and tells listeners. Undo and redo go through the
// same path, so they are saved and logged like any other change.
class Document : public QObject
{
    Q_OBJECT

public:
    enum class Undoable { Yes, No };
    enum class Seed { Default, Empty }; // Empty: no prompts or catalogue, for restoring an export

    // 'language': the workshop's first language, in which its prompts and catalogue are written
    // (English when empty or not shipped).
    static Result<std::unique_ptr<Document>> create(const QString &path, const QString &title,
                                                    Seed seed = Seed::Default, const QString &language = QString());
    // A new workshop whose first history entry is 'first' (the seeded content, an imported export),
    // or nothing: when the change does not apply or cannot be written, no file stays behind and a
    // database lists no new workshop (in a database all of it is one transaction). In a database the
    // workshop's id is the location's, else the Workshop entity's in 'first', else a new one; the
    // Workshop entity takes that id. Not undoable.
    static Result<std::unique_ptr<Document>> createWith(const QString &path, ChangeSet first, const QString &description,
                                                        const QString &actor = QStringLiteral("facilitator"));
    static Result<std::unique_ptr<Document>> open(const QString &path,
                                                  WorkshopStore::Access access = WorkshopStore::Access::ReadWrite);
    ~Document() override;

    const WorkshopData &data() const { return m_data; }
    // Read access only: every write goes through apply().
    const WorkshopStore &store() const { return *m_store; }
    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }

    // Who is recorded in the history for the next changes ("facilitator", "cli", a device label).
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // mergeKey: consecutive undoable changes with the same non-empty key become one undo step
    // (dragging a note, renaming as you type).
    Status apply(const ChangeSet &cs, const QString &description, Undoable undoable = Undoable::Yes,
                 const QString &mergeKey = {});

    // A merge of workshops (core/merge): the state change with the entries learned from the copies
    // and the merge entry (none for a fast-forward), in one transaction and one undo step. Its undo
    // takes the state back AND the learned entries and the merge entry out of the history, so merging
    // again brings everything back; its redo writes them again.
    Status applyMerge(const ChangeSet &cs, const QList<HistoryEntry> &learned, const std::optional<HistoryEntry> &mergeEntry,
                      const QString &description);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_undo.size(); }
    QString undoText() const { return canUndo() ? m_undo[m_index - 1].text : QString(); }
    QString redoText() const { return canRedo() ? m_undo[m_index].text : QString(); }
    Status undo();
    Status redo();
    void clearUndo();

    // In a database: reads the entries other processes wrote since it last looked and applies them
    // in order to the in-memory state, then emits changed() once with their changes in one set, in
    // order, so the board follows them in place. Runs by itself on the next turn of the event loop
    // after the notifications of that turn (documentfollow.cpp); public for tests and for a caller
    // that wants to be sure. Does nothing for a file.
    void catchUp();
    bool isFollowing() const { return m_following; }
    // Whether it follows by reading every two seconds, because the server sends no notifications
    // (refused LISTEN: a standby, a pooler in transaction mode).
    bool followsByPolling() const;
    // Off: no LISTEN, so documents follow by reading every two seconds, as when a server refuses it
    // (for tests that set the scene).
    static void setUseNotifications(bool on);

    // In a database, a lost connection (documentqueue.cpp): the changes made meanwhile are applied
    // here at once and kept in a queue, in order; the document probes the server on another thread
    // with a growing delay, reconnects when it answers and writes the queue, each change once (a
    // change whose commit was not acknowledged is looked up by its entry id first). A queued change
    // that others' changes made impossible is refused then, reported, and the workshop read again.
    bool isConnected() const { return m_connected; }
    // Only an owner that shows the queue and can keep it alive opts in (the window): anywhere else
    // (a server, a command) a change during a loss fails with a message, as it cannot be told
    // "saved" and then vanish with the process. The reconnection runs either way.
    void setKeepChangesWhileOffline(bool on) { m_keepWhileOffline = on; }
    struct QueuedChange
    {
        ChangeSet changes;
        QString description;
        QString actor;
        QString entryId;
    };
    const QList<QueuedChange> &queuedChanges() const { return m_queue; }
    // When the next attempt is due (invalid while connected or while an attempt runs).
    QDateTime nextAttempt() const { return m_nextAttempt; }
    // Tries at once instead of waiting for the next attempt.
    void reconnectNow();
    // How often a document on a database checks that the server still answers (on another thread,
    // so a dropped network is noticed before the next change waits on it); 0 turns the checks and
    // the automatic attempts after a loss off (reconnectNow only: for tests that set the scene).
    static void setConnectionCheckInterval(int ms);
    static int connectionCheckInterval();

Q_SIGNALS:
    // After every applied change set, one's own or another process's (the entries another process
    // wrote come together, one set per catch-up); the in-memory data already reflects it.
    void changed(const pamoja::ChangeSet &cs);
    void undoStateChanged();
    // The whole state was read again (another process's change could not be followed entry by
    // entry): views rebuild.
    void reloaded();
    // The connection to the database was lost or came back, or the queue changed.
    void connectionChanged();
    // A sentence for the facilitator about the queue: written after a reconnection, or (problem)
    // some of it refused.
    void connectionMessage(const QString &message, bool problem);

private:
    explicit Document(std::unique_ptr<WorkshopStore> store, WorkshopData data);
    Status commit(const ChangeSet &cs, const QString &description);

    struct UndoEntry
    {
        QString text;
        ChangeSet forward;
        QString mergeKey;
        bool workshopMerge = false;
        QList<HistoryEntry> learned;
        std::optional<HistoryEntry> mergeEntry;
        QString previousHead; // the history's head before the merge
    };
    void follow();                   // documentfollow.cpp: LISTEN, in a database
    bool subscribe();                // documentfollow.cpp: LISTEN on the store's connection
    void pollUnlessSubscribed(bool subscribed); // documentfollow.cpp: reads every few seconds without LISTEN
    // documentqueue.cpp
    Status enqueue(const ChangeSet &cs, const QString &description, const QString &entryId);
    void goOffline();
    void scheduleAttempt(int delayMs);
    void startProbe(bool connected);
    void probeDone(bool reachable, bool regular);
    bool writeQueue(QStringList *refused, int *written);
    Status requireConnection() const;
    void launchProbe(bool regular);
    void stopProbe(); // in the destructor: the probe's thread is waited for (its connect timeout at most)
    void remember(const QString &entryId);
    void reload();
    Status undoMerge(const UndoEntry &e);
    Status redoMerge(const UndoEntry &e);

    std::unique_ptr<WorkshopStore> m_store;
    WorkshopData m_data;
    QString m_actor = QStringLiteral("facilitator");
    QList<UndoEntry> m_undo;
    qsizetype m_index = 0; // entries before it are done, from it on undone
    // Following the others in a database: the entries already in m_data by id (one's own included),
    // and the highest seq seen.
    bool m_following = false;
    QSet<QString> m_known;
    qint64 m_seen = 0;
    QTimer *m_pendingCatchUp = nullptr; // one catch-up for the notifications of one event-loop turn
    QTimer *m_poll = nullptr;           // reads the others' entries: often without notifications, seldom with
    QHash<QString, qint64> m_window;    // the entry ids (and seqs) the last catch-up read
    // A lost connection (documentqueue.cpp).
    bool m_connected = true;
    QList<QueuedChange> m_queue;
    QTimer *m_attempt = nullptr;     // the next probe, while offline
    QTimer *m_check = nullptr;       // the regular probe, while connected
    int m_delayMs = 0;               // the current delay between attempts
    bool m_probing = false;
    bool m_keepWhileOffline = false;
    class QThread *m_probe = nullptr; // the probe running, waited for when the document goes
    QDateTime m_nextAttempt;
};

} // namespace pamoja
