// The one store suite (issue 10): every test runs for a workshop file (SQLite) and for a workshop in a
// PostgreSQL database (the throwaway cluster scripts/test starts, PAMOJA_TEST_POSTGRES), through the
// same Document and WorkshopStore calls. Where the backends legitimately differ (a file is locked
// against a second writer, a database takes several; SQLite checks its own integrity on demand,
// PostgreSQL at every commit; the wording of a refused stale change), the test says so in a comment
// and checks each backend's own behaviour.
#include "postgrestestsupport.h"
#include "testsupport.h"

#include "domain/constituency.h"
#include "exchange/jsonexchange.h"
#include "store/schema.h"
#include "store/schemapostgres.h"
#include "store/workshoplocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

using namespace pamoja;
using namespace pamoja::testing;

enum class StoreBackend { File, Postgres };
Q_DECLARE_METATYPE(StoreBackend)
using SuiteBuilder = std::function<ChangeSet(const WorkshopData &, const RichIds &)>;
Q_DECLARE_METATYPE(SuiteBuilder)

namespace {

QByteArray suiteSnapshot(const WorkshopData &d)
{
    return exchange::toJson(d);
}

// What the workshop holds, read through a second, read-only connection.
QByteArray storedSnapshot(const QString &location)
{
    auto doc = Document::open(location, WorkshopStore::Access::ReadOnly);
    if (!doc)
        return doc.error().toUtf8();
    return suiteSnapshot((*doc)->data());
}

template <class T> ChangeSet suiteMust(const Result<T> &r)
{
    if (!r)
        qFatal("builder failed: %s", qPrintable(r.error()));
    return r.value();
}

const char *backendName(StoreBackend b)
{
    return b == StoreBackend::File ? "file" : "postgres";
}

} // namespace

class TestStoreSuite : public QObject
{
    Q_OBJECT
    QString m_base; // the database, without a workshop
    QTemporaryDir m_dir;
    int m_n = 0;

    // A location no workshop has yet: a file name, or the database with a new workshop id.
    QString newLocation(StoreBackend b)
    {
        if (b == StoreBackend::File)
            return m_dir.filePath(QStringLiteral("suite%1.pamoja").arg(++m_n));
        return test::workshopIn(m_base, QUuid::createUuid());
    }
    // A workshop with every kind of entity, filled by fillRich() once in a file; rich() copies it,
    // history and ids included, to where a test needs it (faster than filling each one).
    std::unique_ptr<Document> m_rich;
    RichIds m_ids;
    // entityRoundTrip's workshop per backend, and a read-only second connection to it.
    std::unique_ptr<Document> m_shared[2], m_reader[2];
    std::unique_ptr<Document> rich(StoreBackend b, QString *location)
    {
        *location = newLocation(b);
        const auto copied = m_rich->store().copyTo(*location);
        if (!copied)
            qFatal("rich: %s", qPrintable(copied.error()));
        auto doc = Document::open(*location);
        if (!doc)
            qFatal("rich: %s", qPrintable(doc.error()));
        return std::move(*doc);
    }
    // The rows of a _data table, once per backend.
    static void rows(const QString &name, const std::function<void(QTestData &)> &more = {})
    {
        for (StoreBackend b : {StoreBackend::File, StoreBackend::Postgres}) {
            QTestData &row = QTest::newRow(qPrintable(
                                 QStringLiteral("%1: %2").arg(QLatin1StringView(backendName(b)), name)))
                             << b;
            if (more)
                more(row);
        }
    }
    // What the database lists (nothing for a file: its folder is what a failure must leave alone).
    QStringList listed(StoreBackend b) const
    {
        QStringList out;
        if (b == StoreBackend::File) {
            out = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
            return out;
        }
        // The registry's rows, read directly (what `repo list` lists, without a query per workshop).
        sql([&](QSqlQuery &q) {
            if (!q.exec(QStringLiteral("SELECT id FROM public.pamoja_workshops ORDER BY id")))
                out.append(q.lastError().text());
            while (q.next())
                out.append(q.value(0).toString());
        });
        return out;
    }

    // A direct connection to the database, for what the store does not offer.
    template <class F> void sql(F &&f) const
    {
        test::withDirectConnection(m_base, QStringLiteral("suite-direct"), [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (db.open())
                f(q);
        });
    }
    // How many PostgreSQL schemas the workshop with this id has (-1: could not tell).
    int schemaCount(const QUuid &id) const
    {
        int count = -1;
        sql([&](QSqlQuery &q) {
            if (q.exec(QStringLiteral(
                           "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '%1'")
                           .arg(schema::postgresNamespace(id))) &&
                q.next())
                count = q.value(0).toInt();
        });
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString cluster = test::clusterLocation();
        if (cluster.isEmpty())
            return;
        m_base = test::ownTestDatabase(cluster, QStringLiteral("pamoja_storesuite"));
        QVERIFY(!m_base.isEmpty());
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("rich.pamoja"));
        {
            auto doc = Document::create(path, QStringLiteral("Rich"));
            QVERIFY(doc);
            m_ids = fillRich(**doc);
        }
        auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY(doc);
        m_rich = std::move(*doc);
    }
    void cleanupTestCase()
    {
        for (int b = 0; b < 2; ++b) {
            m_reader[b].reset();
            m_shared[b].reset();
        }
        m_rich.reset();
        test::ownTestDatabase(qEnvironmentVariable("PAMOJA_TEST_POSTGRES"), QStringLiteral("pamoja_storesuite"),
                              true);
    }

    void createAndReopen_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        rows(QStringLiteral("create"));
    }
    void createAndReopen()
    {
        QFETCH(StoreBackend, backend);
        const QString location = newLocation(backend);
        QByteArray created;
        {
            auto doc = Document::create(location, QStringLiteral("Nairobi envisioning"));
            QVERIFY2(doc, qPrintable(doc.error()));
            const WorkshopData &d = (*doc)->data();
            QCOMPARE(d.workshop().title, QStringLiteral("Nairobi envisioning"));
            for (int s = step::First; s <= step::Last; ++s)
                QCOMPARE(d.prompts(s).size(), 1);
            QVERIFY(d.catalogue(QStringLiteral("factor")).size() > 5);
            QVERIFY(!(*doc)->canUndo()); // creating is not undoable
            QCOMPARE((*doc)->store().historyCount().value(), 1);
            QCOMPARE((*doc)->store().schemaVersion(), schema::CurrentVersion);
            QCOMPARE((*doc)->store().isPostgres(), backend == StoreBackend::Postgres);
            // In a database the workshop's id is the one it is listed under.
            if (backend == StoreBackend::Postgres) {
                QCOMPARE(d.workshop().id, (*doc)->store().repositoryId());
                QCOMPARE(schemaCount(d.workshop().id), 1);
            }
            created = suiteSnapshot(d);
        }
        auto doc = Document::open(location);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(suiteSnapshot((*doc)->data()), created);
        doc->reset();
        // Creating where a workshop is refused and changes nothing.
        auto again = Document::create(location, QStringLiteral("Again"));
        QVERIFY(!again);
        QVERIFY2(again.error().contains(
                     QLatin1StringView(backend == StoreBackend::File ? "already exists" : "already holds")),
                 qPrintable(again.error()));
        QCOMPARE(storedSnapshot(location), created);
    }

    // Creating is all or nothing: a title the workshop refuses, or a first change only the database
    // refuses (an idea by nobody: a foreign key), leaves no file and no listed workshop or schema.
    void failedCreateLeavesNothing_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        QTest::addColumn<QString>("what");
        rows(QStringLiteral("control character in the title"),
             [](QTestData &r) { r << QStringLiteral("title"); });
        rows(QStringLiteral("refused by the database"),
             [](QTestData &r) { r << QStringLiteral("foreign key"); });
    }
    void failedCreateLeavesNothing()
    {
        QFETCH(StoreBackend, backend);
        QFETCH(QString, what);
        const QString location = newLocation(backend);
        const QStringList before = listed(backend);
        Result<std::unique_ptr<Document>> doc = Error{QString()};
        if (what == QLatin1StringView("title")) {
            doc = Document::create(location, QStringLiteral("Bell\x07 ringing"));
        } else {
            ChangeSet cs;
            Workshop w;
            w.id = newId();
            w.title = QStringLiteral("Orphans");
            cs.insert(w);
            Idea i;
            i.id = newId();
            i.step = 1;
            i.text = QStringLiteral("by nobody");
            i.authorId = newId();
            cs.insert(i);
            QVERIFY(WorkshopData().check(cs)); // only the database can tell
            doc = Document::createWith(location, cs, QStringLiteral("Create"));
        }
        QVERIFY(!doc);
        QCOMPARE(listed(backend), before);
        if (backend == StoreBackend::File)
            QVERIFY(!QFileInfo::exists(location));
        else
            QCOMPARE(schemaCount(WorkshopLocation::parse(location)->workshop), 0);
        const auto reopened = Document::open(location, WorkshopStore::Access::ReadOnly);
        QVERIFY(!reopened);
    }

    // Each kind of entity inserted, updated and removed through the funnel, and read back from a
    // second connection.
    void entityRoundTrip_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        QTest::addColumn<SuiteBuilder>("builder");
        const auto add = [](const QString &name, const SuiteBuilder &b) {
            rows(name, [b](QTestData &r) { r << b; });
        };
        add(QStringLiteral("workshop update"), [](const WorkshopData &d, const RichIds &) {
            return edits::modify<Workshop>(d, d.workshop().id,
                                           [](Workshop &w) { w.title = QStringLiteral("Renamed"); });
        });
        add(QStringLiteral("prompt update"), [](const WorkshopData &d, const RichIds &) {
            return edits::modify<Prompt>(d, d.prompts(2).first().id,
                                         [](Prompt &p) { p.text = QStringLiteral("What must change?"); });
        });
        add(QStringLiteral("participant and organisation insert"),
            [](const WorkshopData &d, const RichIds &) {
                Participant p;
                p.name = QStringLiteral("Eko");
                p.constituency = QStringLiteral("south");
                return suiteMust(edits::addParticipant(d, p, QStringLiteral("New Org")));
            });
        add(QStringLiteral("participant update"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::modify<Participant>(d, ids.dede,
                                              [](Participant &p) { p.country = QStringLiteral("CD"); });
        });
        add(QStringLiteral("idea insert"), [](const WorkshopData &d, const RichIds &ids) {
            edits::IdeaDraft dr;
            dr.text = QStringLiteral("new");
            dr.authorId = ids.amina;
            return suiteMust(edits::addIdea(d, dr));
        });
        add(QStringLiteral("idea update"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::editIdeaText(d, ids.idea1, QStringLiteral("Rewritten"));
        });
        add(QStringLiteral("idea move (real)"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::moveIdea(d, ids.idea3, 400, 250.5);
        });
        add(QStringLiteral("ideas remove"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::removeIdeas(d, {ids.idea1, ids.idea3, ids.anonIdea});
        });
        add(QStringLiteral("cluster insert"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::createCluster(d, 1, QStringLiteral("Risk"), {ids.anonIdea, ids.idea2});
        });
        add(QStringLiteral("cluster remove"),
            [](const WorkshopData &d, const RichIds &ids) { return edits::removeCluster(d, ids.cluster); });
        add(QStringLiteral("tag insert"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::addTag(d, {ids.idea2, ids.idea3}, ids.theme);
        });
        add(QStringLiteral("tag remove"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::removeTag(d, {ids.idea1, ids.cluster}, ids.theme);
        });
        add(QStringLiteral("catalogue item update"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::modify<CatalogueItem>(
                d, ids.factor, [](CatalogueItem &c) { c.name = QStringLiteral("Renamed factor"); });
        });
        add(QStringLiteral("round insert"), [](const WorkshopData &d, const RichIds &) {
            VotingRound r;
            r.title = QStringLiteral("Second");
            r.step = 2;
            return edits::openRound(d, r);
        });
        add(QStringLiteral("vote insert"), [](const WorkshopData &d, const RichIds &ids) {
            return suiteMust(edits::setDots(d, ids.round, ids.dede, ids.idea2, 1));
        });
        add(QStringLiteral("vote update"), [](const WorkshopData &d, const RichIds &ids) {
            return suiteMust(edits::setDots(d, ids.round, ids.amina, ids.idea1, 1));
        });
        add(QStringLiteral("votes remove"),
            [](const WorkshopData &d, const RichIds &ids) { return edits::resetVotes(d, ids.round); });
        add(QStringLiteral("system change update"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::modify<SystemChange>(d, ids.systemChange, [](SystemChange &s) {
                s.proposedChange = QStringLiteral("pooled funds");
            });
        });
        add(QStringLiteral("action update"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::modify<Action>(d, ids.action, [](Action &a) { a.status = QStringLiteral("done"); });
        });
        add(QStringLiteral("link insert"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::link(d, ids.idea3, ids.systemChange);
        });
        add(QStringLiteral("link remove"), [](const WorkshopData &d, const RichIds &ids) {
            return edits::unlink(d, ids.systemChange, ids.action);
        });
        add(QStringLiteral("dependents remove"),
            [](const WorkshopData &d, const RichIds &ids) { return edits::removeDependents(d, ids.idea1); });
    }
    void entityRoundTrip()
    {
        QFETCH(StoreBackend, backend);
        QFETCH(SuiteBuilder, builder);
        // One workshop per backend for all rows (a fresh one each would take seconds in PostgreSQL):
        // each row's edit is undone again, so the next row starts from the same state.
        std::unique_ptr<Document> &shared = m_shared[int(backend)];
        std::unique_ptr<Document> &reader = m_reader[int(backend)];
        if (!shared) {
            QString location;
            shared = rich(backend, &location);
            auto r = Document::open(location, WorkshopStore::Access::ReadOnly);
            QVERIFY2(r, qPrintable(r.error()));
            reader = std::move(*r);
        }
        Document &doc = *shared;
        // What the workshop holds, read again through the reader's own connection.
        const auto stored = [&] {
            const auto data = reader->store().load();
            return data ? suiteSnapshot(*data) : data.error().toUtf8();
        };
        const QByteArray original = suiteSnapshot(doc.data());
        QCOMPARE(stored(), original);
        const ChangeSet cs = builder(doc.data(), m_ids);
        QVERIFY(!cs.isEmpty());
        QVERIFY(doc.apply(cs, QStringLiteral("The edit")));
        const QByteArray edited = suiteSnapshot(doc.data());
        QVERIFY(edited != original);
        QCOMPARE(stored(), edited);
        // PostgreSQL checks its constraints at every commit and has no integrity check to run: an
        // empty list there says nothing more than that the commit succeeded.
        QVERIFY(doc.store().integrityProblems().isEmpty());
        QVERIFY(doc.undo());
        QCOMPARE(suiteSnapshot(doc.data()), original);
        QCOMPARE(stored(), original);
    }

    // The history: one entry per change with its id, its parent (the entry before), who and what.
    void historyEntries_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        rows(QStringLiteral("history"));
    }
    void historyEntries()
    {
        QFETCH(StoreBackend, backend);
        const QString location = newLocation(backend);
        QList<ChangeSet> applied;
        {
            auto created = Document::create(location, QStringLiteral("History"));
            QVERIFY(created);
            Document &doc = **created;
            doc.setActor(QStringLiteral("tablet-3"));
            for (const QString &text :
                 {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}) {
                edits::IdeaDraft d;
                d.text = text;
                const ChangeSet cs = suiteMust(edits::addIdea(doc.data(), d));
                QVERIFY(doc.apply(cs, QStringLiteral("Add ") + text));
                applied.append(cs);
            }
            QCOMPARE(doc.store().lastWrittenEntry(), doc.store().head().value());
        }
        auto doc = Document::open(location, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        const auto history = (*doc)->store().history();
        QVERIFY2(history, qPrintable(history.error()));
        QCOMPARE(history->size(), 4);
        QCOMPARE((*doc)->store().historyCount().value(), 4);
        QCOMPARE((*doc)->store().lastSeq().value(), history->last().seq);
        QCOMPARE((*doc)->store().head().value(), history->last().entryId);
        QVERIFY(history->first().parents.isEmpty());
        QSet<QString> ids;
        for (int i = 0; i < history->size(); ++i) {
            const HistoryEntry &e = history->at(i);
            QVERIFY(!e.entryId.isEmpty());
            QVERIFY(!ids.contains(e.entryId));
            ids.insert(e.entryId);
            QVERIFY(!e.merge);
            if (i == 0)
                continue;
            QVERIFY(e.seq > history->at(i - 1).seq);
            QCOMPARE(e.parents, QStringList{history->at(i - 1).entryId});
            QCOMPARE(e.actor, QStringLiteral("tablet-3"));
            QCOMPARE(e.changes.toJson(), applied.at(i - 1).toJson());
        }
        QCOMPARE(history->at(3).description, QStringLiteral("Add three"));
        // The latest entries only, and those after a seq.
        QCOMPARE((*doc)->store().history(2).value().first().entryId, history->at(2).entryId);
        QCOMPARE((*doc)->store().history(-1, history->at(1).seq).value().size(), 2);
    }

    // Undo and redo are changes like any other: written, logged, and there after reopening.
    void undoRedoPersisted_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        rows(QStringLiteral("undo redo"));
    }
    void undoRedoPersisted()
    {
        QFETCH(StoreBackend, backend);
        QString location;
        auto created = rich(backend, &location);
        Document &doc = *created;
        const RichIds ids = m_ids;
        const QByteArray original = suiteSnapshot(doc.data());
        const qint64 before = doc.store().historyCount().value();
        QVERIFY(
            doc.apply(edits::removeIdeas(doc.data(), {ids.idea1, ids.idea3}), QStringLiteral("Remove two")));
        const QByteArray edited = suiteSnapshot(doc.data());
        QVERIFY(doc.undo());
        QCOMPARE(storedSnapshot(location), original);
        QCOMPARE(doc.store().history(1).value().first().description, QStringLiteral("Undo: Remove two"));
        QVERIFY(doc.redo());
        QCOMPARE(storedSnapshot(location), edited);
        QCOMPARE(doc.store().history(1).value().first().description, QStringLiteral("Redo: Remove two"));
        QCOMPARE(doc.store().historyCount().value(), before + 3);
        created.reset();
        auto reopened = Document::open(location);
        QVERIFY(reopened);
        QCOMPARE(suiteSnapshot((*reopened)->data()), edited);
        QVERIFY(!(*reopened)->canUndo()); // the undo stack does not survive closing
    }

    // A change written only where the stored values are still the ones it was made from: a stale one
    // is refused by the store itself (past the funnel's own check) and changes nothing.
    void staleChangeRefused_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        QTest::addColumn<QString>("what");
        for (const char *what : {"update", "remove", "update of a removed entity"})
            rows(QString::fromLatin1(what), [what](QTestData &r) { r << QString::fromLatin1(what); });
    }
    void staleChangeRefused()
    {
        QFETCH(StoreBackend, backend);
        QFETCH(QString, what);
        QString location;
        ChangeSet stale;
        QByteArray stored;
        qint64 history = 0;
        {
            const auto created = rich(backend, &location);
            Document &doc = *created;
            const RichIds ids = m_ids;
            // Made from what was there before the next change.
            if (what == QLatin1StringView("remove"))
                stale.remove(*doc.data().table<Idea>().find(ids.anonIdea));
            else
                stale = edits::editIdeaText(doc.data(), ids.anonIdea, QStringLiteral("made on stale data"));
            const ChangeSet meanwhile = what == QLatin1StringView("update of a removed entity")
                                            ? edits::removeIdeas(doc.data(), {ids.anonIdea})
                                            : edits::editIdeaText(doc.data(), ids.anonIdea,
                                                                  QStringLiteral("changed in the meantime"));
            QVERIFY(doc.apply(meanwhile, QStringLiteral("Meanwhile")));
            stored = suiteSnapshot(doc.data());
            history = doc.store().historyCount().value();
        }
        auto store = WorkshopStore::open(location, WorkshopStore::Access::ReadWrite);
        QVERIFY2(store, qPrintable(store.error()));
        const Status s = WorkshopStoreTest::apply(**store, stale);
        QVERIFY(!s);
        // The wording differs: in a database someone else made the change in the meantime; a file has
        // one writer, so there the file is not what the change was made from.
        QVERIFY2(s.error().contains(QLatin1StringView(
                     backend == StoreBackend::File ? "is not the one it was made from" : "someone else")),
                 qPrintable(s.error()));
        QCOMPARE((*store)->historyCount().value(), history);
        store->reset();
        QCOMPARE(storedSnapshot(location), stored);
    }

    // The same id inserted twice (two devices resubmitting one idea): refused, nothing written.
    void sameIdInsertedTwiceRefused_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        rows(QStringLiteral("same id"));
    }
    void sameIdInsertedTwiceRefused()
    {
        QFETCH(StoreBackend, backend);
        const QString location = newLocation(backend);
        auto created = Document::create(location, QStringLiteral("Twice"));
        QVERIFY(created);
        Document &doc = **created;
        edits::IdeaDraft d;
        d.id = newId();
        d.text = QStringLiteral("Once only");
        const ChangeSet cs = suiteMust(edits::addIdea(doc.data(), d));
        QVERIFY(doc.apply(cs, QStringLiteral("Add")));
        const QByteArray stored = suiteSnapshot(doc.data());
        const qint64 history = doc.store().historyCount().value();
        // The funnel knows the id is taken.
        const Status funnel = doc.apply(cs, QStringLiteral("Add again"));
        QVERIFY(!funnel);
        QVERIFY2(funnel.error().contains(QLatin1StringView("already exists")), qPrintable(funnel.error()));
        created->reset();
        // And the store refuses on its own.
        auto store = WorkshopStore::open(location, WorkshopStore::Access::ReadWrite);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(!WorkshopStoreTest::apply(**store, cs));
        QCOMPARE((*store)->historyCount().value(), history);
        store->reset();
        QCOMPARE(storedSnapshot(location), stored);
    }

    void readOnlyRefuses_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        rows(QStringLiteral("read-only"));
    }
    void readOnlyRefuses()
    {
        QFETCH(StoreBackend, backend);
        QString location;
        rich(backend, &location);
        const QByteArray stored = storedSnapshot(location);
        auto doc = Document::open(location, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        QVERIFY((*doc)->isReadOnly());
        edits::IdeaDraft d;
        d.text = QStringLiteral("nope");
        const ChangeSet cs = suiteMust(edits::addIdea((*doc)->data(), d));
        QSignalSpy changed(doc->get(), &Document::changed);
        const Status s = (*doc)->apply(cs, QStringLiteral("Add"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1StringView("read-only")), qPrintable(s.error()));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!(*doc)->canUndo());
        doc->reset();
        auto store = WorkshopStore::open(location, WorkshopStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(!WorkshopStoreTest::apply(**store, cs));
        store->reset();
        QCOMPARE(storedSnapshot(location), stored);
    }

    // A second writer: a file is locked against it; a database takes several writers at once (their
    // changes are kept apart by the expected-value check above).
    void secondWriter_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        rows(QStringLiteral("second writer"));
    }
    void secondWriter()
    {
        QFETCH(StoreBackend, backend);
        const QString location = newLocation(backend);
        auto first = Document::create(location, QStringLiteral("Two"));
        QVERIFY(first);
        auto second = Document::open(location, WorkshopStore::Access::ReadWrite);
        QCOMPARE(bool(second), backend == StoreBackend::Postgres);
        // Reading is always possible.
        QVERIFY(Document::open(location, WorkshopStore::Access::ReadOnly));
    }

    // copyTo keeps every entity and the whole history (ids, parents, seqs), between any two backends.
    void copyToKeepsEverything_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        QTest::addColumn<StoreBackend>("target");
        rows(QStringLiteral("to a file"), [](QTestData &r) { r << StoreBackend::File; });
        rows(QStringLiteral("to a database"), [](QTestData &r) { r << StoreBackend::Postgres; });
    }
    void copyToKeepsEverything()
    {
        QFETCH(StoreBackend, backend);
        QFETCH(StoreBackend, target);
        QString location;
        const auto created = rich(backend, &location);
        Document &doc = *created;
        const RichIds ids = m_ids;
        QVERIFY(doc.apply(edits::editIdeaText(doc.data(), ids.idea2, QStringLiteral("Undone")),
                          QStringLiteral("Edit")));
        QVERIFY(doc.undo());
        const auto history = doc.store().history();
        QVERIFY(history);
        // Under a new id in a database (one database holds both ends here; keeping the id when the
        // location names none is core_postgresstore's copiesKeepEverything).
        const QString where = newLocation(target);
        const auto copied = doc.store().copyTo(where);
        QVERIFY2(copied, qPrintable(copied.error()));
        auto copy = Document::open(where, WorkshopStore::Access::ReadOnly);
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(suiteSnapshot((*copy)->data()), suiteSnapshot(doc.data()));
        const auto copiedHistory = (*copy)->store().history();
        QVERIFY(copiedHistory);
        QCOMPARE(copiedHistory->size(), history->size());
        for (int i = 0; i < history->size(); ++i) {
            QCOMPARE(copiedHistory->at(i).seq, history->at(i).seq);
            QCOMPARE(copiedHistory->at(i).entryId, history->at(i).entryId);
            QCOMPARE(copiedHistory->at(i).parents, history->at(i).parents);
            QCOMPARE(copiedHistory->at(i).description, history->at(i).description);
            QCOMPARE(copiedHistory->at(i).changes.toJson(), history->at(i).changes.toJson());
        }
        // A second copy onto the first is refused.
        QVERIFY(!doc.store().copyTo(where));
    }

    // Whatever was written, a reopened workshop loads exactly what the writer had in memory.
    void loadAfterReopenEqualsMemory_data()
    {
        QTest::addColumn<StoreBackend>("backend");
        rows(QStringLiteral("reopen"));
    }
    void loadAfterReopenEqualsMemory()
    {
        QFETCH(StoreBackend, backend);
        QString location;
        QByteArray memory;
        {
            const auto created = rich(backend, &location);
            Document &doc = *created;
            const RichIds ids = m_ids;
            QVERIFY(doc.apply(
                edits::modify<Workshop>(doc.data(), doc.data().workshop().id,
                                        [](Workshop &w) { w.title = QStringLiteral("Keep ñ — “quotes”"); }),
                QStringLiteral("Rename")));
            QVERIFY(
                doc.apply(edits::moveIdea(doc.data(), ids.idea1, -0.125, 1e6 / 3), QStringLiteral("Move")));
            QVERIFY(doc.apply(edits::setIdeasHidden(doc.data(), {ids.idea2}, true), QStringLiteral("Hide")));
            QVERIFY(doc.undo());
            memory = suiteSnapshot(doc.data());
        }
        auto doc = Document::open(location);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(suiteSnapshot((*doc)->data()), memory);
        const auto data = (*doc)->store().load();
        QVERIFY(data);
        QCOMPARE(suiteSnapshot(*data), memory);
    }
};

QTEST_GUILESS_MAIN(TestStoreSuite)
#include "tst_storesuite.moc"
