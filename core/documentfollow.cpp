// Document: following the other windows, servers and command-line calls on a workshop in a
// PostgreSQL database (issue 10). Every write there sends a notification on the workshop's channel
// when it commits (WorkshopStore::notifyOthers); each Document listens, reads the entries it does not
// know yet and applies them to its in-memory state like its own changes, so the board, outline and
// panels follow in place (their selection and scroll position stay).
//
// Entries are known by id, not only by seq: a transaction that took its seq earlier can commit after
// a later one, so each catch-up reads a window of recent entries below the highest seq seen and skips
// the ones already applied.
#include "document.h"

#include <QLoggingCategory>
#include <QSqlDriver>

namespace pamoja {

namespace {

Q_LOGGING_CATEGORY(lcFollow, "pamoja.follow")

// How far below the highest seq seen a catch-up looks again for entries committed late.
constexpr qint64 LateCommitWindow = 256;

} // namespace

void Document::follow()
{
    QSqlDriver *driver = m_store->notificationDriver();
    const QString channel = m_store->notificationChannel();
    if (!driver || channel.isEmpty())
        return;
    auto seen = m_store->lastSeq();
    auto recent = seen ? m_store->entryIds(std::max<qint64>(0, *seen - LateCommitWindow)) : Result<QList<QPair<qint64, QString>>>(Error{seen.error()});
    if (!recent || !subscribe()) {
        qCWarning(lcFollow) << "not following other writers on" << m_store->path() << (recent ? QString() : recent.error());
        return;
    }
    m_seen = *seen;
    for (const auto &e : std::as_const(*recent))
        m_known.insert(e.second);
    m_following = true;
    connect(driver, &QSqlDriver::notification, this,
            [this, channel](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != channel || source == QSqlDriver::SelfSource)
                    return;
                if (payload.toString() == QLatin1StringView(WorkshopStore::ReloadPayload))
                    reload();
                else
                    catchUp();
            });
    startProbe(true); // schedules the regular check of the connection
}

bool Document::subscribe()
{
    QSqlDriver *driver = m_store->notificationDriver();
    return driver && driver->subscribeToNotification(m_store->notificationChannel());
}

void Document::remember(const QString &entryId)
{
    if (m_following && !entryId.isEmpty())
        m_known.insert(entryId);
}

void Document::catchUp()
{
    if (!m_following || !m_connected)
        return;
    // Only the ids first: the entries this document already holds (its own included) are not read
    // again, however often the others write.
    auto ids = m_store->entryIds(std::max<qint64>(0, m_seen - LateCommitWindow));
    QStringList unknown;
    qint64 highest = m_seen;
    if (ids)
        for (const auto &[seq, id] : std::as_const(*ids)) {
            highest = std::max(highest, seq);
            if (!m_known.contains(id))
                unknown.append(id);
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
    for (const HistoryEntry &e : std::as_const(*entries)) {
        m_known.insert(e.entryId);
        if (e.changes.isEmpty())
            continue;
        // The database refused any change made on stale data, so another's entry applies on top of
        // what this document holds; if it does not (the two drifted apart), everything is read again.
        if (Status s = m_data.check(e.changes); !s) {
            qCWarning(lcFollow) << "another writer's change does not apply here, reading the workshop again:" << s.error();
            reload();
            return;
        }
        m_data.apply(e.changes);
        Q_EMIT changed(e.changes);
    }
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
    auto recent = m_store->entryIds(std::max<qint64>(0, m_seen - LateCommitWindow));
    if (recent)
        for (const auto &[seq, id] : std::as_const(*recent)) {
            m_seen = std::max(m_seen, seq);
            m_known.insert(id);
        }
    m_data = std::move(*data);
    Q_EMIT reloaded();
}

} // namespace pamoja
