#include "sessiontimer.h"

namespace pamoja {

SessionTimer::SessionTimer(QObject *parent) : QObject(parent)
{
    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, &SessionTimer::tick);
}

int SessionTimer::remainingSeconds() const
{
    qint64 spent = m_spentMs + (m_running ? m_clock.elapsed() : 0);
    const qint64 left = qint64(m_duration) * 1000 - spent;
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

QString SessionTimer::format(int seconds)
{
    return QStringLiteral("%1:%2").arg(QString::number(seconds / 60).rightJustified(2, QLatin1Char('0')), QString::number(seconds % 60).rightJustified(2, QLatin1Char('0')));
}

void SessionTimer::setDurationSeconds(int seconds)
{
    m_duration = qMax(1, seconds);
    reset();
}

void SessionTimer::start()
{
    if (m_running || remainingSeconds() == 0)
        return;
    m_running = true;
    m_clock.start();
    m_ticker.start();
    Q_EMIT runningChanged(true);
}

void SessionTimer::pause()
{
    if (!m_running)
        return;
    m_spentMs += m_clock.elapsed();
    m_running = false;
    m_ticker.stop();
    Q_EMIT runningChanged(false);
    tick();
}

void SessionTimer::reset()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_ticker.stop();
    m_spentMs = 0;
    if (wasRunning)
        Q_EMIT runningChanged(false);
    m_lastReported = -1;
    tick();
}

void SessionTimer::toggle()
{
    if (m_running)
        pause();
    else
        start();
}

void SessionTimer::tick()
{
    const int left = remainingSeconds();
    if (left != m_lastReported) {
        m_lastReported = left;
        Q_EMIT remainingChanged(left);
    }
    if (m_running && left == 0) {
        m_spentMs = qint64(m_duration) * 1000;
        m_running = false;
        m_ticker.stop();
        Q_EMIT runningChanged(false);
        Q_EMIT finished();
    }
}

} // namespace pamoja
