#include "boardwidget.h"

#include "boardscene.h"
#include "boardview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pamoja {

BoardWidget::BoardWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_scene(new BoardScene(workspace, BoardMode::Facilitator, this)),
      m_view(new BoardView(m_scene, this)), m_strip(new QWidget(this)), m_hidden(new QLabel(m_strip)),
      m_reveal(new QPushButton(tr("&Reveal"), m_strip))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *strip = new QHBoxLayout(m_strip);
    strip->setContentsMargins(8, 4, 8, 4);
    strip->addWidget(m_hidden);
    strip->addWidget(m_reveal);
    strip->addStretch();
    m_strip->setAutoFillBackground(true);
    m_strip->setBackgroundRole(QPalette::AlternateBase);
    m_hidden->setAccessibleName(tr("Ideas held back by private writing"));
    m_reveal->setAccessibleName(tr("Reveal the hidden ideas"));
    m_reveal->setToolTip(tr("Show every idea of this step that private writing still holds back"));
    layout->addWidget(m_strip);
    layout->addWidget(m_view, 1);
    connect(m_reveal, &QPushButton::clicked, m_scene, &BoardScene::revealHidden);
    connect(m_scene, &BoardScene::hiddenCountChanged, this, &BoardWidget::updateHidden);
    updateHidden(m_scene->hiddenCount());
}

QString BoardWidget::hiddenText() const
{
    return m_strip->isVisibleTo(this) ? m_hidden->text() : QString();
}

void BoardWidget::updateHidden(int count)
{
    m_hidden->setText(tr("%n hidden", nullptr, count));
    m_strip->setVisible(count > 0);
}

} // namespace pamoja
