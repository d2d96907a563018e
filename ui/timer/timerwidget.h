#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace pamoja {

class SessionTimer;

// The timer in the toolbar: a preset, the time left, start/pause and reset.
class TimerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimerWidget(SessionTimer *timer, QWidget *parent = nullptr);

    QString displayedText() const;

private:
    void updateRunning(bool running);

    SessionTimer *m_timer;
    QComboBox *m_preset;
    QLabel *m_display;
    QToolButton *m_startPause;
    QToolButton *m_reset;
};

} // namespace pamoja
