// Private writing, reveal, and the presenter view showing exactly the revealed, not hidden ideas.
#include "uitestutil.h"

#include "edits.h"
#include "presenter/presentercanvas.h"
#include "presenter/presenterwindow.h"
#include "timer/sessiontimer.h"

#include <QAction>
#include <QFontInfo>
#include <QPushButton>

using namespace pamoja;
using namespace pamoja::uitest;

class TestPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readableFromTheBackOfTheRoom();

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
        QCOMPARE(p->canvas()->shownIdeaIds(), QList<QUuid>{open});
        QVERIFY(p->promptText().contains(QStringLiteral("balanced power relationship")));
        QCOMPARE(p->timerText(), SessionTimer::format(w.timer()->remainingSeconds()));

        // A facilitator-hidden idea never reaches the room.
        Workspace *ws = w.workspace();
        QVERIFY(ws->apply(edits::setIdeasHidden(ws->document()->data(), {open}, true), QStringLiteral("hide")));
        QVERIFY(p->canvas()->shownIdeaIds().isEmpty());
        QVERIFY(w.board()->scene()->note(open)); // the facilitator still sees it, faint

        w.board()->revealButton()->click();
        QCOMPARE(w.board()->hiddenText(), QString());
        QCOMPARE(w.board()->scene()->noteCount(), 3);
        QList<QUuid> expected;
        for (const Idea &i : ideasOf(&w))
            if (i.revealed && !i.hidden)
                expected << i.id;
        QCOMPARE(expected.size(), 2);
        QList<QUuid> shown = p->canvas()->shownIdeaIds();
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        // Nothing facilitator-only: no selection, no provenance badges, no hidden strip.
        QVERIFY(p->findChildren<QLineEdit *>().isEmpty());
        QVERIFY(ws->apply(edits::createCluster(ws->document()->data(), 1, QStringLiteral("Trust"), expected),
                          QStringLiteral("cluster")));
        QCOMPARE(p->canvas()->pageCount(), 1);
        QCOMPARE(p->canvas()->pageTitle(), QStringLiteral("Trust"));
        // Prompt edits follow live.
        const Prompt prompt = ws->document()->data().prompts(1).first();
        QVERIFY(ws->apply(edits::modify<Prompt>(ws->document()->data(), prompt.id,
                                                [](Prompt &x) { x.text = QStringLiteral("What would parity look like?"); }),
                          QStringLiteral("prompt")));
        QCOMPARE(p->promptText(), QStringLiteral("What would parity look like?"));
        p->resize(1280, 720);
        QVERIFY(saveScreenshot(p, QStringLiteral("presenter-view")));

        // F5 (or Escape) in the presenter window puts it away again.
        QTest::keyClick(p, Qt::Key_F5);
        QVERIFY(!p->isVisible());
    }
};

// What the room reads at 1920x1080: every card's text measured from what is laid out and drawn is at
// least 3 % of the height; clusters are pages the facilitator steps through or picks on the board.
void TestPresenter::readableFromTheBackOfTheRoom()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.createWorkshop(QStringLiteral("Readable"), dir.filePath(QStringLiteral("r.pamoja"))));
    Workspace *ws = w.workspace();
    auto add = [&](const QString &text) {
        edits::IdeaDraft d;
        d.text = text;
        QUuid id;
        [&] { QVERIFY(ws->apply(edits::addIdea(ws->document()->data(), d, &id), QStringLiteral("idea"))); }();
        return id;
    };
    const QStringList themes{QStringLiteral("Budgets decided jointly"), QStringLiteral("Shaping agendas together"),
                             QStringLiteral("Sharing risk fairly")};
    QList<QUuid> clusters;
    for (int t = 0; t < themes.size(); ++t) {
        QList<QUuid> ids;
        for (int n = 0; n < 4 + 7 * t; ++n)
            ids << add(QStringLiteral("Jointly shaping %1: partners in Kampala and The Hague agree, point %2")
                           .arg(themes[t].toLower(), QString::number(n + 1)));
        QUuid c;
        QVERIFY(ws->apply(edits::createCluster(ws->document()->data(), 1, themes[t], ids, &c), QStringLiteral("cluster")));
        clusters << c;
    }
    for (const QString &t : {QStringLiteral("Glossary of jargon shared by all partners"),
                             QStringLiteral("Ujuzi wa pamoja — kujifunza kwa pande zote mbili"),
                             QStringLiteral("Réunions publiques dans la langue des communautés")})
        add(t);
    w.setPresenterVisible(true);
    PresenterWindow *p = w.presenter();
    QVERIFY(p);
    p->showNormal();
    p->resize(1920, 1080);
    QVERIFY(QTest::qWaitForWindowExposed(p));
    QTRY_COMPARE(p->size(), QSize(1920, 1080));
    PresenterCanvas *canvas = p->canvas();
    QCOMPARE(canvas->shownIdeaIds().size(), ws->document()->data().ideas(1).size());
    QVERIFY(canvas->pageCount() >= 4); // three clusters (the biggest on two pages) and the ungrouped ideas
    QVERIFY(QFontInfo(p->promptFont()).pixelSize() >= 0.03 * p->height());

    const double minimum = 0.03 * p->height();
    double smallest = 1e9, smallestInk = 1e9;
    for (int page = 0; page < canvas->pageCount(); ++page) {
        canvas->setCurrentPage(page);
        QCOMPARE(canvas->currentPage(), page);
        QApplication::processEvents();
        const QImage shot = canvas->grab().toImage();
        const auto boxes = canvas->boxes();
        QVERIFY(!boxes.isEmpty());
        for (const PresenterCanvas::Box &b : boxes) {
            QVERIFY(canvas->rect().contains(b.rect.toAlignedRect()));
            smallest = std::min(smallest, double(QFontInfo(b.font).pixelSize()));
            // The ink of the card's first line, scanned in the picture: rows with dark pixels from the
            // top of the tallest letter to the bottom of the lowest descender.
            const QRect line = QRectF(b.textRect.topLeft(), QSizeF(b.textRect.width(), QFontMetricsF(b.font).lineSpacing())).toAlignedRect();
            int first = -1, last = -1;
            for (int y = line.top(); y <= line.bottom() && y < shot.height(); ++y)
                for (int x = line.left(); x <= line.right() && x < shot.width(); ++x)
                    if (qGray(shot.pixel(x, y)) < 100) {
                        if (first < 0)
                            first = y;
                        last = y;
                        break;
                    }
            QVERIFY2(first >= 0, "nothing drawn in a card");
            smallestInk = std::min(smallestInk, double(last - first + 1));
        }
        // Cards never cover each other.
        for (qsizetype a = 0; a < boxes.size(); ++a)
            for (qsizetype b = a + 1; b < boxes.size(); ++b)
                QVERIFY(!boxes[a].rect.intersects(boxes[b].rect));
    }
    qInfo("smallest note text: %.0f px font, %.0f px ink, of %d px (%.1f %%)", smallest, smallestInk, p->height(),
          100.0 * smallestInk / p->height());
    QVERIFY2(smallest >= minimum, qPrintable(QString::number(smallest)));
    QVERIFY2(smallestInk >= minimum, qPrintable(QString::number(smallestInk)));

    // Stepping through: keys and buttons.
    canvas->setCurrentPage(0);
    p->activateWindow();
    QTest::keyClick(p, Qt::Key_Right);
    QCOMPARE(canvas->currentPage(), 1);
    QTest::keyClick(p, Qt::Key_PageUp);
    QCOMPARE(canvas->currentPage(), 0);
    QVERIFY(!p->previousButton()->isEnabled());
    p->nextButton()->click();
    QCOMPARE(canvas->currentPage(), 1);
    QTest::keyClick(p, Qt::Key_End);
    QCOMPARE(canvas->currentPage(), canvas->pageCount() - 1);
    QVERIFY(!p->nextButton()->isEnabled());
    // Selecting a cluster (or one of its notes) in the main window shows it to the room.
    ws->setSelection({clusters[1]});
    QCOMPARE(canvas->pageCluster(), clusters[1]);
    ws->setSelection({ws->document()->data().ideasInCluster(clusters[0]).first().id});
    QCOMPARE(canvas->pageCluster(), clusters[0]);
    QCOMPARE(canvas->pageTitle(), themes[0]);
    QVERIFY(saveScreenshot(p, QStringLiteral("presenter")));
}

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
