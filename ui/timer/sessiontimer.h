#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace pamoja {

// A countdown for timed exercises, shared by the toolbar and the presenter view. Remaining time is
// computed from a monotonic clock, so a busy event loop never makes the timer drift.
class SessionTimer : public QObject
{
    Q_OBJECT

public:
    explicit SessionTimer(QObject *parent = nullptr);

    static QList<int> presetMinutes() { return {1, 3, 5, 10, 15}; }

    int durationSeconds() const { return m_duration; }
    int remainingSeconds() const;
    bool isRunning() const { return m_running; }
    static QString format(int seconds);

public Q_SLOTS:
    void setDurationSeconds(int seconds); // also resets
    void start();
    void pause();
    void reset();
    void toggle();

Q_SIGNALS:
    void remainingChanged(int seconds);
    void runningChanged(bool running);
    void finished();

private:
    void tick();

    int m_duration = 5 * 60;
    qint64 m_spentMs = 0; // before the current run
    bool m_running = false;
    int m_lastReported = -1;
    QElapsedTimer m_clock;
    QTimer m_ticker;
};

} // namespace pamoja
