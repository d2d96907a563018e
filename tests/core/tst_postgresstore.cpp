// Workshops in a PostgreSQL database (issue 10), in the throwaway cluster scripts/test starts
// (PAMOJA_TEST_POSTGRES): created, changed, reopened and listed like files; several writers on one
// workshop never overwrite each other (a change made on stale data is refused and changes nothing);
// copies between files and the database keep every entity and the whole history; versions are
// checked and upgraded like a file's.
#include "document.h"
#include "edits.h"
#include "exchange/jsonexchange.h"
#include "postgrestestsupport.h"
#include "store/schema.h"
#include "store/schemapostgres.h"
#include "store/workshoplocation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;

class TestPostgresStore : public QObject
{
    Q_OBJECT
    QString m_base; // the database, without a workshop
    QTemporaryDir m_dir;

    QString locationOf(const QUuid &id) const { return test::workshopIn(m_base, id); }
    std::unique_ptr<Document> create(const QString &title = QStringLiteral("Nairobi"))
    {
        auto doc = Document::create(m_base, title);
        if (!doc)
            qWarning() << doc.error();
        return doc ? std::move(*doc) : nullptr;
    }
    static QUuid addIdea(Document &doc, const QString &text)
    {
        edits::IdeaDraft d;
        d.text = text;
        QUuid id;
        auto cs = edits::addIdea(doc.data(), d, &id);
        if (!cs || !doc.apply(*cs, QStringLiteral("Add idea")))
            return {};
        return id;
    }
    // A direct connection for what the store does not offer (breaking things on purpose).
    template <class F> void withSql(F &&f)
    {
        test::withDirectConnection(m_base, QStringLiteral("direct"), [&](QSqlDatabase &db) {
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SET client_min_messages TO warning")));
            f(q);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = test::clusterLocation();
        if (m_base.isEmpty())
            return;
        test::exportPassword(m_base);
    }

    void createChangeReopen()
    {
        auto doc = create();
        QVERIFY(doc);
        QVERIFY(doc->store().isPostgres());
        const QUuid id = doc->store().repositoryId();
        QCOMPARE(doc->data().workshop().id, id);
        QVERIFY(!doc->path().contains(WorkshopLocation::parse(m_base)->password));
        const QUuid idea = addIdea(*doc, QStringLiteral("Decisions on budgets are made together"));
        QVERIFY(!idea.isNull());
        const QByteArray before = exchange::toJson(doc->data());
        const qint64 entries = *doc->store().historyCount();
        doc.reset();

        auto again = Document::open(locationOf(id), WorkshopStore::Access::ReadWrite);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(exchange::toJson((*again)->data()), before);
        QCOMPARE(*(*again)->store().historyCount(), entries);
        const auto history = (*again)->store().history();
        QVERIFY(history);
        QCOMPARE(history->last().description, QStringLiteral("Add idea"));
    }

    // Read-only refusal, reopening, history ids and parents, undo, stale and duplicate inserts past
    // the funnel, copies: core_storesuite, for a file and a database alike. Here: what only a
    // database has (several writers at once, the registry, versions).

    // Two windows (or servers) on one workshop: the second one's view is stale after the first's
    // change to an idea's text. What would overwrite or remove that change is refused; a change to
    // another field of the same idea, or to another idea, goes through beside it.
    void staleChangesAreRefused_data()
    {
        QTest::addColumn<QString>("secondDoes");
        QTest::addColumn<bool>("refused");
        QTest::newRow("edits the same text") << QStringLiteral("edit") << true;
        QTest::newRow("removes the idea") << QStringLiteral("remove") << true;
        QTest::newRow("hides it and edits the text") << QStringLiteral("hide+edit") << true;
        QTest::newRow("only hides it") << QStringLiteral("hide") << false;
        QTest::newRow("edits another idea") << QStringLiteral("other") << false;
    }
    void staleChangesAreRefused()
    {
        QFETCH(QString, secondDoes);
        QFETCH(bool, refused);
        auto first = create();
        QVERIFY(first);
        const QUuid id = first->store().repositoryId();
        const QUuid idea = addIdea(*first, QStringLiteral("Shared risk register"));
        const QUuid other = addIdea(*first, QStringLiteral("Joint budget lines"));
        auto second = Document::open(locationOf(id), WorkshopStore::Access::ReadWrite);
        QVERIFY2(second, qPrintable(second.error()));

        const QString firstText = QStringLiteral("Shared risk register, owned by all");
        QVERIFY(first->apply(edits::modify<Idea>(first->data(), idea, [&](Idea &i) { i.text = firstText; }), QStringLiteral("Edit")));

        const WorkshopData &seen = (*second)->data();
        ChangeSet change;
        if (secondDoes == QLatin1StringView("edit"))
            change = edits::modify<Idea>(seen, idea, [](Idea &i) { i.text = QStringLiteral("Risk register"); });
        else if (secondDoes == QLatin1StringView("remove"))
            change.remove(*seen.table<Idea>().find(idea));
        else if (secondDoes == QLatin1StringView("hide+edit"))
            change = edits::modify<Idea>(seen, idea, [](Idea &i) {
                i.hidden = true;
                i.text = QStringLiteral("Shared risk register?");
            });
        else if (secondDoes == QLatin1StringView("hide"))
            change = edits::modify<Idea>(seen, idea, [](Idea &i) { i.hidden = true; });
        else
            change = edits::modify<Idea>(seen, other, [](Idea &i) { i.text = QStringLiteral("Joint budget lines, 2027"); });
        const qint64 entriesBefore = *first->store().historyCount();
        const Status s = (*second)->apply(change, QStringLiteral("Second"));
        QCOMPARE(bool(s), !refused);

        auto check = Document::open(locationOf(id), WorkshopStore::Access::ReadOnly);
        QVERIFY(check);
        const Idea *stored = (*check)->data().table<Idea>().find(idea);
        QVERIFY(stored); // never removed over a change its remover did not see
        QCOMPARE(stored->text, firstText);
        if (refused) {
            QVERIFY2(s.error().contains(QLatin1StringView("someone else")), qPrintable(s.error()));
            // Nothing of it reached the database, and the second view still shows what it had.
            QCOMPARE(seen.table<Idea>().find(idea)->text, QStringLiteral("Shared risk register"));
            QVERIFY(!stored->hidden);
            QCOMPARE(*(*check)->store().historyCount(), entriesBefore);
        } else {
            QCOMPARE(*(*check)->store().historyCount(), entriesBefore + 1);
            QCOMPARE(stored->hidden, secondDoes == QLatin1StringView("hide"));
        }
    }

    // Two devices resubmitting the same idea id through two servers: the second insert is refused.
    void sameIdInsertedTwiceIsRefused()
    {
        auto first = create();
        QVERIFY(first);
        auto second = Document::open(locationOf(first->store().repositoryId()), WorkshopStore::Access::ReadWrite);
        QVERIFY(second);
        edits::IdeaDraft d;
        d.id = QUuid::createUuid();
        d.text = QStringLiteral("Once only");
        QVERIFY(first->apply(*edits::addIdea(first->data(), d), QStringLiteral("Add")));
        const Status again = (*second)->apply(*edits::addIdea((*second)->data(), d), QStringLiteral("Add"));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1StringView("someone else")), qPrintable(again.error()));
    }

    // File -> database -> file: every entity and the whole history arrive; the ids stay.
    void copiesKeepEverything()
    {
        const QString file = m_dir.filePath(QStringLiteral("source.pamoja"));
        auto source = Document::create(file, QStringLiteral("Copy me"));
        QVERIFY(source);
        for (int i = 0; i < 20; ++i)
            QVERIFY(!addIdea(**source, QStringLiteral("Idea %1 about shared decisions").arg(i)).isNull());
        QVERIFY((*source)->apply(edits::modify<Workshop>((*source)->data(), (*source)->data().workshop().id,
                                                         [](Workshop &w) { w.title = QStringLiteral("Copied"); }),
                                 QStringLiteral("Rename")));
        const QByteArray json = exchange::toJson((*source)->data());
        const auto history = (*source)->store().history();
        QVERIFY(history);

        auto toDb = (*source)->store().copyTo(m_base);
        QVERIFY2(toDb, qPrintable(toDb.error()));
        QVERIFY(toDb->contains(QStringLiteral("workshop=") + (*source)->data().workshop().id.toString(QUuid::WithoutBraces)));
        auto inDb = Document::open(*toDb, WorkshopStore::Access::ReadWrite);
        QVERIFY2(inDb, qPrintable(inDb.error()));
        QCOMPARE(exchange::toJson((*inDb)->data()), json);
        const auto dbHistory = (*inDb)->store().history();
        QVERIFY(dbHistory);
        QCOMPARE(dbHistory->size(), history->size());
        for (int i = 0; i < history->size(); ++i) {
            QCOMPARE(dbHistory->at(i).seq, history->at(i).seq);
            QCOMPARE(dbHistory->at(i).description, history->at(i).description);
            QCOMPARE(dbHistory->at(i).changes.toJson(), history->at(i).changes.toJson());
        }
        // The history goes on after the copied entries.
        QVERIFY(!addIdea(**inDb, QStringLiteral("Added in the database")).isNull());
        QCOMPARE((*(*inDb)->store().history()).last().seq, history->last().seq + 1);

        // The same workshop cannot be copied in twice.
        const auto twice = (*source)->store().copyTo(m_base);
        QVERIFY(!twice);
        QVERIFY2(twice.error().contains(QLatin1StringView("already holds")), qPrintable(twice.error()));

        // And back into a file, also through Save a Copy.
        const QString back = m_dir.filePath(QStringLiteral("back.pamoja"));
        auto toFile = (*inDb)->store().copyTo(back);
        QVERIFY2(toFile, qPrintable(toFile.error()));
        const QString saved = m_dir.filePath(QStringLiteral("saved.pamoja"));
        QVERIFY((*inDb)->store().saveCopy(saved));
        const QByteArray now = exchange::toJson((*inDb)->data());
        for (const QString &path : {back, saved}) {
            auto reopened = Document::open(path, WorkshopStore::Access::ReadOnly);
            QVERIFY2(reopened, qPrintable(reopened.error()));
            QCOMPARE(exchange::toJson((*reopened)->data()), now);
            QCOMPARE(*(*reopened)->store().historyCount(), qint64(history->size() + 1));
        }
    }

    void listsWorkshops()
    {
        auto doc = create(QStringLiteral("Listed here"));
        QVERIFY(doc);
        const auto list = WorkshopStore::listRepository(m_base);
        QVERIFY2(list, qPrintable(list.error()));
        const auto it = std::find_if(list->cbegin(), list->cend(), [&](const RepositoryWorkshop &w) { return w.id == doc->store().repositoryId(); });
        QVERIFY(it != list->cend());
        QCOMPARE(it->title, QStringLiteral("Listed here"));
        QCOMPARE(it->version, schema::CurrentVersion);
        QVERIFY(!WorkshopStore::listRepository(m_dir.filePath(QStringLiteral("x.pamoja"))));
    }

    void refusedLocations_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("message");
        QTest::newRow("no workshop named") << QString() << QStringLiteral("?workshop=ID");
        QTest::newRow("unknown workshop") << QStringLiteral("?workshop=") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                          << QStringLiteral("no workshop with the id");
    }
    void refusedLocations()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, message);
        auto doc = Document::open(m_base + suffix, WorkshopStore::Access::ReadWrite);
        QVERIFY(!doc);
        QVERIFY2(doc.error().contains(message), qPrintable(doc.error()));
    }

    void wrongPasswordIsAClearMessage()
    {
        auto l = *WorkshopLocation::parse(m_base);
        l.password = QStringLiteral("wrong");
        l.workshop = QUuid::createUuid();
        auto doc = WorkshopStore::open(QStringLiteral("postgresql://%1:wrong@%2:%3/%4?workshop=%5")
                                           .arg(l.user, l.host, QString::number(l.port), l.database, l.workshop.toString(QUuid::WithoutBraces)),
                                       WorkshopStore::Access::ReadWrite);
        QVERIFY(!doc);
        QVERIFY2(doc.error().startsWith(QLatin1StringView("Could not connect to postgresql://")), qPrintable(doc.error()));
        QVERIFY(!doc.error().contains(QLatin1StringView(":wrong@")));
    }

    void newerVersionIsRefused()
    {
        auto doc = create();
        QVERIFY(doc);
        const QUuid id = doc->store().repositoryId();
        doc.reset();
        withSql([&](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("UPDATE public.pamoja_workshops SET version = %1 WHERE id = '%2'")
                               .arg(schema::CurrentVersion + 1)
                               .arg(id.toString(QUuid::WithoutBraces))));
        });
        auto again = Document::open(locationOf(id), WorkshopStore::Access::ReadWrite);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(QLatin1StringView("newer Pamoja")), qPrintable(again.error()));
    }

    // A workshop written at version 1 is upgraded on opening for writing, in one transaction.
    void olderVersionIsUpgraded()
    {
        const QUuid id = QUuid::createUuid();
        const QString ns = schema::postgresNamespace(id);
        withSql([&](QSqlQuery &q) {
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(ns)));
            QVERIFY(q.exec(QStringLiteral("SET search_path TO %1").arg(ns)));
            const auto version1 = schema::postgresMigration(1);
            QVERIFY(version1);
            for (const QString &sql : *version1)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO workshop VALUES ('%1', 'Old', '', 'in-person', 'en', '', '', '', 'optional', "
                                          "'none', 0, 1, '2025-01-01T00:00:00.000Z')")
                               .arg(id.toString(QUuid::WithoutBraces))));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO public.pamoja_workshops VALUES ('%1', '%2', 1, '2025-01-01T00:00:00.000Z')")
                               .arg(id.toString(QUuid::WithoutBraces), ns)));
        });
        auto ro = Document::open(locationOf(id), WorkshopStore::Access::ReadOnly);
        QVERIFY(!ro);
        QVERIFY2(ro.error().contains(QLatin1StringView("must be upgraded")), qPrintable(ro.error()));
        auto doc = Document::open(locationOf(id), WorkshopStore::Access::ReadWrite);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE((*doc)->store().schemaVersion(), schema::CurrentVersion);
        QCOMPARE((*doc)->data().workshop().title, QStringLiteral("Old"));
        const auto list = WorkshopStore::listRepository(m_base);
        QVERIFY(list);
        for (const RepositoryWorkshop &w : *list)
            if (w.id == id)
                QCOMPARE(w.version, schema::CurrentVersion);
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
