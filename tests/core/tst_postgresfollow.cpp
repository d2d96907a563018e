// Several processes on one workshop in PostgreSQL (issue 10) see each other's changes within a second
// through LISTEN/NOTIFY: each Document applies the others' entries to its state and tells its views
// (changed()), once each and a burst as one set, its own never twice; a file's Document follows nothing. Needs the throwaway
// cluster scripts/test starts (PAMOJA_TEST_POSTGRES).
#include "document.h"
#include "edits.h"
#include "postgrestestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace pamoja;

class TestPostgresFollow : public QObject
{
    Q_OBJECT
    QString m_base;

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
    static int count(const Document &doc, const QString &text)
    {
        int n = 0;
        for (const Idea &i : doc.data().table<Idea>().items())
            n += i.text == text;
        return n;
    }
    // Two documents on one new workshop, as two windows or servers would have it.
    std::pair<std::unique_ptr<Document>, std::unique_ptr<Document>> pair(WorkshopStore::Access second = WorkshopStore::Access::ReadWrite)
    {
        auto a = Document::create(m_base, QStringLiteral("Accra"));
        if (!a) {
            qWarning() << a.error();
            return {};
        }
        auto b = Document::open(reopenable(**a), second);
        if (!b)
            qWarning() << b.error();
        return {std::move(*a), b ? std::move(*b) : nullptr};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = test::clusterLocation();
        if (m_base.isEmpty())
            return;
    }

    void othersChangesArriveOnce()
    {
        auto [a, b] = pair();
        QVERIFY(a && b);
        QVERIFY(a->isFollowing() && b->isFollowing());
        QSignalSpy changedInB(b.get(), &Document::changed);
        const QUuid id = addIdea(*a, QStringLiteral("Southern partners hold the budget"));
        QVERIFY(!id.isNull());
        // Within a second, and once.
        QTRY_COMPARE_WITH_TIMEOUT(count(*b, QStringLiteral("Southern partners hold the budget")), 1, 1000);
        QCOMPARE(changedInB.size(), 1);
        QCOMPARE(count(*a, QStringLiteral("Southern partners hold the budget")), 1);

        // B edits it; A follows; neither applies its own change twice.
        QSignalSpy changedInA(a.get(), &Document::changed);
        QVERIFY(b->apply(edits::editIdeaText(b->data(), id, QStringLiteral("Southern partners set the budget")), QStringLiteral("edit")));
        QTRY_COMPARE_WITH_TIMEOUT(a->data().table<Idea>().find(id)->text, QStringLiteral("Southern partners set the budget"), 1000);
        QCOMPARE(changedInA.size(), 1);
        QTest::qWait(200); // a notification of B's own write must not make it apply it again
        QCOMPARE(changedInB.size(), 2);

        // A burst from both sides: each ends with all of them, once.
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!addIdea(*a, QStringLiteral("from A %1").arg(i)).isNull());
            QVERIFY(!addIdea(*b, QStringLiteral("from B %1").arg(i)).isNull());
        }
        const auto all = [](const Document &d) { return d.data().table<Idea>().size(); };
        QTRY_COMPARE_WITH_TIMEOUT(all(*a), qsizetype(41), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(all(*b), qsizetype(41), 2000);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(count(*a, QStringLiteral("from B %1").arg(i)), 1);
            QCOMPARE(count(*b, QStringLiteral("from A %1").arg(i)), 1);
        }
        // And it is what the database holds.
        auto again = Document::open(reopenable(*a));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE((*again)->data().table<Idea>().size(), qsizetype(41));
    }

    // A burst of another writer's entries reaches the views as one set per catch-up, not one signal
    // per entry (a window drawing each of a flood of ideas on its own fell half a minute behind).
    void aBurstArrivesAsOneBatch()
    {
        auto [a, b] = pair();
        QVERIFY(a && b);
        QSignalSpy changedInB(b.get(), &Document::changed);
        QList<QUuid> ids;
        for (int i = 0; i < 10; ++i)
            ids.append(addIdea(*a, QStringLiteral("burst %1").arg(i)));
        QVERIFY(!ids.contains(QUuid()));
        QVERIFY(a->apply(edits::editIdeaText(a->data(), ids.first(), QStringLiteral("burst 0, edited")), QStringLiteral("edit")));
        // Read at once, before the event loop delivers a single notification: one set with every
        // entry's changes in the order they were made (the edit after the ten inserts, not folded
        // into one: a listener reading before and after sees each step).
        b->catchUp();
        QCOMPARE(changedInB.size(), 1);
        const ChangeSet batch = changedInB.first().first().value<ChangeSet>();
        QCOMPARE(batch.changes.size(), qsizetype(11));
        for (qsizetype i = 0; i < 10; ++i) {
            QCOMPARE(batch.changes.at(i).kind, EntityKind::Idea);
            QCOMPARE(batch.changes.at(i).op, Change::Op::Insert);
            QCOMPARE(batch.changes.at(i).id, ids.at(i));
        }
        QCOMPARE(batch.changes.last().op, Change::Op::Update);
        QCOMPARE(batch.changes.last().id, ids.first());
        QCOMPARE(b->data().table<Idea>().find(ids.first())->text, QStringLiteral("burst 0, edited"));
        // The eleven notifications then find nothing new: no second signal.
        QTest::qWait(300);
        QCOMPARE(changedInB.size(), 1);

        // Fifty more while B's event loop is not running: the first catch-up reads them all and
        // tells once (a second signal only if the notifications are read in two parts).
        for (int i = 0; i < 50; ++i)
            QVERIFY(!addIdea(*a, QStringLiteral("flood %1").arg(i)).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(b->data().table<Idea>().size(), qsizetype(60), 2000);
        QTest::qWait(300);
        QVERIFY2(changedInB.size() <= 3, qPrintable(QStringLiteral("%1 signals for 50 entries").arg(changedInB.size() - 1)));
        qsizetype inserted = 0;
        for (qsizetype i = 1; i < changedInB.size(); ++i)
            inserted += changedInB.at(i).first().value<ChangeSet>().changes.size();
        QCOMPARE(inserted, qsizetype(50));
    }

    // A server that refuses LISTEN (a standby, a pooler in transaction mode): the documents still
    // follow, by reading every two seconds, each entry once.
    void followsWithoutNotifications()
    {
        Document::setUseNotifications(false);
        auto [a, b] = pair();
        Document::setUseNotifications(true); // for the tests after this one; a and b keep polling
        QVERIFY(a && b);
        QVERIFY(b->isFollowing() && b->followsByPolling());
        QSignalSpy changedInB(b.get(), &Document::changed);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!addIdea(*a, QStringLiteral("polled %1").arg(i)).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(b->data().table<Idea>().size(), qsizetype(5), 5000);
        QCOMPARE(changedInB.size(), 1); // one catch-up found all five
        QTest::qWait(2500);             // the next reading finds nothing new
        QCOMPARE(changedInB.size(), 1);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(count(*b, QStringLiteral("polled %1").arg(i)), 1);
        // A merge of workshops undone by A takes entries out of the history; no notification says
        // so here, and B notices by reading: it reads the workshop again.
        QSignalSpy reloaded(b.get(), &Document::reloaded);
        edits::IdeaDraft d;
        d.text = QStringLiteral("Learned");
        QUuid learnedId;
        auto cs = edits::addIdea(a->data(), d, &learnedId);
        QVERIFY(cs);
        const HistoryEntry learned = test::learnedEntry(*cs);
        QVERIFY(a->applyMerge(*cs, {learned}, std::nullopt, QStringLiteral("Merge")));
        QTRY_COMPARE_WITH_TIMEOUT(count(*b, QStringLiteral("Learned")), 1, 5000);
        QVERIFY(a->undo());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 5000);
        QCOMPARE(count(*b, QStringLiteral("Learned")), 0);
        QCOMPARE(b->data().table<Idea>().size(), qsizetype(5));
        QCOMPARE(a->data().table<Idea>().size(), qsizetype(5));

        // With notifications, a document reads only seldom, to be safe.
        auto [c, e] = pair();
        QVERIFY(c && e);
        QVERIFY(e->isFollowing() && !e->followsByPolling());
    }

    // A window opened read-only (to look) follows too.
    void readOnlyFollows()
    {
        auto [a, b] = pair(WorkshopStore::Access::ReadOnly);
        QVERIFY(a && b);
        QVERIFY(b->isReadOnly() && b->isFollowing());
        addIdea(*a, QStringLiteral("Seen by the viewer"));
        QTRY_COMPARE_WITH_TIMEOUT(count(*b, QStringLiteral("Seen by the viewer")), 1, 1000);
    }

    // Undoing a merge takes entries out of the history: the others read the workshop again.
    void undoneMergeReloadsTheOthers()
    {
        auto [a, b] = pair();
        QVERIFY(a && b);
        addIdea(*a, QStringLiteral("Before"));
        QTRY_COMPARE_WITH_TIMEOUT(count(*b, QStringLiteral("Before")), 1, 1000);
        QSignalSpy reloaded(b.get(), &Document::reloaded);
        // A merge entry with one learned entry, as File > Merge Workshop writes them.
        edits::IdeaDraft d;
        d.text = QStringLiteral("Learned");
        QUuid id;
        auto cs = edits::addIdea(a->data(), d, &id);
        QVERIFY(cs);
        const HistoryEntry learned = test::learnedEntry(*cs);
        QVERIFY(a->applyMerge(*cs, {learned}, std::nullopt, QStringLiteral("Merge")));
        QTRY_COMPARE_WITH_TIMEOUT(count(*b, QStringLiteral("Learned")), 1, 1000);
        QVERIFY(a->undo());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 1000);
        QCOMPARE(count(*b, QStringLiteral("Learned")), 0);
        QCOMPARE(count(*b, QStringLiteral("Before")), 1);
    }

    void aFileFollowsNothing()
    {
        QTemporaryDir dir;
        auto doc = Document::create(dir.filePath(QStringLiteral("w.pamoja")), QStringLiteral("Lomé"));
        QVERIFY(doc);
        QVERIFY(!(*doc)->isFollowing());
        QCOMPARE((*doc)->store().notificationChannel(), QString());
        (*doc)->catchUp(); // nothing to do, nothing breaks
    }

private:
    // The location of a document with the test database's password in it.
    QString reopenable(const Document &doc) const { return test::reopenable(m_base, doc); }
};

QTEST_MAIN(TestPostgresFollow)
#include "tst_postgresfollow.moc"
