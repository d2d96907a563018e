#include "presenterwindow.h"

#include "joininfooverlay.h"
#include "document.h"
#include "domain/constituency.h"
#include "presentercanvas.h"
#include "timer/sessiontimer.h"
#include "workspace.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace pamoja {

PresenterWindow::PresenterWindow(Workspace *workspace, SessionTimer *timer, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_prompt(new QLabel(this)),
      m_timer(new QLabel(this)), m_canvas(new PresenterCanvas(workspace, this)),
      m_previous(new QPushButton(tr("\u25C0 Previous"), this)),
      m_next(new QPushButton(tr("Next \u25B6"), this)), m_pageLabel(new QLabel(this))
{
    setWindowTitle(tr("Pamoja \u2014 Presenter view"));
    setAccessibleName(tr("Presenter view"));
    setObjectName(QStringLiteral("presenterWindow"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(16, 12, 16, 4);
    m_prompt->setWordWrap(true);
    m_prompt->setAccessibleName(tr("Prompt"));
    m_timer->setAccessibleName(tr("Time left"));
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignTop);
    top->addWidget(m_prompt, 1);
    top->addWidget(m_timer);
    layout->addLayout(top);
    layout->addWidget(m_canvas, 1);
    auto *pager = new QHBoxLayout;
    pager->setContentsMargins(16, 4, 16, 8);
    // The keys stay with the window: the buttons never take the focus.
    for (QPushButton *b : {m_previous, m_next})
        b->setFocusPolicy(Qt::NoFocus);
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setAccessibleName(tr("Next page"));
    m_pageLabel->setAccessibleName(tr("Page"));
    pager->addWidget(m_previous);
    pager->addStretch();
    pager->addWidget(m_pageLabel);
    pager->addStretch();
    pager->addWidget(m_next);
    layout->addLayout(pager);
    connect(m_previous, &QPushButton::clicked, m_canvas, &PresenterCanvas::previousPage);
    connect(m_next, &QPushButton::clicked, m_canvas, &PresenterCanvas::nextPage);
    connect(m_canvas, &PresenterCanvas::pageChanged, this, &PresenterWindow::updatePager);

    m_timer->setText(SessionTimer::format(timer->remainingSeconds()));
    connect(timer, &SessionTimer::remainingChanged, this,
            [this](int s) { m_timer->setText(SessionTimer::format(s)); });
    connect(workspace, &Workspace::stepChanged, this, &PresenterWindow::updatePrompt);
    auto watch = [this](Document *doc) {
        if (doc)
            connect(doc, &Document::changed, this, [this](const ChangeSet &cs) {
                if (cs.touches(EntityKind::Prompt))
                    updatePrompt();
            });
    };
    connect(workspace, &Workspace::documentChanged, this, [this, watch](Document *doc) {
        watch(doc);
        updatePrompt();
        updatePager();
    });
    watch(workspace->document());
    connect(workspace, &Workspace::selectionChanged, this, &PresenterWindow::followSelection);
    updatePrompt();
    updateFonts();
    updatePager();
}

QString PresenterWindow::promptText() const
{
    return m_prompt->text();
}

QString PresenterWindow::timerText() const
{
    return m_timer->text();
}

QFont PresenterWindow::promptFont() const
{
    return m_prompt->font();
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

// Everything the room reads scales with the window: on a projector the prompt and notes stay
// legible from the back, whatever the screen's resolution.
void PresenterWindow::updateFonts()
{
    const int h = std::max(height(), 300);
    QFont prompt = font();
    prompt.setBold(true);
    prompt.setPixelSize(std::max(14, qRound(h * 0.042)));
    m_prompt->setFont(prompt);
    QFont clock = prompt;
    clock.setFamily(QStringLiteral("monospace"));
    m_timer->setFont(clock);
    QFont small = font();
    small.setPixelSize(std::max(12, qRound(h * 0.022)));
    for (QWidget *w : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_next),
                       static_cast<QWidget *>(m_pageLabel)})
        w->setFont(small);
}

void PresenterWindow::updatePager()
{
    const int pages = m_canvas->pageCount();
    const int page = m_canvas->currentPage();
    m_pageLabel->setText(pages > 0 ? tr("%1 / %2").arg(QString::number(page + 1), QString::number(pages))
                                   : QString());
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < pages);
}

void PresenterWindow::followSelection()
{
    const Document *doc = m_workspace->document();
    const QList<QUuid> &sel = m_workspace->selection();
    if (!doc || sel.isEmpty())
        return;
    // A cluster, or the cluster of a selected note, or the page a loose note is on.
    const QUuid id = sel.first();
    if (const Idea *i = doc->data().table<Idea>().find(id);
        i && !i->clusterId.isNull() && m_canvas->showItem(i->clusterId))
        return;
    m_canvas->showItem(id);
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
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F5:
        hide();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        m_canvas->nextPage();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        m_canvas->previousPage();
        return;
    case Qt::Key_Home:
        m_canvas->setCurrentPage(0);
        return;
    case Qt::Key_End:
        m_canvas->setCurrentPage(m_canvas->pageCount() - 1);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFonts();
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
