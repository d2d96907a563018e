// `pamoja check` verifies the workshop's own rules, not only SQLite's integrity (issue 12): a file
// whose rows are all valid SQL but break the workshop (a cycle of merges, a dangling reference, too
// many dots, a control character) is reported, one line per problem, with exit code 1.

#include "clisupport.h"

#include "../core/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

void rawSql(const QString &path, const QStringList &statements)
{
    const QString conn = QStringLiteral("raw-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("raw open");
        QSqlQuery q(db);
        for (const QString &s : statements)
            if (!q.exec(s))
                qFatal("raw sql failed: %s", qPrintable(s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

QString id(const QUuid &u)
{
    return idString(u);
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString richFile(RichIds *ids)
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.pamoja").arg(++m_n));
        auto doc = Document::create(path, QStringLiteral("Check"));
        if (!doc)
            qFatal("create: %s", qPrintable(doc.error()));
        *ids = fillRich(**doc);
        return path;
    }

private Q_SLOTS:
    void cleanFileIsOk()
    {
        RichIds ids;
        const QString path = richFile(&ids);
        const Run r = runPamoja({QStringLiteral("check"), path});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.startsWith("ok: schema version "), r.out.constData());
    }

    void brokenRules_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QStringList>("expected"); // each on a line of stderr
        QTest::newRow("cycle of merges") << QStringLiteral("cycle") << QStringList{QStringLiteral("which is itself merged")};
        QTest::newRow("merged into itself") << QStringLiteral("self") << QStringList{QStringLiteral("is merged into itself")};
        QTest::newRow("merged across steps") << QStringLiteral("step") << QStringList{QStringLiteral("merged into an idea of another step")};
        QTest::newRow("dangling tag target") << QStringLiteral("tag") << QStringList{QStringLiteral("\"target_id\" refers to 00000000-0000-4000-8000-00000000beef")};
        QTest::newRow("link to nothing") << QStringLiteral("link") << QStringList{QStringLiteral("\"to_id\" refers to")};
        QTest::newRow("dots over the item limit") << QStringLiteral("item")
                                                  << QStringList{QStringLiteral("5 dots on one item in the round \"Priorities\", which allows at most 2"),
                                                                 QStringLiteral("Amina gave 5 dots in the round \"Priorities\", which allows 3 per participant")};
        QTest::newRow("dots over the participant limit") << QStringLiteral("participant")
                                                         << QStringList{QStringLiteral("Bram gave 4 dots in the round \"Priorities\", which allows 3 per participant")};
        QTest::newRow("control character") << QStringLiteral("control") << QStringList{QStringLiteral("\"name\" of participant contains a control character (U+001B")};
        QTest::newRow("value out of range") << QStringLiteral("range") << QStringList{QStringLiteral("\"step\" of idea must be between 1 and 3")};
        QTest::newRow("damaged history entry") << QStringLiteral("history") << QStringList{QStringLiteral("entry 2 is damaged"), QStringLiteral("unknown operation \"explode\"")};
        QTest::newRow("several at once") << QStringLiteral("several")
                                         << QStringList{QStringLiteral("is merged into itself"), QStringLiteral("\"target_id\" refers to"),
                                                        QStringLiteral("contains a control character")};
    }
    void brokenRules()
    {
        QFETCH(QString, breakage);
        QFETCH(QStringList, expected);
        RichIds ids;
        const QString path = richFile(&ids);
        QStringList sql{QStringLiteral("PRAGMA foreign_keys=OFF")};
        auto add = [&](const QString &what) {
            if (what == QLatin1StringView("cycle"))
                sql << QStringLiteral("UPDATE ideas SET merged_into='%1' WHERE id='%2'").arg(id(ids.anonIdea), id(ids.idea2))
                    << QStringLiteral("UPDATE ideas SET merged_into='%1' WHERE id='%2'").arg(id(ids.idea2), id(ids.anonIdea));
            else if (what == QLatin1StringView("self"))
                sql << QStringLiteral("UPDATE ideas SET merged_into='%1' WHERE id='%1'").arg(id(ids.dup));
            else if (what == QLatin1StringView("step"))
                sql << QStringLiteral("UPDATE ideas SET merged_into='%1' WHERE id='%2'").arg(id(ids.idea1), id(ids.idea3));
            else if (what == QLatin1StringView("tag"))
                sql << QStringLiteral("UPDATE tags SET target_id='00000000-0000-4000-8000-00000000beef' WHERE target_id='%1'").arg(id(ids.idea3));
            else if (what == QLatin1StringView("link"))
                sql << QStringLiteral("UPDATE links SET to_id='00000000-0000-4000-8000-00000000cafe' WHERE to_id='%1'").arg(id(ids.action));
            else if (what == QLatin1StringView("item"))
                sql << QStringLiteral("UPDATE votes SET dots=5 WHERE participant_id='%1'").arg(id(ids.amina));
            else if (what == QLatin1StringView("participant"))
                sql << QStringLiteral("UPDATE votes SET dots=2 WHERE participant_id='%1'").arg(id(ids.bram));
            else if (what == QLatin1StringView("control"))
                sql << QStringLiteral("UPDATE participants SET name='Amina' || char(27) || '[2J' WHERE id='%1'").arg(id(ids.amina));
            else if (what == QLatin1StringView("history"))
                sql << QStringLiteral("UPDATE history SET changes='[{\"op\":\"explode\",\"kind\":\"idea\",\"id\":\"%1\"}]' WHERE seq=2").arg(id(ids.idea1));
            else if (what == QLatin1StringView("range"))
                sql << QStringLiteral("UPDATE ideas SET step=7 WHERE id='%1'").arg(id(ids.anonIdea));
        };
        if (breakage == QLatin1StringView("several")) {
            add(QStringLiteral("self"));
            add(QStringLiteral("tag"));
            add(QStringLiteral("control"));
        } else {
            add(breakage);
        }
        rawSql(path, sql);
        const QByteArray hash = fileHash(path);
        const Run r = runPamoja({QStringLiteral("check"), path});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.first().startsWith(QStringLiteral("pamoja: %1 has ").arg(path)), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(QStringLiteral("problem")), qPrintable(lines.first()));
        for (const QString &e : std::as_const(expected))
            QVERIFY2(std::any_of(lines.cbegin() + 1, lines.cend(), [&](const QString &l) { return l.contains(e); }),
                     qPrintable(e + QStringLiteral(" not in:\n") + QString::fromUtf8(r.err)));
        QVERIFY(lines.size() >= 2); // the heading and at least one problem
        // Text from the file is shown, never its control characters (a terminal would obey them).
        QVERIFY2(!r.err.contains('\x1b'), r.err.constData());
        QCOMPARE(fileHash(path), hash); // check reads only
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
