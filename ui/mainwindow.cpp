#include "mainwindow.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/boardwidget.h"
#include "board/noteitem.h"
#include "capture/capturebar.h"
#include "document.h"
#include "domain/constituency.h"
#include "live/livesession.h"
#include "outline/outlineview.h"
#include "panels/panels.h"
#include "presenter/presenterwindow.h"
#include "steps/overviewpage.h"
#include "steps/promptheader.h"
#include "timer/sessiontimer.h"
#include "timer/timerwidget.h"
#include "workspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pamoja {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_timer(new SessionTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Pamoja"));
    setAcceptDrops(true);
    buildCentral();
    m_docks = createPanelDocks(m_workspace, this);
    for (QDockWidget *dock : std::as_const(m_docks)) {
        addDockWidget(Qt::RightDockWidgetArea, dock);
        if (dock != m_docks.first())
            tabifyDockWidget(m_docks.first(), dock);
    }
    // Tags first: what a facilitator clusters with; a saved layout (restoreLayout) wins over this.
    if (!m_docks.isEmpty())
        m_docks.first()->raise();
    createActions();
    m_live = new LiveSession(this);
    createMenus();
    connect(m_workspace, &Workspace::documentChanged, this, &MainWindow::onDocumentChanged);
    connect(m_workspace, &Workspace::stepChanged, this, &MainWindow::onStepChanged);
    connect(m_workspace, &Workspace::errorOccurred, this, &MainWindow::showMessage);
    restoreLayout();
    onDocumentChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // The live server first: it must not outlive the document it writes to.
    delete m_live;
    delete m_presenter;
}

void MainWindow::buildCentral()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_readOnlyBanner = new QLabel(tr("Read-only: this workshop is open in another Pamoja or cannot be written. "
                                     "You can look, but changes cannot be made here."),
                                  central);
    auto *banner = static_cast<QLabel *>(m_readOnlyBanner);
    banner->setWordWrap(true);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    banner->setMargin(8);
    banner->setAccessibleName(tr("Read-only notice"));
    banner->hide();
    layout->addWidget(m_readOnlyBanner);

    m_messageBar = new QWidget(central);
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->setBackgroundRole(QPalette::AlternateBase);
    auto *mb = new QHBoxLayout(m_messageBar);
    mb->setContentsMargins(8, 4, 8, 4);
    m_message = new QLabel(m_messageBar);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_messageBar);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the message"));
    mb->addWidget(m_message, 1);
    mb->addWidget(dismiss);
    m_messageBar->hide();
    connect(dismiss, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    layout->addWidget(m_messageBar);

    m_navigator = new QTabBar(central);
    m_navigator->setAccessibleName(tr("Steps"));
    m_navigator->setExpanding(false);
    for (int s = step::First; s <= step::Last; ++s)
        m_navigator->addTab(step::label(s));
    m_navigator->addTab(tr("Overview"));
    m_navigator->setDocumentMode(true);
    layout->addWidget(m_navigator);

    m_pages = new QStackedWidget(central);
    layout->addWidget(m_pages, 1);

    m_welcome = new QWidget(m_pages);
    auto *wl = new QVBoxLayout(m_welcome);
    auto *hello = new QLabel(tr("Open a workshop or create a new one to begin. You can also drop a .pamoja file here."),
                             m_welcome);
    hello->setWordWrap(true);
    hello->setAlignment(Qt::AlignCenter);
    auto *newButton = new QPushButton(tr("&New Workshop\u2026"), m_welcome);
    auto *openButton = new QPushButton(tr("&Open Workshop\u2026"), m_welcome);
    newButton->setAccessibleName(tr("Create a new workshop"));
    openButton->setAccessibleName(tr("Open a workshop file"));
    wl->addStretch();
    wl->addWidget(hello);
    auto *wb = new QHBoxLayout;
    wb->addStretch();
    wb->addWidget(newButton);
    wb->addWidget(openButton);
    wb->addStretch();
    wl->addLayout(wb);
    wl->addStretch();
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newWorkshopDialog);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openDialog);
    m_pages->addWidget(m_welcome);

    m_stepPage = new QWidget(m_pages);
    auto *sl = new QVBoxLayout(m_stepPage);
    sl->setContentsMargins(0, 0, 0, 0);
    m_prompt = new PromptHeader(m_workspace, m_stepPage);
    m_capture = new CaptureBar(m_workspace, m_stepPage);
    m_views = new QTabWidget(m_stepPage);
    m_views->setAccessibleName(tr("Board or outline"));
    m_views->setDocumentMode(true);
    m_board = new BoardWidget(m_workspace, m_views);
    m_outline = new OutlineView(m_workspace, m_views);
    m_views->addTab(m_board, tr("&Board"));
    m_views->addTab(m_outline, tr("Ou&tline"));
    sl->addWidget(m_prompt);
    sl->addWidget(m_capture);
    sl->addWidget(m_views, 1);
    m_pages->addWidget(m_stepPage);
    m_capture->setPromptId(m_prompt->promptId());
    connect(m_prompt, &PromptHeader::promptChanged, m_capture, &CaptureBar::setPromptId);
    connect(m_capture, &CaptureBar::ideaAdded, this, [this](const QUuid &id) {
        if (NoteItem *note = m_board->scene()->note(id))
            m_board->view()->bringIntoView(note);
    });
    connect(m_board->view(), &BoardView::showOriginalRequested, this, [this](const QString &text) {
        showMessage(text);
    });

    m_overview = new OverviewPage(m_workspace, m_pages);
    m_pages->addWidget(m_overview);
    setCentralWidget(central);

    connect(m_navigator, &QTabBar::currentChanged, this, [this](int index) {
        if (m_navigating)
            return;
        if (index >= 0 && index < 3)
            showStep(index + 1);
        else
            showOverview();
    });

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search ideas (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search ideas"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_workspace, &Workspace::setSearchText);
    m_timerWidget = new TimerWidget(m_timer, this);
    statusBar()->setAccessibleName(tr("Status"));
    buildConnectionStatus();
}

PresenterWindow *MainWindow::presenter() const
{
    return m_presenter.data();
}

QString MainWindow::lastMessage() const
{
    return m_message->text();
}

void MainWindow::showMessage(const QString &message)
{
    m_message->setText(message);
    m_messageBar->show();
    statusBar()->showMessage(message, 15000);
}

void MainWindow::clearMessage()
{
    m_message->clear();
    m_messageBar->hide();
    statusBar()->clearMessage();
}

void MainWindow::focusCapture()
{
    // Whoever opens a workshop, switches steps or closes a dialog and starts typing is writing an idea.
    if (m_pages->currentWidget() != m_stepPage || !m_capture->lineEdit()->isEnabled())
        return;
    m_capture->lineEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::onDocumentChanged(Document *document)
{
    m_pages->setCurrentWidget(document ? (isOverviewShown() ? static_cast<QWidget *>(m_overview) : m_stepPage)
                                       : m_welcome);
    m_navigator->setEnabled(document != nullptr);
    m_readOnlyBanner->setVisible(document && document->isReadOnly());
    if (document)
        clearMessage(); // an error from an earlier attempt must not stand beside the workshop that opened
    updateConnectionStatus();
    if (document) {
        watchConnection(document);
        connect(document, &Document::undoStateChanged, this, &MainWindow::updateActions);
        connect(document, &Document::changed, this, [this](const ChangeSet &cs) {
            if (cs.touches(EntityKind::Workshop))
                updateTitle();
            updateActions();
        });
        onStepChanged(m_workspace->step());
        m_board->view()->fitAll();
        focusCapture();
    } else if (m_presenter) {
        m_presenter->hide();
    }
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    const Document *doc = m_workspace->document();
    if (!doc) {
        setWindowTitle(tr("Pamoja"));
        return;
    }
    QString title = doc->data().workshop().title;
    if (title.isEmpty())
        title = doc->path();
    if (doc->isReadOnly())
        title = tr("%1 [read-only]").arg(title);
    setWindowTitle(tr("%1 \u2014 Pamoja").arg(title));
}

void MainWindow::onStepChanged(int step)
{
    if (!isOverviewShown()) {
        m_navigating = true;
        m_navigator->setCurrentIndex(step - 1);
        m_navigating = false;
    }
    if (m_workspace->document())
        m_board->view()->fitAll();
    updateActions();
    focusCapture();
}

void MainWindow::showStep(int step)
{
    m_navigating = true;
    m_navigator->setCurrentIndex(step - 1);
    m_navigating = false;
    m_workspace->setStep(step);
    if (m_workspace->document())
        m_pages->setCurrentWidget(m_stepPage);
    focusCapture();
}

void MainWindow::showOverview()
{
    m_navigating = true;
    m_navigator->setCurrentIndex(3);
    m_navigating = false;
    if (m_workspace->document())
        m_pages->setCurrentWidget(m_overview);
    m_overview->refresh();
}

bool MainWindow::isOverviewShown() const
{
    return m_navigator->currentIndex() == 3;
}

void MainWindow::showBoard()
{
    m_views->setCurrentWidget(m_board);
}

void MainWindow::showOutline()
{
    m_views->setCurrentWidget(m_outline);
}

void MainWindow::setPresenterVisible(bool visible)
{
    if (!visible) {
        if (m_presenter)
            m_presenter->hide();
        return;
    }
    if (!m_presenter) {
        m_presenter = new PresenterWindow(m_workspace, m_timer);
        m_presenter->setPromptId(m_prompt->promptId());
        connect(m_prompt, &PromptHeader::promptChanged, m_presenter.data(), &PresenterWindow::setPromptId);
    }
    m_presenter->present(screen());
}

bool MainWindow::event(QEvent *event)
{
    // Every dialog of this window gives the keyboard back to the capture bar when it closes.
    if (event->type() == QEvent::ChildPolished)
        if (auto *dialog = qobject_cast<QDialog *>(static_cast<QChildEvent *>(event)->child()))
            connect(dialog, &QDialog::finished, this, &MainWindow::dialogFinished, Qt::UniqueConnection);
    return QMainWindow::event(event);
}

void MainWindow::dialogFinished()
{
    // Queued: Qt gives the focus back to the widget that had it once the dialog is gone.
    QTimer::singleShot(0, this, &MainWindow::focusCapture);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!canLetGoOfDocument()) {
        event->ignore();
        return;
    }
    saveLayout();
    if (m_presenter)
        m_presenter->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() &&
        (urls.first().toLocalFile().endsWith(QStringLiteral(".pamoja"), Qt::CaseInsensitive) ||
         (m_workspace->document() && (isPacketFile(urls.first().toLocalFile()) || isWorkshopJsonFile(urls.first().toLocalFile()) ||
                                       isIdeaListFile(urls.first().toLocalFile())))))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    if (m_workspace->document() && isPacketFile(path))
        importPacketFile(path); // a contribution packet of the offline form
    else if (m_workspace->document() && isWorkshopJsonFile(path))
        importWorkshopJsonFile(path); // a JSON export: its new entities, after a question
    else if (m_workspace->document() && isIdeaListFile(path))
        importIdeasDialog(path); // a list of ideas: the preview first
    else
        openFile(path);
}

} // namespace pamoja
