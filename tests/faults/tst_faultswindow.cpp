// The window when the disk fills up during a session: the facilitator sees why the idea was not
// saved, keeps the typed text, and goes on working once there is space again.

#include "../ui/uitestutil.h"
#include "faultyvfs.h"

#include <QAction>

#include <algorithm>

using namespace pamoja;
using namespace pamoja::testing;
using namespace pamoja::uitest;

class TestFaultsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installFaultyVfs());
    }
    void cleanup() { setFault(Fault::None); }

    void diskFullShowsMessageAndWindowStaysUsable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("full.pamoja"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.createWorkshop(QStringLiteral("Disk full"), path));
        capture(&window, QStringLiteral("Saved before the disk filled up"));
        QCOMPARE(ideasOf(&window).size(), 1);

        setFault(Fault::DiskFull);
        capture(&window, QStringLiteral("Typed while the disk is full"));
        QVERIFY2(window.lastMessage().contains(QStringLiteral("disk is full")), qPrintable(window.lastMessage()));
        QCOMPARE(ideasOf(&window).size(), 1);
        QCOMPARE(window.board()->scene()->noteCount(), 1);
        QCOMPARE(window.captureBar()->lineEdit()->text(), QStringLiteral("Typed while the disk is full"));
        QVERIFY(saveScreenshot(&window, QStringLiteral("faults-disk-full")));

        // Space again: Enter saves what is still in the bar.
        setFault(Fault::None);
        QTest::keyClick(window.captureBar()->lineEdit(), Qt::Key_Return);
        const auto ideas = ideasOf(&window);
        QCOMPARE(ideas.size(), 2);
        QVERIFY(std::any_of(ideas.begin(), ideas.end(), [](const Idea &i) { return i.text == QStringLiteral("Typed while the disk is full"); }));
        QCOMPARE(window.board()->scene()->noteCount(), 2);
        QVERIFY(window.action(QStringLiteral("undo"))->isEnabled());
        window.close();
    }
};

QTEST_MAIN(TestFaultsWindow)
#include "tst_faultswindow.moc"
