// The board driven with real mouse and keyboard events: rubber band, drag into clusters, rename in
// place, undo of a drag as one step, merge with the original words kept, filter, zoom, navigation.
#include "uitestutil.h"

#include "board/clusteritem.h"
#include "domain/boardgeometry.h"
#include "edits.h"
#include "steps/overviewpage.h"

#include <QAction>
#include <QWheelEvent>

using namespace pamoja;
using namespace pamoja::uitest;

class TestBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->createWorkshop(QStringLiteral("Board test"), m_dir.filePath(QStringLiteral("board.pamoja"))));
        capture(m_window.get(), QStringLiteral("Southern partners set the agenda"));
        capture(m_window.get(), QStringLiteral("Agendas are co-written"));
        capture(m_window.get(), QStringLiteral("Third: shared risk registers"));
        const auto ideas = ideasOf(m_window.get());
        QCOMPARE(ideas.size(), 3);
        m_a = ideas[0].id;
        m_b = ideas[1].id;
        m_c = ideas[2].id;
        m_scene = m_window->board()->scene();
        m_view = m_window->board()->view();
        resetView();
    }
    void cleanupTestCase() { m_window.reset(); }

    void rubberBandSelectsNotes()
    {
        // Empty space around the first two notes (at 0,0 and 192,0 in the incoming lane; the third is at 384,0).
        QCOMPARE(data().table<Idea>().find(m_c)->x, 2 * board::CellWidth);
        dragOnView(m_view, QPointF(-40, -40), QPointF(370, 140));
        QCOMPARE(sorted(m_scene->selectedIdeaIds()), sorted({m_a, m_b}));
        QCOMPARE(sorted(m_window->workspace()->selection()), sorted({m_a, m_b}));
        m_scene->clearSelection();
    }

    void dragOntoNoteStartsCluster()
    {
        dragOnView(m_view, noteCentre(m_scene, m_b), noteCentre(m_scene, m_a));
        const WorkshopData &d = data();
        // The new frame is wider than one note: the third note beside it moved aside, not under it.
        QVERIFY(!drawnRect(m_scene->cluster(d.clusters(1).first().id)).intersects(drawnRect(m_scene->note(m_c))));
        QCOMPARE(d.clusters(1).size(), 1);
        m_cluster = d.clusters(1).first().id;
        QCOMPARE(d.table<Idea>().find(m_a)->clusterId, m_cluster);
        QCOMPARE(d.table<Idea>().find(m_b)->clusterId, m_cluster);
        ClusterItem *item = m_scene->cluster(m_cluster);
        QVERIFY(item);
        QCOMPARE(item->notes().size(), 2);
        QCOMPARE(m_scene->note(m_a)->parentItem(), item);
    }

    void renameInPlace()
    {
        ClusterItem *item = m_scene->cluster(m_cluster);
        const QPoint header = m_view->mapFromScene(item->mapToScene(QPointF(item->headerRect().width() / 2, 20)));
        QWidget *vp = m_view->viewport();
        sendMouse(vp, QEvent::MouseButtonPress, header, Qt::LeftButton, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, header, Qt::LeftButton, Qt::NoButton);
        sendMouse(vp, QEvent::MouseButtonDblClick, header, Qt::LeftButton, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, header, Qt::LeftButton, Qt::NoButton);
        QVERIFY(m_scene->isEditing());
        typeText(m_view, QStringLiteral("Agenda-setting — qui décide ?"));
        QTest::keyClick(m_view, Qt::Key_Return);
        QVERIFY(!m_scene->isEditing());
        QCOMPARE(data().table<Cluster>().find(m_cluster)->title, QStringLiteral("Agenda-setting — qui décide ?"));
        QCOMPARE(m_scene->cluster(m_cluster)->title(), QStringLiteral("Agenda-setting — qui décide ?"));
    }

    void undoRedoRenameAndDrag()
    {
        QAction *undo = m_window->action(QStringLiteral("undo"));
        QAction *redo = m_window->action(QStringLiteral("redo"));
        undo->trigger(); // rename
        QCOMPARE(data().table<Cluster>().find(m_cluster)->title, QStringLiteral("New cluster"));
        undo->trigger(); // the whole drag that started the cluster
        QVERIFY(data().clusters(1).isEmpty());
        QVERIFY(!m_scene->cluster(m_cluster));
        QVERIFY(!m_scene->note(m_a)->parentItem());
        redo->trigger();
        redo->trigger();
        QCOMPARE(data().table<Cluster>().find(m_cluster)->title, QStringLiteral("Agenda-setting — qui décide ?"));
        QCOMPARE(m_scene->cluster(m_cluster)->notes().size(), 2);
    }

    void dragIntoAndOutOfCluster()
    {
        ClusterItem *item = m_scene->cluster(m_cluster);
        const QPointF into = item->mapToScene(QPointF(item->boundingRect().width() / 2, 30));
        dragOnView(m_view, noteCentre(m_scene, m_c), into);
        QCOMPARE(data().table<Idea>().find(m_c)->clusterId, m_cluster);
        QCOMPARE(m_scene->cluster(m_cluster)->notes().size(), 3);
        // Provenance badges count the constituencies (all anonymous here).
        QCOMPARE(m_scene->cluster(m_cluster)->badges().value(QString()), 3);
        m_window->action(QStringLiteral("undo"))->trigger();
        QVERIFY(data().table<Idea>().find(m_c)->clusterId.isNull());
        m_window->action(QStringLiteral("redo"))->trigger();
        QCOMPARE(data().table<Idea>().find(m_c)->clusterId, m_cluster);

        // Out again to empty space.
        const QPointF away = m_scene->cluster(m_cluster)->sceneBoundingRect().bottomRight() + QPointF(300, 200);
        resetView(away);
        dragOnView(m_view, noteCentre(m_scene, m_c), away);
        const Idea *c = data().table<Idea>().find(m_c);
        QVERIFY(c->clusterId.isNull());
        QVERIFY(QLineF(QPointF(c->x, c->y) + QPointF(90, 50), away).length() < 20);
        resetView();
    }

    // A cluster dropped onto another becomes part of it, in one undoable step.
    void dragClusterOntoCluster()
    {
        m_scene->clearSelection();
        m_scene->note(m_c)->setSelected(true);
        QVERIFY(m_scene->groupSelected());
        const QUuid second = data().table<Idea>().find(m_c)->clusterId;
        QVERIFY(!second.isNull() && second != m_cluster);
        ClusterItem *from = m_scene->cluster(second);
        ClusterItem *to = m_scene->cluster(m_cluster);
        QVERIFY(from && to);
        const QPointF grab = from->mapToScene(QPointF(from->headerRect().width() / 2, 20));
        const QPointF drop = to->mapToScene(QPointF(to->headerRect().width() / 2, 20));
        m_view->setZoom(0.5);
        m_view->centerOn((grab + drop) / 2);
        m_scene->clearSelection();
        dragOnView(m_view, grab, drop);
        QTRY_VERIFY(!data().contains(EntityKind::Cluster, second));
        QCOMPARE(data().table<Idea>().find(m_c)->clusterId, m_cluster);
        QVERIFY(!m_scene->cluster(second));
        QCOMPARE(m_scene->cluster(m_cluster)->notes().size(), 3);
        m_window->action(QStringLiteral("undo"))->trigger();
        QVERIFY(m_scene->cluster(second));
        QCOMPARE(data().table<Idea>().find(m_c)->clusterId, second);
        QCOMPARE(m_scene->cluster(m_cluster)->notes().size(), 2);
        m_window->action(QStringLiteral("undo"))->trigger(); // the grouping
        QVERIFY(data().table<Idea>().find(m_c)->clusterId.isNull());
        resetView();
    }

    void keyboardNavigationAndEdit()
    {
        m_scene->clearSelection();
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Right);
        QCOMPARE(m_scene->selectedIdeaIds().size(), 1);
        const QUuid first = m_scene->selectedIdeaIds().first();
        QTest::keyClick(m_view, Qt::Key_Right);
        QCOMPARE(m_scene->selectedIdeaIds().size(), 1);
        QVERIFY(m_scene->selectedIdeaIds().first() != first);
        // Enter edits the words in place; the original words are kept.
        m_scene->clearSelection();
        m_scene->note(m_a)->setSelected(true);
        QTest::keyClick(m_view, Qt::Key_Return);
        QVERIFY(m_scene->isEditing());
        typeText(m_view, QStringLiteral("Southern partners set the agenda together"));
        QTest::keyClick(m_view, Qt::Key_Return);
        const Idea *a = data().table<Idea>().find(m_a);
        QCOMPARE(a->text, QStringLiteral("Southern partners set the agenda together"));
        QCOMPARE(a->originalText, QStringLiteral("Southern partners set the agenda"));
        QVERIFY(m_scene->originalWords(m_a).contains(QStringLiteral("Original words: Southern partners set the agenda")));
    }

    void mergeKeepsOriginals()
    {
        m_scene->clearSelection();
        m_scene->note(m_b)->setSelected(true);
        m_scene->note(m_c)->setSelected(true);
        QAction *merge = m_view->mergeAction();
        QVERIFY(merge->isEnabled());
        merge->trigger();
        QCOMPARE(data().table<Idea>().find(m_c)->mergedInto, m_b); // the earlier idea keeps its place
        QVERIFY(!m_scene->note(m_c));
        QVERIFY(m_scene->originalWords(m_b).contains(QStringLiteral("Third: shared risk registers")));
        // Separating puts the duplicate back as an idea of its own, and is undone in one step.
        QVERIFY(!m_view->separateAction()->isEnabled() || m_scene->selectionHasDuplicates());
        m_scene->clearSelection();
        m_scene->note(m_b)->setSelected(true);
        QVERIFY(m_view->separateAction()->isEnabled());
        m_view->separateAction()->trigger();
        QVERIFY(data().table<Idea>().find(m_c)->mergedInto.isNull());
        QVERIFY(m_scene->note(m_c));
        QVERIFY(m_scene->originalWords(m_b).isEmpty());
        QVERIFY(!m_view->separateAction()->isEnabled());
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(data().table<Idea>().find(m_c)->mergedInto, m_b);
        QVERIFY(!m_scene->note(m_c));
        m_window->action(QStringLiteral("undo"))->trigger();
        QVERIFY(m_scene->note(m_c));
        QVERIFY(m_scene->originalWords(m_b).isEmpty());
        // Nothing to separate: a message, no change.
        m_scene->clearSelection();
        m_scene->note(m_a)->setSelected(true);
        QVERIFY(!m_view->separateAction()->isEnabled());
        QVERIFY(!m_scene->separateSelected());
    }

    void searchDimsOthers()
    {
        m_window->searchField()->setText(QStringLiteral("risk"));
        QVERIFY(!m_scene->note(m_c)->isDimmed());
        QVERIFY(m_scene->note(m_a)->isDimmed());
        m_window->searchField()->clear();
        QVERIFY(!m_scene->note(m_a)->isDimmed());
    }

    void collapseCluster()
    {
        ClusterItem *item = m_scene->cluster(m_cluster);
        clickOnView(m_view, item->mapToScene(item->toggleRect().center()));
        QVERIFY(data().table<Cluster>().find(m_cluster)->collapsed);
        QVERIFY(!m_scene->note(m_a)->isVisible());
        clickOnView(m_view, item->mapToScene(item->toggleRect().center()));
        QVERIFY(!data().table<Cluster>().find(m_cluster)->collapsed);
        QVERIFY(m_scene->note(m_a)->isVisible());
    }

    void zoomAndFit()
    {
        m_view->setZoom(1.0);
        const QPoint centre = m_view->viewport()->rect().center();
        QWheelEvent wheel(QPointF(centre), QPointF(m_view->viewport()->mapToGlobal(centre)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &wheel);
        QVERIFY(m_view->zoom() > 1.0);
        m_view->fitAction()->trigger();
        QVERIFY(m_view->zoom() <= 1.0);
        QCOMPARE(m_view->fitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    void deleteClusterKeepsIdeas()
    {
        m_scene->clearSelection();
        m_scene->cluster(m_cluster)->setSelected(true);
        m_view->deleteAction()->trigger();
        QVERIFY(data().clusters(1).isEmpty());
        QCOMPARE(data().ideas(1).size(), 3);
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(data().clusters(1).size(), 1);
        QCOMPARE(m_scene->cluster(m_cluster)->notes().size(), 2);
        // A selection of a cluster and one of its notes (as a rubber band makes): both go, in one step.
        m_scene->clearSelection();
        m_scene->cluster(m_cluster)->setSelected(true);
        m_scene->note(m_a)->setSelected(true);
        m_view->deleteAction()->trigger();
        QVERIFY(data().clusters(1).isEmpty());
        QVERIFY(!data().contains(EntityKind::Idea, m_a));
        QCOMPARE(data().ideas(1).size(), 2);
        m_window->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(m_scene->cluster(m_cluster)->notes().size(), 2);
    }

    void screenshotsOfEachStep()
    {
        Workspace *ws = m_window->workspace();
        const QStringList step2{QStringLiteral("Calls for proposals published in several languages at once"),
                                QStringLiteral("Funding flows directly to Southern CSOs"),
                                QStringLiteral("Risk assessed from both sides")};
        const QStringList step3{QStringLiteral("Co-write the next proposal with our partner in Kampala"),
                                QStringLiteral("Ask the ministry to accept Southern lead applicants")};
        m_window->showStep(2);
        for (const QString &t : step2)
            capture(m_window.get(), t);
        QCOMPARE(ws->document()->data().ideas(2).size(), 3);
        QVERIFY(ws->apply(edits::createCluster(ws->document()->data(), 2, QStringLiteral("Funding modalities"),
                                               {ideasOf(m_window.get(), 2)[0].id, ideasOf(m_window.get(), 2)[1].id}),
                          QStringLiteral("cluster")));
        m_view->fitAll();
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("step2-system-change")));
        m_window->showStep(3);
        for (const QString &t : step3)
            capture(m_window.get(), t);
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("step3-action")));
        m_window->showStep(1);
        QCOMPARE(m_scene->noteCount(), 3);
        m_view->fitAll();
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("step1-board-clusters")));
        m_window->showOutline();
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("step1-outline")));
        m_window->showBoard();
        m_window->showOverview();
        QVERIFY(m_window->isOverviewShown());
        QVERIFY(m_window->overview()->plainText().contains(QStringLiteral("Board test")));
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("overview")));
        m_window->showStep(1);
    }

    // A dark desktop theme reaches the board while it is open: selection and frames use its colours,
    // the background is dark. The screenshot is for a person to look at.
    void followsDarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x4a, 0x9e, 0xd8));
        dark.setColor(QPalette::HighlightedText, Qt::black);
        QApplication::setPalette(dark);
        QApplication::processEvents();
        QTRY_COMPARE(m_scene->QGraphicsScene::palette().color(QPalette::Highlight), QColor(0x4a, 0x9e, 0xd8));
        m_view->fitAll();
        m_scene->clearSelection();
        m_scene->note(m_a)->setSelected(true);
        QVERIFY(saveScreenshot(m_window.get(), QStringLiteral("step1-board-dark")));
        const QImage shot = m_view->viewport()->grab().toImage();
        QVERIFY(qGray(shot.pixel(2, 2)) < 80); // the board's background, away from the notes
        QApplication::setPalette(light);
        QApplication::processEvents();
        QTRY_COMPARE(m_scene->QGraphicsScene::palette().color(QPalette::Highlight), light.color(QPalette::Highlight));
        m_scene->clearSelection();
    }

private:
    const WorkshopData &data() const { return m_window->workspace()->document()->data(); }
    // What an item covers on screen, without the margin kept for the selection outline.
    static QRectF drawnRect(const QGraphicsItem *item)
    {
        return item->sceneBoundingRect().adjusted(3, 3, -3, -3);
    }
    static QList<QUuid> sorted(QList<QUuid> l)
    {
        std::sort(l.begin(), l.end());
        return l;
    }
    void resetView(QPointF centre = QPointF(300, 100))
    {
        m_view->setZoom(1.0);
        m_view->setSceneRect(QRectF(-2000, -2000, 6000, 6000));
        m_view->centerOn(centre);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    BoardScene *m_scene = nullptr;
    BoardView *m_view = nullptr;
    QUuid m_a, m_b, m_c, m_cluster;
};

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
