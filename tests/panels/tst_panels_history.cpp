#include "panelsfixture.h"

#include "analysis/interventions.h"
#include "historymodel.h"
#include "historypanel.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableView>

using namespace pamoja;

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interventionWithEarlierState();
    void classification();
};

void TestHistory::interventionWithEarlierState()
{
    test::Fixture f;
    HistoryPanel panel(&f.workspace);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int initial = panel.model()->rowCount();
    QVERIFY(initial >= 1); // creating the workshop

    const QUuid a = f.person(QStringLiteral("Amina"), QStringLiteral("south"));
    const QUuid b = f.person(QStringLiteral("Kofi"), QStringLiteral("south"));
    const QUuid idea = f.idea(QStringLiteral("Donors listen first"), 1, a);
    f.idea(QStringLiteral("Second idea"));
    QCOMPARE(panel.model()->rowCount(), initial + 4); // refreshed on every change
    QVERIFY(f.workspace.apply(edits::editIdeaText(f.data(), idea, QStringLiteral("Donors listen")), QStringLiteral("Edit idea")));
    // Newest first.
    QCOMPARE(panel.model()->index(0, HistoryModel::DescriptionColumn).data().toString(), QStringLiteral("Edit idea"));
    QCOMPARE(panel.model()->index(0, HistoryModel::ActorColumn).data().toString(), QStringLiteral("facilitator"));
    QCOMPARE(panel.model()->index(0, HistoryModel::KindColumn).data().toString(), QStringLiteral("edit"));
    QVERIFY(!panel.model()->index(0, HistoryModel::TimeColumn).data().toString().isEmpty());

    // A vote reset and an anonymity change are interventions too.
    VotingRound r;
    r.title = QStringLiteral("R");
    r.id = newId();
    f.workspace.apply(edits::openRound(f.data(), r), QStringLiteral("Open round"));
    f.workspace.apply(edits::setDots(f.data(), r.id, a, idea, 1), QStringLiteral("dot"));
    f.workspace.apply(edits::setDots(f.data(), r.id, b, idea, 1), QStringLiteral("dot"));
    f.workspace.apply(edits::resetVotes(f.data(), r.id), QStringLiteral("Reset votes"));
    f.workspace.apply(edits::modify<Workshop>(f.data(), f.data().workshop().id, [](Workshop &w) { w.anonymity = QStringLiteral("anonymous"); }),
                      QStringLiteral("Anonymity"));

    // Filter: only interventions, newest first.
    auto *filter = panel.findChild<QComboBox *>(QStringLiteral("historyFilter"));
    filter->setCurrentIndex(1);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.model()->index(0, HistoryModel::KindColumn).data().toString(), QStringLiteral("anonymity change"));
    QCOMPARE(panel.model()->index(1, HistoryModel::KindColumn).data().toString(), QStringLiteral("vote reset"));
    QCOMPARE(panel.model()->index(2, HistoryModel::DescriptionColumn).data().toString(), QStringLiteral("Edit idea"));

    // The earlier state on demand: the words before the edit.
    panel.view()->setCurrentIndex(panel.model()->index(2, 0));
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("showEarlierState")), Qt::LeftButton);
    QVERIFY2(panel.earlierStateText().contains(QStringLiteral("text = \"Donors listen first\"")), qPrintable(panel.earlierStateText()));

    // Undo is logged as a change of its own and shows up at once.
    filter->setCurrentIndex(0);
    const int before = panel.model()->rowCount();
    QVERIFY(f.doc()->undo());
    QCOMPARE(panel.model()->rowCount(), before + 1);
    QVERIFY(panel.model()->index(0, HistoryModel::DescriptionColumn).data().toString().startsWith(QStringLiteral("Undo")));
}

void TestHistory::classification()
{
    test::Fixture f;
    const QUuid a = f.person(QStringLiteral("Amina"), QStringLiteral("south"));
    const QUuid i1 = f.idea(QStringLiteral("One"));
    const QUuid i2 = f.idea(QStringLiteral("Two"));
    QCOMPARE(interventionsIn(edits::mergeIdeas(f.data(), i1, {i2})), QList<Intervention>{Intervention::Merge});
    QCOMPARE(interventionsIn(edits::setIdeasHidden(f.data(), {i1}, true)), QList<Intervention>{Intervention::Hide});
    QCOMPARE(interventionsIn(edits::removeIdeas(f.data(), {i1})), QList<Intervention>{Intervention::Delete});
    QVERIFY(interventionsIn(edits::moveIdea(f.data(), i1, 5, 5)).isEmpty());
    // A single dot taken back is not a reset.
    VotingRound r;
    r.id = newId();
    f.workspace.apply(edits::openRound(f.data(), r), QStringLiteral("Open round"));
    f.workspace.apply(edits::setDots(f.data(), r.id, a, i1, 1), QStringLiteral("dot"));
    QVERIFY(interventionsIn(*edits::setDots(f.data(), r.id, a, i1, 0)).isEmpty());
}

QTEST_MAIN(TestHistory)
#include "tst_panels_history.moc"
