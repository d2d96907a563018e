#include "timerwidget.h"

#include "sessiontimer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace pamoja {

TimerWidget::TimerWidget(SessionTimer *timer, QWidget *parent)
    : QWidget(parent), m_timer(timer), m_preset(new QComboBox(this)), m_display(new QLabel(this)),
      m_startPause(new QToolButton(this)), m_reset(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    for (int minutes : SessionTimer::presetMinutes())
        m_preset->addItem(tr("%n min", nullptr, minutes), minutes * 60);
    m_preset->setCurrentIndex(m_preset->findData(timer->durationSeconds()));
    m_preset->setAccessibleName(tr("Timer length"));
    m_preset->setToolTip(tr("Timer length"));

    QFont f = m_display->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    f.setFamily(QStringLiteral("monospace"));
    m_display->setFont(f);
    m_display->setAccessibleName(tr("Time left"));
    m_display->setText(SessionTimer::format(timer->remainingSeconds()));

    m_startPause->setAccessibleName(tr("Start or pause the timer"));
    m_reset->setText(tr("Reset"));
    m_reset->setAccessibleName(tr("Reset the timer"));
    m_reset->setToolTip(tr("Reset the timer"));

    layout->addWidget(m_preset);
    layout->addWidget(m_display);
    layout->addWidget(m_startPause);
    layout->addWidget(m_reset);
    updateRunning(timer->isRunning());

    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { m_timer->setDurationSeconds(m_preset->itemData(index).toInt()); });
    connect(m_startPause, &QToolButton::clicked, m_timer, &SessionTimer::toggle);
    connect(m_reset, &QToolButton::clicked, m_timer, &SessionTimer::reset);
    connect(timer, &SessionTimer::remainingChanged, this,
            [this](int s) { m_display->setText(SessionTimer::format(s)); });
    connect(timer, &SessionTimer::runningChanged, this, &TimerWidget::updateRunning);
}

QString TimerWidget::displayedText() const
{
    return m_display->text();
}

void TimerWidget::updateRunning(bool running)
{
    m_startPause->setText(running ? tr("Pause") : tr("Start"));
    m_startPause->setToolTip(running ? tr("Pause the timer") : tr("Start the timer"));
}

} // namespace pamoja
