// Capture from the keyboard, attribution, undo/redo and delete on the real main window.
#include "uitestutil.h"

#include "domain/constituency.h"
#include "edits.h"
#include "steps/promptheader.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QTabBar>
#include <QTimer>

using namespace pamoja;
using namespace pamoja::uitest;

class TestCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("capture-%1.pamoja").arg(++m_n));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(m_window->createWorkshop(QStringLiteral("Capture test"), m_path));
    }
    void cleanup() { m_window.reset(); }

    void captureThreeIdeasIncludingNonAscii()
    {
        const QStringList texts{QStringLiteral("Shared calls for proposals"),
                                QStringLiteral("Décisions prises ensemble à Dakar"),
                                QStringLiteral("Uwazi — ufadhili wa moja kwa moja ✓ 参与")};
        for (const QString &t : texts)
            capture(m_window.get(), t);
        const auto ideas = ideasOf(m_window.get());
        QCOMPARE(ideas.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ideas[i].text, texts[i]);
        // The bar is empty and keeps the focus for the next idea.
        QVERIFY(m_window->captureBar()->lineEdit()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), m_window->captureBar()->lineEdit());
        // On the board at once.
        QCOMPARE(m_window->board()->scene()->noteCount(), 3);
        for (const Idea &i : ideas)
            QVERIFY(m_window->board()->scene()->note(i.id));
        // Persisted: a second reader sees them.
        auto reader = Document::open(m_path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE((*reader)->data().ideas(1).size(), 3);
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("step1-capture")));
    }

    void attributionToParticipantOrAnonymous()
    {
        Workspace *ws = m_window->workspace();
        Participant p;
        p.name = QStringLiteral("Amina");
        p.constituency = constituency::South;
        QVERIFY(ws->apply(edits::addParticipant(ws->document()->data(), p, QStringLiteral("Kenya CSO Forum")),
                          QStringLiteral("add participant")));
        QComboBox *author = m_window->captureBar()->authorBox();
        QCOMPARE(author->count(), 2);
        QCOMPARE(author->itemText(0), QStringLiteral("Anonymous"));
        author->setCurrentIndex(1);
        capture(m_window.get(), QStringLiteral("Southern partners lead the design"));
        author->setCurrentIndex(0);
        capture(m_window.get(), QStringLiteral("Nobody knows who wrote this"));
        const auto ideas = ideasOf(m_window.get());
        QCOMPARE(ideas.size(), 2);
        QCOMPARE(ws->document()->data().participantName(ideas[0].authorId), QStringLiteral("Amina"));
        QCOMPARE(ideas[0].constituency, constituency::South);
        QVERIFY(ideas[1].authorId.isNull());
        QVERIFY(ideas[1].constituency.isEmpty());
    }

    void emptyTextAddsNothing()
    {
        capture(m_window.get(), QStringLiteral("   "));
        QCOMPARE(ideasOf(m_window.get()).size(), 0);
    }

    void undoAndRedo()
    {
        capture(m_window.get(), QStringLiteral("First"));
        capture(m_window.get(), QStringLiteral("Second"));
        QAction *undo = m_window->action(QStringLiteral("undo"));
        QAction *redo = m_window->action(QStringLiteral("redo"));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("Add idea")));
        QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        // From the keyboard, with the focus on the board.
        m_window->board()->view()->setFocus();
        QTest::keyClick(m_window->board()->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(ideasOf(m_window.get()).size(), 1);
        QCOMPARE(m_window->board()->scene()->noteCount(), 1);
        QVERIFY(redo->isEnabled());
        QTest::keyClick(m_window->board()->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(ideasOf(m_window.get()).size(), 2);
        QCOMPARE(m_window->board()->scene()->noteCount(), 2);
        undo->trigger();
        undo->trigger();
        QCOMPARE(ideasOf(m_window.get()).size(), 0);
        QVERIFY(!undo->isEnabled());
        redo->trigger();
        QCOMPARE(ideasOf(m_window.get()).size(), 1);
    }

    void deleteAndUndo()
    {
        capture(m_window.get(), QStringLiteral("Keep me"));
        capture(m_window.get(), QStringLiteral("Delete me"));
        BoardScene *scene = m_window->board()->scene();
        BoardView *view = m_window->board()->view();
        const QUuid victim = ideasOf(m_window.get())[1].id;
        view->setFocus();
        clickOnView(view, noteCentre(scene, victim));
        QCOMPARE(scene->selectedIdeaIds(), QList<QUuid>{victim});
        QCOMPARE(m_window->workspace()->selection(), QList<QUuid>{victim});
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(ideasOf(m_window.get()).size(), 1);
        QVERIFY(!scene->note(victim));
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(ideasOf(m_window.get()).size(), 2);
        QVERIFY(scene->note(victim));
        QCOMPARE(scene->note(victim)->text(), QStringLiteral("Delete me"));
    }

    void promptIsEditable()
    {
        PromptEditProbe();
    }

    // A facilitator opens the workshop and starts typing: the words become an idea, wherever the
    // keyboard was before (here on the step tabs).
    void typingAfterOpeningCaptures()
    {
        m_window->closeWorkshop();
        stepTabs()->setFocus();
        QVERIFY(m_window->openFile(m_path));
        typeIntoFocus(QStringLiteral("Décider ensemble à Dakar"));
        QVERIFY(hasIdea(1, QStringLiteral("Décider ensemble à Dakar")));
    }

    void typingAfterSwitchingStepsCaptures()
    {
        QTabBar *tabs = stepTabs();
        tabs->setFocus();
        QTest::mouseClick(tabs, Qt::LeftButton, Qt::NoModifier, tabs->tabRect(1).center());
        QCOMPARE(m_window->workspace()->step(), 2);
        typeIntoFocus(QStringLiteral("Funding flows directly"));
        QVERIFY(hasIdea(2, QStringLiteral("Funding flows directly")));
        // From the keyboard too, with the focus on the board.
        m_window->board()->view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->workspace()->step(), 3);
        typeIntoFocus(QStringLiteral("Co-write the proposal"));
        QVERIFY(hasIdea(3, QStringLiteral("Co-write the proposal")));
    }

    void typingAfterADialogCaptures()
    {
        stepTabs()->setFocus();
        QTimer::singleShot(0, this, [] {
            if (QWidget *dialog = QApplication::activeModalWidget())
                static_cast<QDialog *>(dialog)->reject();
        });
        m_window->action(QStringLiteral("workshopSettings"))->trigger();
        // The window's own focus once the dialog is gone; the desktop then activates the window again.
        QTRY_COMPARE(m_window->focusWidget(), m_window->captureBar()->lineEdit());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(QApplication::focusWidget(), m_window->captureBar()->lineEdit());
        typeIntoFocus(QStringLiteral("After the settings"));
        QVERIFY(hasIdea(1, QStringLiteral("After the settings")));
    }

private:
    void PromptEditProbe();
    QTabBar *stepTabs() const
    {
        for (QTabBar *t : m_window->findChildren<QTabBar *>())
            if (t->accessibleName() == QLatin1StringView("Steps"))
                return t;
        return nullptr;
    }
    // Key events, one per character, to whatever has the keyboard, then Enter.
    static void typeIntoFocus(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *target = QApplication::focusWidget();
            QVERIFY(target);
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &release);
        }
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    bool hasIdea(int step, const QString &text) const
    {
        const auto ideas = ideasOf(m_window.get(), step);
        return std::any_of(ideas.begin(), ideas.end(), [&](const Idea &i) { return i.text == text; });
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestCapture::PromptEditProbe()
{
    PromptEdit *edit = m_window->promptHeader()->editor();
    QVERIFY(!edit->toPlainText().isEmpty());
    edit->setFocus();
    edit->selectAll();
    typeText(edit, QStringLiteral("¿Cómo sería una asociación equilibrada?"));
    QTest::keyClick(edit, Qt::Key_Return);
    const auto prompts = m_window->workspace()->document()->data().prompts(1);
    QCOMPARE(prompts.first().text, QStringLiteral("¿Cómo sería una asociación equilibrada?"));
    // Ideas go to the active prompt.
    capture(m_window.get(), QStringLiteral("Joint budgets"));
    QCOMPARE(ideasOf(m_window.get()).first().promptId, prompts.first().id);
    m_window->action(QStringLiteral("undo"))->trigger();
    m_window->action(QStringLiteral("undo"))->trigger();
    QVERIFY(m_window->workspace()->document()->data().prompts(1).first().text != QStringLiteral("¿Cómo sería una asociación equilibrada?"));
    QCOMPARE(m_window->promptHeader()->promptText(), m_window->workspace()->document()->data().prompts(1).first().text);
}

QTEST_MAIN(TestCapture)
#include "tst_capture.moc"
