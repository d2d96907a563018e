// Where new and moved notes land on the real board: never over a cluster or another note, in sight,
// with the focus left in the capture bar; and nudging with the keyboard as one undo step.
#include "uitestutil.h"

#include "board/clusteritem.h"
#include "domain/boardgeometry.h"
#include "edits.h"

#include <QAction>

using namespace pamoja;
using namespace pamoja::uitest;

namespace {
// What an item covers on screen, without the margin kept for the selection outline.
QRectF drawnRect(const QGraphicsItem *item)
{
    return item->sceneBoundingRect().adjusted(3, 3, -3, -3);
}

// Pairs of top-level board items (clusters, loose notes) that cover each other.
QString firstOverlap(BoardScene *scene)
{
    QList<std::pair<QUuid, QRectF>> items;
    for (const QUuid &id : scene->clusterIds())
        items.append({id, drawnRect(scene->cluster(id))});
    for (const QUuid &id : scene->noteIds())
        if (!scene->note(id)->parentItem())
            items.append({id, drawnRect(scene->note(id))});
    for (qsizetype a = 0; a < items.size(); ++a)
        for (qsizetype b = a + 1; b < items.size(); ++b)
            if (items[a].second.intersects(items[b].second))
                return QStringLiteral("%1 covers %2")
                    .arg(items[a].first.toString(), items[b].first.toString());
    return {};
}
} // namespace

class TestBoardPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->createWorkshop(QStringLiteral("Placement"),
                                         m_dir.filePath(QStringLiteral("b%1.pamoja").arg(++m_n))));
        m_scene = m_window->board()->scene();
        m_view = m_window->board()->view();
    }
    void cleanup() { m_window.reset(); }

    // Drag one note onto its neighbour: the cluster's frame grows over where the third note was; the
    // third moves aside in the same undo step. Then dozens of ideas arrive: each lands on free board,
    // comes into sight, and the capture bar keeps the keyboard.
    void clusterGrowsAndIdeasArriveWithoutCovering()
    {
        for (const QString &t : {QStringLiteral("Shared calls"), QStringLiteral("Joint budgets"),
                                 QStringLiteral("Réunion à Dakar")})
            capture(m_window.get(), t);
        const auto ideas = ideasOf(m_window.get());
        const QUuid a = ideas[0].id, b = ideas[1].id, c = ideas[2].id;
        m_view->setZoom(1.0);
        m_view->centerOn(QPointF(300, 100));
        const QRectF thirdBefore = drawnRect(m_scene->note(c));
        dragOnView(m_view, noteCentre(m_scene, b), noteCentre(m_scene, a));
        const WorkshopData &d = m_window->workspace()->document()->data();
        QCOMPARE(d.clusters(1).size(), 1);
        ClusterItem *frame = m_scene->cluster(d.clusters(1).first().id);
        QVERIFY(drawnRect(frame).intersects(thirdBefore)); // the frame took the third note's place
        QVERIFY2(firstOverlap(m_scene).isEmpty(), qPrintable(firstOverlap(m_scene)));
        QVERIFY(!m_scene->note(c)->parentItem());
        // One undo puts the cluster away and the third note back.
        m_window->action(QStringLiteral("undo"))->trigger();
        QVERIFY(d.clusters(1).isEmpty());
        QCOMPARE(drawnRect(m_scene->note(c)), thirdBefore);
        m_window->action(QStringLiteral("redo"))->trigger();
        QCOMPARE(d.clusters(1).size(), 1);
        QVERIFY(firstOverlap(m_scene).isEmpty());

        // Zoomed in, the lane soon runs out of sight.
        m_view->setZoom(1.2);
        m_view->centerOn(QPointF(200, 100));
        QLineEdit *bar = m_window->captureBar()->lineEdit();
        for (int n = 0; n < 36; ++n) {
            const QString text = QStringLiteral("Idée arrivée n° %1").arg(n + 1);
            capture(m_window.get(), text);
            // By its text: ideas captured within one millisecond share a creation time.
            QUuid id;
            for (const Idea &i : ideasOf(m_window.get()))
                if (i.text == text)
                    id = i.id;
            NoteItem *note = m_scene->note(id);
            QVERIFY(note);
            QVERIFY2(firstOverlap(m_scene).isEmpty(),
                     qPrintable(QStringLiteral("idea %1: %2").arg(n).arg(firstOverlap(m_scene))));
            auto inSight = [&] { return m_view->mapToScene(m_view->viewport()->rect()).boundingRect().contains(drawnRect(note)); };
            QTRY_VERIFY2(inSight(), qPrintable(QStringLiteral("idea %1 is out of sight").arg(n)));
            QCOMPARE(QApplication::focusWidget(), bar);
        }
        // Ideas from a device (not typed here) land on free board and come into sight as well.
        edits::IdeaDraft draft;
        draft.text = QStringLiteral("From a phone");
        draft.source = QStringLiteral("device");
        QUuid phone;
        QVERIFY(m_window->workspace()->document()->apply(*edits::addIdea(d, draft, &phone),
                                                         QStringLiteral("device")));
        QVERIFY(firstOverlap(m_scene).isEmpty());
        QVERIFY(m_view->mapToScene(m_view->viewport()->rect())
                    .boundingRect()
                    .contains(drawnRect(m_scene->note(phone))));
        QCOMPARE(QApplication::focusWidget(), bar);
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("board-incoming")));
    }

    // Alt+arrows nudge the selection; pressing again and again is one undo step (the merge key).
    void nudgingIsOneUndoStep()
    {
        capture(m_window.get(), QStringLiteral("Nudge me"));
        capture(m_window.get(), QStringLiteral("And me"));
        const auto ideas = ideasOf(m_window.get());
        const Idea first = ideas[0];
        Document *doc = m_window->workspace()->document();
        m_scene->clearSelection();
        m_scene->note(first.id)->setSelected(true);
        m_view->setFocus();
        for (int n = 0; n < 5; ++n)
            QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(doc->data().table<Idea>().find(first.id)->y, first.y + 50);
        QCOMPARE(m_window->action(QStringLiteral("undo"))->text(), QStringLiteral("&Undo Nudge 1 item(s)"));
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(doc->data().table<Idea>().find(first.id)->y, first.y); // all five presses at once
        QCOMPARE(m_window->action(QStringLiteral("undo"))->text(), QStringLiteral("&Undo Add idea"));
        // Another selection is another step.
        m_window->action(QStringLiteral("redo"))->trigger();
        m_scene->clearSelection();
        m_scene->note(ideas[1].id)->setSelected(true);
        QTest::keyClick(m_view, Qt::Key_Down, Qt::AltModifier);
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(doc->data().table<Idea>().find(ideas[1].id)->y, ideas[1].y);
        QCOMPARE(doc->data().table<Idea>().find(first.id)->y, first.y + 50);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<MainWindow> m_window;
    BoardScene *m_scene = nullptr;
    BoardView *m_view = nullptr;
};

QTEST_MAIN(TestBoardPlacement)
#include "tst_boardplacement.moc"
