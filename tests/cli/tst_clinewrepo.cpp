// `pamoja new` and the JSON import straight into a PostgreSQL database (issue 10), against the
// throwaway cluster of scripts/test (PAMOJA_TEST_POSTGRES): the workshop is created there, its
// location printed without the password, and every failure (bad JSON, taken id, bad location, wrong
// password, unreachable server) says what went wrong and leaves the database's list as it was.
#include "../core/postgrestestsupport.h"
#include "clisupport.h"
#include "store/workshoplocation.h"
#include "store/workshopstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace pamoja::testing;

class TestCliNewRepo : public QObject
{
    Q_OBJECT
    QString m_base;
    QString m_password;
    QTemporaryDir m_dir;
    QString m_export;  // a workshop export whose workshop is not in the database
    QString m_takenId; // a workshop in the database

    void noPassword(const Run &r)
    {
        QVERIFY2(!r.out.contains(m_password.toUtf8()), r.out.constData());
        QVERIFY2(!r.err.contains(m_password.toUtf8()), r.err.constData());
    }
    QString list()
    {
        const Run r = runPamoja({QStringLiteral("repo"), QStringLiteral("list"), m_base});
        return r.exitCode == 0 ? QString::fromUtf8(r.out)
                               : QStringLiteral("<failed> ") + QString::fromUtf8(r.err);
    }
    // What `repo list` lists, read in this process (the same call; faster than a run per row).
    static QStringList listed(const QString &base)
    {
        const auto list = pamoja::WorkshopStore::listRepository(base);
        if (!list)
            return {list.error()};
        QStringList out;
        for (const pamoja::RepositoryWorkshop &w : *list)
            out.append(w.id.toString(QUuid::WithoutBraces) + QLatin1Char(' ') + QString::number(w.version) +
                       QLatin1Char(' ') + w.title);
        return out;
    }
    QString withId(const QString &id) const { return m_base + QStringLiteral("?workshop=") + id; }
    // A workshop file with an idea, exported as JSON; returns the export's path.
    QString exported(const QString &name, const QString &title)
    {
        const QString file = m_dir.filePath(name + QStringLiteral(".pamoja"));
        const QString json = m_dir.filePath(name + QStringLiteral(".json"));
        if (runPamoja({QStringLiteral("new"), file, QStringLiteral("--title"), title}).exitCode != 0 ||
            runPamoja({QStringLiteral("idea"), QStringLiteral("add"), file, QStringLiteral("--step"),
                       QStringLiteral("change"), QStringLiteral("--text"),
                       QStringLiteral("Pooled funds decided together")})
                    .exitCode != 0 ||
            runPamoja({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("-o"), json})
                    .exitCode != 0)
            return {};
        return json;
    }
    static QString workshopIdOf(const QString &json)
    {
        QFile f(json);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll())
            .object()
            .value(QStringLiteral("workshop"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString cluster = pamoja::test::clusterLocation();
        if (cluster.isEmpty())
            return;
        m_base = pamoja::test::ownTestDatabase(cluster, QStringLiteral("pamoja_clinewrepo"));
        QVERIFY(!m_base.isEmpty());
        m_password = pamoja::WorkshopLocation::parse(m_base)->password;
        QVERIFY(m_password.size() >= 8);
        m_export = exported(QStringLiteral("fresh"), QStringLiteral("Dakar 2027"));
        QVERIFY(!m_export.isEmpty());
        const Run r =
            runPamoja({QStringLiteral("new"), m_base, QStringLiteral("--title"), QStringLiteral("Taken")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_takenId = QString::fromUtf8(r.out).trimmed().section(QStringLiteral("workshop="), 1);
        QVERIFY(!QUuid::fromString(m_takenId).isNull());
    }

    void cleanupTestCase()
    {
        pamoja::test::ownTestDatabase(qEnvironmentVariable("PAMOJA_TEST_POSTGRES"),
                                      QStringLiteral("pamoja_clinewrepo"), true);
    }

    void newIntoDatabase_data()
    {
        QTest::addColumn<bool>("chooseId");
        QTest::newRow("a new id") << false;
        QTest::newRow("the location's id") << true;
    }
    void newIntoDatabase()
    {
        QFETCH(bool, chooseId);
        const QString chosen = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Run r = runPamoja({QStringLiteral("new"), chooseId ? withId(chosen) : m_base,
                           QStringLiteral("--title"), QStringLiteral("Kisumu 2027")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        noPassword(r);
        // One line: the location, with the workshop's id and without the password, for scripts.
        const QString location = QString::fromUtf8(r.out).trimmed();
        QVERIFY2(location.startsWith(QLatin1StringView("postgresql://")) &&
                     !location.contains(QLatin1Char('\n')),
                 r.out.constData());
        const QString id = location.section(QStringLiteral("workshop="), 1);
        QVERIFY(!QUuid::fromString(id).isNull());
        if (chooseId)
            QCOMPARE(id, chosen);
        QVERIFY2(list().contains(id + QStringLiteral("  v")), qPrintable(list()));

        // Reopened: the title, the prompts, a first entry; and it takes changes.
        r = runPamoja({QStringLiteral("idea"), QStringLiteral("add"), withId(id), QStringLiteral("--step"),
                       QStringLiteral("envision"), QStringLiteral("--text"),
                       QStringLiteral("Southern partners set the agenda")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runPamoja({QStringLiteral("info"), withId(id), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("title")).toString(), QStringLiteral("Kisumu 2027"));
        QCOMPARE(info.value(QStringLiteral("ideas")).toObject().value(QStringLiteral("envision")).toInt(), 1);
        r = runPamoja({QStringLiteral("check"), withId(id)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("2 history entries"), r.out.constData());
    }

    void importIntoDatabase()
    {
        const QString json = exported(QStringLiteral("import"), QStringLiteral("Arusha 2027"));
        QVERIFY(!json.isEmpty());
        const QString workshopId = workshopIdOf(json);
        QVERIFY(!QUuid::fromString(workshopId).isNull());
        // Into the database: the workshop keeps its id there, like a copy.
        Run r = runPamoja({QStringLiteral("import"), m_base, json});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        noPassword(r);
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(QLatin1StringView("Imported ")), r.out.constData());
        QVERIFY(lines.last().startsWith(QLatin1StringView("postgresql://")));
        QCOMPARE(lines.last().section(QStringLiteral("workshop="), 1), workshopId);
        r = runPamoja({QStringLiteral("info"), withId(workshopId), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("title")).toString(), QStringLiteral("Arusha 2027"));
        QCOMPARE(info.value(QStringLiteral("ideas")).toObject().value(QStringLiteral("change")).toInt(), 1);

        // Under an id of one's choosing: the workshop is listed with it.
        const QString chosen = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r = runPamoja({QStringLiteral("import"), withId(chosen), json});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runPamoja({QStringLiteral("info"), withId(chosen), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("title")).toString(), QStringLiteral("Arusha 2027"));
        QVERIFY2(list().contains(chosen + QStringLiteral("  v")), qPrintable(list()));

        // Into a workshop that is there, as into an existing file: what is present stays.
        r = runPamoja({QStringLiteral("import"), withId(workshopId), json});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Imported 0 item"), r.out.constData());
        QVERIFY(!r.out.contains("postgresql://"));
    }

    // Every failure: a clear message, a non-zero exit code, the list unchanged, no password shown.
    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString title = QStringLiteral("--title");
        QTest::newRow("new: taken id")
            << QStringList{QStringLiteral("new"), QStringLiteral("{taken}"), title, QStringLiteral("x")}
            << QStringLiteral("already holds a workshop with the id");
        QTest::newRow("new: wrong password")
            << QStringList{QStringLiteral("new"), QStringLiteral("{wrong}"), title, QStringLiteral("x")}
            << QStringLiteral("Could not connect to postgresql://");
        QTest::newRow("new: unreachable server")
            << QStringList{QStringLiteral("new"), QStringLiteral("{closed}"), title, QStringLiteral("x")}
            << QStringLiteral("Could not connect to postgresql://");
        QTest::newRow("new: malformed workshop id")
            << QStringList{QStringLiteral("new"), QStringLiteral("{base}?workshop=not-an-id"), title,
                           QStringLiteral("x")}
            << QStringLiteral("workshop");
        QTest::newRow("new: unknown parameter")
            << QStringList{QStringLiteral("new"), QStringLiteral("{base}?colour=red"), title,
                           QStringLiteral("x")}
            << QStringLiteral("colour");
        QTest::newRow("new: control character in the title")
            << QStringList{QStringLiteral("new"), QStringLiteral("{base}"), title, QStringLiteral("Bell\x07")}
            << QStringLiteral("control character");
        QTest::newRow("import: not JSON")
            << QStringList{QStringLiteral("import"), QStringLiteral("{base}"), QStringLiteral("{notjson}")}
            << QStringLiteral("Nothing was imported");
        QTest::newRow("import: broken export")
            << QStringList{QStringLiteral("import"), QStringLiteral("{base}"), QStringLiteral("{broken}")}
            << QStringLiteral("Nothing was imported");
        QTest::newRow("import: control character in the export")
            << QStringList{QStringLiteral("import"), QStringLiteral("{base}"), QStringLiteral("{control}")}
            << QStringLiteral("Nothing was imported");
        QTest::newRow("import: broken export under a new id")
            << QStringList{QStringLiteral("import"), QStringLiteral("{base}?workshop={newid}"),
                           QStringLiteral("{broken}")}
            << QStringLiteral("Nothing was imported");
        QTest::newRow("import: its id is taken")
            << QStringList{QStringLiteral("import"), QStringLiteral("{base}"), QStringLiteral("{takenjson}")}
            << QStringLiteral("already holds a workshop with the id");
        QTest::newRow("import: wrong password")
            << QStringList{QStringLiteral("import"), QStringLiteral("{wrong}"), QStringLiteral("{export}")}
            << QStringLiteral("Could not connect to postgresql://");
        QTest::newRow("import: wrong password, named workshop")
            << QStringList{QStringLiteral("import"), QStringLiteral("{wrong}?workshop={newid}"),
                           QStringLiteral("{export}")}
            << QStringLiteral("Could not connect to postgresql://");
        QTest::newRow("import: unreachable server")
            << QStringList{QStringLiteral("import"), QStringLiteral("{closed}"), QStringLiteral("{export}")}
            << QStringLiteral("Could not connect to postgresql://");
        QTest::newRow("import: other scheme")
            << QStringList{QStringLiteral("import"), QStringLiteral("mysql://h/db"),
                           QStringLiteral("{export}")}
            << QStringLiteral("neither");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto l = *pamoja::WorkshopLocation::parse(m_base);
        const QString wrong = QStringLiteral("postgresql://%1:not-the-password@%2:%3/%4")
                                  .arg(l.user, l.host, QString::number(l.port), l.database);
        // Port 1 on the loopback: nothing listens there, the connection is refused at once.
        const QString closed = QStringLiteral("postgresql://%1:%2@127.0.0.1:1/%3?connect_timeout=5")
                                   .arg(l.user, m_password, l.database);
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(m_dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(text);
            return f.fileName();
        };
        QFile source(m_export);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray good = source.readAll();
        // The export of a workshop already in the database: its id in place of the export's own.
        QByteArray taken = good;
        taken.replace(workshopIdOf(m_export).toUtf8(), m_takenId.toUtf8());
        QByteArray control = good;
        control.replace("Dakar 2027", "Dakar\\u0000 2027");
        QVERIFY(control != good);
        for (QString &a : args)
            a.replace(QStringLiteral("{base}"), m_base)
                .replace(QStringLiteral("{taken}"), withId(m_takenId))
                .replace(QStringLiteral("{wrong}"), wrong)
                .replace(QStringLiteral("{closed}"), closed)
                .replace(QStringLiteral("{newid}"), QUuid::createUuid().toString(QUuid::WithoutBraces))
                .replace(QStringLiteral("{export}"), m_export)
                .replace(QStringLiteral("{notjson}"), write(QStringLiteral("not.json"), "{ this is not json"))
                .replace(QStringLiteral("{broken}"),
                         write(QStringLiteral("broken.json"),
                               QByteArray(good).replace("\"format\"", "\"formaat\"")))
                .replace(QStringLiteral("{control}"), write(QStringLiteral("control.json"), control))
                .replace(QStringLiteral("{takenjson}"), write(QStringLiteral("taken.json"), taken));
        const QStringList before = listed(m_base);
        QVERIFY(!before.isEmpty() && before.first().contains(QLatin1Char(' ')));
        const Run r = runPamoja(args);
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.contains("not-the-password"));
        noPassword(r);
        QCOMPARE(listed(m_base), before);
    }
};

QTEST_GUILESS_MAIN(TestCliNewRepo)
#include "tst_clinewrepo.moc"
