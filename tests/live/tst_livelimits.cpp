// The live server under hostile or broken input: caps on sizes, connections and rate, timeouts for
// idle and slow clients, strict JSON, text rules, escaping, security headers, gzip and forwarded
// headers from the trusted proxy only.
#include "edits.h"
#include "livetestsupport.h"

#include <QRandomGenerator>
#include <QTimer>

#include <zlib.h>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

QByteArray gunzip(const QByteArray &in)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return {};
    QByteArray out(1 << 20, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = inflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace

class TestLiveLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<LiveServer> m_server;

    void start(LiveLimits limits = fastLimits(), const QHostAddress &proxy = {})
    {
        auto doc = Document::create(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)), QStringLiteral("Limits"));
        QVERIFY(doc);
        m_doc = std::move(*doc);
        LiveConfig c;
        c.joinCode = QStringLiteral("ACD347");
        c.limits = limits;
        c.trustedProxy = proxy;
        m_server = std::make_unique<LiveServer>(m_doc.get());
        QVERIFY(m_server->start(c));
    }
    quint16 port() const { return m_server->port(); }
    QByteArray join(const QByteArray &name = "Amina")
    {
        const Reply r = send(port(), request("POST", "/api/join", R"({"code":"ACD347","name":")" + name + R"("})"));
        return r.json().value(QStringLiteral("token")).toString().toLatin1();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_doc.reset();
    }

    void hostileIdeas_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray id = "\"id\":\"" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '"';
        auto with = [&](const QByteArray &rest) { return '{' + id + ',' + rest + '}'; };
        QTest::newRow("plain") << with(R"("text":"Shared agenda")") << 200;
        QTest::newRow("script stays text") << with(R"("text":"<script>alert(1)</script><img src=x onerror=alert(2)>")") << 200;
        QTest::newRow("arabic and cjk") << with(R"("text":"شراكة متوازنة 平等")") << 200;
        QTest::newRow("line breaks") << with(R"("text":"one\ntwo")") << 200;
        QTest::newRow("bell") << with(R"("text":"ring\u0007")") << 400;
        QTest::newRow("nul") << with(R"("text":"a\u0000b")") << 400;
        QTest::newRow("escape sequence") << with("\"text\":\"\\u001b[31mred\"") << 400;
        QTest::newRow("c1 control") << with(R"("text":"a\u0085b")") << 400;
        QTest::newRow("right-to-left override") << with(R"("text":"abc\u202Edcb")") << 400;
        QTest::newRow("isolate") << with(R"("text":"abc\u2067x\u2069")") << 400;
        QTest::newRow("lone surrogate") << with(R"("text":"a\ud800b")") << 400;
        QTest::newRow("lone low surrogate") << with(R"("text":"a\udc00b")") << 400;
        QTest::newRow("invalid utf-8") << with("\"text\":\"a\xff\xfe\"") << 400;
        QTest::newRow("overlong utf-8") << with("\"text\":\"\xc0\xaf\"") << 400;
        QTest::newRow("utf-8 surrogate") << with("\"text\":\"\xed\xa0\x80\"") << 400;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + with(R"("text":"x")") << 400;
        QTest::newRow("duplicate key") << with(R"("text":"a","text":"b")") << 400;
        QTest::newRow("duplicate key, escaped") << with(R"("text":"a","t\u0065xt":"b")") << 400;
        QTest::newRow("unknown key") << with(R"("text":"a","author":"someone")") << 400;
        QTest::newRow("text a number") << with(R"("text":12)") << 400;
        QTest::newRow("text null") << with(R"("text":null)") << 400;
        QTest::newRow("text an object") << with(R"("text":{"a":1})") << 400;
        QTest::newRow("anonymous a string") << with(R"("text":"a","anonymous":"yes")") << 400;
        QTest::newRow("huge number") << with(R"("text":"a","anonymous":1e999)") << 400;
        QTest::newRow("id not a uuid") << QByteArray(R"({"id":"1 OR 1=1","text":"a"})") << 400;
        QTest::newRow("id missing") << QByteArray(R"({"text":"a"})") << 400;
        QTest::newRow("empty text") << with(R"("text":"   ")") << 400;
        QTest::newRow("too long") << with("\"text\":\"" + QByteArray(2001, 'a') + '"') << 400;
        QTest::newRow("not an object") << QByteArray(R"(["text"])") << 400;
        QTest::newRow("trailing data") << with(R"("text":"a")") + "{}" << 400;
        QTest::newRow("truncated") << QByteArray("{\"id\":\"x\",\"text\":\"a") << 400;
        QTest::newRow("deep nesting") << with(R"("text":"a","x":)" + QByteArray(50, '[') + QByteArray(50, ']')) << 400;
        QTest::newRow("empty body") << QByteArray() << 400;
        QTest::newRow("language injection") << with("\"text\":\"a\",\"language\":\"en\\\"><script>\"") << 400;
    }
    void hostileIdeas()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        start();
        const QByteArray token = join();
        const Reply r = send(port(), request("POST", "/api/ideas", body, {bearer(token)}));
        QCOMPARE(r.status, status);
        QCOMPARE(m_doc->data().table<Idea>().size(), status == 200 ? 1 : 0);
        if (status != 200) {
            QVERIFY(!r.json().value(QStringLiteral("error")).toString().isEmpty());
            return;
        }
        // Whatever was sent is inert when the page shows it back.
        const Reply page = send(port(), request("GET", "/api/state", {}, {bearer(token)}));
        QCOMPARE(page.status, 200);
        QVERIFY(m_doc->apply(edits::revealStep(m_doc->data(), 1), QStringLiteral("reveal")));
        Reply html = send(port(), request("GET", "/", {}, {"Cookie: pamoja_session=" + token}));
        QCOMPARE(html.status, 200);
        QVERIFY(!html.body.contains("<script>alert"));
        QVERIFY(!html.body.contains("<img src=x"));
        if (html.body.contains("alert(1)"))
            QVERIFY(html.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"));
    }

    void wrongContentType()
    {
        start();
        const QByteArray token = join();
        QCOMPARE(send(port(), request("POST", "/api/ideas", newIdBody(QStringLiteral("x")), {bearer(token)}, "text/plain")).status, 415);
    }

    void malformedHttp_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("bare lf") << QByteArray("GET / HTTP/1.1\nHost: x\n\n\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST /api/join HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 501;
        QTest::newRow("two lengths") << QByteArray("POST /api/join HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
        QTest::newRow("negative length") << QByteArray("POST /api/join HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("huge length") << QByteArray("POST /api/join HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") << 413;
        QTest::newRow("absolute target") << QByteArray("GET http://evil/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("nul in path") << QByteArray("GET /%00 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("unknown method") << QByteArray("BREW / HTTP/1.1\r\n\r\n") << 405;
        QTest::newRow("unknown path") << QByteArray("GET /../../etc/passwd HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("static traversal") << QByteArray("GET /static/..%2f..%2fliveserver.h HTTP/1.1\r\n\r\n") << 404;
    }
    void malformedHttp()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        start();
        QCOMPARE(send(port(), raw).status, status);
    }

    void oversized_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("header") << request("GET", "/", {}, {"X-Big: " + QByteArray(9000, 'a')}) << 431;
        QList<QByteArray> many;
        for (int i = 0; i < 70; ++i)
            many.append("X-H" + QByteArray::number(i) + ": 1");
        QTest::newRow("header count") << request("GET", "/", {}, many) << 431;
        QTest::newRow("target") << request("GET", "/?" + QByteArray(9000, 'a')) << 431;
        QTest::newRow("body") << request("POST", "/api/join", R"({"code":")" + QByteArray(17 * 1024, 'a') + R"("})") << 413;
        QTest::newRow("name field") << request("POST", "/api/join", R"({"code":"ACD347","name":")" + QByteArray(200, 'a') + R"("})") << 400;
    }
    void oversized()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        start();
        Client c(port());
        const Reply r = c.send(raw);
        QCOMPARE(r.status, status);
        if (status != 400)
            QVERIFY(c.waitClosed()); // the connection is not kept after a refused request
    }

    void slowRequestIsCut()
    {
        LiveLimits l = fastLimits();
        l.requestTimeoutMs = 300;
        l.idleTimeoutMs = 60000;
        start(l);
        Client c(port());
        c.write("GET / HTTP/1.1\r\n");
        // A byte every 50 ms keeps the connection busy but never finishes the request.
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&] { c.write("X"); });
        drip.start(50);
        QVERIFY(c.waitClosed(10000));
        drip.stop();
        QVERIFY(c.received().startsWith("HTTP/1.1 408"));
    }

    void idleConnectionIsClosed()
    {
        LiveLimits l = fastLimits();
        l.idleTimeoutMs = 200;
        start(l);
        Client silent(port());
        QVERIFY(silent.waitClosed(10000));
        QVERIFY(silent.received().isEmpty());
        // Also after a finished request on a keep-alive connection.
        Client c(port());
        QCOMPARE(c.send(request("GET", "/static/app.css")).status, 200);
        QVERIFY(c.waitClosed(10000));
    }

    void keepAliveAndPipelining()
    {
        start();
        Client c(port());
        c.write(request("GET", "/i18n/en.json") + request("GET", "/i18n/fr.json") + request("GET", "/nothing"));
        QCOMPARE(c.read().status, 200);
        QCOMPARE(c.read().status, 200);
        QCOMPARE(c.read().status, 404);
        QVERIFY(c.connected());
    }

    void connectionCaps()
    {
        LiveLimits l = fastLimits();
        l.maxConnectionsPerAddress = 3;
        l.maxConnections = 4;
        start(l);
        std::vector<std::unique_ptr<Client>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<Client>(port()));
            QCOMPARE(open.back()->send(request("GET", "/i18n/en.json")).status, 200);
        }
        Client fourth(port());
        QCOMPARE(fourth.read().status, 503);
        QVERIFY(fourth.waitClosed());
        // Another address still gets in, up to the total.
        Client other(port(), QHostAddress(QStringLiteral("127.0.0.2")));
        QCOMPARE(other.send(request("GET", "/i18n/en.json")).status, 200);
        Client third(port(), QHostAddress(QStringLiteral("127.0.0.3")));
        QCOMPARE(third.read().status, 503);
        // Closing one frees its place.
        open.pop_back();
        QTest::qWait(50);
        Client again(port());
        QTRY_COMPARE(again.send(request("GET", "/i18n/en.json")).status, 200);
    }

    void submissionsAreRateLimited()
    {
        LiveLimits l = fastLimits();
        l.submitBurst = 3;
        l.submitRatePerSecond = 0.001;
        start(l);
        const QByteArray a = join("Ana"), b = join("Ben");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(send(port(), request("POST", "/api/ideas", newIdBody(QStringLiteral("a%1").arg(i)), {bearer(a)})).status, 200);
        const Reply refused = send(port(), request("POST", "/api/ideas", newIdBody(QStringLiteral("a3")), {bearer(a)}));
        QCOMPARE(refused.status, 429);
        QVERIFY(!refused.header("retry-after").isEmpty());
        // Per device: another device is not affected.
        QCOMPARE(send(port(), request("POST", "/api/ideas", newIdBody(QStringLiteral("b0")), {bearer(b)})).status, 200);
        QCOMPARE(m_doc->data().table<Idea>().size(), 4);
    }

    void joinsAreRateLimitedPerAddress()
    {
        LiveLimits l = fastLimits();
        l.joinBurst = 3;
        l.joinRatePerSecond = 0.001;
        start(l);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(send(port(), request("POST", "/api/join", R"({"code":"WRONG1"})")).status, 401);
        QCOMPARE(send(port(), request("POST", "/api/join", R"({"code":"ACD347","name":"x"})")).status, 429);
    }

    void forwardedHeadersOnlyFromTheProxy()
    {
        LiveLimits l = fastLimits();
        l.joinBurst = 2;
        l.joinRatePerSecond = 0.001;
        start(l, QHostAddress(QStringLiteral("127.0.0.2")));
        // From an ordinary client, X-Forwarded-For is ignored: every attempt counts against 127.0.0.1.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(send(port(), request("POST", "/api/join", R"({"code":"WRONG1"})", {"X-Forwarded-For: 10.0.0." + QByteArray::number(i)})).status, 401);
        QCOMPARE(send(port(), request("POST", "/api/join", R"({"code":"WRONG1"})", {"X-Forwarded-For: 10.0.0.9"})).status, 429);
        // From the trusted proxy, each forwarded client has its own allowance.
        for (int i = 0; i < 4; ++i) {
            Client viaProxy(port(), QHostAddress(QStringLiteral("127.0.0.2")));
            QCOMPARE(viaProxy.send(request("POST", "/api/join", R"({"code":"WRONG1"})", {"X-Forwarded-For: 1.2.3.4, 10.1.0." + QByteArray::number(i)})).status, 401);
        }
        // And X-Forwarded-Proto: https from the proxy marks the session cookie Secure; not from others.
        Client viaProxy(port(), QHostAddress(QStringLiteral("127.0.0.2")));
        Reply r = viaProxy.send(request("POST", "/join", "code=ACD347&name=P", {"X-Forwarded-For: 10.2.0.1", "X-Forwarded-Proto: https"},
                                        "application/x-www-form-urlencoded"));
        QCOMPARE(r.status, 303);
        QVERIFY(r.header("set-cookie").contains("; Secure"));
        Client direct(port(), QHostAddress(QStringLiteral("127.0.0.4")));
        r = direct.send(request("POST", "/join", "code=ACD347&name=Q", {"X-Forwarded-Proto: https"}, "application/x-www-form-urlencoded"));
        QCOMPARE(r.status, 303);
        QVERIFY(!r.header("set-cookie").contains("Secure"));
    }

    void securityHeaders_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("page") << QByteArray("/");
        QTest::newRow("script") << QByteArray("/static/app.css");
        QTest::newRow("api error") << QByteArray("/api/state");
        QTest::newRow("not found") << QByteArray("/nope");
    }
    void securityHeaders()
    {
        QFETCH(QByteArray, target);
        start();
        const Reply r = send(port(), request("GET", target));
        QVERIFY(r.complete);
        const QByteArray csp = r.header("content-security-policy");
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(csp.contains("script-src 'self'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QVERIFY(!csp.contains("unsafe-eval"));
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.header("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(r.header("referrer-policy"), QByteArray("no-referrer"));
    }

    void gzipWhenAccepted_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("page") << QByteArray("/?lang=fr");
        QTest::newRow("style") << QByteArray("/static/app.css");
    }
    void gzipWhenAccepted()
    {
        QFETCH(QByteArray, target);
        start();
        const Reply plain = send(port(), request("GET", target));
        const Reply zipped = send(port(), request("GET", target, {}, {"Accept-Encoding: deflate, gzip;q=0.8, br"}));
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("content-encoding").isEmpty());
        QCOMPARE(zipped.header("content-encoding"), QByteArray("gzip"));
        QVERIFY(zipped.body.startsWith("\x1f\x8b")); // gzip, not zlib
        QVERIFY(zipped.body.size() < plain.body.size());
        QCOMPARE(gunzip(zipped.body), plain.body);
        const Reply refused = send(port(), request("GET", target, {}, {"Accept-Encoding: gzip;q=0"}));
        QVERIFY(refused.header("content-encoding").isEmpty());
    }

    void etagRevalidation()
    {
        start();
        const Reply first = send(port(), request("GET", "/static/app.css"));
        QVERIFY(!first.header("etag").isEmpty());
        const Reply again = send(port(), request("GET", "/static/app.css", {}, {"If-None-Match: " + first.header("etag")}));
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
    }

    // Random bytes and mutations of valid requests: the server answers or closes, never crashes,
    // and keeps serving others.
    void randomGarbage()
    {
        start();
        QRandomGenerator rng(20261129);
        const QByteArray valid = request("POST", "/api/join", R"({"code":"ACD347","name":"Fuzz"})");
        for (int i = 0; i < 40; ++i) {
            QByteArray raw = valid;
            const int edits = 1 + int(rng.bounded(8));
            for (int e = 0; e < edits; ++e)
                raw[int(rng.bounded(int(raw.size())))] = char(rng.bounded(256));
            if (i % 5 == 0)
                for (auto &ch : raw)
                    ch = char(rng.bounded(256));
            Client c(port());
            c.write(raw);
            c.read(200);
        }
        QCOMPARE(send(port(), request("GET", "/i18n/en.json")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestLiveLimits)
#include "tst_livelimits.moc"
