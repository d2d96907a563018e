// Participation balance and voting results, against numbers worked out by hand.

#include "analysis/balance.h"
#include "analysis/voting.h"
#include "domain/workshopdata.h"

#include <QTest>

using namespace pamoja;

Q_DECLARE_METATYPE(pamoja::Weighting)

namespace {

// Seven present participants: four south (orgs OS1, OS1, OS2, OS2), two north (ON), one donor
// without organisation; plus a southern observer and an absent southern participant, who do not count.
struct Fixture
{
    WorkshopData data;
    QUuid s1, s2, s3, s4, n1, n2, d1, observer, absent;
    QUuid a, b, c, e, hiddenIdea, merged, round;

    QUuid person(const QString &cons, const QUuid &org, const QString &role = QStringLiteral("participant"), bool present = true)
    {
        Participant p;
        p.id = newId();
        p.name = p.id.toString();
        p.constituency = cons;
        p.organisationId = org;
        p.role = role;
        p.present = present;
        ChangeSet cs;
        cs.insert(p);
        data.apply(cs);
        return p.id;
    }
    QUuid idea(int step, const QString &cons, bool hidden = false, const QUuid &mergedInto = {})
    {
        Idea i;
        i.id = newId();
        i.step = step;
        i.text = i.originalText = i.id.toString();
        i.constituency = cons;
        i.hidden = hidden;
        i.mergedInto = mergedInto;
        i.created = QDateTime::currentDateTimeUtc();
        ChangeSet cs;
        cs.insert(i);
        data.apply(cs);
        return i.id;
    }
    void vote(const QUuid &who, const QUuid &what, int dots)
    {
        Vote v;
        v.id = newId();
        v.roundId = round;
        v.participantId = who;
        v.targetId = what;
        v.dots = dots;
        ChangeSet cs;
        cs.insert(v);
        data.apply(cs);
    }

    Fixture()
    {
        const QUuid os1 = newId(), os2 = newId(), on = newId();
        s1 = person(QStringLiteral("south"), os1);
        s2 = person(QStringLiteral("south"), os1);
        s3 = person(QStringLiteral("south"), os2);
        s4 = person(QStringLiteral("south"), os2);
        n1 = person(QStringLiteral("north"), on);
        n2 = person(QStringLiteral("north"), on);
        d1 = person(QStringLiteral("donor"), {});
        observer = person(QStringLiteral("south"), os1, QStringLiteral("observer"));
        absent = person(QStringLiteral("south"), os1, QStringLiteral("participant"), false);

        a = idea(1, QStringLiteral("north"));
        b = idea(1, QStringLiteral("north"));
        c = idea(1, QStringLiteral("south"));
        e = idea(1, QStringLiteral("north"));
        hiddenIdea = idea(1, QStringLiteral("north"), true);
        merged = idea(1, QStringLiteral("donor"), false, a);
        idea(1, QString());
        idea(1, QString());
        idea(2, QStringLiteral("north"));
        idea(2, QStringLiteral("north"));

        VotingRound r;
        r.id = round = newId();
        r.step = 1;
        r.dotsPerParticipant = 3;
        r.maxPerItem = 2;
        ChangeSet cs;
        cs.insert(r);
        data.apply(cs);
        vote(s1, a, 2);
        vote(s1, b, 1);
        vote(s2, a, 1);
        vote(s2, c, 1);
        vote(s3, c, 1);
        vote(n1, b, 2);
        vote(n2, b, 1);
        vote(n2, c, 1);
        vote(d1, c, 1);
        vote(d1, hiddenIdea, 1); // not a target: hidden ideas are not voted on
    }
};

const ConstituencyShare &row(const Balance &b, const QString &c)
{
    for (const ConstituencyShare &r : b.rows)
        if (r.constituency == c)
            return r;
    qFatal("no row");
}

const ItemResult &item(const RoundResults &r, const QUuid &id)
{
    for (const ItemResult &i : r.items)
        if (i.targetId == id)
            return i;
    qFatal("no item");
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void balanceWholeWorkshop()
    {
        Fixture f;
        const Balance b = computeBalance(f.data);
        QCOMPARE(b.rows.size(), 4);
        QCOMPARE(b.rows[0].constituency, QStringLiteral("south"));
        QCOMPARE(b.people, 7);
        QCOMPARE(b.ideas, 8); // with a known constituency, over all steps
        QCOMPARE(b.unknownIdeas, 2);
        QCOMPARE(b.votes, 12);
        const auto &south = row(b, QStringLiteral("south"));
        QCOMPARE(south.people, 4);
        QCOMPARE(south.ideas, 1);
        QCOMPARE(south.votes, 6);
        QCOMPARE(south.peopleShare, 4.0 / 7);
        QCOMPARE(south.ideaShare, 1.0 / 8);
        QCOMPARE(south.voteShare, 6.0 / 12);
        QVERIFY(south.fewIdeas); // 12.5% of ideas against 57% of the people
        QVERIFY(!south.fewVotes);
        const auto &north = row(b, QStringLiteral("north"));
        QCOMPARE(north.people, 2);
        QCOMPARE(north.ideas, 6);
        QCOMPARE(north.votes, 4);
        QVERIFY(!north.fewIdeas && !north.fewVotes);
        const auto &donor = row(b, QStringLiteral("donor"));
        QCOMPARE(donor.people, 1);
        QCOMPARE(donor.ideas, 1);
        QCOMPARE(donor.votes, 2);
        QVERIFY(!donor.fewIdeas); // 12.5% against 14%: not well below
        const auto &other = row(b, QStringLiteral("other"));
        QCOMPARE(other.people, 0);
        QCOMPARE(other.peopleShare, 0.0);
        QVERIFY(!other.fewIdeas); // nobody there, nobody missing
        QVERIFY(b.hasWarning());
    }

    void balancePerStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("ideas");
        QTest::addColumn<int>("southIdeas");
        QTest::addColumn<int>("votes");
        QTest::addColumn<bool>("warning");
        QTest::newRow("envision") << 1 << 6 << 1 << 12 << true;
        QTest::newRow("change: too little to judge") << 2 << 2 << 0 << 0 << false;
        QTest::newRow("action: nothing yet") << 3 << 0 << 0 << 0 << false;
    }
    void balancePerStep()
    {
        QFETCH(int, step);
        QFETCH(int, ideas);
        QFETCH(int, southIdeas);
        QFETCH(int, votes);
        QFETCH(bool, warning);
        Fixture f;
        const Balance b = computeBalance(f.data, step);
        QCOMPARE(b.ideas, ideas);
        QCOMPARE(row(b, QStringLiteral("south")).ideas, southIdeas);
        QCOMPARE(b.votes, votes);
        QCOMPARE(b.people, 7); // attendance does not depend on the step
        QCOMPARE(b.hasWarning(), warning);
    }

    void balanceEmpty()
    {
        const Balance b = computeBalance(WorkshopData());
        QCOMPARE(b.rows.size(), 4);
        QCOMPARE(b.people, 0);
        QVERIFY(!b.hasWarning());
        for (const auto &r : b.rows)
            QCOMPARE(r.ideaShare, 0.0);
    }

    void fewVotesWarning()
    {
        Fixture f;
        // Six dots from the north only: the south (4 of 7 people) gives none.
        f.data = WorkshopData(f.data);
        ChangeSet reset;
        for (const Vote &v : f.data.table<Vote>().items())
            reset.remove(v);
        f.data.apply(reset);
        f.vote(f.n1, f.a, 2);
        f.vote(f.n1, f.b, 1);
        f.vote(f.n2, f.a, 2);
        f.vote(f.n2, f.c, 1);
        const Balance b = computeBalance(f.data);
        QCOMPARE(b.votes, 6);
        QVERIFY(row(b, QStringLiteral("south")).fewVotes);
        QVERIFY(row(b, QStringLiteral("donor")).fewVotes);
        QVERIFY(!row(b, QStringLiteral("north")).fewVotes);
    }

    // Hand-computed: 6 voters. Raw A=3, B=4, C=4, E=0.
    // Organisation: groups OS1{s1,s2}, OS2{s3}, ON{n1,n2}, d1 -> weights 0.75, 1.5, 0.75, 1.5:
    //   A = 3*0.75 = 2.25; B = 0.75 + 1.5 + 0.75 = 3; C = 0.75 + 1.5 + 0.75 + 1.5 = 4.5.
    // Constituency: south{3}, north{2}, donor{1} -> weights 2/3, 1, 2:
    //   A = 3*2/3 = 2; B = 2/3 + 2 + 1 = 11/3; C = 2/3 + 2/3 + 1 + 2 = 13/3.
    void results_data()
    {
        QTest::addColumn<Weighting>("weighting");
        QTest::addColumn<double>("wa");
        QTest::addColumn<double>("wb");
        QTest::addColumn<double>("wc");
        QTest::addColumn<int>("ra");
        QTest::addColumn<int>("rb");
        QTest::addColumn<int>("rc");
        QTest::newRow("person") << Weighting::Person << 3.0 << 4.0 << 4.0 << 3 << 1 << 1;
        QTest::newRow("organisation") << Weighting::Organisation << 2.25 << 3.0 << 4.5 << 3 << 2 << 1;
        QTest::newRow("constituency") << Weighting::Constituency << 2.0 << 11.0 / 3 << 13.0 / 3 << 3 << 2 << 1;
    }
    void results()
    {
        QFETCH(Weighting, weighting);
        QFETCH(double, wa);
        QFETCH(double, wb);
        QFETCH(double, wc);
        QFETCH(int, ra);
        QFETCH(int, rb);
        QFETCH(int, rc);
        Fixture f;
        const RoundResults r = computeResults(f.data, f.round, weighting);
        QCOMPARE(r.weighting, weighting);
        // Targets: the visible, unmerged ideas of the step (A, B, C, E and two anonymous ones).
        QCOMPARE(r.items.size(), 6);
        QVERIFY(std::none_of(r.items.cbegin(), r.items.cend(), [&](const ItemResult &i) {
            return i.targetId == f.hiddenIdea || i.targetId == f.merged;
        }));
        QCOMPARE(r.totalDots, 11); // the dot on the hidden idea does not count
        // Raw figures stay beside the weighted ones.
        QCOMPARE(item(r, f.a).raw, 3);
        QCOMPARE(item(r, f.b).raw, 4);
        QCOMPARE(item(r, f.c).raw, 4);
        QCOMPARE(item(r, f.e).raw, 0);
        QVERIFY(qAbs(item(r, f.a).weighted - wa) < 1e-9);
        QVERIFY(qAbs(item(r, f.b).weighted - wb) < 1e-9);
        QVERIFY(qAbs(item(r, f.c).weighted - wc) < 1e-9);
        QCOMPARE(item(r, f.a).rank, ra);
        QCOMPARE(item(r, f.b).rank, rb);
        QCOMPARE(item(r, f.c).rank, rc);
        QCOMPARE(item(r, f.e).rank, 4);
        for (int i = 1; i < r.items.size(); ++i)
            QVERIFY(r.items[i - 1].weighted >= r.items[i].weighted - 1e-9);
        QCOMPARE(item(r, f.c).rawBy.value(QStringLiteral("south")), 2);
        QCOMPARE(item(r, f.c).rawBy.value(QStringLiteral("north")), 1);
        QCOMPARE(item(r, f.c).rawBy.value(QStringLiteral("donor")), 1);
    }

    // Shares per shown constituency (south 6 dots, north 4): A 0.5 vs 0 (divergent), B 1/6 vs 3/4
    // (divergent), C 1/3 vs 1/4 (difference 0.083, not divergent).
    void divergenceAndSmallGroups()
    {
        Fixture f;
        const RoundResults r = computeResults(f.data, f.round, Weighting::Person);
        QCOMPARE(r.votersBy.value(QStringLiteral("south")), 3);
        QCOMPARE(r.votersBy.value(QStringLiteral("north")), 2);
        QCOMPARE(r.votersBy.value(QStringLiteral("donor")), 1);
        // One donor voted: not broken down, it would show what that person chose.
        QCOMPARE(r.shownConstituencies, (QStringList{QStringLiteral("south"), QStringLiteral("north")}));
        for (const ItemResult &i : r.items)
            QVERIFY(!i.shareBy.contains(QStringLiteral("donor")));
        QCOMPARE(item(r, f.a).shareBy.value(QStringLiteral("south")), 0.5);
        QCOMPARE(item(r, f.a).shareBy.value(QStringLiteral("north")), 0.0);
        QCOMPARE(item(r, f.b).shareBy.value(QStringLiteral("north")), 0.75);
        QVERIFY(item(r, f.a).divergent);
        QVERIFY(item(r, f.b).divergent);
        QVERIFY(!item(r, f.c).divergent);
        QVERIFY(!item(r, f.e).divergent);
        // With groups of three required, only the south is shown and nothing can diverge.
        const RoundResults strict = computeResults(f.data, f.round, Weighting::Person, 3);
        QCOMPARE(strict.shownConstituencies, QStringList{QStringLiteral("south")});
        for (const ItemResult &i : strict.items)
            QVERIFY(!i.divergent);
    }

    void clusterRound()
    {
        Fixture f;
        Cluster c1, c2;
        c1.id = newId();
        c1.title = QStringLiteral("B");
        c2.id = newId();
        c2.title = QStringLiteral("A");
        VotingRound r;
        r.id = newId();
        r.target = QStringLiteral("clusters");
        ChangeSet cs;
        cs.insert(c1);
        cs.insert(c2);
        cs.insert(r);
        f.data.apply(cs);
        f.round = r.id;
        f.vote(f.s1, c1.id, 1);
        f.vote(f.n1, c1.id, 1);
        f.vote(f.n2, c2.id, 1);
        const RoundResults res = computeResults(f.data, r.id, Weighting::Person);
        QCOMPARE(res.items.size(), 2);
        QCOMPARE(res.items[0].targetId, c1.id);
        QCOMPARE(res.items[0].raw, 2);
        QCOMPARE(res.items[1].rank, 2);
    }

    void unknownRound()
    {
        Fixture f;
        const RoundResults r = computeResults(f.data, newId(), Weighting::Constituency);
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.totalDots, 0);
    }

    void weightingCodes_data()
    {
        QTest::addColumn<Weighting>("w");
        QTest::newRow("person") << Weighting::Person;
        QTest::newRow("organisation") << Weighting::Organisation;
        QTest::newRow("constituency") << Weighting::Constituency;
    }
    void weightingCodes()
    {
        QFETCH(Weighting, w);
        QCOMPARE(weightingFromCode(weightingCode(w)), w);
        QVERIFY(!weightingLabel(w).isEmpty());
        QCOMPARE(weightingFromCode(QStringLiteral("nonsense")), Weighting::Person);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
