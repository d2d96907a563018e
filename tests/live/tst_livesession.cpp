// The live server as a device sees it: joining, sending, resubmitting, editing, withdrawing, voting,
// moderation, anonymity and change notifications, over real HTTP on loopback.
#include "edits.h"
#include "livetestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QWebSocket>

using namespace pamoja;
using namespace pamoja::testing;

class TestLiveSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<LiveServer> m_server;

    void open(bool privateWriting = false, const QString &anonymity = QStringLiteral("optional"))
    {
        m_path = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".pamoja"));
        auto doc = Document::create(m_path, QStringLiteral("Live"));
        QVERIFY2(doc, qPrintable(doc.error()));
        m_doc = std::move(*doc);
        ChangeSet cs = edits::modify<Workshop>(m_doc->data(), m_doc->data().workshop().id, [&](Workshop &w) {
            w.privateWriting = privateWriting;
            w.anonymity = anonymity;
        });
        if (!cs.isEmpty())
            QVERIFY(m_doc->apply(cs, QStringLiteral("settings")));
    }
    void start(LiveConfig config = {})
    {
        if (!m_doc)
            open();
        config.limits = config.limits.idleTimeoutMs == LiveLimits().idleTimeoutMs ? fastLimits() : config.limits;
        config.joinCode = QStringLiteral("ACD347");
        m_server = std::make_unique<LiveServer>(m_doc.get());
        const Status s = m_server->start(config);
        QVERIFY2(s, qPrintable(s.error()));
    }
    quint16 port() const { return m_server->port(); }
    QByteArray join(bool anonymous = false, const QString &name = QStringLiteral("Amina"))
    {
        QJsonObject o{{QStringLiteral("code"), QStringLiteral("acd347")}, {QStringLiteral("anonymous"), anonymous}};
        if (!anonymous)
            o.insert(QStringLiteral("name"), name);
        const Reply r = send(port(), request("POST", "/api/join", QJsonDocument(o).toJson(QJsonDocument::Compact)));
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return r.json().value(QStringLiteral("token")).toString().toLatin1();
    }
    Reply post(const QByteArray &token, const QByteArray &path, const QByteArray &body, const QByteArray &method = "POST")
    {
        return send(port(), request(method, path, body, {bearer(token)}));
    }
    QUuid openRound(int dots, int maxPerItem, const QString &target = QStringLiteral("ideas"))
    {
        VotingRound r;
        r.id = QUuid::createUuid();
        r.title = QStringLiteral("Round");
        r.target = target;
        r.dotsPerParticipant = dots;
        r.maxPerItem = maxPerItem;
        [&] { QVERIFY(m_doc->apply(edits::openRound(m_doc->data(), r), QStringLiteral("open"))); }();
        return r.id;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_doc.reset();
    }

    void joinCodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("right") << QByteArray(R"({"code":"ACD347","name":"Ana"})") << 200;
        QTest::newRow("right, lower case") << QByteArray(R"({"code":"acd347","name":"Ana"})") << 200;
        QTest::newRow("wrong") << QByteArray(R"({"code":"ACD348","name":"Ana"})") << 401;
        QTest::newRow("empty") << QByteArray(R"({"code":"","name":"Ana"})") << 401;
        QTest::newRow("missing") << QByteArray(R"({"name":"Ana"})") << 400;
        QTest::newRow("not a string") << QByteArray(R"({"code":347,"name":"Ana"})") << 400;
        QTest::newRow("anonymous") << QByteArray(R"({"code":"ACD347","anonymous":true})") << 200;
        QTest::newRow("named without a name") << QByteArray(R"({"code":"ACD347"})") << 400;
        QTest::newRow("unknown constituency") << QByteArray(R"({"code":"ACD347","name":"A","constituency":"x"})") << 400;
    }
    void joinCodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        start();
        const Reply r = send(port(), request("POST", "/api/join", body));
        QCOMPARE(r.status, status);
        if (status == 200) {
            QCOMPARE(r.json().value(QStringLiteral("token")).toString().size(), 22); // 128 bits, base64url
            QCOMPARE(r.json().value(QStringLiteral("device")).toString(), QStringLiteral("device 1"));
            QCOMPARE(m_doc->data().table<Participant>().size(), 1);
        } else {
            QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
            QCOMPARE(m_doc->data().table<Participant>().size(), 0);
        }
    }

    void everyRouteNeedsASession_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("state") << request("GET", "/api/state");
        QTest::newRow("idea") << request("POST", "/api/ideas", newIdBody(QStringLiteral("x")));
        QTest::newRow("bad token") << request("POST", "/api/ideas", newIdBody(QStringLiteral("x")), {bearer("AAAAAAAAAAAAAAAAAAAAAA")});
        QTest::newRow("vote") << request("PUT", "/api/votes", R"({"round":"x","target":"y","dots":1})");
        QTest::newRow("report") << request("GET", "/report.pdf");
        QTest::newRow("events") << request("GET", "/api/events", {}, {"Upgrade: websocket", "Connection: Upgrade"});
    }
    void everyRouteNeedsASession()
    {
        QFETCH(QByteArray, raw);
        start();
        QCOMPARE(send(port(), raw).status, 401);
        QCOMPARE(m_doc->data().table<Idea>().size(), 0);
    }

    void submitIsIdempotent()
    {
        start();
        const QByteArray token = join();
        const QUuid id = QUuid::createUuid();
        const Reply first = post(token, "/api/ideas", newIdBody(QStringLiteral("Joint decisions"), id));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("status")).toString(), QStringLiteral("saved"));
        QCOMPARE(first.json().value(QStringLiteral("id")).toString(), id.toString(QUuid::WithoutBraces));
        const Idea *idea = m_doc->data().table<Idea>().find(id);
        QVERIFY(idea); // committed before the answer
        QCOMPARE(idea->source, QStringLiteral("device"));
        QVERIFY(!idea->authorId.isNull());
        const int history = int(m_doc->store().historyCount().value());

        const Reply again = post(token, "/api/ideas", newIdBody(QStringLiteral("Joint decisions"), id));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(m_doc->data().table<Idea>().size(), 1);
        QCOMPARE(int(m_doc->store().historyCount().value()), history);

        // Another text under a taken id is refused, not applied.
        const QByteArray other = join(false, QStringLiteral("Bram"));
        QCOMPARE(post(other, "/api/ideas", newIdBody(QStringLiteral("Something else"), id)).status, 409);
        QCOMPARE(m_doc->data().table<Idea>().find(id)->text, QStringLiteral("Joint decisions"));
    }

    void ideasGoToTheActiveStep()
    {
        open();
        QVERIFY(m_doc->apply(edits::modify<Workshop>(m_doc->data(), m_doc->data().workshop().id, [](Workshop &w) { w.activeStep = 2; }),
                             QStringLiteral("step")));
        start();
        const QUuid id = QUuid::createUuid();
        QCOMPARE(post(join(), "/api/ideas", newIdBody(QStringLiteral("Pooled funds"), id)).status, 200);
        QCOMPARE(m_doc->data().table<Idea>().find(id)->step, 2);
    }

    // The page's language is the reader's: an idea gets the language it is written in (detected), the
    // one sent with it (given), or none; never the page's.
    void ideaLanguageIsTheTextsNotThePages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("detected");
        QTest::newRow("english on a french page")
            << QStringLiteral("Southern partners should decide together how the shared budget is spent each year.") << QString()
            << QStringLiteral("en") << true;
        QTest::newRow("portuguese on a french page")
            << QStringLiteral("As organizações do Sul devem decidir juntas como o orçamento comum é gasto a cada ano.") << QString()
            << QStringLiteral("pt") << true;
        QTest::newRow("too short to tell") << QStringLiteral("Ok") << QString() << QString() << false;
        QTest::newRow("given with the idea") << QStringLiteral("Ok") << QStringLiteral("es") << QStringLiteral("es") << false;
    }
    void ideaLanguageIsTheTextsNotThePages()
    {
        QFETCH(QString, text);
        QFETCH(QString, given);
        QFETCH(QString, language);
        QFETCH(bool, detected);
        start();
        const Reply joined = send(port(), request("POST", "/api/join", R"({"code":"ACD347","name":"Chidi","language":"fr"})"));
        QCOMPARE(joined.status, 200);
        const QByteArray token = joined.json().value(QStringLiteral("token")).toString().toLatin1();
        QJsonObject o{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}, {QStringLiteral("text"), text}};
        if (!given.isEmpty())
            o.insert(QStringLiteral("language"), given);
        QCOMPARE(post(token, "/api/ideas", QJsonDocument(o).toJson(QJsonDocument::Compact)).status, 200);
        const Idea *idea = m_doc->data().table<Idea>().find(QUuid::fromString(o.value(QStringLiteral("id")).toString()));
        QVERIFY(idea);
        QCOMPARE(idea->language, language);
        QCOMPARE(edits::languageDetected(*idea), detected);
    }

    void editAndWithdrawUntilRevealed()
    {
        open(/*privateWriting*/ true);
        start();
        const QByteArray token = join();
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("First"), a)).status, 200);
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Second"), b)).status, 200);
        QVERIFY(!m_doc->data().table<Idea>().find(a)->revealed);

        const QByteArray pathA = "/api/ideas/" + a.toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray pathB = "/api/ideas/" + b.toString(QUuid::WithoutBraces).toLatin1();
        QCOMPARE(post(token, pathA, R"({"text":"First, better"})", "PATCH").status, 200);
        QCOMPARE(m_doc->data().table<Idea>().find(a)->text, QStringLiteral("First, better"));
        // Someone else's idea is not theirs to touch.
        const QByteArray other = join(false, QStringLiteral("Bram"));
        QCOMPARE(post(other, pathA, R"({"text":"Mine now"})", "PATCH").status, 404);
        QCOMPARE(send(port(), request("DELETE", pathA, {}, {bearer(other)})).status, 404);

        QCOMPARE(send(port(), request("DELETE", pathB, {}, {bearer(token)})).status, 200);
        QVERIFY(!m_doc->data().table<Idea>().contains(b));

        QVERIFY(m_doc->apply(edits::revealStep(m_doc->data(), 1), QStringLiteral("reveal")));
        QCOMPARE(post(token, pathA, R"({"text":"Too late"})", "PATCH").status, 409);
        QCOMPARE(send(port(), request("DELETE", pathA, {}, {bearer(token)})).status, 409);
        QCOMPARE(m_doc->data().table<Idea>().find(a)->text, QStringLiteral("First, better"));
    }

    void stateShowsOnlyTheRevealedBoard()
    {
        open(true);
        start();
        const QByteArray token = join();
        const QUuid mine = QUuid::createUuid();
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Hidden for now"), mine)).status, 200);
        const QByteArray other = join(false, QStringLiteral("Bram"));
        Reply r = send(port(), request("GET", "/api/state", {}, {bearer(other)}));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("Hidden for now"));
        r = send(port(), request("GET", "/api/state", {}, {bearer(token)}));
        QVERIFY(r.body.contains("Hidden for now")); // in "mine"
        const quint64 version = r.json().value(QStringLiteral("version")).toInteger();
        QCOMPARE(send(port(), request("GET", "/api/state?since=" + QByteArray::number(version), {}, {bearer(token)})).status, 204);
        QVERIFY(m_doc->apply(edits::revealStep(m_doc->data(), 1), QStringLiteral("reveal")));
        r = send(port(), request("GET", "/api/state?since=" + QByteArray::number(version), {}, {bearer(other)}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Hidden for now"));
    }

    void voteLimits()
    {
        start();
        const QByteArray token = join();
        QList<QUuid> ideas;
        for (int i = 0; i < 3; ++i) {
            ideas.append(QUuid::createUuid());
            QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Idea %1").arg(i), ideas.last())).status, 200);
        }
        const QUuid round = openRound(2, 1);
        auto vote = [&](const QUuid &target, int dots) {
            return post(token, "/api/votes", QJsonDocument(QJsonObject{{QStringLiteral("round"), round.toString(QUuid::WithoutBraces)},
                                                                       {QStringLiteral("target"), target.toString(QUuid::WithoutBraces)},
                                                                       {QStringLiteral("dots"), dots}}).toJson(QJsonDocument::Compact), "PUT");
        };
        Reply r = vote(ideas[0], 1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("remaining")).toInt(), 1);
        QCOMPARE(vote(ideas[1], 2).status, 409); // over the per-item maximum
        QCOMPARE(vote(ideas[1], 1).status, 200);
        QCOMPARE(vote(ideas[2], 1).status, 409); // no dots left
        QCOMPARE(vote(QUuid::createUuid(), 1).status, 409); // not an item of the round
        QCOMPARE(vote(ideas[0], 0).json().value(QStringLiteral("remaining")).toInt(), 1);
        QCOMPARE(vote(ideas[2], 1).status, 200);
        QCOMPARE(vote(ideas[2], -1).status, 409);
        int total = 0;
        for (const Vote &v : m_doc->data().table<Vote>().items())
            total += v.dots;
        QCOMPARE(total, 2);
        QVERIFY(m_doc->apply(edits::modify<VotingRound>(m_doc->data(), round, [](VotingRound &x) { x.open = false; }), QStringLiteral("close")));
        QCOMPARE(vote(ideas[0], 1).status, 409);
    }

    void anonymousIdeasLeaveNoTrace()
    {
        open(/*privateWriting*/ true);
        start();
        QByteArray token;
        {
            QJsonObject o{{QStringLiteral("code"), QStringLiteral("ACD347")}, {QStringLiteral("anonymous"), true},
                          {QStringLiteral("constituency"), QStringLiteral("south")}};
            const Reply r = send(port(), request("POST", "/api/join", QJsonDocument(o).toJson(QJsonDocument::Compact)));
            QCOMPARE(r.status, 200);
            token = r.json().value(QStringLiteral("token")).toString().toLatin1();
            QCOMPARE(r.json().value(QStringLiteral("device")).toString(), QStringLiteral("device 1"));
        }
        const QUuid id = QUuid::createUuid();
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Shared risk"), id)).status, 200);
        QCOMPARE(post(token, "/api/ideas/" + id.toString(QUuid::WithoutBraces).toLatin1(), R"({"text":"Shared risk, really"})", "PATCH").status, 200);
        const Idea *idea = m_doc->data().table<Idea>().find(id);
        QVERIFY(idea->authorId.isNull());
        QCOMPARE(idea->constituency, QStringLiteral("south"));
        // A named device may send one idea anonymously.
        const QByteArray named = join(false, QStringLiteral("Bram"));
        const QUuid id2 = QUuid::createUuid();
        QCOMPARE(post(named, "/api/ideas", newIdBody(QStringLiteral("Quietly"), id2, R"("anonymous":true)")).status, 200);
        QVERIFY(m_doc->data().table<Idea>().find(id2)->authorId.isNull());

        m_server.reset();
        m_doc.reset(); // closes the file
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            QFile f(m_path + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains("Shared risk, really"));
        QVERIFY(!bytes.contains("device 1"));
        QVERIFY(!bytes.contains(token));
        QVERIFY(!bytes.contains("127.0.0.1"));
        // The named device's own join is attributed, its anonymous idea is not.
        QVERIFY(bytes.contains("device 2"));
    }

    void moderationHoldsIdeas()
    {
        LiveConfig c;
        c.moderation = true;
        start(c);
        QSignalSpy held(m_server.get(), &LiveServer::heldIdeasChanged);
        const QByteArray token = join();
        const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
        Reply r = post(token, "/api/ideas", newIdBody(QStringLiteral("Please approve"), a));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        QVERIFY(m_doc->data().table<Idea>().find(a)->hidden); // saved, not shown
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Please reject"), b)).status, 200);
        QCOMPARE(m_server->heldIdeas().size(), 2);
        QVERIFY(held.count() >= 2);
        QVERIFY(m_server->approve(a));
        QVERIFY(!m_doc->data().table<Idea>().find(a)->hidden);
        QVERIFY(m_server->reject(b));
        QVERIFY(!m_doc->data().table<Idea>().contains(b));
        QVERIFY(m_server->heldIdeas().isEmpty());
        QVERIFY(!m_server->approve(b));
    }

    void pauseAndBlock()
    {
        start();
        const QByteArray token = join();
        m_server->setPaused(true);
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Wait"))).status, 423);
        QCOMPARE(send(port(), request("GET", "/api/state", {}, {bearer(token)})).status, 200);
        m_server->setPaused(false);
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Now"))).status, 200);
        QCOMPARE(m_server->devices().size(), 1);
        m_server->blockDevice(QStringLiteral("device 1"));
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Again"))).status, 403);
        QCOMPARE(send(port(), request("GET", "/api/state", {}, {bearer(token)})).status, 403);
        QCOMPARE(m_doc->data().table<Idea>().size(), 1);
        QCOMPARE(m_server->deviceCount(), 0);
    }

    void deviceCountFollowsJoins()
    {
        start();
        QSignalSpy spy(m_server.get(), &LiveServer::deviceCountChanged);
        join();
        join(false, QStringLiteral("Bram"));
        QCOMPARE(m_server->deviceCount(), 2);
        QCOMPARE(spy.last().first().toInt(), 2);
    }

    void webSocketNotifiesChanges()
    {
        start();
        const QByteArray token = join();
        QWebSocket ws;
        QStringList messages;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages.append(m); });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/events?token=%2").arg(port()).arg(QString::fromLatin1(token))));
        QTRY_COMPARE(messages.size(), 1); // the current version on connect
        const qint64 first = QJsonDocument::fromJson(messages.first().toUtf8()).object().value(QStringLiteral("version")).toInteger();
        QCOMPARE(post(token, "/api/ideas", newIdBody(QStringLiteral("Ping"))).status, 200);
        QTRY_COMPARE(messages.size(), 2);
        const QJsonObject o = QJsonDocument::fromJson(messages.last().toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("changed"));
        QVERIFY(o.value(QStringLiteral("version")).toInteger() > first);
        QTRY_COMPARE(m_server->deviceCount(), 1);

        // Without a valid token the upgrade is refused before any WebSocket exists.
        QWebSocket stranger;
        QSignalSpy closed(&stranger, &QWebSocket::disconnected);
        stranger.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/events?token=nope").arg(port())));
        QTRY_VERIFY(closed.count() > 0 || stranger.state() == QAbstractSocket::UnconnectedState);
        QVERIFY(stranger.state() != QAbstractSocket::ConnectedState);
    }

    void reportOnlyWhenPublished()
    {
        start();
        const QByteArray token = join();
        QCOMPARE(send(port(), request("GET", "/report.pdf?lang=en", {}, {bearer(token)})).status, 404);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 test");
        f.close();
        m_server->publishReport(QStringLiteral("en"), pdf);
        const Reply r = send(port(), request("GET", "/report.pdf?lang=en", {}, {bearer(token)}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/pdf"));
        QCOMPARE(r.body, QByteArray("%PDF-1.4 test"));
    }

    void noJavaScriptForms()
    {
        start();
        Reply r = send(port(), request("POST", "/join", "code=ACD347&name=Chidi&language=fr", {}, "application/x-www-form-urlencoded"));
        QCOMPARE(r.status, 303);
        const QByteArray cookie = r.header("set-cookie");
        QVERIFY(cookie.startsWith("pamoja_session="));
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(!cookie.contains("Secure")); // plain http on the local network
        const QByteArray session = "Cookie: " + cookie.split(';').first();
        r = send(port(), request("GET", "/", {}, {session}));
        QCOMPARE(r.status, 200);
        const qsizetype at = r.body.indexOf("name=\"csrf\" value=\"");
        QVERIFY(at > 0);
        const QByteArray csrf = r.body.mid(at + 19, 22);
        const QUuid id = QUuid::createUuid();
        const QByteArray form = "csrf=" + csrf + "&id=" + id.toString(QUuid::WithoutBraces).toLatin1() + "&text=Co-owned+agenda";
        QCOMPARE(send(port(), request("POST", "/ideas", form, {session}, "application/x-www-form-urlencoded")).status, 303);
        QCOMPARE(m_doc->data().table<Idea>().find(id)->text, QStringLiteral("Co-owned agenda"));
        // The same form again (a reload): nothing new.
        QCOMPARE(send(port(), request("POST", "/ideas", form, {session}, "application/x-www-form-urlencoded")).status, 303);
        QCOMPARE(m_doc->data().table<Idea>().size(), 1);
        // Without the CSRF token, nothing happens.
        QCOMPARE(send(port(), request("POST", "/ideas", "id=" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "&text=x",
                                      {session}, "application/x-www-form-urlencoded")).status, 403);
        // A session cookie alone cannot change anything through the JSON API.
        QCOMPARE(send(port(), request("POST", "/api/ideas", newIdBody(QStringLiteral("y")), {session})).status, 403);
        QCOMPARE(m_doc->data().table<Idea>().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLiveSession)
#include "tst_livesession.moc"
