// Document: surviving a lost connection to the database (issue 10). A venue's network drops, the
// server restarts, a proxy cuts an idle connection: the facilitator goes on working. Each change is
// applied here at once and kept in a queue, in order; a probe on another thread (never the window's)
// asks the server with a growing delay; once it answers, the store reconnects and writes the queue,
// each change once: a change whose commit was sent but never acknowledged is looked up by its entry
// id before it is written again. While connected, the same probe runs every few seconds, so a dead
// network is noticed before the next change has to wait for it.
#include "document.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace pamoja {

namespace {

Q_LOGGING_CATEGORY(lcQueue, "pamoja.connection")

// The first attempt after a loss, and the longest wait between two.
constexpr int FirstAttemptMs = 500;
constexpr int LongestAttemptMs = 30000;
std::atomic<int> checkIntervalMs{10000};

} // namespace

void Document::setConnectionCheckInterval(int ms)
{
    checkIntervalMs = std::max(0, ms);
}

int Document::connectionCheckInterval()
{
    return checkIntervalMs;
}

Status Document::requireConnection() const
{
    if (m_connected)
        return Status::ok();
    if (m_keepWhileOffline)
        return Error{QCoreApplication::translate("pamoja::Document", "The connection to the database is lost; this waits until it is back "
                                                                     "(the changes made meanwhile are kept and will be saved).")};
    return Error{QCoreApplication::translate("pamoja::Document", "The connection to the database is lost; the change was not made. "
                                                                 "Pamoja reconnects by itself: try again in a moment.")};
}

Status Document::enqueue(const ChangeSet &cs, const QString &description, const QString &entryId)
{
    m_queue.append({cs, description, m_actor, entryId});
    remember(entryId);
    m_data.apply(cs);
    Q_EMIT changed(cs);
    Q_EMIT connectionChanged();
    return Status::ok();
}

void Document::goOffline()
{
    if (!m_connected)
        return;
    qCWarning(lcQueue) << "lost the connection to" << m_store->path();
    m_connected = false;
    if (m_check)
        m_check->stop();
    m_delayMs = FirstAttemptMs;
    scheduleAttempt(m_delayMs);
    Q_EMIT connectionChanged();
}

void Document::scheduleAttempt(int delayMs)
{
    if (checkIntervalMs <= 0) {
        m_nextAttempt = {}; // attempts only when asked (reconnectNow)
        return;
    }
    if (!m_attempt) {
        m_attempt = new QTimer(this);
        m_attempt->setSingleShot(true);
        connect(m_attempt, &QTimer::timeout, this, [this] { startProbe(false); });
    }
    m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    m_attempt->start(delayMs);
}

void Document::reconnectNow()
{
    if (m_connected || m_probing)
        return;
    if (m_attempt)
        m_attempt->stop();
    startProbe(false);
}

// The probe opens a connection of its own on a thread of its own: an unreachable server costs that
// thread the connect timeout, never the window. Its answer comes back through the thread's
// finished() signal (queued to this document's thread).
void Document::launchProbe(bool regular)
{
    m_probing = true;
    auto reachable = std::make_shared<std::atomic<bool>>(false);
    m_probe = QThread::create([params = m_store->connectionParameters(), reachable] { *reachable = WorkshopStore::canConnect(params); });
    connect(m_probe, &QThread::finished, this, [this, reachable, regular, t = m_probe] {
        if (m_probe == t)
            m_probe = nullptr;
        t->deleteLater();
        probeDone(*reachable, regular);
    });
    m_probe->start();
}

void Document::stopProbe()
{
    if (!m_probe)
        return;
    disconnect(m_probe, nullptr, this, nullptr);
    m_probe->wait();
    delete m_probe;
    m_probe = nullptr;
}

void Document::startProbe(bool connected)
{
    if (connected) {
        // While connected: only schedule the next regular check.
        if (checkIntervalMs <= 0 || !m_store->isPostgres())
            return;
        if (!m_check) {
            m_check = new QTimer(this);
            m_check->setSingleShot(true);
            connect(m_check, &QTimer::timeout, this, [this] {
                if (m_connected && !m_probing)
                    launchProbe(true);
            });
        }
        m_check->start(checkIntervalMs);
        return;
    }
    if (m_probing)
        return; // probeDone() starts the attempt when the probe running now is done
    m_nextAttempt = {};
    Q_EMIT connectionChanged();
    launchProbe(false);
}

void Document::probeDone(bool reachable, bool regular)
{
    m_probing = false;
    if (regular) {
        if (!m_connected) {
            // A change found the connection lost while this check ran: its attempt is due.
            if (!m_attempt || !m_attempt->isActive())
                startProbe(false);
            return;
        }
        // The server answers a new connection, so asking on this one is quick: is it still alive?
        if (!reachable || m_store->connectionLost())
            goOffline();
        else
            startProbe(true);
        return;
    }
    if (!reachable) {
        m_delayMs = std::min(LongestAttemptMs, std::max(FirstAttemptMs, m_delayMs * 2));
        scheduleAttempt(m_delayMs);
        Q_EMIT connectionChanged();
        return;
    }
    if (Status s = m_store->reconnect(); !s) {
        qCWarning(lcQueue) << "could not reconnect:" << s.error();
        m_delayMs = std::min(LongestAttemptMs, m_delayMs * 2);
        scheduleAttempt(m_delayMs);
        Q_EMIT connectionChanged();
        return;
    }
    QStringList refused;
    int written = 0;
    if (!writeQueue(&refused, &written)) {
        // Lost again half-way: what was written is out of the queue, the rest waits.
        m_delayMs = FirstAttemptMs;
        scheduleAttempt(m_delayMs);
        Q_EMIT connectionChanged();
        return;
    }
    m_connected = true;
    m_nextAttempt = {};
    qCInfo(lcQueue) << "reconnected to" << m_store->path() << "and wrote" << written << "queued changes";
    if (m_following)
        pollUnlessSubscribed(subscribe()); // a new session listens again, or reads every few seconds
    if (!refused.isEmpty()) {
        // The workshop as the database has it, without the refused changes; undoing what came
        // before them would now undo on other state.
        reload();
        clearUndo();
        Q_EMIT connectionMessage(tr("Reconnected to the database. %n change(s) made while it was away could not be saved, because others changed "
                                    "the same things meanwhile: %1. The workshop shows what the database holds.",
                                    nullptr, int(refused.size()))
                                     .arg(refused.join(QStringLiteral("; "))),
                                 true);
    } else {
        catchUp(); // the others' changes made while this one was away
        if (written > 0)
            Q_EMIT connectionMessage(tr("Reconnected to the database; the %n change(s) made while it was away are saved.", nullptr, written), false);
        else
            Q_EMIT connectionMessage(tr("Reconnected to the database."), false);
    }
    startProbe(true);
    Q_EMIT connectionChanged();
}

// Writes the queue in order; false when the connection is lost again (the rest stays queued).
bool Document::writeQueue(QStringList *refused, int *written)
{
    while (!m_queue.isEmpty()) {
        const QueuedChange &q = m_queue.first();
        // Sent before the loss and committed after all: it is there already, and is not written twice.
        auto there = m_store->hasEntry(q.entryId);
        if (!there)
            return false;
        if (!*there) {
            if (Status s = m_store->apply(q.changes, q.actor, q.description, q.entryId); !s) {
                if (m_store->connectionLost())
                    return false;
                qCWarning(lcQueue) << "a queued change was refused:" << q.description << s.error();
                refused->append(q.description);
            } else {
                ++*written;
            }
        } else {
            ++*written;
        }
        m_queue.removeFirst();
    }
    return true;
}

} // namespace pamoja
