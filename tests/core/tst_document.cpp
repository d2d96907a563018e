// The change funnel: every edit persisted with its history row, undoable, and refused as a whole
// when anything goes wrong.

#include "testsupport.h"

#include "exchange/jsonexchange.h"
#include "store/schema.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <concepts>
#include <functional>

using namespace pamoja;
using namespace pamoja::testing;

using Builder = std::function<ChangeSet(const WorkshopData &, const RichIds &)>;
Q_DECLARE_METATYPE(Builder)

namespace {

QByteArray snapshot(const WorkshopData &d)
{
    return exchange::toJson(d);
}

// What the file holds, read through a second (read-only) connection.
QByteArray fileSnapshot(const QString &path)
{
    auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
    if (!doc)
        return doc.error().toUtf8();
    return snapshot((*doc)->data());
}

// Only Document writes to the store, and nobody gets a writable store from a Document (issue 12).
template <class S> concept CanApplyToStore = requires(S &s, const ChangeSet &cs) { s.apply(cs, QString(), QString()); };
template <class D> concept GivesWritableStore = requires(D &d) { { d.store() } -> std::same_as<WorkshopStore &>; };
static_assert(!CanApplyToStore<WorkshopStore>, "WorkshopStore::apply must be reachable from Document only");
static_assert(!GivesWritableStore<Document>, "Document must not hand out a writable store");

template <class T> ChangeSet must(const Result<T> &r)
{
    if (!r)
        qFatal("builder failed: %s", qPrintable(r.error()));
    return r.value();
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("doc%1.pamoja").arg(++m_n)); }

private Q_SLOTS:
    void create()
    {
        const QString path = nextPath();
        auto doc = Document::create(path, QStringLiteral("Nairobi envisioning"));
        QVERIFY2(doc, qPrintable(doc.error()));
        const WorkshopData &d = (*doc)->data();
        QCOMPARE(d.workshop().title, QStringLiteral("Nairobi envisioning"));
        QVERIFY(d.workshop().created.isValid());
        for (int s = 1; s <= 3; ++s)
            QCOMPARE(d.prompts(s).size(), 1);
        QVERIFY(d.catalogue(QStringLiteral("factor")).size() > 5);
        QVERIFY(!(*doc)->canUndo()); // creating is not undoable
        QCOMPARE((*doc)->store().historyCount().value(), 1);
        QCOMPARE((*doc)->store().schemaVersion(), schema::CurrentVersion);
        QCOMPARE(fileSnapshot(path), snapshot(d));
        // Creating over an existing file is refused.
        auto again = Document::create(path, QStringLiteral("x"));
        QVERIFY(!again);
        QVERIFY(again.error().contains(QStringLiteral("already exists")));
        // An empty seed is truly empty.
        auto empty = Document::create(nextPath(), QString(), Document::Seed::Empty);
        QVERIFY(empty);
        QCOMPARE((*empty)->data().table<Prompt>().size(), 0);
        QCOMPARE((*empty)->store().historyCount().value(), 0);
    }

    void applyPersistsAndLogs()
    {
        const QString path = nextPath();
        auto doc = Document::create(path, QStringLiteral("W"));
        QVERIFY(doc);
        QSignalSpy changed(doc->get(), &Document::changed);
        (*doc)->setActor(QStringLiteral("tablet-3"));
        edits::IdeaDraft d;
        d.text = QStringLiteral("  Shared risk  ");
        QUuid id;
        auto cs = edits::addIdea((*doc)->data(), d, &id);
        QVERIFY(cs);
        QVERIFY((*doc)->apply(*cs, QStringLiteral("Add idea")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE((*doc)->data().table<Idea>().find(id)->text, QStringLiteral("Shared risk"));
        const auto history = (*doc)->store().history(1).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].actor, QStringLiteral("tablet-3"));
        QCOMPARE(history[0].description, QStringLiteral("Add idea"));
        QCOMPARE(history[0].changes.changes.size(), 1);
        QCOMPARE(history[0].changes.changes[0].id, id);
        QCOMPARE(fileSnapshot(path), snapshot((*doc)->data()));
        // An empty change set is no change: nothing logged, nothing to undo.
        const qint64 count = (*doc)->store().historyCount().value();
        QVERIFY((*doc)->apply(ChangeSet(), QStringLiteral("nothing")));
        QCOMPARE((*doc)->store().historyCount().value(), count);
        QCOMPARE((*doc)->undoText(), QStringLiteral("Add idea"));
    }

    void undoRedo_data()
    {
        QTest::addColumn<Builder>("builder");
        QTest::newRow("addIdea") << Builder([](const WorkshopData &d, const RichIds &ids) {
            edits::IdeaDraft dr;
            dr.text = QStringLiteral("new");
            dr.authorId = ids.amina;
            return must(edits::addIdea(d, dr));
        });
        QTest::newRow("editIdeaText") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::editIdeaText(d, ids.idea1, QStringLiteral("Rewritten"));
        });
        QTest::newRow("setIdeasHidden") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::setIdeasHidden(d, {ids.idea1, ids.idea2}, true);
        });
        QTest::newRow("revealStep") << Builder([](const WorkshopData &d, const RichIds &) {
            return edits::revealStep(d, 1);
        });
        QTest::newRow("moveIdea") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::moveIdea(d, ids.idea3, 400, 250.5);
        });
        QTest::newRow("removeIdeas") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::removeIdeas(d, {ids.idea1, ids.idea3, ids.anonIdea});
        });
        QTest::newRow("mergeIdeas") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::mergeIdeas(d, ids.idea2, {ids.idea1});
        });
        QTest::newRow("unmergeIdea") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::unmergeIdea(d, ids.dup);
        });
        QTest::newRow("createCluster") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::createCluster(d, 1, QStringLiteral("Risk"), {ids.anonIdea, ids.idea2});
        });
        QTest::newRow("setCluster") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::setCluster(d, {ids.anonIdea}, ids.cluster);
        });
        QTest::newRow("removeCluster") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::removeCluster(d, ids.cluster);
        });
        QTest::newRow("addTag") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::addTag(d, {ids.idea2, ids.idea3}, ids.theme);
        });
        QTest::newRow("removeTag") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::removeTag(d, {ids.idea1, ids.cluster}, ids.theme);
        });
        QTest::newRow("addParticipant") << Builder([](const WorkshopData &d, const RichIds &) {
            Participant p;
            p.name = QStringLiteral("Eko");
            p.constituency = QStringLiteral("south");
            return must(edits::addParticipant(d, p, QStringLiteral("New Org")));
        });
        QTest::newRow("openRound") << Builder([](const WorkshopData &d, const RichIds &) {
            VotingRound r;
            r.title = QStringLiteral("Second");
            r.step = 2;
            return edits::openRound(d, r);
        });
        QTest::newRow("setDots new") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return must(edits::setDots(d, ids.round, ids.dede, ids.idea2, 1));
        });
        QTest::newRow("setDots change") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return must(edits::setDots(d, ids.round, ids.amina, ids.idea1, 1));
        });
        QTest::newRow("setDots remove") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return must(edits::setDots(d, ids.round, ids.bram, ids.idea2, 0));
        });
        QTest::newRow("resetVotes") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::resetVotes(d, ids.round);
        });
        QTest::newRow("link") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::link(d, ids.idea3, ids.systemChange);
        });
        QTest::newRow("unlink") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::unlink(d, ids.systemChange, ids.action);
        });
        QTest::newRow("removeDependents") << Builder([](const WorkshopData &d, const RichIds &ids) {
            return edits::removeDependents(d, ids.idea1);
        });
    }
    void undoRedo()
    {
        QFETCH(Builder, builder);
        const QString path = nextPath();
        auto created = Document::create(path, QStringLiteral("Undo"));
        QVERIFY(created);
        Document &doc = **created;
        const RichIds ids = fillRich(doc);
        // Private writing kept two ideas back (for revealStep).
        ChangeSet hide = edits::modify<Idea>(doc.data(), ids.idea2, [](Idea &i) { i.revealed = false; });
        hide.append(edits::modify<Idea>(doc.data(), ids.anonIdea, [](Idea &i) { i.revealed = false; }));
        QVERIFY(doc.apply(hide, QStringLiteral("hide")));
        doc.clearUndo();
        QVERIFY(!doc.canUndo());
        const QByteArray original = snapshot(doc.data());
        const qint64 historyBefore = doc.store().historyCount().value();

        const ChangeSet cs = builder(doc.data(), ids);
        QVERIFY(!cs.isEmpty());
        QVERIFY(doc.apply(cs, QStringLiteral("The edit")));
        const QByteArray edited = snapshot(doc.data());
        QVERIFY(edited != original);
        QCOMPARE(fileSnapshot(path), edited);
        QCOMPARE(doc.store().historyCount().value(), historyBefore + 1);
        QVERIFY(doc.canUndo());
        QCOMPARE(doc.undoText(), QStringLiteral("The edit"));

        QVERIFY(doc.undo());
        QCOMPARE(snapshot(doc.data()), original);
        QCOMPARE(fileSnapshot(path), original);
        QCOMPARE(doc.store().historyCount().value(), historyBefore + 2);
        QCOMPARE(doc.store().history(1).value().first().description, QStringLiteral("Undo: The edit"));
        QVERIFY(!doc.canUndo());
        QCOMPARE(doc.redoText(), QStringLiteral("The edit"));

        QVERIFY(doc.redo());
        QCOMPARE(snapshot(doc.data()), edited);
        QCOMPARE(fileSnapshot(path), edited);
        QCOMPARE(doc.store().history(1).value().first().description, QStringLiteral("Redo: The edit"));
        QCOMPARE(doc.store().historyCount().value(), historyBefore + 3);
        QVERIFY(doc.store().integrityProblems().isEmpty());

        // The history row holds what is needed to reverse the edit.
        const auto entries = doc.store().history(3).value();
        QCOMPARE(entries.first().changes.changes.size(), cs.changes.size());
    }

    void mergeKeyFolds()
    {
        auto created = Document::create(nextPath(), QStringLiteral("Drag"));
        QVERIFY(created);
        Document &doc = **created;
        const RichIds ids = fillRich(doc);
        const Idea start = *doc.data().table<Idea>().find(ids.idea3);
        const qint64 h = doc.store().historyCount().value();
        const QString key = QStringLiteral("move:") + idString(ids.idea3);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(doc.apply(edits::moveIdea(doc.data(), ids.idea3, i * 10, i * 20), QStringLiteral("Move"),
                              Document::Undoable::Yes, key));
        QCOMPARE(doc.store().historyCount().value(), h + 5); // every step is saved
        QVERIFY(doc.apply(edits::editIdeaText(doc.data(), ids.idea3, QStringLiteral("Typed")), QStringLiteral("Type"),
                          Document::Undoable::Yes, QStringLiteral("text")));
        QVERIFY(doc.apply(edits::moveIdea(doc.data(), ids.idea3, 1, 2), QStringLiteral("Move"), Document::Undoable::Yes, key));
        // Three undo steps: the five moves, the typing, the last move.
        QVERIFY(doc.undo());
        QCOMPARE(doc.data().table<Idea>().find(ids.idea3)->x, 50.0);
        QVERIFY(doc.undo());
        QCOMPARE(doc.data().table<Idea>().find(ids.idea3)->text, start.text);
        QVERIFY(doc.undo());
        QCOMPARE(toRecord(*doc.data().table<Idea>().find(ids.idea3)), toRecord(start));
        // A different key starts a new step.
        QVERIFY(doc.apply(edits::moveIdea(doc.data(), ids.idea3, 7, 7), QStringLiteral("A"), Document::Undoable::Yes, QStringLiteral("k1")));
        QVERIFY(doc.apply(edits::moveIdea(doc.data(), ids.idea3, 8, 8), QStringLiteral("B"), Document::Undoable::Yes, QStringLiteral("k2")));
        QCOMPARE(doc.undoText(), QStringLiteral("B"));
        QVERIFY(doc.undo());
        QCOMPARE(doc.undoText(), QStringLiteral("A"));
    }

    void notUndoable()
    {
        auto created = Document::create(nextPath(), QStringLiteral("N"));
        QVERIFY(created);
        Document &doc = **created;
        const RichIds ids = fillRich(doc);
        doc.clearUndo();
        QVERIFY(doc.apply(edits::moveIdea(doc.data(), ids.idea1, 3, 3), QStringLiteral("Sync"), Document::Undoable::No));
        QVERIFY(!doc.canUndo());
        QVERIFY(!doc.undo());
        QVERIFY(!doc.redo());
    }

    void staleUndoIsRefused()
    {
        auto created = Document::create(nextPath(), QStringLiteral("S"));
        QVERIFY(created);
        Document &doc = **created;
        const RichIds ids = fillRich(doc);
        QVERIFY(doc.apply(edits::editIdeaText(doc.data(), ids.idea1, QStringLiteral("one")), QStringLiteral("Edit 1")));
        // A change that is not on the undo stack (e.g. from the network) edits the same text.
        QVERIFY(doc.apply(edits::editIdeaText(doc.data(), ids.idea1, QStringLiteral("two")), QStringLiteral("Remote"),
                          Document::Undoable::No));
        const qint64 h = doc.store().historyCount().value();
        const Status s = doc.undo();
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("Edit 1")), qPrintable(s.error()));
        QCOMPARE(doc.data().table<Idea>().find(ids.idea1)->text, QStringLiteral("two"));
        QCOMPARE(doc.store().historyCount().value(), h);
        QVERIFY(doc.canUndo()); // still there; nothing was lost
    }

    void readOnlyRefuses()
    {
        const QString path = nextPath();
        {
            auto created = Document::create(path, QStringLiteral("RO"));
            QVERIFY(created);
            fillRich(**created);
        }
        const QByteArray hash = fileHash(path);
        auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        QVERIFY((*doc)->isReadOnly());
        const QByteArray before = snapshot((*doc)->data());
        edits::IdeaDraft d;
        d.text = QStringLiteral("nope");
        auto cs = edits::addIdea((*doc)->data(), d);
        QVERIFY(cs);
        const Status s = (*doc)->apply(*cs, QStringLiteral("Add"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("read-only")), qPrintable(s.error()));
        QCOMPARE(snapshot((*doc)->data()), before);
        QVERIFY(!(*doc)->canUndo());
        doc->reset();
        // The store refuses on its own too.
        auto store = WorkshopStore::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(!WorkshopStoreTest::apply(**store, *cs));
        store->reset();
        QCOMPARE(fileHash(path), hash);
    }

    // Field names become SQL column names: the store itself refuses any name the entity does not
    // declare, whatever reached it, and writes nothing.
    void storeRefusesUndeclaredFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("op");
        QTest::newRow("injection in an update") << QStringLiteral("text=NULL,step") << int(Change::Op::Update);
        QTest::newRow("comment in an insert") << QStringLiteral("text) VALUES ('x'); --") << int(Change::Op::Insert);
        QTest::newRow("another kind's field") << QStringLiteral("dots") << int(Change::Op::Update);
        QTest::newRow("the id column") << QStringLiteral("id") << int(Change::Op::Update);
        QTest::newRow("empty name") << QString() << int(Change::Op::Update);
    }
    void storeRefusesUndeclaredFields()
    {
        QFETCH(QString, field);
        QFETCH(int, op);
        const QString path = nextPath();
        RichIds ids;
        {
            auto created = Document::create(path, QStringLiteral("Store"));
            QVERIFY(created);
            ids = fillRich(**created);
        }
        const QByteArray before = fileSnapshot(path);
        auto store = WorkshopStore::open(path, WorkshopStore::Access::ReadWrite);
        QVERIFY2(store, qPrintable(store.error()));
        const qint64 history = (*store)->historyCount().value();
        Change c;
        c.op = Change::Op(op);
        c.kind = EntityKind::Idea;
        if (c.op == Change::Op::Insert) {
            Idea i;
            i.id = c.id = newId();
            i.text = QStringLiteral("x");
            c.after = toRecord(i);
        } else {
            c.id = ids.idea1;
            c.before.insert(field, QString());
        }
        c.after.insert(field, QStringLiteral("x"));
        ChangeSet cs;
        cs.changes.append(c);
        const Status s = WorkshopStoreTest::apply(**store, cs);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("has no field")), qPrintable(s.error()));
        QCOMPARE((*store)->historyCount().value(), history);
        store->reset();
        QCOMPARE(fileSnapshot(path), before);
    }

    // A history row that cannot be read is an error naming it, not an entry read as something else
    // or left out; an unreadable table is an error too, not an empty history.
    void damagedHistoryIsReported()
    {
        const QString path = nextPath();
        {
            auto created = Document::create(path, QStringLiteral("History"));
            QVERIFY(created);
            fillRich(**created);
        }
        const QString conn = QStringLiteral("raw-history");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE history SET changes='[{\"op\":\"insert\",\"kind\":\"dragon\",\"id\":\"%1\"}]' WHERE seq=3")
                               .arg(idString(newId()))));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
        auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        const auto all = (*doc)->store().history();
        QVERIFY(!all);
        QVERIFY2(all.error().contains(QStringLiteral("entry 3 is damaged")), qPrintable(all.error()));
        QVERIFY2(all.error().contains(QStringLiteral("unknown kind \"dragon\"")), qPrintable(all.error()));
        // The latest entries are still readable on their own.
        QVERIFY((*doc)->store().history(1));
        QVERIFY((*doc)->store().historyCount());
    }

    void storeFailureChangesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("foreign key: unknown author") << QStringLiteral("author");
        QTest::newRow("foreign key: unknown round") << QStringLiteral("round");
        QTest::newRow("unique: tag twice") << QStringLiteral("tag");
        QTest::newRow("unique: link twice") << QStringLiteral("link");
        QTest::newRow("foreign key in the middle of a set") << QStringLiteral("middle");
    }
    void storeFailureChangesNothing()
    {
        QFETCH(QString, what);
        const QString path = nextPath();
        auto created = Document::create(path, QStringLiteral("F"));
        QVERIFY(created);
        Document &doc = **created;
        const RichIds ids = fillRich(doc);
        ChangeSet cs;
        if (what == QLatin1StringView("author") || what == QLatin1StringView("middle")) {
            if (what == QLatin1StringView("middle"))
                cs.append(edits::editIdeaText(doc.data(), ids.idea1, QStringLiteral("changed first")));
            edits::IdeaDraft d;
            d.text = QStringLiteral("orphan");
            Idea i = *edits::makeIdea(doc.data(), d);
            i.authorId = newId(); // no such participant
            cs.insert(i);
            if (what == QLatin1StringView("middle"))
                cs.append(edits::moveIdea(doc.data(), ids.idea2, 1, 1));
        } else if (what == QLatin1StringView("round")) {
            Vote v;
            v.id = newId();
            v.roundId = newId();
            v.participantId = ids.amina;
            v.targetId = ids.idea1;
            cs.insert(v);
        } else if (what == QLatin1StringView("tag")) {
            Tag t;
            t.id = newId();
            t.targetId = ids.idea1;
            t.itemId = ids.theme; // idea1 already carries this theme
            cs.insert(t);
        } else {
            Link l;
            l.id = newId();
            l.fromId = ids.cluster;
            l.toId = ids.systemChange;
            cs.insert(l);
        }
        QVERIFY(doc.data().check(cs)); // only the database can tell
        const QByteArray memory = snapshot(doc.data());
        const qint64 history = doc.store().historyCount().value();
        const bool couldUndo = doc.canUndo();
        const QString undoText = doc.undoText();
        QSignalSpy changed(&doc, &Document::changed);
        const Status s = doc.apply(cs, QStringLiteral("Broken"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("not made")) || s.error().contains(QStringLiteral("could not be saved")),
                 qPrintable(s.error()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(snapshot(doc.data()), memory);
        QCOMPARE(fileSnapshot(path), memory);
        QCOMPARE(doc.store().historyCount().value(), history);
        QCOMPARE(doc.canUndo(), couldUndo);
        QCOMPARE(doc.undoText(), undoText);
        // The funnel still works afterwards.
        QVERIFY(doc.apply(edits::moveIdea(doc.data(), ids.idea3, 5, 5), QStringLiteral("Move")));
        QCOMPARE(fileSnapshot(path), snapshot(doc.data()));
        QVERIFY(doc.undo());
        QCOMPARE(snapshot(doc.data()), memory);
    }

    void checkFailureChangesNothing()
    {
        const QString path = nextPath();
        auto created = Document::create(path, QStringLiteral("C"));
        QVERIFY(created);
        Document &doc = **created;
        const RichIds ids = fillRich(doc);
        const QByteArray hash = fileHash(path);
        const qint64 history = doc.store().historyCount().value();
        ChangeSet cs;
        cs.remove(*doc.data().table<Idea>().find(ids.idea1));
        cs.changes.last().before.insert(QStringLiteral("text"), QStringLiteral("stale"));
        QVERIFY(!doc.apply(cs, QStringLiteral("Stale")));
        QCOMPARE(doc.store().historyCount().value(), history);
        QCOMPARE(fileHash(path), hash);
    }

    void reopenKeepsEverything()
    {
        const QString path = nextPath();
        QByteArray before;
        {
            auto created = Document::create(path, QStringLiteral("Keep"));
            QVERIFY(created);
            fillRich(**created);
            before = snapshot((*created)->data());
        }
        auto doc = Document::open(path);
        QVERIFY2(doc, qPrintable(doc.error()));
        QCOMPARE(snapshot((*doc)->data()), before);
        QVERIFY(!(*doc)->canUndo()); // undo does not survive closing
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
