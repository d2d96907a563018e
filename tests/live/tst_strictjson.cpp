// Strict JSON on its own: a corpus of valid and hostile bodies, field schemas and the text rules.
#include "strictjson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace pamoja;

class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("nested") << QByteArray(R"({"a":[1,2,{"b":null}],"c":{"d":true}})") << true;
        QTest::newRow("escapes") << QByteArray("{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}") << true;
        QTest::newRow("same key in two objects") << QByteArray(R"({"a":{"x":1},"b":{"x":2}})") << true;
        QTest::newRow("numbers") << QByteArray(R"({"a":-0,"b":1.5e3,"c":0.25})") << true;
        QTest::newRow("whitespace") << QByteArray(" \t\n{ \"a\" : 1 } \r\n") << true;
        QTest::newRow("duplicate") << QByteArray(R"({"a":1,"a":2})") << false;
        QTest::newRow("duplicate nested") << QByteArray(R"({"o":{"a":1,"a":1}})") << false;
        QTest::newRow("duplicate by escape") << QByteArray(R"({"a":1,"\u0061":2})") << false;
        QTest::newRow("array top") << QByteArray("[]") << false;
        QTest::newRow("string top") << QByteArray(R"("a")") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false;
        QTest::newRow("comment") << QByteArray("{/*x*/}") << false;
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false;
        QTest::newRow("bare dot") << QByteArray(R"({"a":1.})") << false;
        QTest::newRow("nan") << QByteArray(R"({"a":NaN})") << false;
        QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"x\ny\"}") << false;
        QTest::newRow("bad escape") << QByteArray(R"({"a":"\x41"})") << false;
        QTest::newRow("short unicode escape") << QByteArray(R"({"a":"\u12"})") << false;
        QTest::newRow("lone high surrogate") << QByteArray(R"({"a":"\ud800"})") << false;
        QTest::newRow("reversed surrogates") << QByteArray(R"({"a":"\udc00\ud800"})") << false;
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\"}") << false;
        QTest::newRow("truncated utf-8") << QByteArray("{\"a\":\"\xe2\x82\"}") << false;
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{}") << false;
        QTest::newRow("two objects") << QByteArray("{}{}") << false;
        QTest::newRow("too deep") << QByteArray(R"({"a":[[[[[[[[[[1]]]]]]]]]]})") << false;
        QTest::newRow("unclosed") << QByteArray(R"({"a":[1,2)") << false;
        QTest::newRow("nul byte") << QByteArray("{\"a\":1}\0", 8) << false;
    }
    void parse()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        const auto r = strictjson::parseObject(json);
        QCOMPARE(bool(r), ok);
        if (!ok)
            QVERIFY(!r.error().isEmpty());
    }

    void fields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::newRow("all") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","n":3,"b":false,"s":"x"})") << true;
        QTest::newRow("required only") << QByteArray(R"({"id":"{6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b}"})") << true;
        QTest::newRow("missing id") << QByteArray(R"({"n":3})") << false;
        QTest::newRow("optional null") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","s":null})") << true;
        QTest::newRow("required null") << QByteArray(R"({"id":null})") << false;
        QTest::newRow("unknown") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","z":1})") << false;
        QTest::newRow("int as string") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","n":"3"})") << false;
        QTest::newRow("int fraction") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","n":1.5})") << false;
        QTest::newRow("int huge") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","n":1e300})") << false;
        QTest::newRow("int beyond int") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","n":2147483648})") << false;
        QTest::newRow("bool as number") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","b":0})") << false;
        QTest::newRow("uuid short") << QByteArray(R"({"id":"6f1c3b2a"})") << false;
        QTest::newRow("uuid null") << QByteArray(R"({"id":"00000000-0000-0000-0000-000000000000"})") << false;
        QTest::newRow("uuid garbage") << QByteArray(R"({"id":"zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"})") << false;
        QTest::newRow("string as array") << QByteArray(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","s":["x"]})") << false;
    }
    void fields()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        const auto o = strictjson::parseObject(json);
        QVERIFY(o);
        const Status s = strictjson::checkFields(o.value(), {{"id", strictjson::Type::Uuid, true},
                                                       {"n", strictjson::Type::Int, false},
                                                       {"b", strictjson::Type::Bool, false},
                                                       {"s", strictjson::Type::String, false}});
        QCOMPARE(bool(s), ok);
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("Balanced partnership") << true;
        QTest::newRow("arabic with marks") << QStringLiteral("شراكة\u200F متوازنة") << true;
        QTest::newRow("tab and newline") << QStringLiteral("a\tb\nc") << true;
        QTest::newRow("emoji") << QStringLiteral("🤝") << true;
        QTest::newRow("nul") << QString(QChar(0)) << false;
        QTest::newRow("escape") << QStringLiteral("\u001b[0m") << false;
        QTest::newRow("del") << QStringLiteral("a\u007fb") << false;
        QTest::newRow("c1") << QStringLiteral("a\u009bb") << false;
        QTest::newRow("lre") << QStringLiteral("\u202Aa") << false;
        QTest::newRow("rlo") << QStringLiteral("\u202Ea") << false;
        QTest::newRow("pdf") << QStringLiteral("a\u202C") << false;
        QTest::newRow("lri") << QStringLiteral("\u2066a") << false;
        QTest::newRow("pdi") << QStringLiteral("a\u2069") << false;
        QTest::newRow("noncharacter") << QStringLiteral("a\uFFFF") << false;
        QTest::newRow("too long") << QString(31, QLatin1Char(QLatin1Char(0x61))) << false;
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(bool(strictjson::checkText(text, 30, QStringLiteral("text"))), ok);
    }

    void mutations()
    {
        QRandomGenerator rng(5);
        const QByteArray seed(R"({"id":"6f1c3b2a-1d2e-4f50-8a9b-0c1d2e3f4a5b","text":"caf\u00e9 \ud83d\ude00","dots":[1,2.5e3,{"x":null}]})");
        for (int i = 0; i < 20000; ++i) {
            QByteArray raw = seed;
            for (int e = 0, n = 1 + int(rng.bounded(4)); e < n; ++e)
                raw[int(rng.bounded(int(raw.size())))] = char(rng.bounded(256));
            const auto r = strictjson::parseObject(raw);
            if (r) // whatever passes is an object QJsonDocument agrees with
                QVERIFY(!QJsonDocument(r.value()).isNull());
        }
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
