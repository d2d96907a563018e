#include "panelsfixture.h"

#include "checklistmodel.h"
#include "choicedelegate.h"
#include "planedits.h"
#include "planmodels.h"
#include "planpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace pamoja;

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemChangeFromCluster();
    void actionPlan();
    void importOpenActions();
    void importMessageKeepsATitleWithPercentSigns();

private:
    static bool linked(const WorkshopData &d, const QUuid &from, const QUuid &to)
    {
        return !d.table<Link>().select([&](const Link &l) { return l.fromId == from && l.toId == to; }).isEmpty();
    }
};

void TestPlan::systemChangeFromCluster()
{
    test::Fixture f;
    const QUuid i1 = f.idea(QStringLiteral("Southern partners decide on funding"));
    const QUuid i2 = f.idea(QStringLiteral("Pooled funds managed locally"));
    const QUuid cl = f.cluster(QStringLiteral("Funding decided in the South"), {i1, i2});
    PlanPanel panel(&f.workspace);
    QAbstractItemModelTester t1(panel.changeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(panel.visionLinks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(panel.factorLinks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(900, 700);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));

    // Selecting the cluster on the board picks it as the vision; the button creates the change.
    f.workspace.setSelection({cl});
    f.workspace.setStep(2);
    QCOMPARE(panel.tabs()->currentIndex(), 0);
    f.workspace.setSelection({cl}); // the step change cleared it
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("changeFromVision")), Qt::LeftButton);
    QCOMPARE(f.data().table<SystemChange>().size(), 1);
    const SystemChange sc = f.data().table<SystemChange>().all().first();
    QCOMPARE(sc.title, QStringLiteral("Funding decided in the South"));
    QCOMPARE(sc.sourceId, cl);
    QVERIFY(linked(f.data(), cl, sc.id));
    QCOMPARE(panel.currentChange(), sc.id);

    // Edit the target actor in place from the keyboard.
    QTableView *view = panel.changesView();
    view->setCurrentIndex(panel.changeModel()->index(0, SystemChangeModel::ActorColumn));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    qobject_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Ministry of Foreign Affairs"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(f.data().table<SystemChange>().find(sc.id)->targetActor, QStringLiteral("Ministry of Foreign Affairs"));
    auto *model = panel.changeModel();
    QVERIFY(model->setData(model->index(0, SystemChangeModel::PolicyColumn), QStringLiteral("Funding modality")));
    QVERIFY(model->setData(model->index(0, SystemChangeModel::CurrentColumn), QStringLiteral("Lead applicant in the North")));
    QVERIFY(model->setData(model->index(0, SystemChangeModel::ProposedColumn), QStringLiteral("Southern consortium leads")));

    // Links: one more vision (an idea) and a factor (F03).
    view->setCurrentIndex(model->index(0, 0));
    const QUuid f03 = f.catalogue(QStringLiteral("F03"));
    QVERIFY(panel.factorLinks()->setData(panel.factorLinks()->index(panel.factorLinks()->rowOf(f03)), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(f.data().tagItemsOf(sc.id).contains(f03));
    QVERIFY(panel.visionLinks()->setData(panel.visionLinks()->index(panel.visionLinks()->rowOf(i1)), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(linked(f.data(), i1, sc.id));
    QCOMPARE(panel.visionLinks()->entries().at(panel.visionLinks()->rowOf(cl)).checked, true);
    QCOMPARE(model->index(0, SystemChangeModel::FactorsColumn).data().toString(), QStringLiteral("F03"));

    // A free system change, typed and entered.
    auto *title = panel.findChild<QLineEdit *>(QStringLiteral("newChangeTitle"));
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Two-way due diligence"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(f.data().table<SystemChange>().size(), 2);
    view->resizeColumnsToContents();
    QCoreApplication::processEvents(); // let pending layout requests settle before the screenshot
    QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("panels-step2-system-changes.png"))));

    // Undo: the free change, then the links, edits, and finally the change from the cluster.
    QVERIFY(f.doc()->undo());
    QCOMPARE(f.data().table<SystemChange>().size(), 1);
    while (f.doc()->canUndo() && f.data().table<SystemChange>().size() > 0)
        QVERIFY(f.doc()->undo());
    QVERIFY(!linked(f.data(), cl, sc.id));
    QCOMPARE(panel.changeModel()->rowCount(), 0);
}

void TestPlan::actionPlan()
{
    test::Fixture f;
    const QUuid anke = f.person(QStringLiteral("Anke"), QStringLiteral("north"));
    const QUuid bram = f.person(QStringLiteral("Bram"), QStringLiteral("north"));
    const QUuid amina = f.person(QStringLiteral("Amina"), QStringLiteral("south"));
    SystemChange draft;
    draft.title = QStringLiteral("Direct funding to Southern CSOs");
    QUuid sc;
    QVERIFY(f.workspace.apply(edits::addSystemChange(f.data(), draft, &sc), QStringLiteral("sc")));
    PlanPanel panel(&f.workspace);
    QAbstractItemModelTester t1(panel.actionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(panel.actionLinks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    f.workspace.setStep(3);
    QCOMPARE(panel.tabs()->currentIndex(), 1);

    auto *forCombo = panel.findChild<QComboBox *>(QStringLiteral("actionForCombo"));
    forCombo->setCurrentIndex(forCombo->findData(sc));
    auto *desc = panel.findChild<QLineEdit *>(QStringLiteral("newActionDescription"));
    desc->setFocus();
    QTest::keyClicks(desc, QStringLiteral("Lobby the ministry for direct funding"));
    QTest::keyClick(desc, Qt::Key_Return);
    QCOMPARE(f.data().table<Action>().size(), 1);
    const QUuid action = f.data().table<Action>().all().first().id;
    QVERIFY(linked(f.data(), sc, action));
    QCOMPARE(panel.actionModel()->index(0, ActionModel::ChangesColumn).data().toString(), QStringLiteral("Direct funding to Southern CSOs"));

    // Both owners Northern: warned. A Southern co-owner clears the warning.
    auto *m = panel.actionModel();
    QVERIFY(m->setData(m->index(0, ActionModel::OwnerColumn), anke));
    QVERIFY(m->setData(m->index(0, ActionModel::CoOwnerColumn), bram));
    QVERIFY(m->index(0, ActionModel::WarningColumn).data().toString().contains(QStringLiteral("Same side")));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("actionStatus"))->text().contains(QStringLiteral("same side")));
    QVERIFY(m->setData(m->index(0, ActionModel::CoOwnerColumn), amina));
    QVERIFY(m->index(0, ActionModel::WarningColumn).data().toString().isEmpty());
    QCOMPARE(m->index(0, ActionModel::CoOwnerColumn).data().toString(), QStringLiteral("Amina"));

    // Due date must be a date; status from the list.
    QSignalSpy errors(&f.workspace, &Workspace::errorOccurred);
    QVERIFY(!m->setData(m->index(0, ActionModel::DueColumn), QStringLiteral("next Tuesday")));
    QCOMPARE(errors.size(), 1);
    QVERIFY(m->setData(m->index(0, ActionModel::DueColumn), QStringLiteral("2026-03-31")));
    QVERIFY(m->setData(m->index(0, ActionModel::StatusColumn), QStringLiteral("in_progress")));
    QCOMPARE(m->index(0, ActionModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
    QVERIFY(m->index(0, ActionModel::OwnerColumn).data(ChoiceDelegate::ChoicesRole).toList().size() == 4);

    // Unlink and relink through the check list.
    panel.actionsView()->setCurrentIndex(m->index(0, 0));
    QCOMPARE(panel.actionLinks()->rowCount(), 1);
    QVERIFY(panel.actionLinks()->setData(panel.actionLinks()->index(0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!linked(f.data(), sc, action));
    QVERIFY(f.doc()->undo());
    QVERIFY(linked(f.data(), sc, action));
    panel.actionsView()->resizeColumnsToContents();
    QCoreApplication::processEvents(); // let pending layout requests settle before the screenshot
    QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("panels-step3-action-plan.png"))));

    // Undo back to before the action: it and its link are gone.
    while (f.data().table<Action>().size() > 0)
        QVERIFY(f.doc()->undo());
    QVERIFY(!linked(f.data(), sc, action));
}

void TestPlan::importOpenActions()
{
    test::Fixture f;
    const QUuid amina = f.person(QStringLiteral("Amina"), QStringLiteral("south"));
    const QString earlierPath = f.dir.filePath(QStringLiteral("earlier.pamoja"));
    {
        auto earlier = Document::create(earlierPath, QStringLiteral("Nairobi 2025"));
        QVERIFY(earlier);
        Document &e = **earlier;
        Participant p;
        p.name = QStringLiteral("amina");
        p.constituency = QStringLiteral("south");
        QUuid owner;
        QVERIFY(e.apply(*edits::addParticipant(e.data(), p, {}, &owner), QStringLiteral("p")));
        const QStringList statuses{QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"), QStringLiteral("dropped")};
        for (const QString &s : statuses) {
            Action a;
            a.description = QStringLiteral("Action %1").arg(s);
            a.status = s;
            a.ownerId = owner;
            a.dueDate = QStringLiteral("2025-12-01");
            QVERIFY(e.apply(*edits::addAction(e.data(), a, {}), QStringLiteral("a")));
        }
    }
    PlanPanel panel(&f.workspace);
    QAbstractItemModelTester t1(panel.actionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Hidden, the panel defers its refresh; shown, it catches up.
    f.workspace.apply(edits::addAction(f.data(), [] { Action a; a.description = QStringLiteral("Local"); return a; }(), {}), QStringLiteral("a"));
    QCOMPARE(panel.actionModel()->rowCount(), 0);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.actionModel()->rowCount(), 1);
    QVERIFY(f.doc()->undo());
    QCOMPARE(panel.actionModel()->rowCount(), 0);
    auto *import = panel.findChild<QPushButton *>(QStringLiteral("importActions"));
    FileDialog::setNextFileName(earlierPath);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(f.data().table<Action>().size(), 2);
    for (const Action &a : f.data().table<Action>().items()) {
        QCOMPARE(a.origin, QStringLiteral("Nairobi 2025"));
        QCOMPARE(a.ownerId, amina); // matched by name
        QVERIFY(a.status == QLatin1StringView("open") || a.status == QLatin1StringView("in_progress"));
        QCOMPARE(a.dueDate, QStringLiteral("2025-12-01"));
    }
    QCOMPARE(panel.actionModel()->rowCount(), 2);
    QCOMPARE(panel.actionModel()->index(0, ActionModel::OriginColumn).data().toString(), QStringLiteral("Nairobi 2025"));
    // The earlier workshop was opened read-only and is untouched.
    auto reopened = Document::open(earlierPath, WorkshopStore::Access::ReadOnly);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->data().table<Action>().size(), 4);
    reopened->reset();

    // Importing again adds nothing.
    FileDialog::setNextFileName(earlierPath);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(f.data().table<Action>().size(), 2);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("2 were already here")));

    // A file that is not a workshop: a message, nothing changed.
    QSignalSpy errors(&f.workspace, &Workspace::errorOccurred);
    QFile junk(f.dir.filePath(QStringLiteral("junk.pamoja")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a workshop");
    junk.close();
    FileDialog::setNextFileName(junk.fileName());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(errors.size(), 1);

    QVERIFY(f.doc()->undo());
    QCOMPARE(f.data().table<Action>().size(), 0);
}

// A title is the facilitator's text: "%1" in it is text, not a place for the next number.
void TestPlan::importMessageKeepsATitleWithPercentSigns()
{
    test::Fixture f;
    const QString title = QStringLiteral("Kisumu %1 review at 100%2");
    const QString earlierPath = f.dir.filePath(QStringLiteral("percent.pamoja"));
    {
        auto earlier = Document::create(earlierPath, title);
        QVERIFY(earlier);
        Action a;
        a.description = QStringLiteral("Share the budget");
        a.status = QStringLiteral("open");
        QVERIFY((*earlier)->apply(*edits::addAction((*earlier)->data(), a, {}), QStringLiteral("a")));
    }
    PlanPanel panel(&f.workspace);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    FileDialog::setNextFileName(earlierPath);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("importActions")), Qt::LeftButton);
    QCOMPARE(f.data().table<Action>().size(), 1);
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("1 open actions imported from \"Kisumu %1 review at 100%2\"; 0 were already here."));
    QCOMPARE(f.doc()->undoText(), QStringLiteral("Import 1 open action(s) from \"Kisumu %1 review at 100%2\""));
}

QTEST_MAIN(TestPlan)
#include "tst_panels_plan.moc"
