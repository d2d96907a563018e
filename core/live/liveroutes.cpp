// The HTTP routes of docs/http-api.md. Handlers run on the window's thread, so each is cheap: it
// reads WorkshopData in memory and commits at most a few small change sets.
#include "document.h"
#include "edits.h"
#include "liveserver_p.h"
#include "pagerenderer.h"
#include "pagetext.h"
#include "strictjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QUrlQuery>

namespace pamoja {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse answer(const Submission &s)
{
    if (!s.error.isEmpty()) {
        HttpResponse r = HttpResponse::error(s.status, s.error);
        if (s.status == 429)
            r.addHeader("Retry-After", "2");
        return r;
    }
    return HttpResponse::json(s.status, compact(s.body));
}

bool acceptsGzip(const HttpRequest &r)
{
    for (const QByteArray &part : r.header("accept-encoding").split(',')) {
        const QList<QByteArray> p = part.trimmed().split(';');
        if (p.first().trimmed().toLower() == "gzip")
            return !(p.size() > 1 && p.at(1).trimmed().replace(' ', "") == "q=0");
    }
    return false;
}

// application/x-www-form-urlencoded, as strictly as JSON: valid UTF-8, each name once (except the
// vote form's dots_ID fields, which are distinct names anyway).
Result<QHash<QString, QString>> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    if (body.isEmpty())
        return out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString key = utf8.decode(QByteArray::fromPercentEncoding(k));
        const QString value = utf8.decode(QByteArray::fromPercentEncoding(v));
        if (utf8.hasError())
            return Error{QCoreApplication::translate("pamoja::LiveServer", "The form is not valid UTF-8.")};
        if (out.contains(key))
            return Error{QCoreApplication::translate("pamoja::LiveServer", "The form field \"%1\" appears twice.").arg(key.left(40))};
        out.insert(key, value);
    }
    return out;
}

HttpResponse seeOther(const QByteArray &location)
{
    HttpResponse r;
    r.status = 303;
    r.contentType = "text/plain; charset=utf-8";
    r.addHeader("Location", location);
    return r;
}

} // namespace

HttpResponse LiveServer::Private::handle(const HttpRequest &r, const HttpClient &client)
{
    const QByteArray &path = r.path;
    const QByteArray &m = r.method;
    const bool get = m == "GET" || m == "HEAD";

    DeviceSession *s = sessionFor(r);
    if (s && !s->blocked) {
        const bool wasAway = nowMs() - s->lastSeenMs >= config.limits.presenceTimeoutMs;
        s->lastSeenMs = nowMs();
        if (wasAway)
            updateDeviceCount();
    }
    if (path == "/" && get)
        return page(r, client, s);
    if (path.startsWith("/static/") && get)
        return staticFile(r, path.mid(8));
    if (path.startsWith("/i18n/") && path.endsWith(".json") && get) {
        const QString lang = QString::fromLatin1(path.mid(6, path.size() - 11));
        if (!QStringList{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")}.contains(lang))
            return HttpResponse::error(404, QCoreApplication::translate("pamoja::LiveServer", "No such language."));
        if (!i18nJson.contains(lang))
            i18nJson.insert(lang, PageText(lang).json());
        HttpResponse resp = HttpResponse::json(200, i18nJson.value(lang));
        resp.addHeader("Cache-Control", "max-age=300");
        return resp;
    }

    const bool joinRoute = (path == "/api/join" || path == "/join") && m == "POST";
    if (joinRoute) {
        if (!joinBuckets[client.address].take(nowMs(), config.limits.joinRatePerSecond, config.limits.joinBurst)) {
            HttpResponse resp = HttpResponse::error(429, QCoreApplication::translate("pamoja::LiveServer", "Too many attempts to join; wait a moment."));
            resp.addHeader("Retry-After", "5");
            return resp;
        }
        if (joinBuckets.size() > 4 * config.limits.maxConnections)
            joinBuckets.clear(); // a bounded table, not a list of every address ever seen
    }

    if (path == "/api/events" && get) {
        if (!s)
            s = sessionForToken(QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(QStringLiteral("token")).toLatin1());
        if (!s)
            return HttpResponse::error(401, QCoreApplication::translate("pamoja::LiveServer", "Join the session first."));
        if (s->blocked)
            return HttpResponse::error(403, QCoreApplication::translate("pamoja::LiveServer", "This device was removed from the session."));
        if (r.header("upgrade").toLower() != "websocket")
            return HttpResponse::error(426, QCoreApplication::translate("pamoja::LiveServer", "This address is a WebSocket."));
        HttpResponse resp;
        resp.upgradeToWebSocket = true;
        upgrading = s;
        return resp;
    }
    if (s && s->blocked)
        return HttpResponse::error(403, QCoreApplication::translate("pamoja::LiveServer", "This device was removed from the session."));
    if (path.startsWith("/api/"))
        return handleApi(r, client, s);
    if (m == "POST")
        return handleForm(r, client, s);
    if (path == "/report.pdf" && get) {
        if (!s)
            return HttpResponse::error(401, QCoreApplication::translate("pamoja::LiveServer", "Join the session first."));
        return report(r);
    }
    return HttpResponse::error(get || m == "POST" ? 404 : 405, QCoreApplication::translate("pamoja::LiveServer", "Not found."));
}

HttpResponse LiveServer::Private::handleApi(const HttpRequest &r, const HttpClient &, DeviceSession *s)
{
    const QByteArray &path = r.path;
    const QByteArray &m = r.method;
    const bool hasBody = m == "POST" || m == "PUT" || m == "PATCH";
    QJsonObject body;
    if (hasBody) {
        if (!r.header("content-type").toLower().startsWith("application/json"))
            return HttpResponse::error(415, QCoreApplication::translate("pamoja::LiveServer", "Send JSON (Content-Type: application/json)."));
        auto parsed = strictjson::parseObject(r.body);
        if (!parsed)
            return HttpResponse::error(400, parsed.error());
        body = *parsed;
    }

    if (path == "/api/join") {
        if (m != "POST")
            return HttpResponse::error(405, QCoreApplication::translate("pamoja::LiveServer", "Use POST."));
        if (Status st = strictjson::checkFields(body, {{"code", strictjson::Type::String, true},
                                                        {"name", strictjson::Type::String, false},
                                                        {"anonymous", strictjson::Type::Bool, false},
                                                        {"constituency", strictjson::Type::String, false},
                                                        {"language", strictjson::Type::String, false}});
            !st)
            return HttpResponse::error(400, st.error());
        if (!s) {
            const QString name = body.value(QStringLiteral("name")).toString();
            if (Status st = strictjson::checkText(name, std::min(80, config.limits.maxTextChars), QCoreApplication::translate("pamoja::LiveServer", "name")); !st)
                return HttpResponse::error(400, st.error());
            const QString lang = body.value(QStringLiteral("language")).toString();
            if (!lang.isEmpty() && !isLanguageCode(lang))
                return HttpResponse::error(400, QCoreApplication::translate("pamoja::LiveServer", "Unknown language code."));
            auto joined = join(body.value(QStringLiteral("code")).toString(), name,
                               body.value(QStringLiteral("anonymous")).toBool(), body.value(QStringLiteral("constituency")).toString(), lang);
            if (!joined) {
                const bool wrongCode = body.value(QStringLiteral("code")).toString().trimmed().compare(code, Qt::CaseInsensitive) != 0;
                return HttpResponse::error(wrongCode ? 401 : ((shared ? shared->count(code) : int(devices.size())) >= config.limits.maxDevices ? 503 : 400), joined.error());
            }
            s = *joined;
        } else if (body.value(QStringLiteral("code")).toString().trimmed().compare(code, Qt::CaseInsensitive) != 0) {
            return HttpResponse::error(401, QCoreApplication::translate("pamoja::LiveServer", "That join code is not right. Check the code on the screen."));
        }
        return HttpResponse::json(200, compact({{QStringLiteral("token"), QString::fromLatin1(s->token)},
                                                {QStringLiteral("device"), s->label},
                                                {QStringLiteral("participantId"), s->participantId.toString(QUuid::WithoutBraces)},
                                                {QStringLiteral("csrf"), QString::fromLatin1(s->csrf)}}));
    }

    if (!s)
        return HttpResponse::error(401, QCoreApplication::translate("pamoja::LiveServer", "Join the session first."));
    // A session cookie alone may read; changing needs the bearer token or the page's CSRF header.
    if (hasBody || m == "DELETE") {
        const bool bearer = r.header("authorization").startsWith("Bearer ");
        if (!bearer && r.header("x-csrf-token") != s->csrf)
            return HttpResponse::error(403, QCoreApplication::translate("pamoja::LiveServer", "The request lacks its session token."));
    }

    if (path == "/api/state") {
        if (m != "GET" && m != "HEAD")
            return HttpResponse::error(405, QCoreApplication::translate("pamoja::LiveServer", "Use GET."));
        const QString since = QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(QStringLiteral("since"));
        if (!since.isEmpty() && since.toULongLong() == version) {
            HttpResponse resp;
            resp.status = 204;
            return resp;
        }
        return HttpResponse::json(200, compact(stateJson(view(s, pageLanguage(r, s)))));
    }
    if (path == "/api/ideas") {
        if (m != "POST")
            return HttpResponse::error(405, QCoreApplication::translate("pamoja::LiveServer", "Use POST."));
        return answer(submitIdea(*s, body));
    }
    if (path.startsWith("/api/ideas/")) {
        const QUuid id = QUuid::fromString(QLatin1StringView(path.mid(11)));
        if (id.isNull())
            return HttpResponse::error(404, QCoreApplication::translate("pamoja::LiveServer", "No such idea."));
        if (m == "DELETE")
            return answer(withdrawIdea(*s, id));
        if (m == "PATCH") {
            if (Status st = strictjson::checkFields(body, {{"text", strictjson::Type::String, true}}); !st)
                return HttpResponse::error(400, st.error());
            return answer(editIdea(*s, id, body.value(QStringLiteral("text")).toString()));
        }
        return HttpResponse::error(405, QCoreApplication::translate("pamoja::LiveServer", "Use PATCH or DELETE."));
    }
    if (path == "/api/votes") {
        if (m != "PUT")
            return HttpResponse::error(405, QCoreApplication::translate("pamoja::LiveServer", "Use PUT."));
        return answer(setVote(*s, body));
    }
    return HttpResponse::error(404, QCoreApplication::translate("pamoja::LiveServer", "Not found."));
}

HttpResponse LiveServer::Private::handleForm(const HttpRequest &r, const HttpClient &client, DeviceSession *s)
{
    if (!r.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        return HttpResponse::error(415, QCoreApplication::translate("pamoja::LiveServer", "Send a form."));
    auto form = parseForm(r.body);
    if (!form)
        return HttpResponse::error(400, form.error());
    const QByteArray &path = r.path;

    if (path == "/join") {
        const QString name = form->value(QStringLiteral("name"));
        const QString lang = form->value(QStringLiteral("language"));
        Status problem = strictjson::checkText(name, std::min(80, config.limits.maxTextChars), QCoreApplication::translate("pamoja::LiveServer", "name"));
        if (problem && !lang.isEmpty() && !isLanguageCode(lang))
            problem = Error{QCoreApplication::translate("pamoja::LiveServer", "Unknown language code.")};
        DeviceSession *joined = s;
        if (problem && !joined) {
            auto j = join(form->value(QStringLiteral("code")), name, !form->value(QStringLiteral("anonymous")).isEmpty(),
                          form->value(QStringLiteral("constituency")), lang);
            if (j)
                joined = *j;
            else
                problem = Error{j.error()};
        }
        if (!problem || !joined) {
            ParticipantView v = view(nullptr, pageLanguage(r, nullptr));
            v.joinCode = form->value(QStringLiteral("code")).left(6);
            v.notice = problem ? QCoreApplication::translate("pamoja::LiveServer", "Could not join.") : problem.error();
            v.noticeIsError = true;
            HttpResponse resp;
            resp.status = 400;
            resp.contentType = "text/html; charset=utf-8";
            resp.body = PageRenderer::render(v);
            return resp;
        }
        HttpResponse resp = seeOther("/");
        resp.headers.append({"Set-Cookie", "pamoja_session=" + joined->token + "; Path=/; HttpOnly; SameSite=Strict" +
                                               (client.https ? QByteArray("; Secure") : QByteArray())});
        return resp;
    }

    if (!s)
        return seeOther("/");
    if (form->value(QStringLiteral("csrf")).toLatin1() != s->csrf)
        return HttpResponse::error(403, QCoreApplication::translate("pamoja::LiveServer", "The form has expired; reload the page."));

    Submission result;
    if (path == "/ideas") {
        QJsonObject o{{QStringLiteral("id"), form->value(QStringLiteral("id"))}, {QStringLiteral("text"), form->value(QStringLiteral("text"))}};
        if (!form->value(QStringLiteral("anonymous")).isEmpty())
            o.insert(QStringLiteral("anonymous"), true);
        result = submitIdea(*s, o);
    } else if (path.startsWith("/ideas/")) {
        QByteArray rest = path.mid(7);
        const bool withdraw = rest.endsWith("/withdraw");
        if (withdraw)
            rest.chop(9);
        const QUuid id = QUuid::fromString(QLatin1StringView(rest));
        if (id.isNull())
            return HttpResponse::error(404, QCoreApplication::translate("pamoja::LiveServer", "No such idea."));
        result = withdraw ? withdrawIdea(*s, id) : editIdea(*s, id, form->value(QStringLiteral("text")));
    } else if (path == "/votes") {
        // The form sends every item's dots (dots_ID); lowering comes before raising so that moving a
        // dot never trips the round's limit halfway.
        const QString round = form->value(QStringLiteral("round"));
        QList<QPair<QString, int>> lower, raise;
        const ParticipantView current = view(s, s->language);
        QHash<QString, int> mine;
        if (current.round)
            for (const auto &item : current.round->items)
                mine.insert(item.id, item.myDots);
        for (auto it = form->begin(); it != form->end(); ++it) {
            if (!it.key().startsWith(QLatin1StringView("dots_")))
                continue;
            bool ok = false;
            const int dots = it.value().toInt(&ok);
            const QString target = it.key().mid(5);
            if (!ok || !mine.contains(target))
                return HttpResponse::error(400, QCoreApplication::translate("pamoja::LiveServer", "The vote form does not match the round; reload the page."));
            if (dots < mine.value(target))
                lower.append({target, dots});
            else if (dots > mine.value(target))
                raise.append({target, dots});
        }
        result.body.insert(QStringLiteral("remaining"), current.round ? current.round->remaining : 0);
        for (const auto &list : {lower, raise}) {
            for (const auto &[target, dots] : list) {
                result = setVote(*s, {{QStringLiteral("round"), round}, {QStringLiteral("target"), target}, {QStringLiteral("dots"), dots}});
                if (!result.error.isEmpty())
                    break;
            }
            if (!result.error.isEmpty())
                break;
        }
    } else {
        return HttpResponse::error(404, QCoreApplication::translate("pamoja::LiveServer", "Not found."));
    }
    s->notice = result.error.isEmpty() ? QString() : result.error;
    s->noticeIsError = !result.error.isEmpty();
    return seeOther("/");
}

HttpResponse LiveServer::Private::page(const HttpRequest &r, const HttpClient &, DeviceSession *s)
{
    if (s && s->blocked)
        s = nullptr;
    ParticipantView v = view(s, pageLanguage(r, s));
    v.joinCode = QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(QStringLiteral("code")).left(6);
    if (s) {
        s->notice.clear();
        s->noticeIsError = false;
    }
    HttpResponse resp;
    resp.contentType = "text/html; charset=utf-8";
    resp.body = PageRenderer::render(v);
    resp.addHeader("Vary", "Accept-Encoding, Cookie");
    if (acceptsGzip(r)) {
        const QByteArray gz = gzipCompress(resp.body);
        if (!gz.isEmpty()) {
            resp.body = gz;
            resp.addHeader("Content-Encoding", "gzip");
        }
    }
    return resp;
}

HttpResponse LiveServer::Private::staticFile(const HttpRequest &r, const QByteArray &name)
{
    const auto it = statics.constFind(name);
    if (it == statics.constEnd())
        return HttpResponse::error(404, QCoreApplication::translate("pamoja::LiveServer", "Not found."));
    HttpResponse resp;
    resp.contentType = it->type;
    resp.addHeader("ETag", it->etag);
    resp.addHeader("Cache-Control", "no-cache");
    resp.addHeader("Vary", "Accept-Encoding");
    if (r.header("if-none-match") == it->etag) {
        resp.status = 304;
        return resp;
    }
    if (acceptsGzip(r) && !it->gzip.isEmpty()) {
        resp.body = it->gzip;
        resp.addHeader("Content-Encoding", "gzip");
    } else {
        resp.body = it->body;
    }
    return resp;
}

HttpResponse LiveServer::Private::report(const HttpRequest &r)
{
    QString lang = QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(QStringLiteral("lang"));
    if (!reports.contains(lang))
        lang = reports.isEmpty() ? QString() : reports.keys().first();
    if (lang.isEmpty())
        return HttpResponse::error(404, QCoreApplication::translate("pamoja::LiveServer", "The report has not been published yet."));
    QFile f(reports.value(lang));
    if (!f.open(QIODevice::ReadOnly))
        return HttpResponse::error(404, QCoreApplication::translate("pamoja::LiveServer", "The report has not been published yet."));
    HttpResponse resp;
    resp.contentType = "application/pdf";
    resp.body = f.readAll();
    resp.addHeader("Content-Disposition", "attachment; filename=\"report-" + lang.toLatin1() + ".pdf\"");
    return resp;
}

Submission LiveServer::Private::throttle(DeviceSession &s)
{
    if (paused)
        return failure(423, QCoreApplication::translate("pamoja::LiveServer", "The facilitator has paused contributions for a moment."));
    if (!s.bucket.take(nowMs(), config.limits.submitRatePerSecond, config.limits.submitBurst))
        return failure(429, QCoreApplication::translate("pamoja::LiveServer", "Slow down a little; try again in a few seconds."));
    return {};
}

Submission LiveServer::Private::setVote(DeviceSession &s, const QJsonObject &o)
{
    if (Status st = strictjson::checkFields(o, {{"round", strictjson::Type::Uuid, true},
                                                {"target", strictjson::Type::Uuid, true},
                                                {"dots", strictjson::Type::Int, true}});
        !st)
        return failure(400, st.error());
    const QUuid roundId = QUuid::fromString(o.value(QStringLiteral("round")).toString());
    const QUuid target = QUuid::fromString(o.value(QStringLiteral("target")).toString());
    const int dots = o.value(QStringLiteral("dots")).toInt();
    const WorkshopData &data = doc->data();
    const VotingRound *round = data.table<VotingRound>().find(roundId);
    if (!round || !round->open)
        return failure(409, QCoreApplication::translate("pamoja::LiveServer", "This voting round is closed."));
    bool valid = false;
    if (round->target == QLatin1StringView("clusters")) {
        const Cluster *c = data.table<Cluster>().find(target);
        valid = c && c->step == round->step;
    } else {
        const Idea *i = data.table<Idea>().find(target);
        valid = i && i->step == round->step && onBoard(*i);
    }
    if (!valid)
        return failure(409, QCoreApplication::translate("pamoja::LiveServer", "That item is not part of this voting round."));
    if (Submission t = throttle(s); !t.error.isEmpty())
        return t;
    auto cs = edits::setDots(data, roundId, s.participantId, target, dots);
    if (!cs)
        return failure(409, cs.error());
    if (!cs->isEmpty())
        if (Status st = applyAs(s, *cs, QCoreApplication::translate("pamoja::LiveServer", "Dots from a participant's device"), s.anonymous); !st)
            return failure(500, QCoreApplication::translate("pamoja::LiveServer", "Your dots could not be saved; please try again."));
    int used = 0;
    for (const Vote &v : doc->data().table<Vote>().items())
        if (v.roundId == roundId && v.participantId == s.participantId)
            used += v.dots;
    Submission ok;
    ok.body = {{QStringLiteral("remaining"), std::max(0, round->dotsPerParticipant - used)}};
    return ok;
}

} // namespace pamoja
