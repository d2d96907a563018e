#include "panelsfixture.h"

#include "cataloguedialog.h"
#include "catalogue/keywords.h"
#include "cataloguemodel.h"
#include "planedits.h"
#include "tagmodel.h"
#include "tagspanel.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace pamoja;

class TestTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagCountsAndFilter();
    void checkBoxTagsSelection();
    void catalogueEditing();
    void catalogueExportImport();
};

static void selectTag(TagsPanel &panel, const QUuid &id)
{
    const int row = panel.model()->rowOf(id);
    QVERIFY(row >= 0);
    panel.view()->setCurrentIndex(panel.model()->index(row, TagModel::NameColumn));
}

void TestTags::tagCountsAndFilter()
{
    test::Fixture f;
    TagsPanel panel(&f.workspace);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid a = f.idea(QStringLiteral("Shared agenda setting"));
    const QUuid b = f.idea(QStringLiteral("Direct funding"));
    const QUuid c = f.idea(QStringLiteral("Joint governance"));
    const QUuid cl = f.cluster(QStringLiteral("Money"), {b});
    const QUuid t03 = f.catalogue(QStringLiteral("T03"));
    const QUuid f03 = f.catalogue(QStringLiteral("F03"));
    QCOMPARE(panel.model()->rowCount(), 10 + 17); // themes and factors, not measures

    // Tag two ideas with a theme through the Apply button.
    f.workspace.setSelection({a, c});
    selectTag(panel, t03);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("applyTag")), Qt::LeftButton);
    QCOMPARE(panel.model()->countOf(t03), 2);
    // Tag a cluster with a factor by keyboard: Enter on the current row applies it.
    f.workspace.setSelection({cl});
    selectTag(panel, f03);
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(panel.model()->countOf(f03), 1);
    QVERIFY(f.data().tagItemsOf(cl).contains(f03));

    // The filter: only ideas carrying the tag (directly or through their cluster) match.
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("filterTag")), Qt::LeftButton);
    QCOMPARE(f.workspace.tagFilter(), f03);
    QVERIFY(f.workspace.matchesFilter(*f.data().table<Idea>().find(b)));
    QVERIFY(!f.workspace.matchesFilter(*f.data().table<Idea>().find(a)));
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("clearTagFilter")), Qt::LeftButton);
    QVERIFY(f.workspace.tagFilter().isNull());

    // Counts are per step: a step 2 view shows none.
    f.workspace.setStep(2);
    QCOMPARE(panel.model()->countOf(t03), 0);
    f.workspace.setStep(1);
    QCOMPARE(panel.model()->countOf(t03), 2);

    // Remove from one idea, then undo both steps.
    f.workspace.setSelection({a});
    selectTag(panel, t03);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("removeTag")), Qt::LeftButton);
    QCOMPARE(panel.model()->countOf(t03), 1);
    QVERIFY(f.doc()->undo());
    QCOMPARE(panel.model()->countOf(t03), 2);
    QVERIFY(f.doc()->undo()); // the factor on the cluster
    QCOMPARE(panel.model()->countOf(f03), 0);
    QVERIFY(f.doc()->undo());
    QCOMPARE(panel.model()->countOf(t03), 0);
}

void TestTags::checkBoxTagsSelection()
{
    test::Fixture f;
    TagsPanel panel(&f.workspace);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid a = f.idea(QStringLiteral("One"));
    const QUuid b = f.idea(QStringLiteral("Two"));
    const QUuid t01 = f.catalogue(QStringLiteral("T01"));
    f.workspace.apply(edits::addTag(f.data(), {a}, t01), QStringLiteral("tag"));
    f.workspace.setSelection({a, b});
    const QModelIndex idx = panel.model()->index(panel.model()->rowOf(t01), TagModel::NameColumn);
    QCOMPARE(idx.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY(panel.model()->setData(idx, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(panel.model()->countOf(t01), 2);
    const QModelIndex idx2 = panel.model()->index(panel.model()->rowOf(t01), TagModel::NameColumn);
    QCOMPARE(idx2.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
}

void TestTags::catalogueEditing()
{
    test::Fixture f;
    TagsPanel panel(&f.workspace);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("openCatalogue")), Qt::LeftButton);
    auto *dialog = panel.findChild<CatalogueDialog *>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->setKind(QStringLiteral("factor"));
    QCOMPARE(dialog->model()->rowCount(), 17);
    // F05 is countered by M06 and M07; provenance is shown.
    const int f05 = dialog->model()->rowOf(f.catalogue(QStringLiteral("F05")));
    QCOMPARE(dialog->model()->index(f05, CatalogueModel::RelationColumn).data().toString(), QStringLiteral("M06, M07"));
    QVERIFY(!dialog->model()->index(f05, CatalogueModel::ProvenanceColumn).data().toString().isEmpty());

    // A file upgraded from before keywords stores none for F05: the column shows the shipped ones of
    // its code, and editing one language keeps the other languages' (suggestions use them).
    const QUuid f05id = f.catalogue(QStringLiteral("F05"));
    f.workspace.apply(edits::modify<CatalogueItem>(f.data(), f05id, [](CatalogueItem &c) { c.keywords.clear(); }), QStringLiteral("upgraded"));
    const QString shippedHere = dialog->model()->index(f05, CatalogueModel::KeywordsColumn).data().toString();
    QVERIFY(!shippedHere.isEmpty());
    QVERIFY(dialog->model()->setData(dialog->model()->index(f05, CatalogueModel::KeywordsColumn), shippedHere + QStringLiteral(", visa")));
    const CatalogueItem *edited = f.data().table<CatalogueItem>().find(f05id);
    QVERIFY(keywords::in(*edited, QStringLiteral("fr")) == keywords::parse(keywords::shippedFor(edited->kind, edited->code)).value(QStringLiteral("fr")));
    QVERIFY(!keywords::in(*edited, QStringLiteral("fr")).isEmpty());
    QVERIFY(!keywords::in(*edited, QStringLiteral("pt")).isEmpty());
    QCOMPARE(dialog->model()->index(f05, CatalogueModel::KeywordsColumn).data().toString(), shippedHere + QStringLiteral(", visa"));

    // Add a factor by keyboard; it gets the next code.
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("catalogueNewName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Visa refusals for Southern staff"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(dialog->model()->rowCount(), 18);
    const QUuid added = f.catalogue(QStringLiteral("F18"));
    QVERIFY(!added.isNull());
    // Rename and describe in place.
    const int row = dialog->model()->rowOf(added);
    QVERIFY(dialog->model()->setData(dialog->model()->index(row, CatalogueModel::NameColumn), QStringLiteral("Visa refusals")));
    QVERIFY(dialog->model()->setData(dialog->model()->index(row, CatalogueModel::DescriptionColumn), QStringLiteral("Travel barriers")));
    QCOMPARE(f.data().table<CatalogueItem>().find(added)->name, QStringLiteral("Visa refusals"));

    // Removing a used entry asks first: "no" keeps it, "yes" removes it with its tags.
    const QUuid idea = f.idea(QStringLiteral("Visas"));
    f.workspace.apply(edits::addTag(f.data(), {idea}, added), QStringLiteral("tag"));
    dialog->view()->setCurrentIndex(dialog->model()->index(dialog->model()->rowOf(added), 0));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("catalogueRemove")), Qt::LeftButton);
    QVERIFY(f.data().table<CatalogueItem>().contains(added));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("catalogueRemove")), Qt::LeftButton);
    QVERIFY(!f.data().table<CatalogueItem>().contains(added));
    QVERIFY(f.data().tagItemsOf(idea).isEmpty());
    // Undo brings entry and tag back.
    QVERIFY(f.doc()->undo());
    QVERIFY(f.data().tagItemsOf(idea).contains(added));

    // Measures show the factors they counter, editable.
    dialog->setKind(QStringLiteral("measure"));
    const int m13 = dialog->model()->rowOf(f.catalogue(QStringLiteral("M13")));
    QCOMPARE(dialog->model()->index(m13, CatalogueModel::RelationColumn).data().toString(), QStringLiteral("F03,F04"));
    QVERIFY(dialog->model()->setData(dialog->model()->index(m13, CatalogueModel::RelationColumn), QStringLiteral("f03, f04, f17")));
    QCOMPARE(edits::measuresCountering(f.data(), QStringLiteral("F17")).size(), 1);
}

void TestTags::catalogueExportImport()
{
    test::Fixture f;
    CatalogueDialog dialog(&f.workspace);
    const QString path = f.dir.filePath(QStringLiteral("cat.json"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("catalogueExport")), Qt::LeftButton);
    QVERIFY(QFile::exists(path));

    // Into another workshop whose F01 was renamed and which lacks a measure: both restored.
    test::Fixture g;
    CatalogueDialog other(&g.workspace);
    g.workspace.apply(edits::modify<CatalogueItem>(g.data(), g.catalogue(QStringLiteral("F01")),
                                                   [](CatalogueItem &c) { c.name = QStringLiteral("Renamed"); }),
                      QStringLiteral("rename"));
    g.workspace.apply(edits::removeCatalogueItem(g.data(), g.catalogue(QStringLiteral("M13"))), QStringLiteral("rm"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(other.findChild<QPushButton *>(QStringLiteral("catalogueImport")), Qt::LeftButton);
    QVERIFY(!g.catalogue(QStringLiteral("M13")).isNull());
    QCOMPARE(g.data().table<CatalogueItem>().find(g.catalogue(QStringLiteral("F01")))->name,
             f.data().table<CatalogueItem>().find(f.catalogue(QStringLiteral("F01")))->name);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("1 entries added, 1 updated."));

    // A broken file changes nothing.
    QFile bad(f.dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format":"pamoja-catalogue","version":1,"items":[{"kind":"factor","code":"F99"}]})");
    bad.close();
    const int before = g.data().table<CatalogueItem>().size();
    QSignalSpy errors(&g.workspace, &Workspace::errorOccurred);
    FileDialog::setNextFileName(bad.fileName());
    QTest::mouseClick(other.findChild<QPushButton *>(QStringLiteral("catalogueImport")), Qt::LeftButton);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(g.data().table<CatalogueItem>().size(), before);
}

QTEST_MAIN(TestTags)
#include "tst_panels_tags.moc"
