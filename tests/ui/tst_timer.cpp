// The session timer's state machine and its toolbar widget; no test waits on the clock.
#include "timer/sessiontimer.h"
#include "timer/timerwidget.h"

#include <QSignalSpy>
#include <QTest>

using namespace pamoja;

class TestTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presets() { QCOMPARE(SessionTimer::presetMinutes(), (QList<int>{1, 3, 5, 10, 15})); }

    void format()
    {
        QCOMPARE(SessionTimer::format(0), QStringLiteral("00:00"));
        QCOMPARE(SessionTimer::format(65), QStringLiteral("01:05"));
        QCOMPARE(SessionTimer::format(15 * 60), QStringLiteral("15:00"));
    }

    void startPauseReset()
    {
        SessionTimer t;
        QSignalSpy running(&t, &SessionTimer::runningChanged);
        QSignalSpy remaining(&t, &SessionTimer::remainingChanged);
        t.setDurationSeconds(3 * 60);
        QCOMPARE(t.remainingSeconds(), 180);
        QVERIFY(!t.isRunning());
        t.start();
        QVERIFY(t.isRunning());
        QCOMPARE(running.count(), 1);
        QVERIFY(t.remainingSeconds() <= 180);
        t.pause();
        QVERIFY(!t.isRunning());
        const int paused = t.remainingSeconds();
        QCOMPARE(t.remainingSeconds(), paused); // frozen while paused
        t.toggle();
        QVERIFY(t.isRunning());
        t.reset();
        QVERIFY(!t.isRunning());
        QCOMPARE(t.remainingSeconds(), 180);
        QVERIFY(remaining.count() >= 1);
        QCOMPARE(remaining.last().first().toInt(), 180);
    }

    void widgetShowsTimeAndPresets()
    {
        SessionTimer t;
        TimerWidget w(&t);
        QCOMPARE(w.displayedText(), QStringLiteral("05:00"));
        t.setDurationSeconds(10 * 60);
        QCOMPARE(w.displayedText(), QStringLiteral("10:00"));
        for (QWidget *child : w.findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            QVERIFY2(!child->accessibleName().isEmpty() || child->inherits("QLineEdit"),
                     qPrintable(QString::fromLatin1(child->metaObject()->className())));
    }
};

QTEST_MAIN(TestTimer)
#include "tst_timer.moc"
