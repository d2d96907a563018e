// WorkshopData::check() is the conflict detection that keeps undo from overwriting newer work.

#include "domain/workshopdata.h"

#include <QTest>

#include <functional>

using namespace pamoja;

namespace {

Idea idea(const QString &text)
{
    Idea i;
    i.id = newId();
    i.text = i.originalText = text;
    i.created = i.modified = QDateTime::currentDateTimeUtc();
    return i;
}

} // namespace

class TestWorkshopData : public QObject
{
    Q_OBJECT

    WorkshopData m_data;
    Idea m_a, m_b;

private Q_SLOTS:
    void init()
    {
        m_data = WorkshopData();
        m_a = idea(QStringLiteral("alpha"));
        m_b = idea(QStringLiteral("beta"));
        ChangeSet cs;
        cs.insert(m_a);
        cs.insert(m_b);
        QVERIFY(m_data.check(cs));
        m_data.apply(cs);
    }

    void check_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("message");
        QTest::newRow("insert new") << QStringLiteral("insert new") << true << QString();
        QTest::newRow("duplicate insert") << QStringLiteral("duplicate insert") << false << QStringLiteral("already exists");
        QTest::newRow("same id twice in one set") << QStringLiteral("insert twice") << false << QStringLiteral("already exists");
        QTest::newRow("id of another kind") << QStringLiteral("id of another kind") << false << QStringLiteral("reuses the id of an existing idea");
        QTest::newRow("id of another kind in set") << QStringLiteral("id of another kind in set") << false << QStringLiteral("reuses the id of an existing cluster");
        QTest::newRow("id of a removed kind") << QStringLiteral("id of a removed kind") << true << QString();
        QTest::newRow("insert null id") << QStringLiteral("null id") << false << QStringLiteral("names no");
        QTest::newRow("insert incomplete") << QStringLiteral("insert incomplete") << false << QStringLiteral("no field");
        QTest::newRow("insert wrong type") << QStringLiteral("insert wrong type") << false << QStringLiteral("wrong type");
        QTest::newRow("update") << QStringLiteral("update") << true << QString();
        QTest::newRow("update missing") << QStringLiteral("update missing") << false << QStringLiteral("no longer exists");
        QTest::newRow("update stale before") << QStringLiteral("update stale") << false << QStringLiteral("changed in the meantime");
        QTest::newRow("update unknown field") << QStringLiteral("update unknown field") << false << QStringLiteral("unknown field");
        QTest::newRow("remove") << QStringLiteral("remove") << true << QString();
        QTest::newRow("remove missing") << QStringLiteral("remove missing") << false << QStringLiteral("no longer exists");
        QTest::newRow("remove stale") << QStringLiteral("remove stale") << false << QStringLiteral("changed in the meantime");
        QTest::newRow("remove twice") << QStringLiteral("remove twice") << false << QStringLiteral("no longer exists");
        QTest::newRow("update after remove in set") << QStringLiteral("update after remove") << false << QStringLiteral("no longer exists");
        QTest::newRow("insert then update in set") << QStringLiteral("insert then update") << true << QString();
        QTest::newRow("remove then insert in set") << QStringLiteral("remove then insert") << true << QString();
        QTest::newRow("undo of an edit overwritten since") << QStringLiteral("stale undo") << false << QStringLiteral("changed in the meantime");
    }
    void check()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, ok);
        QFETCH(QString, message);
        ChangeSet cs;
        Idea c = idea(QStringLiteral("gamma"));
        Idea a2 = m_a;
        a2.text = QStringLiteral("alpha 2");
        if (scenario == QLatin1StringView("insert new")) {
            cs.insert(c);
        } else if (scenario == QLatin1StringView("duplicate insert")) {
            cs.insert(m_a);
        } else if (scenario == QLatin1StringView("insert twice")) {
            cs.insert(c);
            cs.insert(c);
        } else if (scenario == QLatin1StringView("id of another kind")) {
            // One id, one thing: a cluster may not take an idea's id (exports would repeat it).
            Cluster cl;
            cl.id = m_a.id;
            cl.title = QStringLiteral("Funding");
            cs.insert(cl);
        } else if (scenario == QLatin1StringView("id of another kind in set")) {
            Cluster cl;
            cl.id = c.id;
            cl.title = QStringLiteral("Funding");
            cs.insert(cl);
            cs.insert(c);
        } else if (scenario == QLatin1StringView("id of a removed kind")) {
            Cluster cl;
            cl.id = m_a.id;
            cl.title = QStringLiteral("Funding");
            cs.remove(m_a);
            cs.insert(cl);
        } else if (scenario == QLatin1StringView("null id")) {
            c.id = QUuid();
            cs.insert(c);
        } else if (scenario == QLatin1StringView("insert incomplete")) {
            cs.insert(c);
            cs.changes[0].after.remove(QStringLiteral("text"));
        } else if (scenario == QLatin1StringView("insert wrong type")) {
            cs.insert(c);
            cs.changes[0].after.insert(QStringLiteral("step"), QStringLiteral("one"));
        } else if (scenario == QLatin1StringView("update")) {
            cs.update(m_a, a2);
        } else if (scenario == QLatin1StringView("update missing")) {
            Idea c2 = c;
            c2.text = QStringLiteral("x");
            cs.update(c, c2);
        } else if (scenario == QLatin1StringView("update stale")) {
            Idea stale = m_a;
            stale.text = QStringLiteral("what it was long ago");
            cs.update(stale, a2);
        } else if (scenario == QLatin1StringView("update unknown field")) {
            cs.changes.append({Change::Op::Update, EntityKind::Idea, m_a.id, {}, {{QStringLiteral("colour"), QStringLiteral("red")}}});
        } else if (scenario == QLatin1StringView("remove")) {
            cs.remove(m_a);
        } else if (scenario == QLatin1StringView("remove missing")) {
            cs.remove(c);
        } else if (scenario == QLatin1StringView("remove stale")) {
            cs.remove(a2);
        } else if (scenario == QLatin1StringView("remove twice")) {
            cs.remove(m_a);
            cs.remove(m_a);
        } else if (scenario == QLatin1StringView("update after remove")) {
            cs.remove(m_a);
            cs.update(m_a, a2);
        } else if (scenario == QLatin1StringView("insert then update")) {
            Idea c2 = c;
            c2.x = 42;
            cs.insert(c);
            cs.update(c, c2);
        } else if (scenario == QLatin1StringView("remove then insert")) {
            cs.remove(m_a);
            cs.insert(a2);
        } else if (scenario == QLatin1StringView("stale undo")) {
            // Someone edited the text; then someone else edits it again. Undoing the first edit
            // would silently overwrite the second, so it must be refused.
            ChangeSet first;
            first.update(m_a, a2);
            QVERIFY(m_data.check(first));
            m_data.apply(first);
            Idea a3 = a2;
            a3.text = QStringLiteral("alpha 3");
            ChangeSet second;
            second.update(a2, a3);
            QVERIFY(m_data.check(second));
            m_data.apply(second);
            cs = first.inverted();
        }
        const auto before = m_data.table<Idea>().items();
        const Status s = m_data.check(cs);
        QCOMPARE(s.isOk(), ok);
        if (!ok)
            QVERIFY2(s.error().contains(message), qPrintable(s.error()));
        // check() is a dry run.
        QCOMPARE(m_data.table<Idea>().size(), before.size());
        for (const Idea &i : before)
            QCOMPARE(toRecord(*m_data.table<Idea>().find(i.id)), toRecord(i));
    }

    void apply()
    {
        Idea c = idea(QStringLiteral("gamma"));
        Idea a2 = m_a;
        a2.text = QStringLiteral("alpha 2");
        a2.hidden = true;
        ChangeSet cs;
        cs.insert(c);
        cs.update(m_a, a2);
        cs.remove(m_b);
        QVERIFY(m_data.check(cs));
        m_data.apply(cs);
        QCOMPARE(m_data.table<Idea>().size(), 2);
        QVERIFY(m_data.contains(EntityKind::Idea, c.id));
        QVERIFY(!m_data.contains(EntityKind::Idea, m_b.id));
        QCOMPARE(m_data.table<Idea>().find(m_a.id)->text, QStringLiteral("alpha 2"));
        QVERIFY(m_data.table<Idea>().find(m_a.id)->hidden);
        QCOMPARE(m_data.table<Idea>().find(m_a.id)->originalText, QStringLiteral("alpha"));
        // And back.
        const ChangeSet inv = cs.inverted();
        QVERIFY(m_data.check(inv));
        m_data.apply(inv);
        QCOMPARE(m_data.table<Idea>().size(), 2);
        QCOMPARE(toRecord(*m_data.table<Idea>().find(m_a.id)), toRecord(m_a));
        QCOMPARE(toRecord(*m_data.table<Idea>().find(m_b.id)), toRecord(m_b));
        QVERIFY(!m_data.contains(EntityKind::Idea, c.id));
        QCOMPARE(m_data.record(EntityKind::Idea, c.id), std::optional<Record>());
        QCOMPARE(m_data.record(EntityKind::Idea, m_a.id), std::optional<Record>(toRecord(m_a)));
    }

    void looseIdeasFollowsEveryChange()
    {
        auto scan = [&](int step) {
            int n = 0;
            for (const Idea &i : m_data.table<Idea>().items())
                n += i.step == step && i.clusterId.isNull() && i.mergedInto.isNull();
            return n;
        };
        auto same = [&] {
            for (int s = 1; s <= 3; ++s)
                if (m_data.looseIdeas(s) != scan(s))
                    return false;
            return true;
        };
        QVERIFY(same());
        Idea c = idea(QStringLiteral("gamma"));
        c.step = 2;
        ChangeSet cs;
        cs.insert(c);
        m_data.apply(cs);
        QVERIFY(same());
        const QList<std::function<void(Idea &)>> edits{
            [](Idea &i) { i.clusterId = newId(); }, [](Idea &i) { i.step = 3; },
            [&](Idea &i) { i.mergedInto = m_a.id; }, [](Idea &i) { i.clusterId = QUuid(); },
            [](Idea &i) { i.mergedInto = QUuid(); }, [](Idea &i) { i.step = 1; }};
        for (const auto &edit : edits) {
            for (const QUuid &id : {m_b.id, c.id}) {
                const Idea before = *m_data.table<Idea>().find(id);
                Idea after = before;
                edit(after);
                ChangeSet u;
                u.update(before, after);
                m_data.apply(u);
                QVERIFY(same());
                m_data.apply(u.inverted());
                QVERIFY(same());
                m_data.apply(u);
            }
        }
        ChangeSet rm;
        rm.remove(*m_data.table<Idea>().find(c.id));
        m_data.apply(rm);
        QVERIFY(same());
        // Loading (put) counts too, and copies carry the count.
        WorkshopData loaded;
        for (const Idea &i : m_data.table<Idea>().items())
            loaded.put(EntityKind::Idea, i.id, toRecord(i));
        for (int s = 1; s <= 3; ++s)
            QCOMPARE(loaded.looseIdeas(s), m_data.looseIdeas(s));
        const WorkshopData copy = m_data;
        QCOMPARE(copy.looseIdeas(1), m_data.looseIdeas(1));
    }

    void conveniences()
    {
        Prompt p1, p2;
        p1.id = newId();
        p1.step = 2;
        p1.position = 1;
        p2.id = newId();
        p2.step = 2;
        p2.position = 0;
        Idea late = idea(QStringLiteral("late"));
        late.created = m_a.created.addSecs(60);
        Idea merged = idea(QStringLiteral("merged"));
        merged.mergedInto = m_a.id;
        ChangeSet cs;
        cs.insert(p1);
        cs.insert(p2);
        cs.insert(late);
        cs.insert(merged);
        m_data.apply(cs);
        QCOMPARE(m_data.prompts(2).size(), 2);
        QCOMPARE(m_data.prompts(2).first().id, p2.id);
        const auto ideas = m_data.ideas(1);
        QCOMPARE(ideas.size(), 3); // the merged duplicate is not on the board
        QCOMPARE(ideas.last().id, late.id);
        QVERIFY(m_data.workshop().id.isNull());
    }

    // Clusters come in title order, numbers by their value: the order of the report and the outline.
    void clustersInNaturalOrder()
    {
        ChangeSet cs;
        const QStringList titles{QStringLiteral("Cluster 10"), QStringLiteral("cluster 2"), QStringLiteral("Budget"),
                                 QStringLiteral("Cluster 1"), QStringLiteral("Élan")};
        for (const QString &t : titles) {
            Cluster c;
            c.id = newId();
            c.step = 1;
            c.title = t;
            cs.insert(c);
        }
        Cluster other;
        other.id = newId();
        other.step = 2;
        other.title = QStringLiteral("Another step");
        cs.insert(other);
        m_data.apply(cs);
        QStringList got;
        for (const Cluster &c : m_data.clusters(1))
            got.append(c.title);
        QCOMPARE(got, (QStringList{QStringLiteral("Budget"), QStringLiteral("Cluster 1"), QStringLiteral("cluster 2"),
                                   QStringLiteral("Cluster 10"), QStringLiteral("Élan")}));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopData)
#include "tst_workshopdata.moc"
