// The request parser on its own: valid requests in any split, pipelining, and a corpus of broken
// ones, each with the status it must answer. Random mutations must never crash it or make it
// buffer more than its caps.
#include "httprequestparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pamoja;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("get") << QByteArray("GET /static/app.js HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("GET") << QByteArray("/static/app.js") << QByteArray() << true;
        QTest::newRow("post") << QByteArray("POST /api/join HTTP/1.1\r\nContent-Length: 4\r\n\r\nabcd") << QByteArray("POST") << QByteArray("/api/join") << QByteArray("abcd") << true;
        QTest::newRow("close") << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") << QByteArray("GET") << QByteArray("/") << QByteArray() << false;
        QTest::newRow("http/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << QByteArray("/") << QByteArray() << false;
        QTest::newRow("http/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << QByteArray("GET") << QByteArray("/") << QByteArray() << true;
        QTest::newRow("leading empty line") << QByteArray("\r\nGET / HTTP/1.1\r\n\r\n") << QByteArray("GET") << QByteArray("/") << QByteArray() << true;
        QTest::newRow("percent path") << QByteArray("GET /api/ideas/a%2Db?x=1 HTTP/1.1\r\n\r\n") << QByteArray("GET") << QByteArray("/api/ideas/a-b") << QByteArray() << true;
        QTest::newRow("utf-8 header value") << QByteArray("GET / HTTP/1.1\r\nX-Name: \xc3\xa9\r\n\r\n") << QByteArray("GET") << QByteArray("/") << QByteArray() << true;
    }
    void valid()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        // Whole, and one byte at a time: the same request.
        for (int split : {0, 1}) {
            HttpRequestParser p(8192, 64, 16384);
            HttpRequestParser::State st = HttpRequestParser::State::NeedMore;
            if (split) {
                for (char c : raw)
                    st = p.feed(QByteArray(1, c));
            } else {
                st = p.feed(raw);
            }
            QCOMPARE(st, HttpRequestParser::State::Complete);
            const HttpRequest r = p.take();
            QCOMPARE(r.method, method);
            QCOMPARE(r.path, path);
            QCOMPARE(r.body, body);
            QCOMPARE(r.keepAlive, keepAlive);
            QVERIFY(!p.inProgress());
        }
    }

    void pipelined()
    {
        HttpRequestParser p(8192, 64, 16384);
        QCOMPARE(p.feed("GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET /c HT"), HttpRequestParser::State::Complete);
        QCOMPARE(p.take().path, QByteArray("/a"));
        QCOMPARE(p.state(), HttpRequestParser::State::Complete);
        const HttpRequest b = p.take();
        QCOMPARE(b.path, QByteArray("/b"));
        QCOMPARE(b.body, QByteArray("hi"));
        QCOMPARE(p.state(), HttpRequestParser::State::NeedMore);
        QVERIFY(p.inProgress());
        QCOMPARE(p.feed("TP/1.1\r\n\r\n"), HttpRequestParser::State::Complete);
        QCOMPARE(p.take().path, QByteArray("/c"));
    }

    void expectContinue()
    {
        HttpRequestParser p(8192, 64, 16384);
        QCOMPARE(p.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"), HttpRequestParser::State::NeedMore);
        QVERIFY(p.wantsContinue());
        QCOMPARE(p.feed("abc"), HttpRequestParser::State::Complete);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n") << 505;
        QTest::newRow("http/0.9") << QByteArray("GET / HTTP/0.9\r\n\r\n") << 505;
        QTest::newRow("no slash") << QByteArray("GET * HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("del in target") << QByteArray("GET /a\x7f HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("high byte in target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("method too long") << QByteArray("GETGETGETGETGETGETGET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("method with slash") << QByteArray("G/T / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
        QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: x\r\n\r\n") << 400;
        QTest::newRow("cr in value") << QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n\r\n") << 400;
        QTest::newRow("nul in value") << QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 26) << 400;
        QTest::newRow("fold") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n\tb\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;
        QTest::newRow("length with sign") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\nabc") << 400;
        QTest::newRow("length hex") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0x3\r\n\r\nabc") << 400;
        QTest::newRow("length list") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3, 3\r\n\r\nabc") << 400;
        QTest::newRow("length too big") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 16385\r\n\r\n") << 413;
        QTest::newRow("length overflow") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 9223372036854775808\r\n\r\n") << 413;
        QTest::newRow("expect other") << QByteArray("POST / HTTP/1.1\r\nExpect: 200-ok\r\n\r\n") << 417;
        QTest::newRow("headers too big") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(9000, 'a') << 431;
        QByteArray many("GET / HTTP/1.1\r\n");
        for (int i = 0; i < 65; ++i)
            many += "X: 1\r\n";
        QTest::newRow("too many headers") << many + "\r\n" << 431;
        QTest::newRow("nul in path") << QByteArray("GET /a%00 HTTP/1.1\r\n\r\n") << 400;
    }
    void broken()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        HttpRequestParser p(8192, 64, 16384);
        QCOMPARE(p.feed(raw), HttpRequestParser::State::Error);
        QCOMPARE(p.errorStatus(), status);
        QVERIFY(!p.errorMessage().isEmpty());
        // Once broken, always broken: the connection is closed after the answer.
        QCOMPARE(p.feed("GET / HTTP/1.1\r\n\r\n"), HttpRequestParser::State::Error);
    }

    void mutations()
    {
        QRandomGenerator rng(8);
        const QByteArray seed("POST /api/ideas HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nCookie: a=b\r\n\r\n{\"text\":1}\n");
        for (int i = 0; i < 20000; ++i) {
            QByteArray raw = seed;
            for (int e = 0, n = 1 + int(rng.bounded(6)); e < n; ++e) {
                const int at = int(rng.bounded(int(raw.size())));
                switch (rng.bounded(3)) {
                case 0: raw[at] = char(rng.bounded(256)); break;
                case 1: raw.insert(at, char(rng.bounded(256))); break;
                default: raw.remove(at, 1);
                }
            }
            HttpRequestParser p(256, 8, 64);
            auto st = p.feed(raw);
            int guard = 0;
            while (st == HttpRequestParser::State::Complete && guard++ < 100) {
                const HttpRequest r = p.take();
                QVERIFY(r.body.size() <= 64);
                QVERIFY(r.target.startsWith('/'));
                st = p.state();
            }
            if (st == HttpRequestParser::State::Error)
                QVERIFY(p.errorStatus() >= 400 && p.errorStatus() < 600);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
