// The note-taker's quick-capture window, driven from the real main window and on its own (pamoja
// capture FILE): Enter saves to the chosen step, prompt and speaker; undo removes the newest capture.
#include "uitestutil.h"

#include "capture/quickcapturewindow.h"
#include "domain/constituency.h"
#include "edits.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>

using namespace pamoja;
using namespace pamoja::uitest;

namespace {

void enterLine(QuickCaptureWindow *w, const QString &text)
{
    typeText(w->lineEdit(), text);
    QTest::keyClick(w->lineEdit(), Qt::Key_Return);
}

} // namespace

class TestQuickCapture : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("quick-%1.pamoja").arg(++m_n));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->createWorkshop(QStringLiteral("Breakout room B"), m_path));
    }
    void cleanup() { m_window.reset(); }

    void shortcutOpensItOnTop()
    {
        QAction *a = m_window->action(QStringLiteral("quickCapture"));
        QVERIFY(a);
        QCOMPARE(a->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QCOMPARE(a->shortcutContext(), Qt::ApplicationShortcut);
        QVERIFY(a->isEnabled());
        a->trigger();
        QuickCaptureWindow *w = m_window->quickCapture();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->windowFlags() & Qt::WindowStaysOnTopHint);
        QVERIFY(w->windowTitle().contains(QStringLiteral("Breakout room B")));
        // Opening it again gives the same window.
        a->trigger();
        QCOMPARE(m_window->quickCapture(), w);
        m_window->closeWorkshop();
        QVERIFY(!a->isEnabled());
        QVERIFY(!w->lineEdit()->isEnabled());
    }

    void enterSavesToStepPromptAndSpeaker()
    {
        Workspace *ws = m_window->workspace();
        Participant p;
        p.name = QStringLiteral("Kwame");
        p.constituency = constituency::South;
        QVERIFY(ws->apply(edits::addParticipant(ws->document()->data(), p, QStringLiteral("Accra Forum")), QStringLiteral("add")));
        Prompt extra;
        extra.id = newId();
        extra.step = 2;
        extra.text = QStringLiteral("What must change in funding?");
        extra.position = 5;
        ChangeSet cs;
        cs.insert(extra);
        QVERIFY(ws->apply(cs, QStringLiteral("prompt")));

        QuickCaptureWindow *w = m_window->showQuickCapture();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        enterLine(w, QStringLiteral("Shared budgets from the start"));
        w->stepBox()->setCurrentIndex(w->stepBox()->findData(2));
        QCOMPARE(w->promptBox()->count(), ws->document()->data().prompts(2).size());
        w->promptBox()->setCurrentIndex(w->promptBox()->findText(extra.text));
        w->speakerBox()->setCurrentIndex(w->speakerBox()->findText(QStringLiteral("Kwame"), Qt::MatchStartsWith));
        enterLine(w, QStringLiteral("Core funding direct to Southern partners — «vraiment»"));
        // Whitespace only: nothing saved, nothing lost.
        enterLine(w, QStringLiteral("   "));

        const WorkshopData &d = ws->document()->data();
        QCOMPARE(d.ideas(1).size(), 1);
        QCOMPARE(d.ideas(1).first().text, QStringLiteral("Shared budgets from the start"));
        QVERIFY(d.ideas(1).first().authorId.isNull());
        QCOMPARE(d.ideas(2).size(), 1);
        const Idea second = d.ideas(2).first();
        QCOMPARE(second.promptId, extra.id);
        QCOMPARE(d.participantName(second.authorId), QStringLiteral("Kwame"));
        QCOMPARE(second.constituency, constituency::South);
        QVERIFY(second.created.isValid());
        // Listed newest first with the speaker; the line is empty and keeps the focus.
        QCOMPARE(w->recentList()->count(), 2);
        QVERIFY(w->recentList()->item(0)->text().contains(QStringLiteral("Core funding")));
        QVERIFY(w->recentList()->item(0)->text().contains(QStringLiteral("Kwame")));
        QVERIFY(w->lineEdit()->text().trimmed().isEmpty());
        // Persisted at once: a second reader sees both.
        auto reader = Document::open(m_path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE((*reader)->data().table<Idea>().size(), 2);
        QVERIFY(saveScreenshot(w, QStringLiteral("quick-capture")));
    }

    void undoRemovesNewestCaptureOnly()
    {
        QuickCaptureWindow *w = m_window->showQuickCapture();
        Workspace *ws = m_window->workspace();
        capture(m_window.get(), QStringLiteral("Typed in the main window"));
        enterLine(w, QStringLiteral("first"));
        enterLine(w, QStringLiteral("second"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keySequence(w->lineEdit(), QKeySequence::Undo);
        // The capture window's own undo ran (not the main window's Undo of the last change).
        QCOMPARE(ws->document()->undoText(), QStringLiteral("Remove captured idea"));
        QStringList texts;
        for (const Idea &i : ws->document()->data().ideas(1))
            texts << i.text;
        QCOMPARE(texts, (QStringList{QStringLiteral("Typed in the main window"), QStringLiteral("first")}));
        QCOMPARE(w->recentList()->count(), 1);
        // With text in the line, Ctrl+Z is the line's own undo of typing: no idea goes.
        typeText(w->lineEdit(), QStringLiteral("draft"));
        QTest::keySequence(w->lineEdit(), QKeySequence::Undo);
        QCOMPARE(ws->document()->data().ideas(1).size(), 2);
        w->lineEdit()->clear();
        // An idea captured here and removed on the board is skipped; the main window's idea stays.
        const QUuid first = ws->document()->data().ideas(1).last().id;
        QVERIFY(ws->apply(edits::removeIdeas(ws->document()->data(), {first}), QStringLiteral("remove")));
        QCOMPARE(w->recentList()->count(), 0);
        QVERIFY(!w->undoButton()->isEnabled());
        QVERIFY(!w->undoLast());
        QCOMPARE(ws->document()->data().ideas(1).size(), 1);
        // Both removals are ordinary changes: the main window's undo brings "first", then "second" back.
        QVERIFY(ws->document()->undo());
        QCOMPARE(ws->document()->data().ideas(1).size(), 2);
        QVERIFY(ws->document()->undo());
        QCOMPARE(ws->document()->data().ideas(1).size(), 3);
    }

    void readOnlyWorkshopCapturesNothing()
    {
        m_window->closeWorkshop();
        auto doc = Document::open(m_path, WorkshopStore::Access::ReadOnly);
        QVERIFY(doc);
        m_window->workspace()->setDocument(std::move(*doc));
        QuickCaptureWindow *w = m_window->showQuickCapture();
        QVERIFY(!w->lineEdit()->isEnabled());
        QVERIFY(!w->submit());
    }

    // `pamoja capture FILE` without a display says so; with --help it needs none; a missing file or
    // a bad step is refused with a message.
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("display");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("help") << QStringList{QStringLiteral("capture"), QStringLiteral("--help")} << false << 0 << QStringLiteral("quick-capture window");
        QTest::newRow("no display") << QStringList{QStringLiteral("capture"), QStringLiteral("@FILE")} << false << 1 << QStringLiteral("needs a display");
        QTest::newRow("missing file") << QStringList{QStringLiteral("capture"), QStringLiteral("/nonexistent/x.pamoja")} << true << 1
                                      << QStringLiteral("does not exist");
        QTest::newRow("bad step") << QStringList{QStringLiteral("capture"), QStringLiteral("@FILE"), QStringLiteral("--step"), QStringLiteral("4")}
                                  << true << 2 << QStringLiteral("--step must be");
        QTest::newRow("no file") << QStringList{QStringLiteral("capture")} << true << 2 << QStringLiteral("expected 1 file argument");
        QTest::newRow("not a workshop") << QStringList{QStringLiteral("capture"), QStringLiteral("@TEXT")} << true << 1 << QStringLiteral("not a Pamoja workshop file");
    }
    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, display);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        m_window->closeWorkshop(); // the child would find the file in use otherwise
        const QString text = m_dir.filePath(QStringLiteral("notes.pamoja"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are notes, not a workshop\n");
        }
        args.replaceInStrings(QStringLiteral("@FILE"), m_path);
        args.replaceInStrings(QStringLiteral("@TEXT"), text);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (display)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAMOJA_BINARY), args);
        QVERIFY(p.waitForFinished(60000));
        const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QCOMPARE(p.exitCode(), exitCode);
        QVERIFY2(output.contains(expected), qPrintable(output));
    }
};

QTEST_MAIN(TestQuickCapture)
#include "tst_quickcapture.moc"
