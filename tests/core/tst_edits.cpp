// The edit builders: what each change set does to a workshop, applied through the real funnel.

#include "domain/validation.h"
#include "exchange/jsonexchange.h"
#include "planedits.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

class TestEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    RichIds m_ids;
    int m_n = 0;

    const WorkshopData &data() const { return m_doc->data(); }
    const Idea &idea(const QUuid &id) const { return *data().table<Idea>().find(id); }
    bool apply(const ChangeSet &cs)
    {
        const Status s = m_doc->apply(cs, QStringLiteral("edit"));
        if (!s)
            qWarning("%s", qPrintable(s.error()));
        return s.isOk();
    }

private Q_SLOTS:
    void init()
    {
        auto doc = Document::create(m_dir.filePath(QStringLiteral("e%1.pamoja").arg(++m_n)), QStringLiteral("Edits"));
        QVERIFY(doc);
        m_doc = std::move(*doc);
        m_ids = fillRich(*m_doc);
    }
    void cleanup() { m_doc.reset(); }

    void addIdea_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<QString>("expectedConstituency");
        QTest::addColumn<QString>("expectedLanguage");
        // No language given: the text's own, detected (issue 13), never the author's or the workshop's.
        const QString en = QStringLiteral("en");
        QTest::newRow("southern author") << QStringLiteral("amina") << QString() << QStringLiteral("south") << en;
        QTest::newRow("northern author") << QStringLiteral("bram") << QString() << QStringLiteral("north") << en;
        QTest::newRow("donor author") << QStringLiteral("carla") << QString() << QStringLiteral("donor") << en;
        QTest::newRow("anonymous") << QString() << QString() << QString() << en;
        QTest::newRow("anonymous, self-declared") << QString() << QStringLiteral("south") << QStringLiteral("south") << en;
    }
    void addIdea()
    {
        QFETCH(QString, who);
        QFETCH(QString, declared);
        QFETCH(QString, expectedConstituency);
        QFETCH(QString, expectedLanguage);
        edits::IdeaDraft d;
        d.step = 2;
        d.text = QStringLiteral("\n  Pooled funds managed in the South \t");
        d.constituency = declared;
        d.authorId = who == QLatin1StringView("amina") ? m_ids.amina
                     : who == QLatin1StringView("bram") ? m_ids.bram
                     : who == QLatin1StringView("carla") ? m_ids.carla
                                                          : QUuid();
        QUuid id;
        auto cs = edits::addIdea(data(), d, &id);
        QVERIFY(cs);
        QVERIFY(apply(*cs));
        const Idea &i = idea(id);
        QCOMPARE(i.text, QStringLiteral("Pooled funds managed in the South"));
        QCOMPARE(i.originalText, i.text);
        QCOMPARE(i.authorId, d.authorId);
        QCOMPARE(i.constituency, expectedConstituency);
        QCOMPARE(i.language, expectedLanguage);
        QCOMPARE(i.promptId, data().prompts(2).first().id); // the step's first prompt by default
        QCOMPARE(i.step, 2);
        QVERIFY(i.created.isValid());
        QCOMPARE(i.modified, i.created);
        QVERIFY(i.revealed);
        QVERIFY(i.mergedInto.isNull());
        if (who.isEmpty()) {
            // Anonymous: no author anywhere, also not in the history.
            QVERIFY(i.authorId.isNull());
            const auto h = m_doc->store().history(1).value().first();
            QCOMPARE(h.changes.changes.first().after.value(QStringLiteral("author_id")).toString(), QString());
        }
        // The constituency is a snapshot: changing the author's later does not rewrite it.
        if (!d.authorId.isNull()) {
            QVERIFY(apply(edits::modify<Participant>(data(), d.authorId, [](Participant &p) { p.constituency = QStringLiteral("other"); })));
            QCOMPARE(idea(id).constituency, expectedConstituency);
        }
    }

    void addIdeaRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << 1 << QStringLiteral("needs some text");
        QTest::newRow("blank") << QStringLiteral("   \n") << 1 << QStringLiteral("needs some text");
        QTest::newRow("too long") << QString(4001, QLatin1Char('x')) << 1 << QStringLiteral("4000");
        QTest::newRow("step 0") << QStringLiteral("x") << 0 << QStringLiteral("no step");
        QTest::newRow("step 4") << QStringLiteral("x") << 4 << QStringLiteral("no step");
        QTest::newRow("unknown prompt") << QStringLiteral("x") << 1 << QStringLiteral("prompt");
        QTest::newRow("unknown author") << QStringLiteral("x") << 1 << QStringLiteral("participant");
        QTest::newRow("bad constituency") << QStringLiteral("x") << 1 << QStringLiteral("constituency");
    }
    void addIdeaRules()
    {
        QFETCH(QString, text);
        QFETCH(int, step);
        QFETCH(QString, problem);
        edits::IdeaDraft d;
        d.text = text;
        d.step = step;
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == QLatin1StringView("unknown prompt"))
            d.promptId = newId();
        if (tag == QLatin1StringView("unknown author"))
            d.authorId = newId();
        if (tag == QLatin1StringView("bad constituency"))
            d.constituency = QStringLiteral("west");
        auto cs = edits::addIdea(data(), d);
        QVERIFY(!cs);
        QVERIFY2(cs.error().contains(problem), qPrintable(cs.error()));
    }

    void addIdeaExplicitPromptAndId()
    {
        Prompt p;
        p.id = newId();
        p.step = 1;
        p.position = 5;
        p.text = QStringLiteral("Second question");
        ChangeSet cs;
        cs.insert(p);
        QVERIFY(apply(cs));
        edits::IdeaDraft d;
        d.text = QStringLiteral("answer");
        d.promptId = p.id;
        d.id = newId();
        d.source = QStringLiteral("device");
        auto add = edits::addIdea(data(), d);
        QVERIFY(add);
        QVERIFY(apply(*add));
        QCOMPARE(idea(d.id).promptId, p.id);
        QCOMPARE(idea(d.id).source, QStringLiteral("device"));
        // Resubmitting the same client id is refused by the funnel, not duplicated.
        auto again = edits::addIdea(data(), d);
        QVERIFY(again);
        QVERIFY(!m_doc->apply(*again, QStringLiteral("again")));
        QCOMPARE(data().table<Idea>().items().count(d.id), 1);
    }

    void privateWritingKeepsIdeasBack()
    {
        QVERIFY(apply(edits::modify<Workshop>(data(), data().workshop().id, [](Workshop &w) { w.privateWriting = true; })));
        edits::IdeaDraft d;
        d.text = QStringLiteral("secret");
        QUuid id;
        QVERIFY(apply(*edits::addIdea(data(), d, &id)));
        QVERIFY(!idea(id).revealed);
        QVERIFY(apply(edits::revealStep(data(), 1)));
        QVERIFY(idea(id).revealed);
        QVERIFY(edits::revealStep(data(), 1).isEmpty());
    }

    void newIdeasGetFreePlaces()
    {
        QSet<QPair<double, double>> places;
        for (int n = 0; n < 8; ++n) {
            edits::IdeaDraft d;
            d.step = 3;
            d.text = QStringLiteral("idea %1").arg(n);
            QUuid id;
            QVERIFY(apply(*edits::addIdea(data(), d, &id)));
            places.insert({idea(id).x, idea(id).y});
        }
        QCOMPARE(places.size(), 8);
    }

    void editText()
    {
        QVERIFY(apply(edits::editIdeaText(data(), m_ids.idea1, QStringLiteral(" Southern partners co-own the agenda "))));
        QCOMPARE(idea(m_ids.idea1).text, QStringLiteral("Southern partners co-own the agenda"));
        QCOMPARE(idea(m_ids.idea1).originalText, QStringLiteral("Southern partners set the agenda"));
        QVERIFY(idea(m_ids.idea1).modified >= idea(m_ids.idea1).created);
        QVERIFY(edits::editIdeaText(data(), m_ids.idea1, QStringLiteral("  ")).isEmpty());
        QVERIFY(edits::editIdeaText(data(), m_ids.idea1, idea(m_ids.idea1).text).isEmpty());
        QVERIFY(edits::editIdeaText(data(), newId(), QStringLiteral("x")).isEmpty());
    }

    void mergeAndUnmergeKeepWords()
    {
        // fillRich merged dup into idea1.
        QCOMPARE(idea(m_ids.dup).mergedInto, m_ids.idea1);
        QCOMPARE(idea(m_ids.dup).text, QStringLiteral("The South sets the agenda"));
        auto onBoard = [&](const QUuid &id) {
            const auto list = data().ideas(idea(id).step);
            return std::any_of(list.cbegin(), list.cend(), [&](const Idea &i) { return i.id == id; });
        };
        QVERIFY(!onBoard(m_ids.dup));
        // Merging idea1 into idea2 takes its duplicate along.
        QVERIFY(apply(edits::mergeIdeas(data(), m_ids.idea2, {m_ids.idea1})));
        QCOMPARE(idea(m_ids.idea1).mergedInto, m_ids.idea2);
        QCOMPARE(idea(m_ids.dup).mergedInto, m_ids.idea2);
        QVERIFY(idea(m_ids.idea1).clusterId.isNull());
        QCOMPARE(idea(m_ids.idea1).text, QStringLiteral("Southern partners set the agenda"));
        QVERIFY(!onBoard(m_ids.idea1));
        QVERIFY(apply(edits::unmergeIdea(data(), m_ids.dup)));
        QVERIFY(onBoard(m_ids.dup));
        QCOMPARE(idea(m_ids.dup).originalText, QStringLiteral("The South sets the agenda"));
        QVERIFY(edits::mergeIdeas(data(), newId(), {m_ids.idea3}).isEmpty());
        QVERIFY(edits::mergeIdeas(data(), m_ids.idea3, {m_ids.idea3}).isEmpty());
    }

    void mergeIntoOwnDuplicateLosesNothing()
    {
        // dup is merged into idea1; now the facilitator merges idea1 into dup instead.
        QVERIFY(apply(edits::mergeIdeas(data(), m_ids.dup, {m_ids.idea1})));
        QVERIFY(idea(m_ids.dup).mergedInto.isNull());
        QCOMPARE(idea(m_ids.idea1).mergedInto, m_ids.dup);
        for (const Idea &i : data().table<Idea>().items())
            QVERIFY2(i.mergedInto != i.id, qPrintable(i.text));
        const auto board = data().ideas(1);
        QVERIFY(std::any_of(board.cbegin(), board.cend(), [&](const Idea &i) { return i.id == m_ids.dup; }));
    }

    // Issue 12: an Arabic idea added without a language read "English" in the report.
    void ideaLanguageIsNeverGuessed_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("withAuthor");
        QTest::newRow("none, anonymous") << QString() << false;
        QTest::newRow("none, author speaks Kiswahili") << QString() << true;
        QTest::newRow("Arabic given") << QStringLiteral("ar") << true;
    }
    void ideaLanguageIsNeverGuessed()
    {
        QFETCH(QString, given);
        QFETCH(bool, withAuthor);
        QVERIFY(apply(edits::modify<Workshop>(data(), data().workshop().id, [](Workshop &w) { w.languages = QStringLiteral("en,fr"); })));
        edits::IdeaDraft d;
        d.text = QStringLiteral("شراكة متوازنة");
        d.language = given;
        d.authorId = withAuthor ? m_ids.amina : QUuid();
        QUuid id;
        auto cs = edits::addIdea(data(), d, &id);
        QVERIFY(cs);
        QVERIFY(apply(*cs));
        QCOMPARE(idea(id).language, given);
    }

    void ideaTextLineBreaksBecomeLf()
    {
        edits::IdeaDraft d;
        d.text = QStringLiteral("first\r\nsecond\rthird");
        QUuid id;
        auto cs = edits::addIdea(data(), d, &id);
        QVERIFY(cs);
        QVERIFY(apply(*cs));
        QCOMPARE(idea(id).text, QStringLiteral("first\nsecond\nthird"));
        QVERIFY(apply(edits::editIdeaText(data(), id, QStringLiteral("a\r\nb"))));
        QCOMPARE(idea(id).text, QStringLiteral("a\nb"));
        // Any other control character is refused by the funnel, naming the field.
        d.text = QStringLiteral("bell") + QChar(7);
        cs = edits::addIdea(data(), d);
        QVERIFY(cs);
        const Status s = m_doc->apply(*cs, QStringLiteral("edit"));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("\"text\" of idea contains a control character")), qPrintable(s.error()));
    }

    // Issue 12: no change set may leave an idea merged into itself, into a chain or cycle, into an
    // idea of another step or into nothing; such ideas are on no board and in no report.
    void funnelKeepsMergeRule_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("message");
        QTest::newRow("into itself") << QStringLiteral("self") << QStringLiteral("merged into itself");
        QTest::newRow("cycle of two") << QStringLiteral("cycle") << QStringLiteral("itself merged");
        QTest::newRow("into a duplicate") << QStringLiteral("chain") << QStringLiteral("itself merged");
        QTest::newRow("into another step") << QStringLiteral("step") << QStringLiteral("another step");
        QTest::newRow("into nothing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("target merged away") << QStringLiteral("target merged") << QStringLiteral("itself merged");
        QTest::newRow("target removed") << QStringLiteral("target removed") << QStringLiteral("does not exist");
        QTest::newRow("target moves step") << QStringLiteral("target step") << QStringLiteral("another step");
        QTest::newRow("inserted into itself") << QStringLiteral("insert self") << QStringLiteral("merged into itself");
    }
    void funnelKeepsMergeRule()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, message);
        auto mergeInto = [&](const QUuid &id, const QUuid &target) {
            return edits::modify<Idea>(data(), id, [&](Idea &i) { i.mergedInto = target; });
        };
        ChangeSet cs;
        if (scenario == QLatin1StringView("self")) {
            cs = mergeInto(m_ids.idea2, m_ids.idea2);
        } else if (scenario == QLatin1StringView("cycle")) {
            cs = mergeInto(m_ids.idea2, m_ids.anonIdea);
            cs.append(mergeInto(m_ids.anonIdea, m_ids.idea2));
        } else if (scenario == QLatin1StringView("chain")) {
            cs = mergeInto(m_ids.idea2, m_ids.dup);
        } else if (scenario == QLatin1StringView("step")) {
            cs = mergeInto(m_ids.idea3, m_ids.idea1);
        } else if (scenario == QLatin1StringView("missing")) {
            cs = mergeInto(m_ids.idea2, newId());
        } else if (scenario == QLatin1StringView("target merged")) {
            cs = mergeInto(m_ids.idea1, m_ids.idea2); // dup still points at idea1
        } else if (scenario == QLatin1StringView("target removed")) {
            cs.remove(idea(m_ids.idea1)); // without bringing dup back
        } else if (scenario == QLatin1StringView("target step")) {
            cs = edits::modify<Idea>(data(), m_ids.idea1, [](Idea &i) { i.step = 2; });
        } else if (scenario == QLatin1StringView("insert self")) {
            Idea i = idea(m_ids.idea2);
            i.id = newId();
            i.mergedInto = i.id;
            cs.insert(i);
        }
        QVERIFY(!cs.isEmpty());
        const QByteArray before = exchange::toJson(data());
        const qint64 history = m_doc->store().historyCount().value();
        const Status s = m_doc->apply(cs, QStringLiteral("edit"));
        QVERIFY2(!s, "a broken merge was accepted");
        QVERIFY2(s.error().contains(message), qPrintable(s.error()));
        QCOMPARE(exchange::toJson(data()), before);
        QCOMPARE(m_doc->store().historyCount().value(), history);
    }

    void mergeIdeasKeepsTheRule()
    {
        // Into an idea merged away, or across steps: nothing to do.
        QVERIFY(edits::mergeIdeas(data(), m_ids.dup, {m_ids.idea2}).isEmpty());
        QVERIFY(edits::mergeIdeas(data(), m_ids.idea1, {m_ids.idea3}).isEmpty());
        // The builders' own merges, and their undo, pass the funnel.
        QVERIFY(apply(edits::mergeIdeas(data(), m_ids.idea2, {m_ids.idea1, m_ids.anonIdea})));
        QCOMPARE(idea(m_ids.dup).mergedInto, m_ids.idea2);
        QVERIFY(m_doc->undo());
        QCOMPARE(idea(m_ids.dup).mergedInto, m_ids.idea1);
        QVERIFY(apply(edits::removeIdeas(data(), {m_ids.idea1})));
        QVERIFY(idea(m_ids.dup).mergedInto.isNull());
        QVERIFY(workshopProblems(data()).isEmpty());
    }

    void removeIdeasTakesDependents()
    {
        QVERIFY(!data().tagItemsOf(m_ids.idea1).isEmpty());
        const int votesBefore = data().table<Vote>().size();
        QVERIFY(apply(edits::removeIdeas(data(), {m_ids.idea1, m_ids.idea3})));
        QVERIFY(!data().contains(EntityKind::Idea, m_ids.idea1));
        QVERIFY(data().tagItemsOf(m_ids.idea1).isEmpty());
        QVERIFY(data().tagItemsOf(m_ids.idea3).isEmpty());
        QCOMPARE(data().table<Vote>().size(), votesBefore - 2);
        // The merged duplicate comes back instead of vanishing.
        QVERIFY(data().contains(EntityKind::Idea, m_ids.dup));
        QVERIFY(idea(m_ids.dup).mergedInto.isNull());
        // Nothing points at the removed idea any more (the system change it came from keeps no dangling source).
        QVERIFY(data().table<SystemChange>().find(m_ids.systemChange)->sourceId.isNull());
        QVERIFY(m_doc->store().integrityProblems().isEmpty());
        // Undo restores all of it.
        QVERIFY(m_doc->undo());
        QCOMPARE(idea(m_ids.dup).mergedInto, m_ids.idea1);
        QCOMPARE(data().table<Vote>().size(), votesBefore);
        QCOMPARE(data().table<SystemChange>().find(m_ids.systemChange)->sourceId, m_ids.idea3);
        QVERIFY(!data().tagItemsOf(m_ids.idea3).isEmpty());
    }

    void removeIdeaWithItsDuplicate()
    {
        QVERIFY(apply(edits::removeIdeas(data(), {m_ids.dup, m_ids.idea1})));
        QVERIFY(!data().contains(EntityKind::Idea, m_ids.dup));
        QVERIFY(!data().contains(EntityKind::Idea, m_ids.idea1));
        QVERIFY(edits::removeIdeas(data(), {newId()}).isEmpty());
    }

    void clusters()
    {
        QUuid c;
        QVERIFY(apply(edits::createCluster(data(), 1, QStringLiteral("  "), {m_ids.anonIdea}, &c)));
        QCOMPARE(data().table<Cluster>().find(c)->title, QStringLiteral("New cluster"));
        QCOMPARE(idea(m_ids.anonIdea).clusterId, c);
        QCOMPARE(data().table<Cluster>().find(c)->x, idea(m_ids.anonIdea).x);
        QVERIFY(data().table<Cluster>().find(c)->colour != data().table<Cluster>().find(m_ids.cluster)->colour);
        QVERIFY(apply(edits::setCluster(data(), {m_ids.idea2}, c)));
        QCOMPARE(data().ideasInCluster(c).size(), 2);
        QCOMPARE(data().ideasInCluster(m_ids.cluster).size(), 1);
        QVERIFY(apply(edits::removeCluster(data(), m_ids.cluster)));
        QVERIFY(idea(m_ids.idea1).clusterId.isNull());
        QVERIFY(data().contains(EntityKind::Idea, m_ids.idea1)); // ideas stay
        QVERIFY(data().tagItemsOf(m_ids.cluster).isEmpty());     // its tags and links go
        QVERIFY(data().table<Link>().select([&](const Link &l) { return l.fromId == m_ids.cluster; }).isEmpty());
        QVERIFY(edits::removeCluster(data(), m_ids.cluster).isEmpty());
    }

    void mergeClusters()
    {
        // A second cluster in step 1 with an idea, a tag of its own and the cluster's tag, votes in a
        // round on clusters, a link to the system change the first cluster links to, and a system
        // change drawn from it.
        QUuid other;
        QVERIFY(apply(edits::createCluster(data(), 1, QStringLiteral("Agenda setting"), {m_ids.anonIdea}, &other)));
        QVERIFY(apply(edits::addTag(data(), {other}, m_ids.theme)));
        QVERIFY(apply(edits::addTag(data(), {other}, m_ids.factor)));
        VotingRound r;
        r.title = QStringLiteral("Clusters");
        r.target = QStringLiteral("clusters");
        r.dotsPerParticipant = 5;
        r.maxPerItem = 3;
        ChangeSet round = edits::openRound(data(), r);
        const QUuid roundId = round.changes.first().id;
        QVERIFY(apply(round));
        for (const auto &[who, what, dots] : QList<std::tuple<QUuid, QUuid, int>>{
                 {m_ids.amina, m_ids.cluster, 2}, {m_ids.amina, other, 2}, {m_ids.bram, other, 1}}) {
            auto cs = edits::setDots(data(), roundId, who, what, dots);
            QVERIFY2(cs, qPrintable(cs ? QString() : cs.error()));
            QVERIFY(apply(*cs));
        }
        QVERIFY(apply(edits::link(data(), other, m_ids.systemChange)));
        SystemChange drawn;
        drawn.id = newId();
        drawn.title = QStringLiteral("Co-set agendas");
        drawn.sourceId = other;
        drawn.created = QDateTime::currentDateTimeUtc();
        ChangeSet add;
        add.insert(drawn);
        QVERIFY(apply(add));

        QVERIFY(edits::mergeClusters(data(), m_ids.cluster, m_ids.cluster).isEmpty());
        QVERIFY(edits::mergeClusters(data(), m_ids.cluster, newId()).isEmpty());
        const int links = int(data().table<Link>().size());
        QVERIFY(apply(edits::mergeClusters(data(), m_ids.cluster, other)));
        QVERIFY(!data().contains(EntityKind::Cluster, other));
        QCOMPARE(idea(m_ids.anonIdea).clusterId, m_ids.cluster);
        QCOMPARE(data().ideasInCluster(m_ids.cluster).size(), 3);
        // Tags: the shared theme once, the factor passed on.
        QList<QUuid> tags = data().tagItemsOf(m_ids.cluster);
        QCOMPARE(tags.count(m_ids.theme), 1);
        QVERIFY(tags.contains(m_ids.factor));
        // Votes: Amina's two votes become one of 3 dots (the round's maximum), Bram's passes on.
        const auto votes = data().table<Vote>().select([&](const Vote &v) { return v.roundId == roundId; });
        QCOMPARE(votes.size(), 2);
        for (const Vote &v : votes) {
            QCOMPARE(v.targetId, m_ids.cluster);
            QCOMPARE(v.dots, v.participantId == m_ids.amina ? 3 : 1);
        }
        // Links: the repeated link to the system change goes; the drawn system change follows.
        QCOMPARE(int(data().table<Link>().size()), links - 1);
        QCOMPARE(data().table<SystemChange>().find(drawn.id)->sourceId, m_ids.cluster);
        // Nothing points at the removed cluster, and one undo brings all of it back.
        for (const Tag &t : data().table<Tag>().items())
            QVERIFY(t.targetId != other);
        for (const Link &l : data().table<Link>().items())
            QVERIFY(l.fromId != other && l.toId != other);
        QVERIFY(m_doc->undo());
        QVERIFY(data().contains(EntityKind::Cluster, other));
        QCOMPARE(idea(m_ids.anonIdea).clusterId, other);
        QCOMPARE(int(data().table<Link>().size()), links);
        QCOMPARE(data().tagItemsOf(other).size(), 2);
        // Clusters of different steps do not merge.
        QUuid later;
        QVERIFY(apply(edits::createCluster(data(), 2, QStringLiteral("Funding"), {m_ids.idea3}, &later)));
        QVERIFY(edits::mergeClusters(data(), m_ids.cluster, later).isEmpty());
    }

    // Builders compose without touching an entity twice: what a rubber band selects on the board
    // (a cluster and some of its notes), or a system change with the action it links to.
    void composedEditsTouchEachEntityOnce()
    {
        const int tags = int(data().table<Tag>().size());
        ChangeSet del = edits::removeIdeas(data(), {m_ids.idea1});
        del.append(edits::removeCluster(data(), m_ids.cluster));
        QVERIFY(apply(del));
        QVERIFY(!data().contains(EntityKind::Idea, m_ids.idea1));
        QVERIFY(!data().contains(EntityKind::Cluster, m_ids.cluster));
        QVERIFY(idea(m_ids.idea2).clusterId.isNull());
        QVERIFY(idea(m_ids.dup).mergedInto.isNull()); // its duplicate comes back
        QVERIFY(m_doc->undo());
        QCOMPARE(idea(m_ids.idea1).clusterId, m_ids.cluster);
        QCOMPARE(idea(m_ids.dup).mergedInto, m_ids.idea1);
        QCOMPARE(int(data().table<Tag>().size()), tags);

        ChangeSet ungroup = edits::removeCluster(data(), m_ids.cluster);
        ungroup.append(edits::setCluster(data(), {m_ids.idea1, m_ids.idea2}, QUuid()));
        QVERIFY(apply(ungroup));
        QVERIFY(idea(m_ids.idea1).clusterId.isNull());
        QVERIFY(m_doc->undo());

        const int links = int(data().table<Link>().size());
        ChangeSet plan = edits::removeSystemChange(data(), m_ids.systemChange);
        plan.append(edits::removeAction(data(), m_ids.action));
        QVERIFY(apply(plan));
        QCOMPARE(int(data().table<Link>().size()), links - 2); // cluster -> change, change -> action, once each
        QVERIFY(m_doc->undo());
        QCOMPARE(int(data().table<Link>().size()), links);
    }

    void changeSetsFold()
    {
        const Idea &i = idea(m_ids.idea2);
        Idea moved = i, renamed = i;
        moved.x = 400;
        renamed.text = QStringLiteral("Shared budgets");
        ChangeSet a, b;
        a.update(i, moved);
        b.update(i, renamed);
        a.append(b);
        QCOMPARE(a.changes.size(), 1); // one update with both fields
        QVERIFY(apply(a));
        QCOMPARE(idea(m_ids.idea2).x, 400.0);
        QCOMPARE(idea(m_ids.idea2).text, QStringLiteral("Shared budgets"));
        // An update that undoes an earlier one leaves nothing.
        const Idea &now = idea(m_ids.idea2);
        Idea there = now, back = now;
        there.y = 999;
        ChangeSet c, d;
        c.update(now, there);
        d.update(there, back);
        c.append(d);
        QVERIFY(c.isEmpty());
        // Inserted then removed: neither happens; removed then updated: only the removal.
        Idea fresh = now;
        fresh.id = newId();
        ChangeSet e, f;
        e.insert(fresh);
        f.remove(fresh);
        e.append(f);
        QVERIFY(e.isEmpty());
        // Updated then removed: one removal whose 'before' is the entity before the update, so the
        // set still describes the change from where it started (its inverse restores that).
        {
            Idea loose = idea(m_ids.idea1);
            loose.id = newId();
            loose.clusterId = QUuid();
            ChangeSet add;
            add.insert(loose);
            QVERIFY(apply(add));
            const Idea start = idea(loose.id);
            Idea edited = start;
            edited.text = QStringLiteral("Edited, then removed");
            ChangeSet h, k;
            h.update(start, edited);
            k.remove(edited);
            h.append(k);
            QCOMPARE(h.changes.size(), qsizetype(1));
            QCOMPARE(h.changes.first().op, Change::Op::Remove);
            QCOMPARE(h.changes.first().before.value(QStringLiteral("text")).toString(), start.text);
            QVERIFY(data().check(h)); // removes the idea as it is now
            QVERIFY(apply(h));
        }
        ChangeSet g = edits::removeIdeas(data(), {m_ids.idea2});
        g.append(edits::moveIdea(data(), m_ids.idea2, 1, 1));
        QCOMPARE(g.changes.last().op, Change::Op::Remove);
        QVERIFY(apply(g));
        QVERIFY(!data().contains(EntityKind::Idea, m_ids.idea2));
    }

    void tags()
    {
        const QUuid f = data().catalogue(QStringLiteral("factor")).first().id;
        QVERIFY(apply(edits::addTag(data(), {m_ids.idea1, m_ids.idea2}, f)));
        QVERIFY(data().tagItemsOf(m_ids.idea1).contains(f));
        // Tagging again, or the same target twice in one go, adds nothing twice.
        QVERIFY(edits::addTag(data(), {m_ids.idea1}, f).isEmpty());
        QVERIFY(apply(edits::addTag(data(), {m_ids.idea3, m_ids.idea3}, f)));
        QCOMPARE(data().tagItemsOf(m_ids.idea3).count(f), 1);
        QVERIFY(edits::addTag(data(), {m_ids.idea1}, newId()).isEmpty()); // unknown catalogue item
        QVERIFY(apply(edits::removeTag(data(), {m_ids.idea1, m_ids.idea2}, f)));
        QVERIFY(!data().tagItemsOf(m_ids.idea1).contains(f));
        QVERIFY(data().tagItemsOf(m_ids.idea3).contains(f));
    }

    void participants_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("constituency");
        QTest::addColumn<QString>("org");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ok, new org") << QStringLiteral("Eko") << QStringLiteral("south") << QStringLiteral("Lagos CSO") << QString();
        QTest::newRow("ok, existing org") << QStringLiteral("Eko") << QStringLiteral("south") << QStringLiteral("kenya women network") << QString();
        QTest::newRow("ok, no org") << QStringLiteral("Eko") << QStringLiteral("other") << QString() << QString();
        QTest::newRow("no name") << QStringLiteral(" ") << QStringLiteral("south") << QString() << QStringLiteral("name");
        QTest::newRow("same name") << QStringLiteral("AMINA") << QStringLiteral("south") << QString() << QStringLiteral("already");
        QTest::newRow("bad constituency") << QStringLiteral("Eko") << QStringLiteral("east") << QString() << QStringLiteral("constituency");
    }
    void participants()
    {
        QFETCH(QString, name);
        QFETCH(QString, constituency);
        QFETCH(QString, org);
        QFETCH(QString, problem);
        Participant p;
        p.name = name;
        p.constituency = constituency;
        const int orgs = data().table<Organisation>().size();
        QUuid id;
        auto cs = edits::addParticipant(data(), p, org, &id);
        QCOMPARE(cs.isOk(), problem.isEmpty());
        if (!cs) {
            QVERIFY2(cs.error().contains(problem), qPrintable(cs.error()));
            return;
        }
        QVERIFY(apply(*cs));
        const Participant *added = data().participant(id);
        QVERIFY(added);
        QCOMPARE(added->constituency, constituency);
        const bool existing = QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1StringView("existing"));
        QCOMPARE(data().table<Organisation>().size(), orgs + (org.isEmpty() || existing ? 0 : 1));
        if (existing)
            QCOMPARE(added->organisationId, data().participant(m_ids.amina)->organisationId);
    }

    void setDotsRules_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("problem");
        QTest::newRow("within budget") << QStringLiteral("ok") << QString();
        QTest::newRow("more than max per item") << QStringLiteral("max") << QStringLiteral("at most 2");
        QTest::newRow("negative") << QStringLiteral("negative") << QStringLiteral("at most");
        QTest::newRow("no dots left") << QStringLiteral("budget") << QStringLiteral("no dots left");
        QTest::newRow("closed round") << QStringLiteral("closed") << QStringLiteral("closed");
        QTest::newRow("unknown round") << QStringLiteral("round") << QStringLiteral("round does not exist");
        QTest::newRow("unknown participant") << QStringLiteral("who") << QStringLiteral("participant");
        QTest::newRow("change own vote within budget") << QStringLiteral("change") << QString();
    }
    void setDotsRules()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, problem);
        // The round gives 3 dots per participant, at most 2 per item. Amina gave 2 to idea1.
        QUuid round = m_ids.round, who = m_ids.amina, target = m_ids.idea2;
        int dots = 1;
        if (scenario == QLatin1StringView("max"))
            dots = 3;
        else if (scenario == QLatin1StringView("negative"))
            dots = -1;
        else if (scenario == QLatin1StringView("budget"))
            dots = 2;
        else if (scenario == QLatin1StringView("closed"))
            QVERIFY(apply(edits::modify<VotingRound>(data(), round, [](VotingRound &r) { r.open = false; })));
        else if (scenario == QLatin1StringView("round"))
            round = newId();
        else if (scenario == QLatin1StringView("who"))
            who = newId();
        else if (scenario == QLatin1StringView("change")) {
            target = m_ids.idea1; // from 2 to 1: frees a dot
            dots = 1;
        }
        auto cs = edits::setDots(data(), round, who, target, dots);
        QCOMPARE(cs.isOk(), problem.isEmpty());
        if (!cs) {
            QVERIFY2(cs.error().contains(problem), qPrintable(cs.error()));
            return;
        }
        QVERIFY(apply(*cs));
        int total = 0;
        for (const Vote &v : data().table<Vote>().items())
            if (v.participantId == who && v.roundId == round)
                total += v.dots;
        QCOMPARE(total, scenario == QLatin1StringView("change") ? 1 : 3);
    }

    void setDotsZeroRemovesAndResetClears()
    {
        QVERIFY(apply(*edits::setDots(data(), m_ids.round, m_ids.amina, m_ids.idea1, 0)));
        QVERIFY(data().table<Vote>().select([&](const Vote &v) { return v.participantId == m_ids.amina; }).isEmpty());
        QVERIFY(edits::setDots(data(), m_ids.round, m_ids.amina, m_ids.idea1, 0)->isEmpty());
        QVERIFY(apply(edits::resetVotes(data(), m_ids.round)));
        QCOMPARE(data().table<Vote>().size(), 0);
    }

    void links()
    {
        QVERIFY(edits::link(data(), m_ids.cluster, m_ids.systemChange).isEmpty()); // already linked
        QVERIFY(edits::link(data(), m_ids.idea1, m_ids.idea1).isEmpty());
        QVERIFY(apply(edits::link(data(), m_ids.idea3, m_ids.systemChange)));
        QVERIFY(apply(edits::unlink(data(), m_ids.cluster, m_ids.systemChange)));
        QCOMPARE(data().table<Link>().size(), 2);
        QVERIFY(edits::unlink(data(), m_ids.cluster, m_ids.systemChange).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
