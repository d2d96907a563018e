// Every subcommand of the real binary on the happy path.

#include "clisupport.h"

#include "../core/testsupport.h"

#include "exchange/jsonexchange.h"
#include "store/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

QString line(const Run &r)
{
    return QString::fromUtf8(r.out).trimmed();
}

bool isId(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

#define RUN_OK(r)                                                                                              \
    do {                                                                                                       \
        QVERIFY(!(r).crashed);                                                                                 \
        QVERIFY2((r).exitCode == 0, (r).err.constData());                                                      \
        QVERIFY2((r).err.isEmpty(), (r).err.constData());                                                      \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(PAMOJA_BINARY)));
        m_file = m_dir.filePath(QStringLiteral("cli.pamoja"));
    }

    void newWorkshop()
    {
        const Run r = runPamoja({QStringLiteral("new"), m_file, QStringLiteral("--title"), QStringLiteral("Accra 2026")});
        RUN_OK(r);
        auto doc = Document::open(m_file, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE((*doc)->data().workshop().title, QStringLiteral("Accra 2026"));
        QCOMPARE((*doc)->data().prompts(1).size(), 1);
    }

    void participantAdd_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("constituency");
        QTest::newRow("south") << QStringList{QStringLiteral("--name"), QStringLiteral("Ama"), QStringLiteral("--org"), QStringLiteral("Ghana CSO Platform"),
                                              QStringLiteral("--constituency"), QStringLiteral("south"), QStringLiteral("--country"), QStringLiteral("GH"),
                                              QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--consent")}
                               << QStringLiteral("Ama") << QStringLiteral("south");
        QTest::newRow("north") << QStringList{QStringLiteral("--name"), QStringLiteral("Joris"), QStringLiteral("--org"), QStringLiteral("Partos"),
                                              QStringLiteral("--constituency"), QStringLiteral("north"), QStringLiteral("--lang"), QStringLiteral("nl")}
                               << QStringLiteral("Joris") << QStringLiteral("north");
        QTest::newRow("donor, observer") << QStringList{QStringLiteral("--name"), QStringLiteral("Ines"), QStringLiteral("--constituency"), QStringLiteral("donor"),
                                                        QStringLiteral("--role"), QStringLiteral("observer")}
                                         << QStringLiteral("Ines") << QStringLiteral("donor");
        QTest::newRow("non-ASCII name") << QStringList{QStringLiteral("--name"), QStringLiteral("Kwabena Ɔsei"), QStringLiteral("--constituency"), QStringLiteral("south")}
                                        << QStringLiteral("Kwabena Ɔsei") << QStringLiteral("south");
    }
    void participantAdd()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, name);
        QFETCH(QString, constituency);
        const Run r = runPamoja(QStringList{QStringLiteral("participant"), QStringLiteral("add"), m_file} + args);
        RUN_OK(r);
        QVERIFY2(isId(line(r)), r.out.constData());
        auto doc = Document::open(m_file, WorkshopStore::Access::ReadOnly);
        QVERIFY(doc);
        const Participant *p = (*doc)->data().participant(QUuid::fromString(line(r)));
        QVERIFY(p);
        QCOMPARE(p->name, name);
        QCOMPARE(p->constituency, constituency);
        QCOMPARE((*doc)->store().history(1).value().first().actor, QStringLiteral("cli"));
    }

    void ideaAdd_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("constituency");
        QTest::addColumn<QString>("language");
        QTest::newRow("envision by Ama") << QStringList{QStringLiteral("--step"), QStringLiteral("envision"), QStringLiteral("--text"), QStringLiteral("Southern-led agendas"),
                                                        QStringLiteral("--participant"), QStringLiteral("ama")}
                                         << 1 << QStringLiteral("Ama") << QStringLiteral("south") << QString(); // no --lang: unknown, never guessed
        QTest::newRow("change by Joris") << QStringList{QStringLiteral("--step"), QStringLiteral("change"), QStringLiteral("--text"), QStringLiteral("Minder rapportage-eisen"),
                                                        QStringLiteral("--participant"), QStringLiteral("Joris")}
                                         << 2 << QStringLiteral("Joris") << QStringLiteral("north") << QString();
        QTest::newRow("action, anonymous") << QStringList{QStringLiteral("--step"), QStringLiteral("action"), QStringLiteral("--text"), QStringLiteral("Écrire une lettre commune"),
                                                          QStringLiteral("--anonymous"), QStringLiteral("--lang"), QStringLiteral("fr")}
                                           << 3 << QString() << QString() << QStringLiteral("fr");
        QTest::newRow("anonymous with constituency") << QStringList{QStringLiteral("--step"), QStringLiteral("envision"), QStringLiteral("--text"), QStringLiteral("Shared risk"),
                                                                    QStringLiteral("--constituency"), QStringLiteral("south")}
                                                     << 1 << QString() << QStringLiteral("south") << QString();
    }
    void ideaAdd()
    {
        QFETCH(QStringList, args);
        QFETCH(int, step);
        QFETCH(QString, author);
        QFETCH(QString, constituency);
        QFETCH(QString, language);
        const Run r = runPamoja(QStringList{QStringLiteral("idea"), QStringLiteral("add"), m_file} + args);
        RUN_OK(r);
        QVERIFY2(isId(line(r)), r.out.constData());
        auto doc = Document::open(m_file, WorkshopStore::Access::ReadOnly);
        QVERIFY(doc);
        const Idea *i = (*doc)->data().table<Idea>().find(QUuid::fromString(line(r)));
        QVERIFY(i);
        QCOMPARE(i->step, step);
        QCOMPARE((*doc)->data().participantName(i->authorId), author);
        QCOMPARE(i->authorId.isNull(), author.isEmpty());
        QCOMPARE(i->constituency, constituency);
        QCOMPARE(i->language, language);
    }

    void infoText()
    {
        const Run r = runPamoja({QStringLiteral("info"), m_file});
        RUN_OK(r);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.startsWith(QStringLiteral("Accra 2026\n")));
        QVERIFY2(text.contains(QStringLiteral("1 Envision: 2 idea")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2 System change: 1 idea")));
        QVERIFY(text.contains(QStringLiteral("3 Action: 1 idea")));
        QVERIFY(text.contains(QStringLiteral("Southern CSO")));
        QVERIFY(text.contains(QStringLiteral("1 anonymous idea")));
    }

    void infoJson()
    {
        const Run r = runPamoja({QStringLiteral("info"), m_file, QStringLiteral("--json")});
        RUN_OK(r);
        QJsonParseError err;
        const QJsonDocument json = QJsonDocument::fromJson(r.out, &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
        const QJsonObject o = json.object();
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Accra 2026"));
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), schema::CurrentVersion);
        const QJsonObject ideas = o.value(QStringLiteral("ideas")).toObject();
        QCOMPARE(ideas.value(QStringLiteral("envision")).toInt(), 2);
        QCOMPARE(ideas.value(QStringLiteral("change")).toInt(), 1);
        QCOMPARE(ideas.value(QStringLiteral("action")).toInt(), 1);
        const QJsonObject people = o.value(QStringLiteral("participants")).toObject();
        QCOMPARE(people.value(QStringLiteral("south")).toInt(), 2);
        QCOMPARE(people.value(QStringLiteral("north")).toInt(), 1);
        QCOMPARE(people.value(QStringLiteral("donor")).toInt(), 1);
        QCOMPARE(people.value(QStringLiteral("other")).toInt(), 0);
        const QJsonObject balance = o.value(QStringLiteral("balance")).toObject();
        const QJsonArray rows = balance.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 4);
        const QJsonObject south = rows.at(0).toObject();
        QCOMPARE(south.value(QStringLiteral("constituency")).toString(), QStringLiteral("south"));
        QCOMPARE(south.value(QStringLiteral("people")).toInt(), 2); // the observer does not count
        QCOMPARE(south.value(QStringLiteral("ideas")).toInt(), 2);
        QCOMPARE(south.value(QStringLiteral("people_share")).toDouble(), 2.0 / 3);
        QCOMPARE(south.value(QStringLiteral("idea_share")).toDouble(), 2.0 / 3);
        QVERIFY(south.contains(QStringLiteral("vote_share")));
        QVERIFY(south.contains(QStringLiteral("under_represented")));
        QCOMPARE(balance.value(QStringLiteral("unknown_ideas")).toInt(), 1);
    }

    void check()
    {
        const Run r = runPamoja({QStringLiteral("check"), m_file});
        RUN_OK(r);
        QVERIFY2(line(r).startsWith(QStringLiteral("ok: schema version %1").arg(schema::CurrentVersion)), r.out.constData());
    }

    void exportImportRoundTrip()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.json"));
        Run r = runPamoja({QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out});
        RUN_OK(r);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray first = f.readAll();
        f.close();
        {
            auto doc = Document::open(m_file, WorkshopStore::Access::ReadOnly);
            QVERIFY(doc);
            QCOMPARE(first, exchange::toJson((*doc)->data()));
        }
        const QString copy = m_dir.filePath(QStringLiteral("imported.pamoja"));
        r = runPamoja({QStringLiteral("import"), copy, out});
        RUN_OK(r);
        QVERIFY2(line(r).startsWith(QStringLiteral("Imported")), r.out.constData());
        const QString out2 = m_dir.filePath(QStringLiteral("out2.json"));
        r = runPamoja({QStringLiteral("export"), copy, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out2});
        RUN_OK(r);
        QFile f2(out2);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        QCOMPARE(f2.readAll(), first);
        // Importing into the original merges nothing new.
        r = runPamoja({QStringLiteral("import"), m_file, out});
        RUN_OK(r);
        QVERIFY2(line(r).contains(QStringLiteral("Imported 0 item")), r.out.constData());
    }

    void importIdeas()
    {
        const QString md = QStringLiteral(PAMOJA_TEST_DATA "/ideas/breakout.md");
        auto count = [&] {
            auto doc = Document::open(m_file, WorkshopStore::Access::ReadOnly);
            return doc ? (*doc)->data().table<Idea>().size() : -1;
        };
        const int before = count();
        Run r = runPamoja({QStringLiteral("import"), m_file, md, QStringLiteral("--dry-run")});
        RUN_OK(r);
        QVERIFY2(line(r).contains(QStringLiteral("Would import 6 ideas")), r.out.constData());
        QCOMPARE(count(), before);

        r = runPamoja({QStringLiteral("import"), m_file, md});
        RUN_OK(r);
        QVERIFY2(line(r).startsWith(QStringLiteral("Imported 6 ideas from Markdown (UTF-8)")), r.out.constData());
        QCOMPARE(count(), before + 6);

        // A broken file names its line, exits 1 and leaves the workshop as it was.
        const QByteArray hash = fileHash(m_file);
        r = runPamoja({QStringLiteral("import"), m_file, QStringLiteral(PAMOJA_TEST_DATA "/ideas/unterminated-quote.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Line 2, column 1") && r.err.contains("Nothing was imported"), r.err.constData());
        QCOMPARE(fileHash(m_file), hash);
        r = runPamoja({QStringLiteral("import"), m_file, md, QStringLiteral("--step"), QStringLiteral("later")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(fileHash(m_file), hash);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("help") << QStringList{QStringLiteral("help")};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("new --help") << QStringList{QStringLiteral("new"), QStringLiteral("--help")};
        QTest::newRow("participant add --help") << QStringList{QStringLiteral("participant"), QStringLiteral("add"), QStringLiteral("--help")};
        QTest::newRow("idea add --help") << QStringList{QStringLiteral("idea"), QStringLiteral("add"), QStringLiteral("--help")};
        QTest::newRow("info --help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")};
        QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")};
        QTest::newRow("import --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")};
        QTest::newRow("check --help") << QStringList{QStringLiteral("check"), QStringLiteral("--help")};
    }
    void help()
    {
        QFETCH(QStringList, args);
        const Run r = runPamoja(args);
        RUN_OK(r);
        QVERIFY(!r.out.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
