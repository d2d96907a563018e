#include "panelsfixture.h"

#include "votingmodels.h"
#include "votingpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace pamoja;

class TestVoting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parityVoteFromTheGui();
    void closeReopenAndReset();

private:
    static void clickItem(VotingPanel &panel, const QUuid &target, int times = 1);
    static void chooseVoter(VotingPanel &panel, const QUuid &person);
};

void TestVoting::chooseVoter(VotingPanel &panel, const QUuid &person)
{
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("voterCombo"));
    const int i = combo->findData(person);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
    QCOMPARE(panel.currentVoter(), person);
}

void TestVoting::clickItem(VotingPanel &panel, const QUuid &target, int times)
{
    for (int k = 0; k < times; ++k) {
        const int row = panel.ballotModel()->rowOf(target);
        QVERIFY(row >= 0);
        const QRect r = panel.ballotView()->visualRect(panel.ballotModel()->index(row, BallotModel::ItemColumn));
        QTest::mouseClick(panel.ballotView()->viewport(), Qt::LeftButton, {}, r.center());
    }
}

void TestVoting::parityVoteFromTheGui()
{
    test::Fixture f;
    const QUuid s1 = f.person(QStringLiteral("Amina"), QStringLiteral("south"), QStringLiteral("SA"));
    const QUuid s2 = f.person(QStringLiteral("Kofi"), QStringLiteral("south"), QStringLiteral("SA"));
    const QUuid n1 = f.person(QStringLiteral("Anke"), QStringLiteral("north"), QStringLiteral("NA"));
    const QUuid n2 = f.person(QStringLiteral("Bram"), QStringLiteral("north"), QStringLiteral("NB"));
    const QUuid n3 = f.person(QStringLiteral("Carla"), QStringLiteral("north"), QStringLiteral("NB"));
    const QUuid x = f.idea(QStringLiteral("Southern partners hold the contract"));
    const QUuid y = f.idea(QStringLiteral("Shared risk register"));
    const QUuid z = f.idea(QStringLiteral("Community feedback loops"));

    VotingPanel panel(&f.workspace);
    QAbstractItemModelTester t1(panel.ballotModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(700, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // Open a round from the keyboard: title, 3 dots, at most 2 per item, on ideas.
    auto *title = panel.findChild<QLineEdit *>(QStringLiteral("roundTitle"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Priorities"));
    panel.findChild<QSpinBox *>(QStringLiteral("roundDots"))->setValue(3);
    panel.findChild<QSpinBox *>(QStringLiteral("roundMaxPerItem"))->setValue(2);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(f.data().table<VotingRound>().size(), 1);
    const VotingRound round = f.data().table<VotingRound>().all().first();
    QCOMPARE(round.title, QStringLiteral("Priorities"));
    QCOMPARE(round.maxPerItem, 2);
    QCOMPARE(panel.currentRound(), round.id);
    QCOMPARE(panel.ballotModel()->rowCount(), 3);

    // South: X4 Y1 Z1 (6 dots); North: X1 Y6 Z1 (8 dots).
    chooseVoter(panel, s1);
    clickItem(panel, x, 2);
    clickItem(panel, y);
    // A fourth dot is refused by the rules, with a message.
    QSignalSpy errors(&f.workspace, &Workspace::errorOccurred);
    clickItem(panel, z);
    QCOMPARE(errors.size(), 1);
    chooseVoter(panel, s2);
    clickItem(panel, x, 2);
    clickItem(panel, z);
    chooseVoter(panel, n1);
    clickItem(panel, y, 2);
    clickItem(panel, z);
    chooseVoter(panel, n2);
    clickItem(panel, y, 2);
    clickItem(panel, x);
    chooseVoter(panel, n3);
    clickItem(panel, y, 2);
    // Keyboard: a third dot on Y is refused (at most 2 per item); the − button takes one back.
    panel.ballotView()->setCurrentIndex(panel.ballotModel()->index(panel.ballotModel()->rowOf(y), 0));
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("removeDot")), Qt::LeftButton);
    QCOMPARE(panel.ballotModel()->dotsOf(y), 1);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("addDot")), Qt::LeftButton);
    QCOMPARE(panel.ballotModel()->dotsOf(y), 2);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("addDot")), Qt::LeftButton);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(panel.ballotModel()->dotsOf(y), 2);

    auto result = [&](const QUuid &id) {
        for (const ItemResult &r : panel.resultsModel()->results().items)
            if (r.targetId == id)
                return r;
        return ItemResult();
    };
    auto *weighting = panel.findChild<QComboBox *>(QStringLiteral("weightingCombo"));

    // One person one vote: weighted equals raw. Y 7, X 5, Z 2.
    weighting->setCurrentIndex(weighting->findData(QStringLiteral("person")));
    QCOMPARE(result(x).raw, 5);
    QCOMPARE(result(y).raw, 7);
    QCOMPARE(result(z).raw, 2);
    QCOMPARE(result(y).weighted, 7.0);
    QCOMPARE(result(y).rank, 1);
    QCOMPARE(result(x).rank, 2);
    QCOMPARE(panel.resultsModel()->index(0, 1).data().toString(), QStringLiteral("Shared risk register"));

    // Equal weight per constituency: 5 voters, 2 groups; South dots weigh 5/2/2 = 1.25, North 5/2/3.
    weighting->setCurrentIndex(weighting->findData(QStringLiteral("constituency")));
    QCOMPARE(f.data().workshop().weighting, QStringLiteral("constituency")); // a logged workshop setting
    QVERIFY(qAbs(result(x).weighted - (4 * 1.25 + 1 * 5.0 / 6)) < 1e-9);  // 5.833
    QVERIFY(qAbs(result(y).weighted - (1 * 1.25 + 6 * 5.0 / 6)) < 1e-9);  // 6.25
    QVERIFY(qAbs(result(z).weighted - (1 * 1.25 + 1 * 5.0 / 6)) < 1e-9);  // 2.083
    QCOMPARE(result(x).raw, 5); // raw stays beside the weighted figure
    QCOMPARE(panel.resultsModel()->index(0, 1).data().toString(), QStringLiteral("Shared risk register"));
    QCOMPARE(panel.resultsModel()->index(0, 2).data().toInt(), 7);

    // One organisation one vote: SA (2 voters), NA (1), NB (2): weights 5/3/2, 5/3, 5/3/2.
    weighting->setCurrentIndex(weighting->findData(QStringLiteral("organisation")));
    QVERIFY(qAbs(result(x).weighted - 25.0 / 6) < 1e-9); // 4.167
    QVERIFY(qAbs(result(y).weighted - 7.5) < 1e-9);
    QVERIFY(qAbs(result(z).weighted - 2.5) < 1e-9);

    // Per constituency side by side, and divergence: South gave X 67% of its dots, North 12.5%.
    const RoundResults &res = panel.resultsModel()->results();
    QCOMPARE(res.shownConstituencies, (QStringList{QStringLiteral("south"), QStringLiteral("north")}));
    QCOMPARE(panel.resultsModel()->columnCount(), 7);
    QCOMPARE(result(x).rawBy.value(QStringLiteral("south")), 4);
    QCOMPARE(result(x).rawBy.value(QStringLiteral("north")), 1);
    QVERIFY(result(x).divergent);
    QVERIFY(result(y).divergent);  // 17% vs 75%
    QVERIFY(!result(z).divergent); // 17% vs 12.5%
    const int col = panel.resultsModel()->divergenceColumn();
    int flagged = 0;
    for (int r = 0; r < panel.resultsModel()->rowCount(); ++r) {
        const QModelIndex i = panel.resultsModel()->index(r, col);
        if (i.data(ResultsModel::DivergentRole).toBool()) {
            ++flagged;
            QVERIFY(i.data().toString().contains(QStringLiteral("Diverges")));
            QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Southern CSO gave it")));
        }
    }
    QCOMPARE(flagged, 2);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("resultsExplanation"))->text().contains(QStringLiteral("diverge")));

    panel.resultsView()->resizeColumnsToContents();
    QCoreApplication::processEvents(); // let pending layout requests settle before the screenshot
    QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("panels-voting-results.png"))));

    // Undo the last dot and the weighting change through the funnel.
    QVERIFY(f.doc()->undo()); // weighting organisation
    QVERIFY(f.doc()->undo()); // weighting constituency
    QCOMPARE(f.data().workshop().weighting, QStringLiteral("person"));
    QCOMPARE(weighting->currentData().toString(), QStringLiteral("person"));
}

void TestVoting::closeReopenAndReset()
{
    test::Fixture f;
    const QUuid a = f.person(QStringLiteral("Amina"), QStringLiteral("south"));
    const QUuid c1 = f.cluster(QStringLiteral("Funding"), {f.idea(QStringLiteral("Direct funding"))});
    f.cluster(QStringLiteral("Voice"), {f.idea(QStringLiteral("Who speaks"))});
    VotingPanel panel(&f.workspace);
    panel.resize(600, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *target = panel.findChild<QComboBox *>(QStringLiteral("roundTarget"));
    target->setCurrentIndex(target->findData(QStringLiteral("clusters")));
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("openRound")), Qt::LeftButton);
    QCOMPARE(panel.ballotModel()->rowCount(), 2);
    chooseVoter(panel, a);
    clickItem(panel, c1);
    QCOMPARE(f.data().table<Vote>().size(), 1);

    // Closed: no more dots.
    auto *toggle = panel.findChild<QPushButton *>(QStringLiteral("toggleRound"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!f.data().table<VotingRound>().find(panel.currentRound())->open);
    QVERIFY(!panel.ballotView()->isEnabled());
    QSignalSpy errors(&f.workspace, &Workspace::errorOccurred);
    panel.changeDots(c1, +1);
    QCOMPARE(errors.size(), 1);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(f.data().table<VotingRound>().find(panel.currentRound())->open);

    // Reset asks first; "no" keeps the votes, "yes" removes them; undo restores them.
    auto *reset = panel.findChild<QPushButton *>(QStringLiteral("resetRound"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(f.data().table<Vote>().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(f.data().table<Vote>().size(), 0);
    QVERIFY(f.doc()->undo());
    QCOMPARE(f.data().table<Vote>().size(), 1);
    QCOMPARE(panel.ballotModel()->dotsOf(c1), 1);
}

QTEST_MAIN(TestVoting)
#include "tst_panels_voting.moc"
