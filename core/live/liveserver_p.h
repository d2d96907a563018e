#pragma once

// Internals of LiveServer shared by its source files: liveserver.cpp (lifecycle, sessions, events),
// liveroutes.cpp (the HTTP routes), liveidearoutes.cpp (a device's ideas: submit, edit, withdraw),
// livemoderation.cpp (the moderation queue) and liveview.cpp (what a device may see).

#include "httplistener.h"
#include "liveserver.h"
#include "livesessiontable.h"
#include "participantview.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace pamoja {

class ChangeSet;

struct TokenBucket
{
    double tokens = -1; // -1: full on first use
    qint64 lastMs = 0;
    // Takes one token if there is one; refills at `rate` per second up to `burst`.
    bool take(qint64 nowMs, double rate, int burst);
};

struct DeviceSession
{
    QByteArray token;
    QByteArray csrf;
    QString label;        // "device 7"
    int number = 0;       // 7; from the database when several servers share the workshop
    QString name;         // name or alias
    QUuid participantId;
    bool anonymous = false;
    QString constituency; // declared, may be empty
    QString language;
    QSet<QUuid> ownIdeas; // which ideas this device may edit or withdraw (also in live_ideas when shared)
    TokenBucket bucket;
    qint64 lastSeenMs = 0;
    bool blocked = false;
    QList<QPointer<QWebSocket>> sockets;
    QString notice;       // shown once on the next page after a form post
    bool noticeIsError = false;
};

struct StaticFile
{
    QByteArray body;
    QByteArray gzip;
    QByteArray etag;
    QByteArray type;
};

struct Submission
{
    int status = 200;
    QJsonObject body;
    QString error;
};

class LiveServer::Private
{
public:
    Private(LiveServer *q, Document *doc) : q(q), doc(doc) {}

    // liveserver.cpp
    qint64 nowMs() const { return clock.elapsed(); }
    DeviceSession *sessionFor(const HttpRequest &r);
    // Reads a device another server joined from the shared table, and whether it was blocked since.
    DeviceSession *sessionForToken(const QByteArray &token);
    Result<DeviceSession *> join(const QString &code, const QString &name, bool anonymous,
                                 const QString &constituency, const QString &language);
    // Anonymous changes are recorded with a neutral actor, so no device label ends up in the file.
    Status applyAs(const DeviceSession &s, const ChangeSet &cs, const QString &description, bool anonymous,
                   bool reportProblem = true);
    // The device's own ideas, and with 'hold' the moderation queue (livemoderation.cpp): in memory,
    // or in the shared table when several servers share the workshop (livesessiontable.h).
    bool owns(const DeviceSession &s, const QUuid &id) const;
    void markOwn(DeviceSession &s, const Idea &idea, bool hold);
    void onChanged();
    void broadcast();
    void acceptWebSockets();
    void updateDeviceCount();
    void loadStatic();

    // liveroutes.cpp
    HttpResponse handle(const HttpRequest &r, const HttpClient &client);
    HttpResponse handleApi(const HttpRequest &r, const HttpClient &client, DeviceSession *s);
    HttpResponse handleForm(const HttpRequest &r, const HttpClient &client, DeviceSession *s);
    HttpResponse page(const HttpRequest &r, const HttpClient &client, DeviceSession *s);
    HttpResponse staticFile(const HttpRequest &r, const QByteArray &name);
    HttpResponse report(const HttpRequest &r);
    Submission setVote(DeviceSession &s, const QJsonObject &o);
    Submission throttle(DeviceSession &s);

    // liveidearoutes.cpp
    Submission submitIdea(DeviceSession &s, const QJsonObject &o);
    const Idea *ownIdea(const DeviceSession &s, const QUuid &id);
    Submission editIdea(DeviceSession &s, const QUuid &id, const QString &text);
    Submission withdrawIdea(DeviceSession &s, const QUuid &id);

    // livemoderation.cpp
    bool isHeld(const QUuid &id) const;
    void forgetHeld(const QUuid &id, bool removed);

    // liveview.cpp
    ParticipantView view(const DeviceSession *s, const QString &language) const;
    QJsonObject stateJson(const ParticipantView &v) const;
    QString pageLanguage(const HttpRequest &r, const DeviceSession *s) const;

    LiveServer *q;
    Document *doc;
    std::unique_ptr<LiveSessionTable> shared; // null: sessions in memory only (a file)
    LiveConfig config;
    HttpListener *listener = nullptr;
    QString code;
    QElapsedTimer clock;
    QHash<QByteArray, DeviceSession *> byToken;
    std::vector<std::unique_ptr<DeviceSession>> devices;
    int nextDevice = 1;
    QHash<QHostAddress, TokenBucket> joinBuckets;
    QHash<QUuid, HeldIdea> held;     // in memory only (not shared)
    QHash<QUuid, quint64> heldOrder; // arrival order, also within one millisecond
    quint64 heldCount = 0;
    bool paused = false;
    QHash<QString, QString> reports; // language -> pdf path
    QHash<QByteArray, StaticFile> statics;
    QHash<QString, QByteArray> i18nJson;
    // The session whose upgrade request was just accepted: the handshake that follows runs at once.
    DeviceSession *upgrading = nullptr;
    quint64 version = 1;
    quint64 broadcastVersion = 0;
    QTimer eventTimer;
    QTimer presenceTimer;
    int lastDeviceCount = 0;
    QMetaObject::Connection changedConnection;
    QMetaObject::Connection reloadedConnection;
};

// Shown on the shared board and open to votes: revealed, not hidden, not merged into another idea.
inline bool onBoard(const Idea &i)
{
    return i.revealed && !i.hidden && i.mergedInto.isNull();
}

// A route's refusal: the status and the message the device shows.
inline Submission failure(int status, const QString &message)
{
    Submission s;
    s.status = status;
    s.error = message;
    return s;
}

// A language code as a device sends it: ASCII letters and hyphens, at most 12.
inline bool isLanguageCode(const QString &s)
{
    if (s.isEmpty() || s.size() > 12)
        return false;
    for (QChar c : s)
        if (!(c.isLetter() && c.unicode() < 128) && c != QLatin1Char('-'))
            return false;
    return true;
}

} // namespace pamoja
