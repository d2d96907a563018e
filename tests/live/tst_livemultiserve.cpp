// Two live servers on one workshop in PostgreSQL, as two `pamoja serve` behind a load balancer
// without sticky sessions (issue 10): a device joined through one is known to the other, its ideas
// are applied once whichever server gets them, blocks and the moderation queue are shared, labels
// never collide, and a forged token is refused by both. Needs the throwaway cluster scripts/test
// starts (PAMOJA_TEST_POSTGRES).
#include "../core/postgrestestsupport.h"
#include "edits.h"
#include "livetestsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QWebSocket>

using namespace pamoja;
using namespace pamoja::testing;

class TestLiveMultiServe : public QObject
{
    Q_OBJECT
    QString m_base;
    std::unique_ptr<Document> m_docA, m_docB;
    std::unique_ptr<LiveServer> m_a, m_b;

    // Two documents on one new workshop and a server on each, with the same join code.
    void startBoth(bool moderation = false)
    {
        auto a = Document::create(m_base, QStringLiteral("Scaled"));
        QVERIFY2(a, qPrintable(a.error()));
        m_docA = std::move(*a);
        QVERIFY(m_docA->apply(edits::modify<Workshop>(m_docA->data(), m_docA->data().workshop().id,
                                                      [](Workshop &w) { w.privateWriting = true; }),
                              QStringLiteral("settings")));
        auto b = Document::open(test::reopenable(m_base, *m_docA), WorkshopStore::Access::ReadWrite);
        QVERIFY2(b, qPrintable(b.error()));
        m_docB = std::move(*b);
        for (auto [server, doc] : {std::pair{&m_a, m_docA.get()}, std::pair{&m_b, m_docB.get()}}) {
            LiveConfig config;
            config.limits = fastLimits();
            config.joinCode = QStringLiteral("ACD347");
            config.moderation = moderation;
            *server = std::make_unique<LiveServer>(doc);
            const Status s = (*server)->start(config);
            QVERIFY2(s, qPrintable(s.error()));
        }
    }
    static QJsonObject join(LiveServer &server, const QString &name)
    {
        const QJsonObject o{{QStringLiteral("code"), QStringLiteral("acd347")}, {QStringLiteral("name"), name}};
        const Reply r = send(server.port(), request("POST", "/api/join", QJsonDocument(o).toJson(QJsonDocument::Compact)));
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return r.json();
    }
    static QByteArray tokenOf(const QJsonObject &joined) { return joined.value(QStringLiteral("token")).toString().toLatin1(); }
    static Reply call(LiveServer &server, const QByteArray &token, const QByteArray &method, const QByteArray &path,
                      const QByteArray &body = {})
    {
        return send(server.port(), request(method, path, body, {bearer(token)}));
    }
    // The document's own connection to the database (as LiveSessionTable finds it).
    static QSqlDatabase storeDatabase(const Document &doc)
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            if (QSqlDatabase::database(name, false).driver() == doc.store().notificationDriver())
                return QSqlDatabase::database(name, false);
        return {};
    }
    static QByteArray ideaPath(const QUuid &id) { return "/api/ideas/" + id.toString(QUuid::WithoutBraces).toLatin1(); }
    static int ideasWith(const Document &doc, const QString &text)
    {
        int n = 0;
        for (const Idea &i : doc.data().table<Idea>().items())
            n += i.originalText == text || i.text == text;
        return n;
    }
    static QStringList mine(LiveServer &server, const QByteArray &token)
    {
        QStringList out;
        for (const QJsonValue &v : call(server, token, "GET", "/api/state").json().value(QStringLiteral("mine")).toArray())
            out << v.toObject().value(QStringLiteral("text")).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = test::clusterLocation();
        if (m_base.isEmpty())
            return;
    }
    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        m_docA.reset();
        m_docB.reset();
    }

    // Joined on A, the device submits, edits and withdraws on B, and a retry on A is the same idea.
    void deviceMovesBetweenServers()
    {
        startBoth();
        const QJsonObject joined = join(*m_a, QStringLiteral("Amina"));
        const QByteArray token = tokenOf(joined);
        QVERIFY(!token.isEmpty());
        QCOMPARE(call(*m_b, token, "GET", "/api/state").status, 200);

        const QUuid first = QUuid::createUuid();
        Reply r = call(*m_b, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Land rights first"), first));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("saved"));
        // A follows within a second; the retry through A is the same idea, and answers the same.
        QTRY_COMPARE_WITH_TIMEOUT(ideasWith(*m_docA, QStringLiteral("Land rights first")), 1, 1000);
        r = call(*m_a, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Land rights first"), first));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("saved"));
        QCOMPARE(ideasWith(*m_docA, QStringLiteral("Land rights first")), 1);
        // Both pages list it as the device's own.
        QCOMPARE(mine(*m_a, token), QStringList{QStringLiteral("Land rights first")});
        QCOMPARE(mine(*m_b, token), QStringList{QStringLiteral("Land rights first")});

        // Sent through A, edited and withdrawn through B.
        const QUuid second = QUuid::createUuid();
        QCOMPARE(call(*m_a, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Budget lines"), second)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(ideasWith(*m_docB, QStringLiteral("Budget lines")), 1, 1000);
        QCOMPARE(call(*m_b, token, "PATCH", ideaPath(second), R"({"text":"Budget lines in the South"})").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_docA->data().table<Idea>().find(second)->text, QStringLiteral("Budget lines in the South"), 1000);
        QCOMPARE(call(*m_b, token, "DELETE", ideaPath(second)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_docA->data().table<Idea>().contains(second), 1000);
        QCOMPARE(call(*m_a, token, "DELETE", ideaPath(second)).status, 404);

        // Another device cannot touch them through either server.
        const QByteArray other = tokenOf(join(*m_b, QStringLiteral("Kofi")));
        QCOMPARE(call(*m_a, other, "PATCH", ideaPath(first), R"({"text":"Mine now"})").status, 404);
        QCOMPARE(call(*m_b, other, "DELETE", ideaPath(first)).status, 404);
    }

    // Both servers get the same new id before either knows of the other's: one idea, the same answer.
    void racingSameIdAppliedOnce()
    {
        startBoth();
        const QJsonObject joined = join(*m_a, QStringLiteral("Esi"));
        const QByteArray token = tokenOf(joined);
        const QUuid participant = QUuid::fromString(joined.value(QStringLiteral("participantId")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(m_docB->data().participant(participant), 1000);
        // B does not hear A's change before its own attempt (as when both arrive at once).
        QSqlDriver *driver = m_docB->store().notificationDriver();
        QVERIFY(driver->unsubscribeFromNotification(m_docB->store().notificationChannel()));
        const QUuid id = QUuid::createUuid();
        QCOMPARE(call(*m_a, token, "POST", "/api/ideas", newIdBody(QStringLiteral("One voice"), id)).status, 200);
        QSignalSpy problems(m_b.get(), &LiveServer::problem);
        const Reply r = call(*m_b, token, "POST", "/api/ideas", newIdBody(QStringLiteral("One voice"), id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("saved"));
        QCOMPARE(problems.size(), 0); // not a problem for the facilitator
        QCOMPARE(ideasWith(*m_docB, QStringLiteral("One voice")), 1);
        QCOMPARE(ideasWith(*m_docA, QStringLiteral("One voice")), 1);
        // Another text under the same id is still a conflict.
        QCOMPARE(call(*m_b, tokenOf(join(*m_b, QStringLiteral("Yaw"))), "POST", "/api/ideas",
                      newIdBody(QStringLiteral("Another voice"), id)).status, 409);
    }

    void blockReachesTheOtherServer()
    {
        startBoth();
        const QJsonObject joined = join(*m_a, QStringLiteral("Mensah"));
        const QByteArray token = tokenOf(joined);
        QCOMPARE(call(*m_b, token, "GET", "/api/state").status, 200);
        m_a->blockDevice(joined.value(QStringLiteral("device")).toString());
        QCOMPARE(call(*m_b, token, "GET", "/api/state").status, 403);
        QCOMPARE(call(*m_b, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Still here"))).status, 403);
        QCOMPARE(call(*m_a, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Still here"))).status, 403);
        QCOMPARE(ideasWith(*m_docA, QStringLiteral("Still here")), 0);
        bool blockedOnB = false;
        for (const LiveServer::Device &d : m_b->devices())
            blockedOnB |= d.label == joined.value(QStringLiteral("device")).toString() && d.blocked;
        QVERIFY(blockedOnB);
    }

    void labelsAreUnique()
    {
        startBoth();
        QSet<QString> labels;
        for (int i = 0; i < 6; ++i) {
            const QJsonObject joined = join(i % 2 ? *m_b : *m_a, QStringLiteral("Person %1").arg(i));
            labels.insert(joined.value(QStringLiteral("device")).toString());
        }
        QCOMPARE(labels.size(), 6);
        QVERIFY(!labels.contains(QString()));
        // Each server lists every device, whichever server it joined through.
        QCOMPARE(m_a->devices().size(), 6);
        QCOMPARE(m_b->devices().size(), 6);
    }

    void moderationQueueIsShared()
    {
        startBoth(/*moderation*/ true);
        const QByteArray token = tokenOf(join(*m_a, QStringLiteral("Wanjiru")));
        const QUuid id = QUuid::createUuid();
        Reply r = call(*m_a, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Hold me"), id));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        QCOMPARE(m_a->heldIdeas().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->heldIdeas().size(), 1, 1000);
        QCOMPARE(m_b->heldIdeas().first().id, id);
        QCOMPARE(m_b->heldIdeas().first().text, QStringLiteral("Hold me"));
        // A retry through B answers "held" too.
        r = call(*m_b, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Hold me"), id));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("held"));

        QVERIFY(m_b->approve(id));
        QCOMPARE(m_b->heldIdeas().size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_a->heldIdeas().size(), 0, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_docA->data().table<Idea>().find(id)->hidden, 1000);
        QVERIFY(!m_a->approve(id)); // no longer waiting, on either server

        const QUuid rejected = QUuid::createUuid();
        QCOMPARE(call(*m_b, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Reject me"), rejected)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_a->heldIdeas().size(), 1, 1000);
        QVERIFY(m_a->reject(rejected));
        QTRY_VERIFY_WITH_TIMEOUT(!m_docB->data().table<Idea>().contains(rejected), 1000);
        QCOMPARE(m_b->heldIdeas().size(), 0);
    }

    // The row that puts a held idea in the shared queue cannot be written (a full disk, a connection
    // lost between two statements): the device is told to try again and no idea is committed, so
    // nothing acknowledged waits hidden outside the queue. The same id then goes through.
    void heldIdeaNeverOutsideTheQueue()
    {
        startBoth(/*moderation*/ true);
        const QByteArray token = tokenOf(join(*m_a, QStringLiteral("Baraka")));
        const QString schema = m_docA->store().notificationChannel();
        QVERIFY(!schema.isEmpty());
        const auto sql = [this](const QString &statement) {
            bool ok = false;
            QString error;
            test::withDirectConnection(m_base, QStringLiteral("refuser"), [&](QSqlDatabase &db) {
                QSqlQuery q(db);
                ok = db.open() && q.exec(statement);
                error = q.lastError().text() + db.lastError().text();
            });
            return ok ? QString() : error;
        };
        // Every new row of the shared table is refused from now on.
        QCOMPARE(sql(QStringLiteral("CREATE FUNCTION %1.refuse_row() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql").arg(schema)), QString());
        QCOMPARE(sql(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON %1.live_ideas FOR EACH ROW EXECUTE FUNCTION %1.refuse_row()").arg(schema)), QString());
        QSignalSpy problems(m_a.get(), &LiveServer::problem);
        const QUuid id = QUuid::createUuid();
        Reply r = call(*m_a, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Held or nothing"), id));
        QCOMPARE(r.status, 500);
        QCOMPARE(problems.size(), 1);
        QVERIFY(!m_docA->data().table<Idea>().contains(id));
        QTest::qWait(300);
        m_docB->catchUp();
        QVERIFY(!m_docB->data().table<Idea>().contains(id));
        QCOMPARE(m_a->heldIdeas().size(), 0);

        // The table takes rows again: the retry is held, in both servers' queues, once.
        QCOMPARE(sql(QStringLiteral("DROP TRIGGER refuse ON %1.live_ideas").arg(schema)), QString());
        r = call(*m_a, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Held or nothing"), id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        QCOMPARE(m_a->heldIdeas().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->heldIdeas().size(), 1, 5000);
        QCOMPARE(ideasWith(*m_docA, QStringLiteral("Held or nothing")), 1);

        // The idea cannot be saved (refused by the database): its row goes again, so nothing names
        // an idea that does not exist.
        const auto rows = [&](const QUuid &idea) {
            int n = -1;
            test::withDirectConnection(m_base, QStringLiteral("counter"), [&](QSqlDatabase &db) {
                QSqlQuery q(db);
                if (db.open() && q.exec(QStringLiteral("SELECT count(*) FROM %1.live_ideas WHERE idea_id = '%2'").arg(schema, idea.toString(QUuid::WithoutBraces))) && q.next())
                    n = q.value(0).toInt();
            });
            return n;
        };
        QCOMPARE(sql(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON %1.ideas FOR EACH ROW EXECUTE FUNCTION %1.refuse_row()").arg(schema)), QString());
        const QUuid unsaved = QUuid::createUuid();
        QCOMPARE(call(*m_a, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Not saved"), unsaved)).status, 500);
        QCOMPARE(rows(unsaved), 0);
        QCOMPARE(sql(QStringLiteral("DROP TRIGGER refuse ON %1.ideas").arg(schema)), QString());

        // A row another device left for an id: this device cannot send an idea under it.
        const QUuid taken = QUuid::createUuid();
        QCOMPARE(sql(QStringLiteral("INSERT INTO %1.live_ideas (idea_id, owner_hash, held, held_device, received) VALUES ('%2', 'someone else', 0, '', 0)")
                         .arg(schema, taken.toString(QUuid::WithoutBraces))),
                 QString());
        QCOMPARE(call(*m_b, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Not mine"), taken)).status, 409);
        QVERIFY(!m_docB->data().table<Idea>().contains(taken));
        QCOMPARE(rows(taken), 1);
        QCOMPARE(sql(QStringLiteral("DROP FUNCTION %1.refuse_row()").arg(schema)), QString());
    }

    // An idea sent through A reaches devices listening on B within a second.
    void changesReachTheOtherServersDevices()
    {
        startBoth();
        const QByteArray token = tokenOf(join(*m_b, QStringLiteral("Lindiwe")));
        QWebSocket ws;
        QStringList messages;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages.append(m); });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/events?token=%2").arg(m_b->port()).arg(QString::fromLatin1(token))));
        QTRY_COMPARE(messages.size(), 1);
        const QByteArray other = tokenOf(join(*m_a, QStringLiteral("Thabo")));
        QCOMPARE(call(*m_a, other, "POST", "/api/ideas", newIdBody(QStringLiteral("From A"))).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 2, 1000);
        QCOMPARE(QJsonDocument::fromJson(messages.last().toUtf8()).object().value(QStringLiteral("type")).toString(), QStringLiteral("changed"));
        // A change B cannot follow entry by entry makes it read the workshop again: its devices hear.
        const qsizetype before = messages.size();
        QSignalSpy reloaded(m_docB.get(), &Document::reloaded);
        QSqlQuery q(storeDatabase(*m_docA));
        QVERIFY(q.exec(QStringLiteral("SELECT pg_notify('%1', 'reload')").arg(m_docA->store().notificationChannel())));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(messages.size() > before, 1000);
        ws.close();
    }

    // A version from one server never reads as "unchanged" on another.
    void versionsDifferBetweenServers()
    {
        startBoth();
        const QByteArray token = tokenOf(join(*m_a, QStringLiteral("Ama")));
        const quint64 version = call(*m_a, token, "GET", "/api/state").json().value(QStringLiteral("version")).toInteger();
        QCOMPARE(call(*m_a, token, "GET", "/api/state?since=" + QByteArray::number(version)).status, 204);
        QCOMPARE(call(*m_b, token, "GET", "/api/state?since=" + QByteArray::number(version)).status, 200);
    }

    void strangersRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("forged") << QByteArray("AAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("sql") << QByteArray("x'OR'1'='1");
        QTest::newRow("long") << QByteArray(200, 'a');
        QTest::newRow("hash of nothing") << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
    void strangersRefused()
    {
        QFETCH(QByteArray, token);
        startBoth();
        (void)join(*m_a, QStringLiteral("Known"));
        for (LiveServer *s : {m_a.get(), m_b.get()}) {
            QCOMPARE(call(*s, token, "GET", "/api/state").status, 401);
            QCOMPARE(call(*s, token, "POST", "/api/ideas", newIdBody(QStringLiteral("Forged"))).status, 401);
        }
        // A token is stored only as its hash: the hash itself is no token.
        QSqlQuery q(storeDatabase(*m_docA));
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM live_devices")) && q.next());
        const QByteArray hash = q.value(0).toByteArray();
        QCOMPARE(call(*m_b, hash, "GET", "/api/state").status, 401);
        QCOMPARE(ideasWith(*m_docA, QStringLiteral("Forged")), 0);
    }

    // A server started with another join code does not take the first code's devices.
    void otherCodeIsAnotherSession()
    {
        startBoth();
        const QByteArray token = tokenOf(join(*m_a, QStringLiteral("Abena")));
        m_b->stop();
        LiveConfig config;
        config.limits = fastLimits();
        config.joinCode = QStringLiteral("HJK479");
        QVERIFY(m_b->start(config));
        QCOMPARE(call(*m_b, token, "GET", "/api/state").status, 401);
        QCOMPARE(call(*m_a, token, "GET", "/api/state").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestLiveMultiServe)
#include "tst_livemultiserve.moc"
