// File > Import Ideas in the real window: the preview comes first, table columns can be remapped,
// Import adds everything in one undo step, and a broken file says where and cannot be imported.
#include "uitestutil.h"

#include "common/messagebox.h"
#include "import/importideasdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace pamoja;
using namespace pamoja::uitest;

class TestImportIdeas : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    ImportIdeasDialog *openThroughMenu(const QString &path)
    {
        FileDialog::setNextFileName(path);
        m_window->action(QStringLiteral("importIdeas"))->trigger();
        return m_window->findChild<ImportIdeasDialog *>();
    }
    static QPushButton *importButton(ImportIdeasDialog *d) { return d->findChild<QPushButton *>(QStringLiteral("importButton")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setTestMode(true);
    }
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createWorkshop(QStringLiteral("Import test"), m_dir.filePath(QStringLiteral("w%1.pamoja").arg(++m_n))));
    }
    void cleanup() { m_window.reset(); }

    void previewThenImportInOneUndoStep()
    {
        const QString path = writeFile(QStringLiteral("notes.md"), QByteArray("# Step 2\n- Shared budgets\n- Direct funding\n\n# Step 3\n- Start in March\n"));
        ImportIdeasDialog *d = openThroughMenu(path);
        QVERIFY(d);
        QVERIFY(d->isVisible());
        // Nothing changed yet: the preview shows what will come.
        QCOMPARE(m_window->workspace()->document()->data().table<Idea>().size(), 0);
        QCOMPARE(d->preview()->rowCount(), 3);
        QCOMPARE(d->preview()->item(0, 1)->text(), QStringLiteral("Shared budgets"));
        QVERIFY(d->preview()->item(2, 2)->text().contains(QLatin1Char('3')));
        QVERIFY(saveScreenshot(d, QStringLiteral("import-ideas-preview")));
        QVERIFY(importButton(d)->isEnabled());
        QTest::mouseClick(importButton(d), Qt::LeftButton);
        const WorkshopData &data = m_window->workspace()->document()->data();
        QCOMPARE(data.ideas(2).size(), 2);
        QCOMPARE(data.ideas(3).size(), 1);
        // One undo step takes all three back.
        QVERIFY(m_window->workspace()->document()->undo());
        QCOMPARE(data.table<Idea>().size(), 0);
    }

    void remapTableColumns()
    {
        const QString path = writeFile(QStringLiteral("sheet.csv"), QByteArray("Theme,Who,Words\nfunding,Amina,Pool the budgets\ntrust,Kwame,Report once\n"));
        ImportIdeasDialog *d = openThroughMenu(path);
        QVERIFY(d);
        // No column is called Idea or Text: nothing to import until one is chosen.
        QVERIFY(!d->parsed());
        QVERIFY(!importButton(d)->isEnabled());
        QVERIFY(d->messageLabel()->text().contains(QStringLiteral("No column holds the ideas")));
        QCOMPARE(d->ideaColumns()->count(), 3);
        d->ideaColumns()->item(2)->setCheckState(Qt::Checked);
        QVERIFY2(d->parsed(), qPrintable(d->messageLabel()->text()));
        QCOMPARE(d->preview()->rowCount(), 2);
        QCOMPARE(d->preview()->item(1, 1)->text(), QStringLiteral("Report once"));
        QComboBox *who = d->columnBox(QStringLiteral("author"));
        QVERIFY(who);
        who->setCurrentIndex(who->findText(QStringLiteral("Who")));
        QCOMPARE(d->preview()->item(0, 4)->text(), QStringLiteral("Amina"));
        // Names not on the roster are said before importing.
        QVERIFY(d->messageLabel()->text().contains(QStringLiteral("Amina")));
        QVERIFY(d->importIdeas());
        QCOMPARE(m_window->workspace()->document()->data().table<Idea>().size(), 2);
    }

    void brokenFileSaysWhereAndImportsNothing()
    {
        const QString path = writeFile(QStringLiteral("broken.csv"), QByteArray("Idea,Name\n\"never closed,Amina\n"));
        ImportIdeasDialog *d = openThroughMenu(path);
        QVERIFY(d);
        QVERIFY(!importButton(d)->isEnabled());
        QVERIFY2(d->messageLabel()->text().contains(QStringLiteral("Line 2")), qPrintable(d->messageLabel()->text()));
        QVERIFY(!d->importIdeas());
        QCOMPARE(m_window->workspace()->document()->data().table<Idea>().size(), 0);
    }

    void xlsxAndCancel()
    {
        ImportIdeasDialog *d = openThroughMenu(QStringLiteral(PAMOJA_TEST_DATA "/ideas/xlsx/form-export.xlsx"));
        QVERIFY(d);
        QCOMPARE(d->preview()->rowCount(), 6);
        d->reject();
        QCOMPARE(m_window->workspace()->document()->data().table<Idea>().size(), 0);
        // A cancelled file dialog opens nothing.
        FileDialog::setNextFileName(QString());
        QVERIFY(!m_window->importIdeasDialog());
    }
};

QTEST_MAIN(TestImportIdeas)
#include "tst_importideas.moc"
