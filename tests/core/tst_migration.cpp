// Schema migrations: a file of every earlier version opens, keeps its data and is backed up first.

#include "testsupport.h"

#include "catalogue/keywords.h"
#include "catalogue/tagsuggester.h"
#include "store/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

// Runs an SQL text file (one statement per ';' line end) against a new SQLite file.
bool buildFromSql(const QString &sqlPath, const QString &dbPath, QString *error)
{
    QFile f(sqlPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    QStringList statements;
    QString current;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1StringView("--")) || line.trimmed().isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    const QString name = QStringLiteral("fixture-") + QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : std::as_const(statements)) {
            if (ok && !q.exec(s)) {
                *error = s + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int pragma(const QString &path, const QString &name)
{
    const QString conn = QStringLiteral("pragma-") + QUuid::createUuid().toString();
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return value;
}

// The first column of the first row of a query on the file (-1 when it fails).
int scalarOf(const QString &path, const QString &sql)
{
    const QString conn = QStringLiteral("scalar-") + QUuid::createUuid().toString();
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return value;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void versionOneFixture()
    {
        const QString path = m_dir.filePath(QStringLiteral("arusha.pamoja"));
        QString error;
        QVERIFY2(buildFromSql(QStringLiteral(PAMOJA_TEST_DATA "/schema/workshop-v1.sql"), path, &error), qPrintable(error));
        QCOMPARE(pragma(path, QStringLiteral("user_version")), 1);
        const QByteArray original = fileHash(path);

        // Read-only cannot upgrade, and says so without touching the file.
        auto ro = WorkshopStore::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY(!ro);
        QVERIFY2(ro.error().contains(QStringLiteral("older")), qPrintable(ro.error()));
        QCOMPARE(fileHash(path), original);

        auto doc = Document::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        const WorkshopStore &store = (*doc)->store();
        QCOMPARE(store.schemaVersion(), schema::CurrentVersion);
        QCOMPARE(store.backupPath(), path + QStringLiteral(".v1.bak"));
        QVERIFY(QFileInfo::exists(store.backupPath()));
        QCOMPARE(pragma(store.backupPath(), QStringLiteral("user_version")), 1);
        QVERIFY(store.integrityProblems().isEmpty());

        // Everything the old file held is still there.
        const WorkshopData &d = (*doc)->data();
        QCOMPARE(d.workshop().title, QStringLiteral("Arusha 2025"));
        QCOMPARE(d.workshop().weighting, QStringLiteral("constituency"));
        QCOMPARE(d.workshop().activeStep, 2);
        QCOMPARE(d.workshop().created, QDateTime(QDate(2025, 2, 20), QTime(8, 0), Qt::UTC));
        QCOMPARE(d.table<Idea>().size(), 2);
        const Idea *i1 = d.table<Idea>().find(QUuid::fromString(QStringLiteral("66666666-6666-4666-8666-000000000001")));
        QVERIFY(i1);
        QCOMPARE(i1->text, QStringLiteral("Maamuzi ya pamoja"));
        QCOMPARE(i1->language, QStringLiteral("sw"));
        QCOMPARE(i1->translation, QString()); // the version 2 column starts empty
        QCOMPARE(i1->languageConfidence, 100); // version 3: a language in the file was given
        const Idea *i2 = d.table<Idea>().find(QUuid::fromString(QStringLiteral("66666666-6666-4666-8666-000000000002")));
        QVERIFY(i2);
        QCOMPARE(i2->originalText, QStringLiteral("Joint decisions"));
        QCOMPARE(i2->mergedInto, i1->id);
        QVERIFY(i2->authorId.isNull());
        QCOMPARE(i2->x, 200.0);
        QCOMPARE(d.table<Participant>().size(), 2);
        QCOMPARE(d.table<Tag>().size(), 1);
        QCOMPARE(d.table<Vote>().size(), 1);
        QVERIFY(!d.table<VotingRound>().all().first().open);
        QCOMPARE(d.table<Action>().all().first().dueDate, QStringLiteral("2025-06-30"));
        QCOMPARE(d.table<Link>().size(), 1);
        QCOMPARE(store.historyCount().value(), 1);

        // The upgraded file takes new data in the new columns.
        QVERIFY((*doc)->apply(edits::modify<Idea>(d, i1->id, [](Idea &i) {
            i.translation = QStringLiteral("Shared decisions");
            i.translationLanguage = QStringLiteral("en");
        }), QStringLiteral("Translate")));
        const QUuid id1 = i1->id;
        doc->reset();
        QCOMPARE(pragma(path, QStringLiteral("user_version")), schema::CurrentVersion);
        auto again = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE((*again)->data().table<Idea>().find(id1)->translation, QStringLiteral("Shared decisions"));
        QVERIFY((*again)->store().backupPath().isEmpty()); // nothing to migrate the second time
    }

    // Version 3 adds how sure Pamoja is of each idea's language: a language a version-2 file holds was
    // given (100); an idea without one stays unknown (0), not detected behind the facilitator's back.
    void versionTwoFixture()
    {
        const QString path = m_dir.filePath(QStringLiteral("arusha-v2.pamoja"));
        QString error;
        QVERIFY2(buildFromSql(QStringLiteral(PAMOJA_TEST_DATA "/schema/workshop-v2.sql"), path, &error), qPrintable(error));
        QCOMPARE(pragma(path, QStringLiteral("user_version")), 2);

        auto doc = Document::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        const WorkshopStore &store = (*doc)->store();
        QCOMPARE(store.schemaVersion(), schema::CurrentVersion);
        QCOMPARE(store.backupPath(), path + QStringLiteral(".v2.bak"));
        QCOMPARE(pragma(store.backupPath(), QStringLiteral("user_version")), 2);
        QVERIFY(store.integrityProblems().isEmpty());

        const WorkshopData &d = (*doc)->data();
        QCOMPARE(d.workshop().title, QStringLiteral("Arusha 2025"));
        QCOMPARE(d.table<Idea>().size(), 3);
        const Idea *sw = d.table<Idea>().find(QUuid::fromString(QStringLiteral("66666666-6666-4666-8666-000000000001")));
        const Idea *en = d.table<Idea>().find(QUuid::fromString(QStringLiteral("66666666-6666-4666-8666-000000000002")));
        const Idea *none = d.table<Idea>().find(QUuid::fromString(QStringLiteral("66666666-6666-4666-8666-000000000003")));
        QVERIFY(sw && en && none);
        QCOMPARE(sw->language, QStringLiteral("sw"));
        QCOMPARE(sw->languageConfidence, 100);
        QCOMPARE(sw->translation, QStringLiteral("Shared decisions"));
        QCOMPARE(sw->translationLanguage, QStringLiteral("en"));
        QCOMPARE(sw->clusterId, QUuid::fromString(QStringLiteral("55555555-5555-4555-8555-000000000001")));
        QCOMPARE(en->language, QStringLiteral("en"));
        QCOMPARE(en->languageConfidence, 100);
        QCOMPARE(en->mergedInto, sw->id);
        QCOMPARE(none->language, QString());
        QCOMPARE(none->languageConfidence, 0);
        QCOMPARE(none->source, QStringLiteral("import"));
        QCOMPARE(none->x, 400.0);
        QCOMPARE(d.table<Tag>().size(), 1);
        QCOMPARE(d.table<Vote>().size(), 1);
        QCOMPARE(d.table<Link>().size(), 1);
        QCOMPARE(store.historyCount().value(), 1);

        // The new column takes data and keeps it.
        const QUuid noneId = none->id;
        QVERIFY((*doc)->apply(edits::modify<Idea>(d, noneId, [](Idea &i) {
            i.language = QStringLiteral("en");
            i.languageConfidence = 97;
        }), QStringLiteral("Detect languages")));
        doc->reset();
        auto again = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE((*again)->data().table<Idea>().find(noneId)->languageConfidence, 97);
        QVERIFY((*again)->store().integrityProblems().isEmpty());
    }

    // Version 5 adds keywords per language to catalogue items: a version-4 item has none stored, and
    // suggestions then use the shipped keywords of its code; keywords written afterwards are kept.
    void versionFourCatalogueKeywords()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalogue-v4.pamoja"));
        QVERIFY(WorkshopStore::createAtVersion(path, 4));
        const QString conn = QStringLiteral("v4-") + QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO catalogue (id, kind, code, name, description, provenance, counters, position) "
                                           "VALUES ('77777777-7777-4777-8777-000000000001', 'theme', 'T05', 'Resources and finance', '', "
                                           "'v1', '', 0)")),
                     qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);

        auto doc = Document::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE((*doc)->store().schemaVersion(), schema::CurrentVersion);
        const QUuid id = QUuid::fromString(QStringLiteral("77777777-7777-4777-8777-000000000001"));
        const CatalogueItem *c = (*doc)->data().table<CatalogueItem>().find(id);
        QVERIFY(c);
        QCOMPARE(c->keywords, QString());
        TagSuggester suggester((*doc)->data().table<CatalogueItem>().items().values());
        const auto top = suggester.suggest(QStringLiteral("A bigger budget for salaries"), QStringLiteral("en"), 1);
        QVERIFY(!top.isEmpty());
        QCOMPARE(top.first().itemId, id);

        QVERIFY((*doc)->apply(edits::modify<CatalogueItem>((*doc)->data(), id, [](CatalogueItem &x) {
            x.keywords = keywords::with(x.keywords, QStringLiteral("sw"), QStringLiteral("fedha, bajeti"));
        }), QStringLiteral("Edit catalogue entry")));
        doc->reset();
        auto again = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(keywords::in(*(*again)->data().table<CatalogueItem>().find(id), QStringLiteral("sw")), QStringLiteral("fedha, bajeti"));
        QVERIFY((*again)->store().integrityProblems().isEmpty());
    }

    // Version 6 adds who made each translation: one an older file holds was typed or imported by a
    // person (machine translation came with version 6); an idea without one has no source.
    void versionSixMarksOldTranslationsAsPersons()
    {
        const QString path = m_dir.filePath(QStringLiteral("arusha-v2-to-v6.pamoja"));
        QString error;
        QVERIFY2(buildFromSql(QStringLiteral(PAMOJA_TEST_DATA "/schema/workshop-v2.sql"), path, &error), qPrintable(error));
        auto doc = Document::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE((*doc)->store().schemaVersion(), schema::CurrentVersion);
        const auto &ideas = (*doc)->data().table<Idea>();
        const Idea *sw = ideas.find(QUuid::fromString(QStringLiteral("66666666-6666-4666-8666-000000000001")));
        const Idea *none = ideas.find(QUuid::fromString(QStringLiteral("66666666-6666-4666-8666-000000000003")));
        QVERIFY(sw && none);
        QCOMPARE(sw->translation, QStringLiteral("Shared decisions"));
        QCOMPARE(sw->translationSource, QStringLiteral("person"));
        QCOMPARE(none->translation, QString());
        QCOMPARE(none->translationSource, QString());
        QVERIFY((*doc)->store().integrityProblems().isEmpty());
    }

    // Version 7 adds the live server's shared tables (several `pamoja serve` on a database); a file
    // gets them empty and keeps its content.
    void versionSevenAddsEmptyLiveTables()
    {
        const QString path = m_dir.filePath(QStringLiteral("arusha-v2-to-v7.pamoja"));
        QString error;
        QVERIFY2(buildFromSql(QStringLiteral(PAMOJA_TEST_DATA "/schema/workshop-v2.sql"), path, &error), qPrintable(error));
        const int ideas = scalarOf(path, QStringLiteral("SELECT count(*) FROM ideas"));
        QVERIFY(ideas > 0);
        QCOMPARE(scalarOf(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'live_%'")), 0);
        {
            auto doc = Document::open(path);
            QVERIFY2(doc, qPrintable(doc.error()));
            QCOMPARE((*doc)->store().schemaVersion(), 7);
            QCOMPARE((*doc)->data().table<Idea>().size(), qsizetype(ideas));
        }
        QCOMPARE(pragma(path, QStringLiteral("user_version")), 7);
        QCOMPARE(scalarOf(path, QStringLiteral("SELECT count(*) FROM live_devices")), 0);
        QCOMPARE(scalarOf(path, QStringLiteral("SELECT count(*) FROM live_ideas")), 0);
        QCOMPARE(scalarOf(path, QStringLiteral("SELECT count(*) FROM ideas")), ideas);
    }

    void everyEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < schema::CurrentVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void everyEarlierVersion()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(QStringLiteral("at-v%1.pamoja").arg(version));
        QVERIFY(WorkshopStore::createAtVersion(path, version));
        QCOMPARE(pragma(path, QStringLiteral("user_version")), version);
        QCOMPARE(pragma(path, QStringLiteral("application_id")), schema::ApplicationId);
        auto doc = Document::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE((*doc)->store().schemaVersion(), schema::CurrentVersion);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".v%1.bak").arg(version)));
        QVERIFY((*doc)->store().integrityProblems().isEmpty());
        // A fully working workshop afterwards: every kind of entity can be written.
        ChangeSet cs;
        Workshop w;
        w.id = newId();
        w.title = QStringLiteral("Upgraded");
        cs.insert(w);
        QVERIFY((*doc)->apply(cs, QStringLiteral("Settings")));
        fillRichAfterSeed(**doc);
        QVERIFY((*doc)->store().integrityProblems().isEmpty());
    }

    // Version 4: the history becomes a graph. Entries of an older file get ids derived from their
    // content (two copies of one file agree on them), each the previous one as its parent; entries
    // written afterwards get new ids with the head as parent.
    void versionThreeHistoryGetsIds()
    {
        const QString a = m_dir.filePath(QStringLiteral("hist-v3-a.pamoja"));
        const QString b = m_dir.filePath(QStringLiteral("hist-v3-b.pamoja"));
        QVERIFY(WorkshopStore::createAtVersion(a, 3));
        {
            const QString conn = QStringLiteral("hist-") + QUuid::createUuid().toString();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
                db.setDatabaseName(a);
                QVERIFY(db.open());
                QSqlQuery q(db);
                for (int i = 1; i <= 3; ++i)
                    QVERIFY2(q.exec(QStringLiteral("INSERT INTO history (at,actor,description,changes) VALUES "
                                                   "('2025-05-0%1T10:00:00.000Z','facilitator','Step %1','[]')").arg(i)),
                             qPrintable(q.lastError().text()));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(conn);
        }
        QVERIFY(QFile::copy(a, b));
        auto da = Document::open(a);
        auto db = Document::open(b);
        QVERIFY2(da && db, "the copies open");
        const QList<HistoryEntry> ha = (*da)->store().history().value(), hb = (*db)->store().history().value();
        QCOMPARE(ha.size(), 3);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!ha[i].entryId.isEmpty());
            QCOMPARE(ha[i].entryId, hb[i].entryId);
            QCOMPARE(ha[i].parents, i == 0 ? QStringList() : QStringList{ha[i - 1].entryId});
            QVERIFY(!ha[i].merge);
            ids.append(ha[i].entryId);
        }
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 3);
        ChangeSet cs;
        Workshop w;
        w.id = newId();
        w.title = QStringLiteral("Upgraded");
        cs.insert(w);
        QVERIFY((*da)->apply(cs, QStringLiteral("Settings")));
        const QList<HistoryEntry> after = (*da)->store().history().value();
        QCOMPARE(after.size(), 4);
        QCOMPARE(after.last().parents, QStringList{ids.last()});
        QVERIFY(!ids.contains(after.last().entryId));
        QCOMPARE((*da)->store().head().value(), after.last().entryId);
    }

    void currentVersionMatchesFreshFile()
    {
        // A file migrated from version 1 has the same tables and columns as a new one.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.pamoja"));
        const QString old = m_dir.filePath(QStringLiteral("old.pamoja"));
        QVERIFY(Document::create(fresh, QStringLiteral("F")));
        QVERIFY(WorkshopStore::createAtVersion(old, 1));
        QVERIFY(Document::open(old));
        auto columns = [](const QString &path) {
            QStringList out;
            const QString conn = QStringLiteral("cols-") + QUuid::createUuid().toString();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
                db.setDatabaseName(path);
                db.open();
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT m.name, p.name, p.type, p.\"notnull\" FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                                      "WHERE m.type='table' ORDER BY m.name, p.name"));
                while (q.next())
                    out.append(QStringLiteral("%1.%2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(),
                                                                  q.value(2).toString(), q.value(3).toString()));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(conn);
            return out;
        };
        QCOMPARE(columns(old), columns(fresh));
        QVERIFY(!columns(fresh).isEmpty());
    }

private:
    // The catalogue and prompts come from a seeded workshop; here the file starts empty.
    static void fillRichAfterSeed(Document &doc)
    {
        ChangeSet cs;
        for (int s = 1; s <= 3; ++s) {
            Prompt p;
            p.id = newId();
            p.step = s;
            p.text = QStringLiteral("Q%1").arg(s);
            cs.insert(p);
        }
        for (const char *code : {"T01", "F01", "F02", "F03"}) {
            CatalogueItem c;
            c.id = newId();
            c.kind = code[0] == 'T' ? QStringLiteral("theme") : QStringLiteral("factor");
            c.code = QString::fromLatin1(code);
            c.name = c.code;
            c.position = int(c.code.back().digitValue());
            cs.insert(c);
        }
        if (!doc.apply(cs, QStringLiteral("Seed")))
            qFatal("seed failed");
        fillRich(doc);
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
