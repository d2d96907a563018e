// Losing the database connection in the middle of a session (issue 10): the server process of a
// document's connection is terminated in the middle of a burst of changes, as a restarted server, a
// dropped venue network or a proxy's idle timeout would do. The document keeps every change, says it
// is not connected, reconnects by itself and writes each change once; a change whose commit went
// through before the loss is not written again; a change the others made impossible meanwhile is
// refused and reported, never applied on stale data; merges wait for the connection. Needs the
// throwaway cluster scripts/test starts (PAMOJA_TEST_POSTGRES).
#include "document.h"
#include "edits.h"
#include "postgrestestsupport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace pamoja;

class TestPostgresFault : public QObject
{
    Q_OBJECT
    QString m_base;

    QString locationOf(const Document &doc) const { return test::reopenable(m_base, doc); }
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
    // Terminates the server process behind a document's connection, from a connection of its own.
    void kill(const Document &doc) { test::terminateSession(m_base, doc); }
    std::unique_ptr<Document> create(const QString &title)
    {
        auto doc = Document::create(m_base, title);
        if (!doc)
            qWarning() << doc.error();
        if (doc)
            (*doc)->setKeepChangesWhileOffline(true); // as the window does
        return doc ? std::move(*doc) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = test::clusterLocation();
        if (m_base.isEmpty())
            return;
        test::exportPassword(m_base);
        // The regular check runs often here, so a loss without a change is noticed within the test.
        Document::setConnectionCheckInterval(300);
    }

    // The connection is killed in the middle of a burst: every change is kept, the document says it
    // is not connected, reconnects and writes each once; another writer's changes made meanwhile
    // arrive too.
    void burstSurvivesAKilledConnection()
    {
        auto a = create(QStringLiteral("Kisumu"));
        QVERIFY(a);
        auto b = Document::open(locationOf(*a));
        QVERIFY2(b, qPrintable(b.error()));
        QSignalSpy connection(a.get(), &Document::connectionChanged);
        QSignalSpy messages(a.get(), &Document::connectionMessage);
        for (int i = 0; i < 20; ++i)
            QVERIFY(!addIdea(*a, QStringLiteral("burst %1").arg(i)).isNull());
        kill(*a);
        for (int i = 20; i < 60; ++i)
            QVERIFY2(!addIdea(*a, QStringLiteral("burst %1").arg(i)).isNull(), "a change made while the connection is lost is kept, not refused");
        // The first change after the kill found the connection gone (unless the reconnection was
        // quicker than the burst: then the queue is already written).
        QVERIFY(connection.size() > 0);
        QVERIFY(!a->isConnected() || a->queuedChanges().isEmpty());
        // Meanwhile another writer goes on.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!addIdea(**b, QStringLiteral("other %1").arg(i)).isNull());

        QTRY_VERIFY_WITH_TIMEOUT(a->isConnected() && a->queuedChanges().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(a->data().table<Idea>().size(), qsizetype(65), 3000);
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().contains(QStringLiteral("saved")), qPrintable(messages.last().first().toString()));
        // In the database: each once.
        auto again = Document::open(locationOf(*a));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE((*again)->data().table<Idea>().size(), qsizetype(65));
        for (int i = 0; i < 60; ++i)
            QCOMPARE(count(**again, QStringLiteral("burst %1").arg(i)), 1);
        QTRY_COMPARE_WITH_TIMEOUT((*b)->data().table<Idea>().size(), qsizetype(65), 3000);
        // The history holds one entry per change: creation, 60 ideas, 5 from the other writer.
        QCOMPARE(*(*again)->store().historyCount(), qint64(66));
        // And the undo stack still undoes the last one, in the database too.
        QVERIFY(a->undo());
        auto after = Document::open(locationOf(*a));
        QCOMPARE(count(**after, QStringLiteral("burst 59")), 0);
    }

    // With no change being made, the regular check notices the loss and reconnects.
    void idleLossIsNoticed()
    {
        auto a = create(QStringLiteral("Goma"));
        QVERIFY(a);
        QSignalSpy connection(a.get(), &Document::connectionChanged);
        const qint64 before = a->store().serverProcess();
        kill(*a);
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(a->isConnected(), 10000);
        QVERIFY(a->store().serverProcess() != before);
        // And it follows the others again.
        auto b = Document::open(locationOf(*a));
        QVERIFY(b);
        addIdea(**b, QStringLiteral("after the loss"));
        QTRY_COMPARE_WITH_TIMEOUT(count(*a, QStringLiteral("after the loss")), 1, 2000);
    }

    // A change whose commit went through before the loss is found by its entry id and not written
    // again (written again, its expected values would no longer match and it would be refused).
    void committedBeforeTheLossIsWrittenOnce()
    {
        auto a = create(QStringLiteral("Bamako"));
        QVERIFY(a);
        const QUuid id = addIdea(*a, QStringLiteral("first words"));
        QVERIFY(!id.isNull());
        Document::setConnectionCheckInterval(0); // nothing reconnects before this test has set the scene
        kill(*a);
        QVERIFY(a->apply(edits::editIdeaText(a->data(), id, QStringLiteral("second words")), QStringLiteral("Edit idea")));
        Document::setConnectionCheckInterval(300);
        QVERIFY(!a->isConnected());
        QCOMPARE(a->queuedChanges().size(), 1);
        // The commit had reached the database after all.
        auto other = WorkshopStore::open(locationOf(*a), WorkshopStore::Access::ReadWrite);
        QVERIFY2(other, qPrintable(other.error()));
        const Document::QueuedChange &q = a->queuedChanges().first();
        QVERIFY(WorkshopStoreTest::apply(**other, q.changes, q.actor, q.description, q.entryId));
        QSignalSpy messages(a.get(), &Document::connectionMessage);
        QSignalSpy reloaded(a.get(), &Document::reloaded);
        a->reconnectNow();
        QTRY_VERIFY_WITH_TIMEOUT(a->isConnected(), 10000);
        QVERIFY(a->queuedChanges().isEmpty());
        QCOMPARE(reloaded.size(), 0);
        QVERIFY(!messages.isEmpty());
        QVERIFY2(!messages.last().first().toString().contains(QStringLiteral("could not be saved")), qPrintable(messages.last().first().toString()));
        auto again = Document::open(locationOf(*a));
        QCOMPARE((*again)->data().table<Idea>().find(id)->text, QStringLiteral("second words"));
        // Creation, the idea, the edit: once.
        QCOMPARE(*(*again)->store().historyCount(), qint64(3));
    }

    // Another writer changed the same words while this one was away: the queued edit is refused and
    // reported, the workshop shows what the database holds, and later queued changes still land.
    void staleQueuedChangeIsRefusedAndReported()
    {
        auto a = create(QStringLiteral("Dakar"));
        QVERIFY(a);
        const QUuid id = addIdea(*a, QStringLiteral("shared words"));
        auto b = Document::open(locationOf(*a));
        QVERIFY(b);
        Document::setConnectionCheckInterval(0);
        kill(*a);
        QVERIFY(a->apply(edits::editIdeaText(a->data(), id, QStringLiteral("A's words")), QStringLiteral("Edit idea")));
        QVERIFY(!addIdea(*a, QStringLiteral("A's new idea")).isNull());
        Document::setConnectionCheckInterval(300);
        QCOMPARE(a->queuedChanges().size(), 2);
        QVERIFY((*b)->apply(edits::editIdeaText((*b)->data(), id, QStringLiteral("B's words")), QStringLiteral("Edit idea")));
        QSignalSpy messages(a.get(), &Document::connectionMessage);
        a->reconnectNow();
        QTRY_VERIFY_WITH_TIMEOUT(a->isConnected(), 10000);
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().first().toString().contains(QStringLiteral("Edit idea")), qPrintable(messages.last().first().toString()));
        QCOMPARE(a->data().table<Idea>().find(id)->text, QStringLiteral("B's words"));
        QCOMPARE(count(*a, QStringLiteral("A's new idea")), 1);
        auto again = Document::open(locationOf(*a));
        QCOMPARE((*again)->data().table<Idea>().find(id)->text, QStringLiteral("B's words"));
        QCOMPARE(count(**again, QStringLiteral("A's new idea")), 1);
    }

    // A merge needs the database (it rewrites the history): it waits, with a message, and changes nothing.
    void mergeWaitsForTheConnection()
    {
        auto a = create(QStringLiteral("Lusaka"));
        QVERIFY(a);
        Document::setConnectionCheckInterval(0);
        kill(*a);
        addIdea(*a, QStringLiteral("queued"));
        QVERIFY(!a->isConnected());
        edits::IdeaDraft d;
        d.text = QStringLiteral("Learned");
        auto cs = edits::addIdea(a->data(), d);
        QVERIFY(cs);
        const HistoryEntry learned = test::learnedEntry(*cs);
        const Status s = a->applyMerge(*cs, {learned}, std::nullopt, QStringLiteral("Merge"));
        QVERIFY(!s);
        QVERIFY(s.error().contains(QStringLiteral("connection")));
        QCOMPARE(count(*a, QStringLiteral("Learned")), 0);
        Document::setConnectionCheckInterval(300);
        a->reconnectNow();
        QTRY_VERIFY_WITH_TIMEOUT(a->isConnected(), 10000);
    }

    // A server or a command does not keep changes while the connection is lost (it could answer
    // "saved" and then exit with them): the change fails with a message and changes nothing; the
    // document reconnects by itself all the same.
    void withoutAQueueAChangeFails()
    {
        auto a = create(QStringLiteral("Harare"));
        QVERIFY(a);
        a->setKeepChangesWhileOffline(false);
        Document::setConnectionCheckInterval(0);
        kill(*a);
        edits::IdeaDraft d;
        d.text = QStringLiteral("not kept");
        auto cs = edits::addIdea(a->data(), d);
        QVERIFY(cs);
        const Status s = a->apply(*cs, QStringLiteral("Add idea"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("try again")), qPrintable(s.error()));
        QCOMPARE(count(*a, QStringLiteral("not kept")), 0);
        QVERIFY(a->queuedChanges().isEmpty());
        QVERIFY(!a->isConnected());
        // A second try while still away fails at once, without waiting on the dead connection.
        QVERIFY(!a->apply(*cs, QStringLiteral("Add idea")));
        Document::setConnectionCheckInterval(300);
        a->reconnectNow();
        QTRY_VERIFY_WITH_TIMEOUT(a->isConnected(), 10000);
        QVERIFY(a->apply(*cs, QStringLiteral("Add idea")));
        auto again = Document::open(locationOf(*a));
        QCOMPARE(count(**again, QStringLiteral("not kept")), 1);
    }

    // A file has no connection to lose.
    void fileIsAlwaysConnected()
    {
        QTemporaryDir dir;
        auto doc = Document::create(dir.filePath(QStringLiteral("w.pamoja")), QStringLiteral("File"));
        QVERIFY(doc);
        QVERIFY((*doc)->isConnected());
        QCOMPARE((*doc)->store().serverProcess(), qint64(0));
        QVERIFY(!(*doc)->store().connectionLost());
    }
};

QTEST_GUILESS_MAIN(TestPostgresFault)
#include "tst_postgresfault.moc"
