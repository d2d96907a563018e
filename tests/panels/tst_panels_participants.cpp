#include "panelsfixture.h"

#include "balancemeter.h"
#include "participantmodel.h"
#include "participantspanel.h"
#include "rosterimportdialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace pamoja;

class TestParticipants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rosterEditing();
    void refreshUpdatesInPlaceOrResets();
    void csvImport_data();
    void csvImport();
    void balanceWarning();
};

// The table models of the panels share this: a refresh with the same rows updates them in place (an
// open editor and the selection keep their index), other rows reset the model.
void TestParticipants::refreshUpdatesInPlaceOrResets()
{
    test::Fixture f;
    const QUuid amina = f.person(QStringLiteral("Amina"), QStringLiteral("south"));
    ParticipantModel m(&f.workspace);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.columnCount(), int(ParticipantModel::ColumnCount));
    QCOMPARE(m.idAt(0), amina);
    QCOMPARE(m.rowOf(amina), 0);
    QCOMPARE(m.idAt(1), QUuid());
    QCOMPARE(m.rowOf(QUuid::createUuid()), -1);

    QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex cell(m.index(0, ParticipantModel::CountryColumn));
    QVERIFY(m.setData(cell, QStringLiteral("Mali")));
    m.refresh();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toString(), QStringLiteral("Mali"));

    f.person(QStringLiteral("Bram"), QStringLiteral("north"));
    m.refresh();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m.rowCount(), 2);
    QVERIFY(!cell.isValid());

    f.workspace.setDocument(nullptr);
    m.refresh();
    QCOMPARE(m.rowCount(), 0);
    QCOMPARE(m.index(0, 0).data(), QVariant());
}

void TestParticipants::rosterEditing()
{
    test::Fixture f;
    ParticipantsPanel panel(&f.workspace);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(900, 700);
    panel.show();
    QApplication::setActiveWindow(&panel);
    QVERIFY(QTest::qWaitForWindowActive(&panel));

    auto *name = panel.findChild<QLineEdit *>(QStringLiteral("newParticipantName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Amina"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(f.data().table<Participant>().size(), 1);
    const QUuid id = f.data().participants().first().id;
    auto *m = panel.model();

    // Organisation typed from the keyboard: a new organisation is created and linked.
    QTableView *view = panel.view();
    view->setCurrentIndex(m->index(0, ParticipantModel::OrganisationColumn));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, QStringLiteral("Sahel Voices"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(m->index(0, ParticipantModel::OrganisationColumn).data().toString(), QStringLiteral("Sahel Voices"));
    QCOMPARE(f.data().table<Organisation>().size(), 1);

    QVERIFY(m->setData(m->index(0, ParticipantModel::ConstituencyColumn), QStringLiteral("north")));
    QCOMPARE(f.data().participant(id)->constituency, QStringLiteral("north"));
    QVERIFY(m->setData(m->index(0, ParticipantModel::CountryColumn), QStringLiteral("Mali")));
    QVERIFY(m->setData(m->index(0, ParticipantModel::LanguageColumn), QStringLiteral("FR")));
    QCOMPARE(f.data().participant(id)->language, QStringLiteral("fr"));
    QVERIFY(m->setData(m->index(0, ParticipantModel::RoleColumn), QStringLiteral("observer")));
    QVERIFY(m->setData(m->index(0, ParticipantModel::ConsentColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(f.data().participant(id)->consent);
    QVERIFY(m->setData(m->index(0, ParticipantModel::PresentColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!f.data().participant(id)->present);

    // Invalid edits are refused with a message.
    QSignalSpy errors(&f.workspace, &Workspace::errorOccurred);
    f.person(QStringLiteral("Kofi"), QStringLiteral("south"));
    QVERIFY(!m->setData(m->index(m->rowOf(id), ParticipantModel::NameColumn), QStringLiteral("kofi")));
    QVERIFY(!m->setData(m->index(m->rowOf(id), ParticipantModel::ConstituencyColumn), QStringLiteral("martian")));
    QCOMPARE(errors.size(), 2);

    // Undo each edit back to the plain participant.
    QVERIFY(f.doc()->undo()); // Kofi
    for (int i = 0; i < 7; ++i)
        QVERIFY(f.doc()->undo());
    const Participant *p = f.data().participant(id);
    QCOMPARE(p->constituency, QStringLiteral("south")); // the add form's first choice
    QVERIFY(p->organisationId.isNull());
    QVERIFY(p->present);
    QVERIFY(!p->consent);
}

void TestParticipants::csvImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("importable");
    QTest::addColumn<int>("added");
    QTest::newRow("dutch") << "valid_dutch_bom_semicolon.csv" << true << 2;
    QTest::newRow("quoted") << "valid_quoted_multiline.csv" << true << 2;
    QTest::newRow("row errors") << "row_errors.csv" << false << 0;
    QTest::newRow("latin-1") << "latin1.csv" << false << 0;
    QTest::newRow("missing file") << "does_not_exist.csv" << false << 0;
}

void TestParticipants::csvImport()
{
    QFETCH(QString, file);
    QFETCH(bool, importable);
    QFETCH(int, added);
    test::Fixture f;
    ParticipantsPanel panel(&f.workspace);
    FileDialog::setNextFileName(QStringLiteral(PAMOJA_TEST_DATA "/csv/") + file);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("importRoster")), Qt::LeftButton);
    auto *dialog = panel.findChild<RosterImportDialog *>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->isImportable(), importable);
    QCOMPARE(dialog->importButton()->isEnabled(), importable);
    if (!importable) {
        QVERIFY(dialog->summary().contains(QStringLiteral("Nothing will be imported")) ||
                dialog->summary().contains(QStringLiteral("cannot be imported")));
        if (file == QLatin1StringView("row_errors.csv")) {
            QVERIFY(dialog->summary().contains(QStringLiteral("Line 3: Unknown constituency \"martian\"")));
            QCOMPARE(dialog->model()->rowCount(), 8);
            QVERIFY(dialog->model()->index(0, RosterPreviewModel::ProblemsColumn).data().toString().contains(QStringLiteral("name is missing")));
            QVERIFY(dialog->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
        }
        dialog->importRoster(); // refused
        QCOMPARE(f.data().table<Participant>().size(), 0);
        dialog->reject();
        return;
    }
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QCOMPARE(f.data().table<Participant>().size(), added);
    QCOMPARE(panel.model()->rowCount(), added);
    QVERIFY(f.doc()->undo()); // one step
    QCOMPARE(f.data().table<Participant>().size(), 0);
}

void TestParticipants::balanceWarning()
{
    test::Fixture f;
    QList<QUuid> south, north;
    for (int i = 0; i < 3; ++i) {
        south << f.person(QStringLiteral("South %1").arg(i), QStringLiteral("south"), QStringLiteral("Southern org"));
        north << f.person(QStringLiteral("North %1").arg(i), QStringLiteral("north"), QStringLiteral("Northern org"));
    }
    ParticipantsPanel panel(&f.workspace);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(800, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.meter()->warnings().isEmpty());

    // Northern participants give 6 ideas, Southern 1: 14% of ideas for 50% of the people.
    for (int i = 0; i < 6; ++i)
        f.idea(QStringLiteral("Northern idea %1").arg(i), 1, north.at(i % 3));
    f.idea(QStringLiteral("Southern idea"), 1, south.first());
    const QStringList warnings = panel.meter()->warnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QStringLiteral("Southern CSO gave 14% of the ideas but are 50%")));
    QVERIFY(panel.warningLabel()->isVisible());
    QCOMPARE(panel.warningLabel()->text(), warnings.first());
    QVERIFY(panel.meter()->accessibleDescription().contains(QStringLiteral("Southern CSO: 50% of people, 14% of ideas")));
    QCoreApplication::processEvents(); // let pending layout requests settle before the screenshot
    QVERIFY(panel.grab().save(test::screenshotPath(QStringLiteral("panels-participants-balance.png"))));

    // Two more Southern ideas: 3 of 9 is 33%, above half of 50%: the warning goes.
    f.idea(QStringLiteral("Southern idea 2"), 1, south.at(1));
    f.idea(QStringLiteral("Southern idea 3"), 1, south.at(2));
    QVERIFY(panel.meter()->warnings().isEmpty());
    QVERIFY(!panel.warningLabel()->isVisible());
    // Undo brings it back.
    QVERIFY(f.doc()->undo());
    QVERIFY(f.doc()->undo());
    QCOMPARE(panel.meter()->warnings().size(), 1);

    // Participants marked absent do not count for attendance: with the South absent, no warning.
    for (const QUuid &id : south) {
        f.workspace.apply(edits::modify<Participant>(f.data(), id, [](Participant &x) { x.present = false; }), QStringLiteral("absent"));
    }
    QVERIFY(panel.meter()->warnings().isEmpty());
}

QTEST_MAIN(TestParticipants)
#include "tst_panels_participants.moc"
