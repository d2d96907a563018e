// New, open, recent, read-only when locked, save a copy, close, drop a file, settings.
#include "uitestutil.h"

#include "common/messagebox.h"
#include "common/newworkshopdialog.h"
#include "common/settingsdialog.h"
#include "i18n.h"
#include "outline/outlineview.h"

#include <QAction>
#include <QComboBox>
#include <functional>
#include <QDockWidget>
#include <QMenu>
#include <QMimeData>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

using namespace pamoja;
using namespace pamoja::uitest;

class TestFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void newFromMenuAndRecent()
    {
        MainWindow w;
        w.show();
        const QString path = m_dir.filePath(QStringLiteral("new.pamoja"));
        NewWorkshopDialog::setNextAnswer(QStringLiteral("Kampala 2026"), path);
        w.action(QStringLiteral("new"))->trigger();
        QVERIFY(w.workspace()->document());
        QVERIFY(w.windowTitle().contains(QStringLiteral("Kampala 2026")));
        QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList().value(0), path);
        // Save a copy through the file-dialog seam.
        const QString copy = m_dir.filePath(QStringLiteral("copy.pamoja"));
        FileDialog::setNextFileName(copy);
        w.action(QStringLiteral("saveCopy"))->trigger();
        QVERIFY(QFileInfo::exists(copy));
        QVERIFY(w.lastMessage().contains(QStringLiteral("copy")));
        w.action(QStringLiteral("close"))->trigger();
        QVERIFY(!w.workspace()->document());
        // Open Recent lists it and opens it.
        QMenu *recent = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QAction *first = recent->actions().value(0);
        QVERIFY(first && first->data().toString() == path);
        first->trigger();
        QVERIFY(w.workspace()->document());
        QCOMPARE(w.workspace()->document()->path(), path);
        // Open through the dialog seam.
        w.closeWorkshop();
        FileDialog::setNextFileName(copy);
        w.action(QStringLiteral("open"))->trigger();
        QCOMPARE(w.workspace()->document()->path(), copy);
        // Undo/redo texts come from the document.
        capture(&w, QStringLiteral("Idea"));
        QCOMPARE(w.action(QStringLiteral("undo"))->text(), QStringLiteral("&Undo Add idea"));
    }

    void lockedFileOffersReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.pamoja"));
        auto holder = Document::create(path, QStringLiteral("Held elsewhere"));
        QVERIFY(holder);
        MainWindow w;
        w.show();
        // Declined: nothing opens.
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!w.openFile(path));
        QVERIFY(!w.workspace()->document());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("read-only")));
        // Accepted: open read-only, with a visible banner and no way to change anything.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(w.openFile(path));
        QVERIFY(w.workspace()->document()->isReadOnly());
        QVERIFY(w.readOnlyBanner()->isVisible());
        QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(!w.captureBar()->lineEdit()->isEnabled());
        QVERIFY(!w.action(QStringLiteral("privateWriting"))->isEnabled());
        QVERIFY(saveScreenshot(&w, QStringLiteral("read-only")));
    }

    void badFileIsAMessageNotADialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.pamoja"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a workshop");
        f.close();
        MainWindow w;
        w.show();
        QVERIFY(!w.openFile(path));
        QVERIFY(w.lastMessage().contains(QStringLiteral("not a Pamoja workshop")));
        QVERIFY(!w.openFile(m_dir.filePath(QStringLiteral("missing.pamoja"))));
        QVERIFY(w.lastMessage().contains(QStringLiteral("does not exist")));
    }

    void dropAFileOpensIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.pamoja"));
        QVERIFY(Document::create(path, QStringLiteral("Dropped")));
        MainWindow w;
        w.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(w.workspace()->document());
        QCOMPARE(w.workspace()->document()->data().workshop().title, QStringLiteral("Dropped"));
    }

    void layoutIsRemembered()
    {
        {
            MainWindow w;
            w.resize(1111, 777);
            w.show();
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    void settingsLanguage()
    {
        SettingsDialog dlg;
        QComboBox *box = dlg.languageBox();
        QCOMPARE(box->count(), int(i18n::supportedLanguages().size()) + 1);
        box->setCurrentIndex(box->findData(QStringLiteral("fr")));
        dlg.save();
        QCOMPARE(i18n::preferredLanguage(), QStringLiteral("fr"));
        box->setCurrentIndex(0);
        dlg.save();
    }

    void everyControlHasAnAccessibleNameAndDocksAreListed()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.createWorkshop(QStringLiteral("A11y"), m_dir.filePath(QStringLiteral("a11y.pamoja"))));
        for (QWidget *c : {static_cast<QWidget *>(w.captureBar()->lineEdit()),
                           static_cast<QWidget *>(w.captureBar()->authorBox()), static_cast<QWidget *>(w.board()->view()),
                           static_cast<QWidget *>(w.outline()), static_cast<QWidget *>(w.searchField())})
            QVERIFY2(!c->accessibleName().isEmpty(), c->metaObject()->className());
        for (QDockWidget *d : w.panelDocks()) {
            QVERIFY(!d->objectName().isEmpty());
            QVERIFY(w.findChildren<QAction *>().contains(d->toggleViewAction()) ||
                    !d->toggleViewAction()->associatedObjects().isEmpty());
        }
        // Shortcuts are listed in the menus.
        QCOMPARE(w.action(QStringLiteral("presenter"))->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(w.action(QStringLiteral("find"))->shortcut(), QKeySequence(QKeySequence::Find));
    }

    // A fresh account has no ~/Documents: the dialog makes it and proposes a file named after the
    // title; the second workshop gets a name of its own instead of being refused.
    void firstAndSecondWorkshopOnAFreshAccount()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(docs.startsWith(home.path()));
        QVERIFY(!QFileInfo::exists(docs));
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QString proposed;
        for (const QString &expected : {QStringLiteral("Kampala-2026.pamoja"), QStringLiteral("Kampala-2026-2.pamoja")}) {
            answerNewDialog([&](NewWorkshopDialog *dlg) {
                typeText(dlg->titleEdit(), QStringLiteral("Kampala 2026"));
                proposed = dlg->fileEdit()->text();
                dlg->accept();
            });
            w.action(QStringLiteral("new"))->trigger();
            QCOMPARE(proposed, QDir(docs).filePath(expected));
            QVERIFY2(w.workspace()->document(), qPrintable(w.lastMessage()));
            QCOMPARE(w.workspace()->document()->path(), QDir(docs).filePath(expected));
            QCOMPARE(w.workspace()->document()->data().workshop().title, QStringLiteral("Kampala 2026"));
            QTRY_COMPARE(w.focusWidget(), w.captureBar()->lineEdit());
        }
        QVERIFY(saveScreenshot(&w, QStringLiteral("new-second-workshop")));
        qputenv("HOME", oldHome);
    }

    // The name follows the title until the facilitator edits it; only safe characters; never a
    // file that exists.
    void fileNameFollowsTheTitle()
    {
        NewWorkshopDialog dlg;
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        const QString folder = QFileInfo(dlg.fileEdit()->text()).absolutePath();
        typeText(dlg.titleEdit(), QStringLiteral("Réunion / Dakar: 50% \"égal\"?"));
        QCOMPARE(QFileInfo(dlg.fileEdit()->text()).fileName(), QStringLiteral("Réunion-Dakar-50-égal.pamoja"));
        QCOMPARE(QFileInfo(dlg.fileEdit()->text()).absolutePath(), folder);
        dlg.fileEdit()->setFocus();
        dlg.fileEdit()->selectAll();
        typeText(dlg.fileEdit(), m_dir.filePath(QStringLiteral("mine")));
        typeText(dlg.titleEdit(), QStringLiteral(" bis"));
        QCOMPARE(dlg.fileEdit()->text(), m_dir.filePath(QStringLiteral("mine")));
        QCOMPARE(dlg.filePath(), m_dir.filePath(QStringLiteral("mine.pamoja")));
        // Numbered, never an existing file.
        QVERIFY(Document::create(m_dir.filePath(QStringLiteral("Accra.pamoja")), QStringLiteral("Accra")));
        QVERIFY(Document::create(m_dir.filePath(QStringLiteral("Accra-2.pamoja")), QStringLiteral("Accra")));
        QCOMPARE(NewWorkshopDialog::suggestedPath(m_dir.path(), QStringLiteral("Accra")), m_dir.filePath(QStringLiteral("Accra-3.pamoja")));
        QCOMPARE(NewWorkshopDialog::suggestedPath(m_dir.path(), QStringLiteral("../../etc/passwd")), m_dir.filePath(QStringLiteral("etc-passwd.pamoja")));
        QCOMPARE(QFileInfo(NewWorkshopDialog::suggestedPath(m_dir.path(), QStringLiteral("?!"))).fileName(), QStringLiteral("workshop.pamoja"));
    }

    // A refused file keeps the dialog open with the reason beside the field and the title typed.
    void refusedFileKeepsTheDialogOpen()
    {
        NewWorkshopDialog dlg;
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        typeText(dlg.titleEdit(), QStringLiteral("Nairobi"));
        const QString taken = m_dir.filePath(QStringLiteral("taken.pamoja"));
        QVERIFY(Document::create(taken, QStringLiteral("Taken")));
        dlg.setFilePath(taken);
        dlg.accept();
        QVERIFY(dlg.isVisible());
        QCOMPARE(dlg.result(), int(QDialog::Rejected));
        QVERIFY(dlg.problemText().contains(QStringLiteral("already exists")));
        QCOMPARE(dlg.title(), QStringLiteral("Nairobi"));
        QVERIFY(saveScreenshot(&dlg, QStringLiteral("new-workshop-refused")));
        dlg.setFilePath(m_dir.filePath(QStringLiteral("no/such/folder/w.pamoja")));
        QVERIFY(dlg.problemText().isEmpty()); // a new choice clears the old reason
        dlg.accept();
        QVERIFY(dlg.isVisible());
        QVERIFY(dlg.problemText().contains(QStringLiteral("does not exist")));
        dlg.setFilePath(m_dir.filePath(QStringLiteral("nairobi.pamoja")));
        dlg.accept();
        QVERIFY(!dlg.isVisible());
        QCOMPARE(dlg.result(), int(QDialog::Accepted));
    }

    // The file field's label is "File:" with F as its mnemonic, not a literal "&File:".
    void fileLabelHasItsMnemonic()
    {
        NewWorkshopDialog dlg;
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        dlg.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        QCOMPARE(dlg.fileLabel()->buddy(), dlg.fileEdit());
        QVERIFY(!dlg.fileLabel()->text().isEmpty());
        dlg.titleEdit()->setFocus();
        QTest::keyClick(&dlg, Qt::Key_F, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dlg.fileEdit());
    }

    // An error from a failed attempt does not stay beside the workshop that then opens.
    void staleErrorIsClearedOnSuccess()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.createWorkshop(QStringLiteral("Lost"), m_dir.filePath(QStringLiteral("missing/dir/x.pamoja"))));
        QVERIFY(!w.lastMessage().isEmpty());
        QVERIFY(!w.statusBar()->currentMessage().isEmpty());
        QVERIFY(w.createWorkshop(QStringLiteral("Found"), m_dir.filePath(QStringLiteral("found.pamoja"))));
        QCOMPARE(w.lastMessage(), QString());
        QCOMPARE(w.statusBar()->currentMessage(), QString());
    }

private:
    // Answers the real New Workshop dialog once it is open.
    void answerNewDialog(std::function<void(NewWorkshopDialog *)> fn)
    {
        QTimer::singleShot(0, this, [fn] {
            auto *dlg = qobject_cast<NewWorkshopDialog *>(QApplication::activeModalWidget());
            QVERIFY(dlg);
            fn(dlg);
        });
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
