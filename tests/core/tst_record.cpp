// Records and change sets: the generic views every store, exchange and undo path relies on.

#include "domain/changeset.h"
#include "domain/record.h"

#include <QJsonDocument>
#include <QTest>

using namespace pamoja;

Q_DECLARE_METATYPE(pamoja::EntityKind)

namespace {

// An entity of kind T with every field set to a value that differs from its default.
template <class T> T sample()
{
    T e;
    e.id = newId();
    int n = 0;
    T::visit(e, [&](const char *name, auto &field) {
        using F = std::decay_t<decltype(field)>;
        ++n;
        if constexpr (std::is_same_v<F, QString>)
            field = QStringLiteral("%1 — ü %2").arg(QLatin1StringView(name)).arg(n);
        else if constexpr (std::is_same_v<F, int>)
            field = 40 + n;
        else if constexpr (std::is_same_v<F, bool>)
            field = !field;
        else if constexpr (std::is_same_v<F, double>)
            field = 0.1 * n + 1e-7;
        else if constexpr (std::is_same_v<F, QUuid>)
            field = newId();
        else if constexpr (std::is_same_v<F, QDateTime>)
            field = QDateTime(QDate(2026, 3, n % 28 + 1), QTime(9, 15, 30, 123), Qt::UTC);
    });
    return e;
}

template <class T> bool sameEntity(const T &a, const T &b)
{
    return a.id == b.id && recordsEqual(T::Kind, toRecord(a), toRecord(b)) && toRecord(a) == toRecord(b);
}

} // namespace

class TestRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<EntityKind>("kind");
        for (EntityKind k : allKinds())
            QTest::newRow(qPrintable(kindInfo(k).name)) << k;
    }
    void roundTrip()
    {
        QFETCH(EntityKind, kind);
        withEntityType(kind, [&]<class T>() {
            const T e = sample<T>();
            const Record r = toRecord(e);
            QCOMPARE(r.size(), kindInfo(kind).fields.size());
            QCOMPARE(recordProblem(kind, r, true), QString());
            const T back = fromRecord<T>(e.id, r);
            QVERIFY(sameEntity(e, back));
            // Ids are stored without braces, times in UTC with milliseconds.
            for (const Field &f : kindInfo(kind).fields) {
                if (f.type == FieldType::Id)
                    QCOMPARE(r.value(f.name).toString().size(), 36);
                if (f.type == FieldType::Time)
                    QVERIFY(r.value(f.name).toString().endsWith(QLatin1StringView(".123Z")));
            }
            // Empty ids and invalid times become empty strings and come back as null.
            const T blank{};
            const T blankBack = fromRecord<T>(QUuid(), toRecord(blank));
            QVERIFY(sameEntity(blank, blankBack));
            QCOMPARE(recordProblem(kind, toRecord(blank), true), QString());
        });
    }

    void kindNames()
    {
        QCOMPARE(allKinds().size(), int(std::tuple_size_v<EntityTypes>));
        for (EntityKind k : allKinds()) {
            QCOMPARE(kindFromName(kindInfo(k).name), std::optional<EntityKind>(k));
            QCOMPARE(kindFromName(kindInfo(k).table), std::optional<EntityKind>(k));
        }
        QVERIFY(!kindFromName(QStringLiteral("nonsense")));
        // Referenced kinds come first, so inserts in this order satisfy references.
        QVERIFY(allKinds().indexOf(EntityKind::Participant) < allKinds().indexOf(EntityKind::Idea));
        QVERIFY(allKinds().indexOf(EntityKind::CatalogueItem) < allKinds().indexOf(EntityKind::Tag));
    }

    void recordProblems_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("text as int") << EntityKind::Idea << QStringLiteral("text") << QVariant(5) << false;
        QTest::newRow("int as text") << EntityKind::Idea << QStringLiteral("step") << QVariant(QStringLiteral("1")) << false;
        QTest::newRow("int as double") << EntityKind::Idea << QStringLiteral("step") << QVariant(1.5) << false;
        QTest::newRow("int as longlong") << EntityKind::Idea << QStringLiteral("step") << QVariant(qlonglong(2)) << true;
        QTest::newRow("bool as int") << EntityKind::Idea << QStringLiteral("hidden") << QVariant(1) << false;
        QTest::newRow("bool") << EntityKind::Idea << QStringLiteral("hidden") << QVariant(true) << true;
        QTest::newRow("real as int") << EntityKind::Idea << QStringLiteral("x") << QVariant(3) << true;
        QTest::newRow("real as text") << EntityKind::Idea << QStringLiteral("x") << QVariant(QStringLiteral("3")) << false;
        QTest::newRow("id with braces") << EntityKind::Idea << QStringLiteral("author_id")
                                        << QVariant(newId().toString()) << false;
        QTest::newRow("id garbage") << EntityKind::Idea << QStringLiteral("author_id")
                                    << QVariant(QStringLiteral("not-a-uuid-not-a-uuid-not-a-uuid-xx")) << false;
        QTest::newRow("id empty") << EntityKind::Idea << QStringLiteral("author_id") << QVariant(QString()) << true;
        QTest::newRow("id as uuid") << EntityKind::Idea << QStringLiteral("author_id") << QVariant(newId()) << false;
        QTest::newRow("time garbage") << EntityKind::Idea << QStringLiteral("created")
                                      << QVariant(QStringLiteral("yesterday")) << false;
        QTest::newRow("time as datetime") << EntityKind::Idea << QStringLiteral("created")
                                          << QVariant(QDateTime::currentDateTimeUtc()) << false;
        QTest::newRow("unknown field") << EntityKind::Idea << QStringLiteral("colour") << QVariant(QStringLiteral("#fff")) << false;
        QTest::newRow("tag target as int") << EntityKind::Tag << QStringLiteral("target_id") << QVariant(7) << false;
        QTest::newRow("vote dots as bool") << EntityKind::Vote << QStringLiteral("dots") << QVariant(true) << false;
    }
    void recordProblems()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(bool, ok);
        Record r;
        withEntityType(kind, [&]<class T>() { r = toRecord(sample<T>()); });
        r.insert(field, value);
        const QString problem = recordProblem(kind, r, true);
        QCOMPARE(problem.isEmpty(), ok);
        if (!ok)
            QVERIFY(problem.contains(field));
        // Partial records are fine unless all fields are required.
        Record partial{{field, value}};
        QCOMPARE(recordProblem(kind, partial, false).isEmpty(), ok);
        QVERIFY(!recordProblem(kind, partial, true).isEmpty());
    }

    void changeInverted_data()
    {
        QTest::addColumn<int>("op");
        QTest::newRow("insert") << int(Change::Op::Insert);
        QTest::newRow("update") << int(Change::Op::Update);
        QTest::newRow("remove") << int(Change::Op::Remove);
    }
    void changeInverted()
    {
        QFETCH(int, op);
        Idea a = sample<Idea>();
        Idea b = a;
        b.text = QStringLiteral("changed");
        b.x = 99;
        ChangeSet cs;
        switch (Change::Op(op)) {
        case Change::Op::Insert: cs.insert(a); break;
        case Change::Op::Update: cs.update(a, b); break;
        case Change::Op::Remove: cs.remove(a); break;
        }
        QCOMPARE(cs.changes.size(), 1);
        const Change inv = cs.inverted().changes.first();
        const Change &c = cs.changes.first();
        QCOMPARE(inv.before, c.after);
        QCOMPARE(inv.after, c.before);
        QCOMPARE(inv.id, c.id);
        QCOMPARE(inv.kind, c.kind);
        const Change::Op expected = Change::Op(op) == Change::Op::Insert   ? Change::Op::Remove
                                    : Change::Op(op) == Change::Op::Remove ? Change::Op::Insert
                                                                           : Change::Op::Update;
        QCOMPARE(int(inv.op), int(expected));
        // Inverting twice gives the original.
        const Change twice = cs.inverted().inverted().changes.first();
        QCOMPARE(int(twice.op), op);
        QCOMPARE(twice.before, c.before);
        QCOMPARE(twice.after, c.after);
    }

    void changeSetInvertedReversesOrder()
    {
        const Idea a = sample<Idea>();
        const Tag t = sample<Tag>();
        ChangeSet cs;
        cs.insert(a);
        cs.insert(t);
        const ChangeSet inv = cs.inverted();
        QCOMPARE(inv.changes.size(), 2);
        QCOMPARE(inv.changes[0].id, t.id);
        QCOMPARE(inv.changes[1].id, a.id);
        QVERIFY(cs.touches(EntityKind::Tag));
        QVERIFY(!cs.touches(EntityKind::Vote));
    }

    void updateRecordsOnlyDifferences()
    {
        Idea a = sample<Idea>();
        ChangeSet none;
        none.update(a, a);
        QVERIFY(none.isEmpty());
        Idea b = a;
        b.hidden = !a.hidden;
        ChangeSet cs;
        cs.update(a, b);
        QCOMPARE(cs.changes.size(), 1);
        QCOMPARE(cs.changes[0].after.keys(), QStringList{QStringLiteral("hidden")});
        QCOMPARE(cs.changes[0].before.value(QStringLiteral("hidden")).toBool(), a.hidden);
    }

    void json_data()
    {
        QTest::addColumn<EntityKind>("kind");
        for (EntityKind k : allKinds())
            QTest::newRow(qPrintable(kindInfo(k).name)) << k;
    }
    void json()
    {
        QFETCH(EntityKind, kind);
        ChangeSet cs;
        withEntityType(kind, [&]<class T>() {
            const T a = sample<T>();
            T b = sample<T>();
            b.id = a.id;
            cs.insert(a);
            cs.update(a, b);
            cs.remove(b);
        });
        const QByteArray json = cs.toJson();
        QVERIFY(!json.contains('\n'));
        const auto read = ChangeSet::fromJson(json);
        QVERIFY2(read, qPrintable(read.error()));
        const ChangeSet &back = *read;
        QCOMPARE(back.changes.size(), cs.changes.size());
        for (int i = 0; i < cs.changes.size(); ++i) {
            const Change &x = cs.changes[i], &y = back.changes[i];
            QCOMPARE(int(y.op), int(x.op));
            QCOMPARE(y.kind, x.kind);
            QCOMPARE(y.id, x.id);
            QCOMPARE(y.before.keys(), x.before.keys());
            QCOMPARE(y.after.keys(), x.after.keys());
            QVERIFY(recordsEqual(kind, y.before, x.before));
            QVERIFY(recordsEqual(kind, y.after, x.after));
            QCOMPARE(recordProblem(kind, y.after, false), QString());
        }
        QCOMPARE(back.toJson(), json);
    }

    void jsonEscapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ C:\\path");
        QTest::newRow("control characters") << QStringLiteral("line\nnext\ttab\r\b\f") + QChar(1) + QChar(0x1f);
        QTest::newRow("non-ASCII") << QStringLiteral("Ɔsei — ñ 中文 🌍");
        QTest::newRow("empty") << QString();
        QTest::newRow("json-looking") << QStringLiteral("{\"op\":\"remove\"}],[");
    }
    void jsonEscapes()
    {
        QFETCH(QString, text);
        Idea a = sample<Idea>();
        Idea b = a;
        b.text = text;
        b.x = -0.5;
        b.y = 1e21;
        ChangeSet cs;
        cs.update(a, b);
        cs.changes.first().before.insert(QStringLiteral("extra"), QVariant()); // a missing old value
        const QByteArray json = cs.toJson();
        QJsonParseError err;
        QJsonDocument::fromJson(json, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const auto read = ChangeSet::fromJson(json);
        QVERIFY2(read, qPrintable(read.error()));
        const ChangeSet &back = *read;
        QCOMPARE(back.changes.size(), 1);
        QCOMPARE(back.changes[0].after.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(back.changes[0].after.value(QStringLiteral("x")).toDouble(), -0.5);
        QCOMPARE(back.changes[0].after.value(QStringLiteral("y")).toDouble(), 1e21);
        QCOMPARE(back.changes[0].before.value(QStringLiteral("text")).toString(), a.text);
    }

    void timeStrings_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("utc") << QDateTime(QDate(2026, 11, 28), QTime(10, 42, 7, 5), Qt::UTC);
        QTest::newRow("offset") << QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600);
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("now") << QDateTime::currentDateTime();
    }
    void timeStrings()
    {
        QFETCH(QDateTime, time);
        const QString s = timeString(time);
        QCOMPARE(s, time.toUTC().toString(Qt::ISODateWithMs));
        QDateTime back;
        detail::fromValue(QVariant(s), back);
        QCOMPARE(back, time);
        QCOMPARE(back.timeSpec(), Qt::UTC);
    }

    void jsonGarbage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArrayLiteral("{{{");
        QTest::newRow("object") << QByteArrayLiteral("{\"op\":\"insert\"}");
        QTest::newRow("unknown kind") << QByteArrayLiteral("[{\"op\":\"insert\",\"kind\":\"dragon\",\"id\":\"x\"}]");
        // Each of these was read as something else before: an update, or silently dropped.
        const QByteArray id = "\"id\":\"66666666-6666-4666-8666-000000000001\"";
        QTest::newRow("unknown kind, valid id") << "[{\"op\":\"insert\",\"kind\":\"dragon\"," + id + "}]";
        QTest::newRow("unknown op") << "[{\"op\":\"explode\",\"kind\":\"idea\"," + id + ",\"after\":{\"x\":1}}]";
        QTest::newRow("missing op") << "[{\"kind\":\"idea\"," + id + ",\"after\":{\"x\":1}}]";
        QTest::newRow("missing id") << QByteArrayLiteral("[{\"op\":\"update\",\"kind\":\"idea\",\"after\":{\"x\":1}}]");
        QTest::newRow("bad id") << QByteArrayLiteral("[{\"op\":\"update\",\"kind\":\"idea\",\"id\":\"x\",\"after\":{\"x\":1}}]");
        QTest::newRow("after not object") << "[{\"op\":\"update\",\"kind\":\"idea\"," + id + ",\"after\":[1]}]";
        QTest::newRow("entry not object") << QByteArrayLiteral("[1]");
        QTest::newRow("valid then unknown") << "[{\"op\":\"remove\",\"kind\":\"idea\"," + id + ",\"before\":{}},"
                                                "{\"op\":\"insert\",\"kind\":\"unicorn\"," + id + "}]";
    }
    void jsonGarbage()
    {
        QFETCH(QByteArray, json);
        const auto read = ChangeSet::fromJson(json);
        QVERIFY(!read);
        QVERIFY(read.error().contains(QStringLiteral("not readable")));
    }

    void jsonEmptyListIsEmptySet()
    {
        const auto read = ChangeSet::fromJson(QByteArrayLiteral("[]"));
        QVERIFY(read);
        QVERIFY(read->isEmpty());
    }

    // The generic rule every text field of every entity gets: no control characters but tab and LF.
    void controlCharacters_data()
    {
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        for (EntityKind k : allKinds()) {
            const QString name = kindInfo(k).name;
            if (!std::any_of(kindInfo(k).fields.cbegin(), kindInfo(k).fields.cend(), [](const Field &f) { return f.type == FieldType::Text; }))
                continue;
            QTest::newRow(qPrintable(name + QStringLiteral(" NUL"))) << k << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" escape"))) << k << QStringLiteral("\x1b[31mred") << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" CR"))) << k << QStringLiteral("one\r\ntwo") << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" DEL"))) << k << QStringLiteral("a\x7f") << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" C1"))) << k << QStringLiteral("a") + QChar(0x85) << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" tab and LF"))) << k << QStringLiteral("one\ttwo\nthree") << true;
            QTest::newRow(qPrintable(name + QStringLiteral(" non-ASCII"))) << k << QStringLiteral("Ɔsei — 中文 🌍 \u2028") << true;
        }
    }
    void controlCharacters()
    {
        QFETCH(EntityKind, kind);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        withEntityType(kind, [&]<class T>() {
            for (const Field &f : kindInfo(kind).fields) {
                if (f.type != FieldType::Text)
                    continue;
                Record r = toRecord(T{});
                r.insert(f.name, text);
                const QString problem = recordProblem(kind, r, true);
                QCOMPARE(problem.isEmpty(), accepted);
                if (!accepted) {
                    QVERIFY2(problem.contains(QLatin1Char('"') + f.name + QLatin1Char('"')), qPrintable(problem));
                    QVERIFY2(problem.contains(kindInfo(kind).name), qPrintable(problem));
                    // A record that is leaving (a removal) is not held to it.
                    QCOMPARE(recordProblem(kind, r, true, TextRule::Skip), QString());
                }
            }
        });
    }

    void lineBreaksNormalised()
    {
        QCOMPARE(normaliseLineBreaks(QStringLiteral("a\r\nb\rc\nd")), QStringLiteral("a\nb\nc\nd"));
        QCOMPARE(normaliseLineBreaks(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(controlCharacterAt(normaliseLineBreaks(QStringLiteral("a\r\n\r"))), qsizetype(-1));
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
