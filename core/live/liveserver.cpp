#include "liveserver.h"

#include "document.h"
#include "edits.h"
#include "domain/constituency.h"
#include "liveserver_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrlQuery>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QWebSocket>
#include <QWebSocketServer>

namespace pamoja {

namespace {

const char CodeAlphabet[] = "ACDEFHJKMNPQRTUVWXY34679";

QString randomCode()
{
    QString c;
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 6; ++i)
        c.append(QLatin1Char(CodeAlphabet[rng->bounded(int(sizeof(CodeAlphabet) - 1))]));
    return c;
}

QByteArray randomToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool validCode(const QString &code)
{
    if (code.size() != 6)
        return false;
    for (QChar c : code)
        if (!QByteArray(CodeAlphabet).contains(char(c.toUpper().unicode() < 128 ? c.toUpper().toLatin1() : '?')))
            return false;
    return true;
}

} // namespace

bool TokenBucket::take(qint64 nowMs, double rate, int burst)
{
    if (tokens < 0) {
        tokens = burst;
        lastMs = nowMs;
    }
    tokens = std::min<double>(burst, tokens + double(nowMs - lastMs) * rate / 1000.0);
    lastMs = nowMs;
    if (tokens < 1.0)
        return false;
    tokens -= 1.0;
    return true;
}


LiveServer::LiveServer(Document *document, QObject *parent) : QObject(parent), d(std::make_unique<Private>(this, document))
{
    d->eventTimer.setSingleShot(true);
    connect(&d->eventTimer, &QTimer::timeout, this, [this] { d->broadcast(); });
    connect(&d->presenceTimer, &QTimer::timeout, this, [this] { d->updateDeviceCount(); });
}

LiveServer::~LiveServer()
{
    stop();
}

Status LiveServer::start(const LiveConfig &config)
{
    if (isRunning())
        return Error{tr("The live session is already running.")};
    if (!d->doc || d->doc->isReadOnly())
        return Error{tr("The workshop is open read-only; participants' ideas could not be saved.")};
    QString code = config.joinCode.trimmed().toUpper();
    if (code.isEmpty())
        code = randomCode();
    else if (!validCode(code))
        return Error{tr("A join code is 6 characters from %1.").arg(QString::fromLatin1(CodeAlphabet))};

    d->config = config;
    d->config.joinCode = code;
    d->code = code;
    d->clock.start();
    d->loadStatic();

    const LiveLimits &l = config.limits;
    d->listener = new HttpListener(this);
    d->listener->setLimits({l.maxHeaderBytes, l.maxHeaderCount, l.maxBodyBytes, l.maxConnections,
                            l.maxConnectionsPerAddress, l.idleTimeoutMs, l.requestTimeoutMs});
    d->listener->setTrustedProxy(config.trustedProxy);
    d->listener->setHandler([this](const HttpRequest &r, const HttpClient &c) { return d->handle(r, c); });
    d->listener->setMaxPendingConnections(l.maxConnections);
    connect(d->listener->webSocketServer(), &QWebSocketServer::newConnection, this, [this] { d->acceptWebSockets(); });
    if (!d->listener->listen(config.address, config.port)) {
        const QString why = d->listener->errorString();
        delete d->listener;
        d->listener = nullptr;
        return Error{tr("Could not start the live session on %1 port %2: %3")
                         .arg(config.address.toString(), QString::number(config.port), why)};
    }
    // Several servers on one workshop in a database share their devices and moderation queue
    // (livesessiontable.h); a file's server keeps them in memory.
    d->shared = LiveSessionTable::forStore(d->doc->store());
    if (d->shared) {
        // Versions differ between servers, so a phone that moves to another never gets "unchanged".
        d->version = (quint64(QRandomGenerator::system()->bounded(1u, 1u << 20)) << 32) + 1;
    }
    d->changedConnection = connect(d->doc, &Document::changed, this, [this] { d->onChanged(); });
    // Another writer's change this document could not follow entry by entry: everything was read again.
    d->reloadedConnection = connect(d->doc, &Document::reloaded, this, [this] { d->onChanged(); });
    d->presenceTimer.start(std::max(1000, l.presenceTimeoutMs / 4));
    Q_EMIT runningChanged(true);
    return {};
}

void LiveServer::stop()
{
    if (!d->listener)
        return;
    disconnect(d->changedConnection);
    disconnect(d->reloadedConnection);
    d->eventTimer.stop();
    d->presenceTimer.stop();
    for (auto &s : d->devices)
        for (auto &ws : s->sockets)
            if (ws)
                ws->abort();
    d->listener->close();
    d->listener->closeAll();
    delete d->listener; // now, with its sockets: nothing may call back into a stopped server
    d->listener = nullptr;
    d->byToken.clear();
    d->devices.clear();
    d->joinBuckets.clear();
    d->held.clear();
    d->heldOrder.clear();
    d->shared.reset();
    d->paused = false;
    if (d->lastDeviceCount != 0) {
        d->lastDeviceCount = 0;
        Q_EMIT deviceCountChanged(0);
    }
    Q_EMIT devicesChanged();
    Q_EMIT heldIdeasChanged();
    Q_EMIT runningChanged(false);
}

bool LiveServer::isRunning() const
{
    return d->listener && d->listener->isListening();
}

QString LiveServer::joinCode() const
{
    return isRunning() ? d->code : QString();
}

QUrl LiveServer::joinUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    if (!d->config.publicUrl.isEmpty()) {
        url = QUrl(d->config.publicUrl);
    } else {
        url.setScheme(QStringLiteral("http"));
        QHostAddress a = d->listener->serverAddress();
        if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6)
            a = QHostAddress(QHostAddress::LocalHost);
        url.setHost(a.toString());
        url.setPort(d->listener->serverPort());
        url.setPath(QStringLiteral("/"));
    }
    url.setQuery(QStringLiteral("code=") + d->code);
    return url;
}

QHostAddress LiveServer::address() const
{
    return isRunning() ? d->listener->serverAddress() : QHostAddress();
}

quint16 LiveServer::port() const
{
    return isRunning() ? d->listener->serverPort() : 0;
}

const LiveConfig &LiveServer::config() const
{
    return d->config;
}

int LiveServer::deviceCount() const
{
    return d->lastDeviceCount;
}

QList<LiveServer::Device> LiveServer::devices() const
{
    QList<Device> out;
    const qint64 now = d->nowMs();
    QSet<int> local;
    for (const auto &s : d->devices) {
        local.insert(s->number);
        Device dev;
        dev.label = s->label;
        dev.name = s->name;
        dev.participantId = s->participantId;
        dev.lastSeen = QDateTime::currentDateTimeUtc().addMSecs(s->lastSeenMs - now);
        dev.blocked = s->blocked;
        dev.connected = !s->blocked && (now - s->lastSeenMs < d->config.limits.presenceTimeoutMs || !s->sockets.isEmpty());
        out.append(dev);
    }
    if (d->shared) // the devices that joined through the other servers (their presence is theirs to know)
        for (const SharedDevice &sd : d->shared->devices(d->code))
            if (!local.contains(sd.number))
                out.append({QStringLiteral("device %1").arg(sd.number), sd.name, sd.participantId, QDateTime(), sd.blocked, false});
    return out;
}

void LiveServer::blockDevice(const QString &label)
{
    if (d->shared) {
        const int number = label.startsWith(QLatin1StringView("device ")) ? label.mid(7).toInt() : 0;
        if (number > 0)
            if (Status st = d->shared->block(number); !st)
                Q_EMIT problem(st.error());
        Q_EMIT devicesChanged();
    }
    for (auto &s : d->devices) {
        if (s->label != label || s->blocked)
            continue;
        s->blocked = true;
        for (auto &ws : s->sockets)
            if (ws)
                ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
        s->sockets.clear();
        d->updateDeviceCount();
        Q_EMIT devicesChanged();
    }
}

bool LiveServer::isPaused() const
{
    return d->paused;
}

void LiveServer::setPaused(bool paused)
{
    if (d->paused == paused)
        return;
    d->paused = paused;
    d->onChanged(); // devices show the pause
    Q_EMIT pausedChanged(paused);
}

void LiveServer::publishReport(const QString &language, const QString &pdfPath)
{
    d->reports.insert(language, pdfPath);
    d->onChanged();
}

void LiveServer::unpublishReports()
{
    d->reports.clear();
    d->onChanged();
}

QStringList LiveServer::publishedReportLanguages() const
{
    QStringList l = d->reports.keys();
    l.sort();
    return l;
}

// --- Private ---------------------------------------------------------------------------------

DeviceSession *LiveServer::Private::sessionForToken(const QByteArray &token)
{
    if (token.isEmpty())
        return nullptr;
    DeviceSession *s = byToken.value(token, nullptr);
    if (!shared)
        return s;
    if (s) {
        // A block through another server counts from the next request on.
        if (!s->blocked && shared->blocked(s->number).value_or(false)) {
            s->blocked = true;
            for (auto &ws : s->sockets)
                if (ws)
                    ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
            s->sockets.clear();
            updateDeviceCount();
        }
        return s;
    }
    if (token.size() > 64)
        return nullptr;
    const std::optional<SharedDevice> found = shared->find(token, code);
    if (!found)
        return nullptr;
    auto fresh = std::make_unique<DeviceSession>();
    fresh->token = token;
    fresh->number = found->number;
    fresh->label = QStringLiteral("device %1").arg(found->number);
    fresh->csrf = found->csrf;
    fresh->name = found->name;
    fresh->participantId = found->participantId;
    fresh->anonymous = found->anonymous;
    fresh->constituency = found->constituency;
    fresh->language = found->language;
    fresh->blocked = found->blocked;
    fresh->lastSeenMs = nowMs();
    // Its participant was committed before the other server answered the join; this document may
    // not have followed that yet.
    if (!doc->data().participant(found->participantId))
        doc->catchUp();
    s = fresh.get();
    byToken.insert(token, s);
    devices.push_back(std::move(fresh));
    Q_EMIT q->devicesChanged();
    return s;
}

bool LiveServer::Private::owns(const DeviceSession &s, const QUuid &id) const
{
    return s.ownIdeas.contains(id) || (shared && shared->owns(id, s.token));
}

void LiveServer::Private::markOwn(DeviceSession &s, const Idea &idea, bool hold)
{
    s.ownIdeas.insert(idea.id);
    // Shared: its row was written before the idea (liveidearoutes.cpp, submitIdea).
    if (!shared && hold) {
        held.insert(idea.id, {idea.id, idea.text, idea.language, s.label, QDateTime::currentDateTimeUtc()});
        heldOrder.insert(idea.id, ++heldCount);
    }
    if (hold)
        Q_EMIT q->heldIdeasChanged();
}

DeviceSession *LiveServer::Private::sessionFor(const HttpRequest &r)
{
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("Bearer "))
        return sessionForToken(auth.mid(7).trimmed());
    const QByteArray cookies = r.header("cookie");
    for (const QByteArray &part : cookies.split(';')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("pamoja_session="))
            return sessionForToken(p.mid(15));
    }
    return nullptr;
}

Result<DeviceSession *> LiveServer::Private::join(const QString &joinCode, const QString &name, bool anonymous,
                                                   const QString &constituency, const QString &language)
{
    if (joinCode.trimmed().compare(code, Qt::CaseInsensitive) != 0)
        return Error{tr("That join code is not right. Check the code on the screen.")};
    if ((shared ? shared->count(code) : int(devices.size())) >= config.limits.maxDevices)
        return Error{tr("This session is full.")};
    // The participants the other servers added, so names and aliases do not collide with theirs.
    if (shared)
        doc->catchUp();
    const Workshop &w = doc->data().workshop();
    if (w.anonymity == QLatin1StringView("anonymous"))
        anonymous = true;
    if (!anonymous && name.trimmed().isEmpty())
        return Error{tr("Please enter your name, or join anonymously.")};
    if (anonymous && w.anonymity == QLatin1StringView("named"))
        return Error{tr("This workshop asks everyone to give their name.")};
    if (!constituency.isEmpty() && !constituency::isValid(constituency))
        return Error{tr("Unknown constituency \"%1\".").arg(constituency.left(40))};

    auto s = std::make_unique<DeviceSession>();
    s->anonymous = anonymous;
    s->constituency = constituency;
    s->language = language;
    s->token = randomToken();
    s->csrf = randomToken();
    s->lastSeenMs = nowMs();

    Participant p;
    p.constituency = constituency.isEmpty() ? QStringLiteral("other") : constituency;
    p.language = language;
    p.consent = !anonymous;
    p.present = true;
    QUuid pid;
    Result<ChangeSet> cs = Error{QString()};
    if (anonymous) {
        // An alias that no one else has; the number is not the device's.
        for (int n = int(doc->data().table<Participant>().size()) + 1;; ++n) {
            p.name = tr("Participant %1").arg(n);
            cs = edits::addParticipant(doc->data(), p, QString(), &pid);
            if (cs)
                break;
        }
    } else {
        p.name = name.trimmed();
        cs = edits::addParticipant(doc->data(), p, QString(), &pid);
        if (!cs)
            return Error{tr("Someone has already joined with the name \"%1\"; please add something to tell you apart.").arg(p.name)};
    }
    s->name = p.name;
    s->participantId = pid;
    if (shared) {
        // The number from the database: labels stay unique across the servers sharing the workshop.
        auto number = shared->insertDevice(s->token, code, {0, s->csrf, s->name, pid, anonymous, constituency, language, false});
        if (!number)
            return Error{number.error()};
        s->number = *number;
    } else {
        s->number = nextDevice++;
    }
    s->label = QStringLiteral("device %1").arg(s->number);
    if (Status st = applyAs(*s, *cs, tr("A participant joined from a device"), s->anonymous); !st) {
        if (shared)
            (void)shared->removeDevice(s->number);
        return Error{st.error()};
    }
    DeviceSession *raw = s.get();
    byToken.insert(s->token, raw);
    devices.push_back(std::move(s));
    updateDeviceCount();
    Q_EMIT q->devicesChanged();
    return raw;
}

Status LiveServer::Private::applyAs(const DeviceSession &s, const ChangeSet &cs, const QString &description,
                                    bool anonymous, bool reportProblem)
{
    const QString previous = doc->actor();
    doc->setActor(anonymous ? QStringLiteral("participant device") : s.label);
    const Status st = doc->apply(cs, description, Document::Undoable::No);
    doc->setActor(previous);
    if (!st && reportProblem)
        Q_EMIT q->problem(tr("A change from a participant's device could not be saved: %1").arg(st.error()));
    return st;
}

void LiveServer::Private::onChanged()
{
    ++version;
    if (shared) // another server may have held, approved or rejected an idea
        Q_EMIT q->heldIdeasChanged();
    if (!eventTimer.isActive())
        eventTimer.start(config.limits.eventCoalesceMs);
}

void LiveServer::Private::broadcast()
{
    if (broadcastVersion == version)
        return;
    broadcastVersion = version;
    const QString msg = QStringLiteral("{\"type\":\"changed\",\"version\":%1}").arg(version);
    for (auto &s : devices) {
        if (s->blocked)
            continue;
        for (auto &ws : s->sockets)
            if (ws)
                ws->sendTextMessage(msg);
    }
}

void LiveServer::Private::acceptWebSockets()
{
    QWebSocketServer *server = listener ? listener->webSocketServer() : nullptr;
    while (server && server->hasPendingConnections()) {
        QWebSocket *ws = server->nextPendingConnection();
        ws->setParent(listener);
        ws->setMaxAllowedIncomingMessageSize(1024);
        ws->setMaxAllowedIncomingFrameSize(1024);
        const QUrlQuery query(ws->requestUrl());
        DeviceSession *s = sessionForToken(query.queryItemValue(QStringLiteral("token")).toLatin1());
        if (!s)
            s = upgrading; // a cookie session (the handshake follows its accepted request at once)
        upgrading = nullptr;
        if (!s || s->blocked) {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
            ws->deleteLater();
            continue;
        }
        s->sockets.removeAll(QPointer<QWebSocket>());
        while (s->sockets.size() >= 4) { // a device reconnecting keeps its newest sockets
            if (QWebSocket *old = s->sockets.takeFirst())
                old->close();
        }
        s->sockets.append(ws);
        s->lastSeenMs = nowMs();
        QObject::connect(ws, &QWebSocket::disconnected, ws, [this, ws] {
            for (auto &dev : devices)
                dev->sockets.removeAll(ws);
            ws->deleteLater();
            updateDeviceCount();
        });
        ws->sendTextMessage(QStringLiteral("{\"type\":\"changed\",\"version\":%1}").arg(version));
        updateDeviceCount();
    }
}

void LiveServer::Private::updateDeviceCount()
{
    const qint64 now = nowMs();
    int n = 0;
    for (const auto &s : devices)
        if (!s->blocked && (now - s->lastSeenMs < config.limits.presenceTimeoutMs || !s->sockets.isEmpty()))
            ++n;
    if (n != lastDeviceCount) {
        lastDeviceCount = n;
        Q_EMIT q->deviceCountChanged(n);
    }
}

void LiveServer::Private::loadStatic()
{
    if (!statics.isEmpty())
        return;
    QDirIterator it(QStringLiteral(":/live"), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        StaticFile sf;
        sf.body = f.readAll();
        sf.gzip = gzipCompress(sf.body);
        sf.etag = '"' + QCryptographicHash::hash(sf.body, QCryptographicHash::Sha256).toHex().left(20) + '"';
        const QString name = QFileInfo(path).fileName();
        if (name.endsWith(QLatin1StringView(".js")))
            sf.type = "text/javascript; charset=utf-8";
        else if (name.endsWith(QLatin1StringView(".css")))
            sf.type = "text/css; charset=utf-8";
        else if (name.endsWith(QLatin1StringView(".svg")))
            sf.type = "image/svg+xml";
        else if (name.endsWith(QLatin1StringView(".png")))
            sf.type = "image/png";
        else if (name.endsWith(QLatin1StringView(".json")))
            sf.type = "application/json";
        else
            sf.type = "application/octet-stream";
        statics.insert(name.toUtf8(), sf);
    }
}

} // namespace pamoja
