// Private writing, reveal, and the presenter view showing exactly the revealed, not hidden ideas.
#include "uitestutil.h"

#include "edits.h"
#include "presenter/presenterwindow.h"
#include "timer/sessiontimer.h"

#include <QAction>
#include <QPushButton>

using namespace pamoja;
using namespace pamoja::uitest;

class TestPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void revealAndPresent()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.createWorkshop(QStringLiteral("Presenter test"), dir.filePath(QStringLiteral("p.pamoja"))));
        capture(&w, QStringLiteral("Open before private writing"));
        const QUuid open = ideasOf(&w).first().id;

        QAction *privateWriting = w.action(QStringLiteral("privateWriting"));
        privateWriting->trigger();
        QVERIFY(w.workspace()->document()->data().workshop().privateWriting);
        capture(&w, QStringLiteral("Secret one"));
        capture(&w, QStringLiteral("Siri mbili — ya pili"));
        QCOMPARE(ideasOf(&w).size(), 3);
        // Held back: not drawn, counted instead.
        QCOMPARE(w.board()->scene()->noteCount(), 1);
        QCOMPARE(w.board()->hiddenText(), QStringLiteral("2 hidden"));

        QTest::keyClick(&w, Qt::Key_F5);
        PresenterWindow *p = w.presenter();
        QVERIFY(p);
        QVERIFY(p->isVisible());
        QCOMPARE(p->scene()->noteIds(), QList<QUuid>{open});
        QVERIFY(p->promptText().contains(QStringLiteral("balanced power relationship")));
        QCOMPARE(p->timerText(), SessionTimer::format(w.timer()->remainingSeconds()));

        // A facilitator-hidden idea never reaches the room.
        Workspace *ws = w.workspace();
        QVERIFY(ws->apply(edits::setIdeasHidden(ws->document()->data(), {open}, true), QStringLiteral("hide")));
        QVERIFY(p->scene()->noteIds().isEmpty());
        QVERIFY(w.board()->scene()->note(open)); // the facilitator still sees it, faint

        w.board()->revealButton()->click();
        QCOMPARE(w.board()->hiddenText(), QString());
        QCOMPARE(w.board()->scene()->noteCount(), 3);
        QList<QUuid> expected;
        for (const Idea &i : ideasOf(&w))
            if (i.revealed && !i.hidden)
                expected << i.id;
        QCOMPARE(expected.size(), 2);
        QList<QUuid> shown = p->scene()->noteIds();
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        // Nothing facilitator-only: no selection, no provenance badges, no hidden strip.
        QVERIFY(p->findChildren<QLineEdit *>().isEmpty());
        QVERIFY(ws->apply(edits::createCluster(ws->document()->data(), 1, QStringLiteral("Trust"), expected),
                          QStringLiteral("cluster")));
        QCOMPARE(p->scene()->clusterIds().size(), 1);
        // Prompt edits follow live.
        const Prompt prompt = ws->document()->data().prompts(1).first();
        QVERIFY(ws->apply(edits::modify<Prompt>(ws->document()->data(), prompt.id,
                                                [](Prompt &x) { x.text = QStringLiteral("What would parity look like?"); }),
                          QStringLiteral("prompt")));
        QCOMPARE(p->promptText(), QStringLiteral("What would parity look like?"));
        p->resize(1280, 720);
        p->view()->fitAll();
        QVERIFY(saveScreenshot(p, QStringLiteral("presenter-view")));

        // F5 (or Escape) in the presenter window puts it away again.
        QTest::keyClick(p, Qt::Key_F5);
        QVERIFY(!p->isVisible());
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
