// Document: following the other windows, servers and command-line calls on a workshop in a
// PostgreSQL database (issue 10). Every write there sends a notification on the workshop's channel
// when it commits (WorkshopStore::notifyOthers); each Document listens, reads the entries it does not
// know yet and applies them to its in-memory state like its own changes, so the board, outline and
// panels follow in place (their selection and scroll position stay).
//
// Entries are known by id, not only by seq: a transaction that took its seq earlier can commit after
// a later one, so each catch-up reads a window of recent entries below the highest seq seen and skips
// the ones already applied.
//
// A burst is followed as one batch: the notifications that arrive together (three servers taking a
// room's ideas send hundreds a second) start one catch-up on the next turn of the event loop, and a
// catch-up tells its listeners once, with the entries' changes in one set, in order. Before, each
// entry was read, applied and drawn on its own, and a window fell half a minute behind a flood of
// 3,000 ideas (bench_scale).
//
// A server that refuses LISTEN (a standby) is followed all the same, by reading the ids of the
// latest entries every two seconds: slower, never silent. One that accepts LISTEN and then loses the
// notifications (a connection pooler in transaction mode) is caught by the same reading every
// 30 seconds. Entries that left the history (an undone merge) are noticed by that reading too, not
// only through the "reload" notification.
#include "document.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QTimer>

#include <atomic>

namespace pamoja {

namespace {

Q_LOGGING_CATEGORY(lcFollow, "pamoja.follow")

// How often a document without notifications looks for the others' entries, and one with them.
constexpr int FollowPollMs = 2000;
constexpr int FollowSafetyPollMs = 30000;
std::atomic<bool> useNotifications{true};

} // namespace

void Document::setUseNotifications(bool on)
{
    useNotifications = on;
}

void Document::follow()
{
    QSqlDriver *driver = m_store->notificationDriver();
    const QString channel = m_store->notificationChannel();
    if (!driver || channel.isEmpty())
        return;
    auto seen = m_store->lastSeq();
    auto recent = seen ? m_store->entryIds(std::max<qint64>(0, *seen - WorkshopStore::LateCommitWindow)) : Result<QList<QPair<qint64, QString>>>(Error{seen.error()});
    if (!recent) {
        qCWarning(lcFollow) << "not following other writers on" << m_store->path() << recent.error();
        return;
    }
    m_seen = *seen;
    for (const auto &[seq, id] : std::as_const(*recent)) {
        m_known.insert(id);
        m_window.insert(id, seq);
    }
    m_following = true;
    m_pendingCatchUp = new QTimer(this);
    m_pendingCatchUp->setSingleShot(true);
    m_pendingCatchUp->setInterval(0);
    connect(m_pendingCatchUp, &QTimer::timeout, this, &Document::catchUp);
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != channel || source == QSqlDriver::SelfSource)
                    return;
                if (payload.toString() == QLatin1StringView(WorkshopStore::ReloadPayload)) {
                    m_pendingCatchUp->stop(); // the reload reads everything
                    reload();
                } else if (!m_pendingCatchUp->isActive()) {
                    m_pendingCatchUp->start(); // once for all the notifications of this turn
                }
            });
    pollUnlessSubscribed(subscribe());
    startProbe(true); // schedules the regular check of the connection
}

bool Document::followsByPolling() const
{
    return m_poll && m_poll->isActive() && m_poll->interval() == FollowPollMs;
}

bool Document::subscribe()
{
    QSqlDriver *driver = m_store->notificationDriver();
    return useNotifications && driver && driver->subscribeToNotification(m_store->notificationChannel());
}

void Document::pollUnlessSubscribed(bool subscribed)
{
    if (!m_poll) {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, &Document::catchUp);
    }
    if (!subscribed && m_poll->interval() != FollowPollMs)
        qCWarning(lcFollow) << "the database sends no notifications for" << m_store->path()
                            << "- the others' changes are read every" << FollowPollMs << "ms";
    m_poll->start(subscribed ? FollowSafetyPollMs : FollowPollMs);
}

void Document::remember(const QString &entryId)
{
    if (m_following && !entryId.isEmpty())
        m_known.insert(entryId);
}

void Document::catchUp()
{
    if (m_pendingCatchUp)
        m_pendingCatchUp->stop(); // a caller that wants to be sure does the pending one now
    if (!m_following || !m_connected)
        return;
    // Only the ids first: the entries this document already holds (its own included) are not read
    // again, however often the others write.
    const qint64 from = std::max<qint64>(0, m_seen - WorkshopStore::LateCommitWindow);
    auto ids = m_store->entryIds(from);
    QStringList unknown;
    qint64 highest = m_seen;
    QHash<QString, qint64> window;
    if (ids)
        for (const auto &[seq, id] : std::as_const(*ids)) {
            highest = std::max(highest, seq);
            window.insert(id, seq);
            if (!m_known.contains(id))
                unknown.append(id);
        }
    // An entry read last time, above where this reading starts, is gone: another writer undid a
    // merge of workshops (its entries leave the history). The whole workshop is read again.
    if (ids)
        for (auto it = m_window.cbegin(); it != m_window.cend(); ++it)
            if (it.value() > from && !window.contains(it.key())) {
                qCInfo(lcFollow) << "entries left the history of" << m_store->path() << "- reading the workshop again";
                reload();
                return;
            }
    auto entries = ids ? m_store->entries(unknown) : Result<QList<HistoryEntry>>(Error{ids.error()});
    if (!entries) {
        if (m_store->connectionLost())
            goOffline();
        else
            qCWarning(lcFollow) << "could not read the others' changes:" << entries.error();
        return;
    }
    // Only now: had the read failed, the next catch-up must look from where this one did.
    m_seen = highest;
    m_window = std::move(window);
    // Each entry is checked and applied in turn, as it was written; the listeners hear of them once,
    // with their changes in one set, in the order they were made. Not folded: a listener that reads
    // each change's before and after (the board's count of merged duplicates) sees every step, and
    // an idea added and withdrawn within one batch still tells the history panel something happened.
    ChangeSet batch;
    for (const HistoryEntry &e : std::as_const(*entries)) {
        m_known.insert(e.entryId);
        if (e.changes.isEmpty())
            continue;
        // The database refused any change made on stale data, so another's entry applies on top of
        // what this document holds; if it does not (the two drifted apart), everything is read again.
        if (Status s = m_data.check(e.changes); !s) {
            qCWarning(lcFollow) << "another writer's change does not apply here, reading the workshop again:" << s.error();
            // What was applied is told first: should the reading fail, the views still show it.
            if (!batch.isEmpty())
                Q_EMIT changed(batch);
            reload();
            return;
        }
        m_data.apply(e.changes);
        batch.changes += e.changes.changes;
    }
    if (!batch.isEmpty())
        Q_EMIT changed(batch);
}

void Document::reload()
{
    auto data = m_store->load();
    if (!data) {
        if (m_store->connectionLost())
            goOffline();
        else
            qCWarning(lcFollow) << "could not read the workshop again:" << data.error();
        return;
    }
    auto recent = m_store->entryIds(std::max<qint64>(0, m_seen - WorkshopStore::LateCommitWindow));
    if (recent) {
        m_window.clear();
        for (const auto &[seq, id] : std::as_const(*recent)) {
            m_seen = std::max(m_seen, seq);
            m_known.insert(id);
            m_window.insert(id, seq);
        }
    }
    m_data = std::move(*data);
    Q_EMIT reloaded();
}

} // namespace pamoja
