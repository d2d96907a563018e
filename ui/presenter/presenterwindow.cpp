#include "presenterwindow.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "domain/constituency.h"
#include "joininfooverlay.h"
#include "document.h"
#include "timer/sessiontimer.h"
#include "workspace.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace pamoja {

PresenterWindow::PresenterWindow(Workspace *workspace, SessionTimer *timer, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_prompt(new QLabel(this)), m_timer(new QLabel(this)),
      m_scene(new BoardScene(workspace, BoardMode::Presenter, this)), m_view(new BoardView(m_scene, this))
{
    setWindowTitle(tr("Pamoja \u2014 Presenter view"));
    setAccessibleName(tr("Presenter view"));
    setObjectName(QStringLiteral("presenterWindow"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    QFont big = m_prompt->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_prompt->setFont(big);
    m_prompt->setWordWrap(true);
    m_prompt->setAccessibleName(tr("Prompt"));
    QFont clock = big;
    clock.setFamily(QStringLiteral("monospace"));
    m_timer->setFont(clock);
    m_timer->setAccessibleName(tr("Time left"));
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignTop);
    top->addWidget(m_prompt, 1);
    top->addWidget(m_timer);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_view->setDragMode(QGraphicsView::NoDrag);
    m_view->setInteractive(false);
    m_view->setMaxFitZoom(1.8);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_timer->setText(SessionTimer::format(timer->remainingSeconds()));
    connect(timer, &SessionTimer::remainingChanged, this, [this](int s) { m_timer->setText(SessionTimer::format(s)); });
    connect(workspace, &Workspace::stepChanged, this, &PresenterWindow::updatePrompt);
    connect(workspace, &Workspace::documentChanged, this, [this](Document *doc) {
        if (doc)
            connect(doc, &Document::changed, this, [this](const ChangeSet &cs) {
                if (cs.touches(EntityKind::Prompt))
                    updatePrompt();
            });
        updatePrompt();
    });
    if (Document *doc = workspace->document())
        connect(doc, &Document::changed, this, [this](const ChangeSet &cs) {
            if (cs.touches(EntityKind::Prompt))
                updatePrompt();
        });
    // The room always sees the whole board.
    connect(m_scene, &BoardScene::contentChanged, this, [this] {
        if (isVisible())
            m_view->fitAll();
    });
    updatePrompt();
}

QString PresenterWindow::promptText() const
{
    return m_prompt->text();
}

QString PresenterWindow::timerText() const
{
    return m_timer->text();
}

void PresenterWindow::updatePrompt()
{
    const Document *doc = m_workspace->document();
    if (!doc) {
        m_prompt->clear();
        return;
    }
    const Prompt *active = doc->data().table<Prompt>().find(m_promptId);
    if (active && active->step == m_workspace->step()) {
        m_prompt->setText(active->text);
        return;
    }
    const auto prompts = doc->data().prompts(m_workspace->step());
    m_prompt->setText(prompts.isEmpty() ? step::label(m_workspace->step()) : prompts.first().text);
}

void PresenterWindow::setPromptId(const QUuid &id)
{
    m_promptId = id;
    updatePrompt();
}

void PresenterWindow::present(QScreen *avoid)
{
    QScreen *target = nullptr;
    for (QScreen *s : QGuiApplication::screens())
        if (s != avoid) {
            target = s;
            break;
        }
    if (target && QGuiApplication::screens().size() > 1) {
        setScreen(target);
        setGeometry(target->geometry());
        showFullScreen();
    } else {
        resize(1280, 720);
        showNormal();
    }
    raise();
    m_view->fitAll();
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F5) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->fitAll();
}

void PresenterWindow::showJoinInfo(const QString &url, const QString &code, const QImage &qr)
{
    if (!m_joinInfo)
        m_joinInfo = new JoinInfoOverlay(this);
    m_joinInfo->setJoinInfo(url, code, qr);
    m_joinInfo->show();
    m_joinInfo->raise();
}

void PresenterWindow::hideJoinInfo()
{
    if (m_joinInfo)
        m_joinInfo->hide();
}

bool PresenterWindow::isJoinInfoShown() const
{
    return m_joinInfo && !m_joinInfo->isHidden();
}

} // namespace pamoja
