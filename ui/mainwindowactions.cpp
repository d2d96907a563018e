// Menus, toolbar and actions of the main window; shortcuts are shown in the menus.
#include "mainwindow.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/boardwidget.h"
#include "capture/quickcapturewindow.h"
#include "common/messagebox.h"
#include "common/settingsdialog.h"
#include "document.h"
#include "edits.h"
#include "export/exportdialog.h"
#include "live/livesession.h"
#include "pamojaversion.h"
#include "presenter/presenterwindow.h"
#include "timer/sessiontimer.h"
#include "timer/timerwidget.h"
#include "workshop/workshopsettingsdialog.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace pamoja {

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key,
                               std::function<void()> fn)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    connect(a, &QAction::triggered, this, [fn = std::move(fn)] { fn(); });
    if (menu)
        menu->addAction(a);
    QMainWindow::addAction(a);
    return a;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

QuickCaptureWindow *MainWindow::quickCapture() const
{
    return m_quickCapture.data();
}

QuickCaptureWindow *MainWindow::showQuickCapture()
{
    if (!m_quickCapture)
        m_quickCapture = new QuickCaptureWindow(m_workspace, this);
    m_quickCapture->show();
    m_quickCapture->raise();
    m_quickCapture->activateWindow();
    m_quickCapture->lineEdit()->setFocus();
    return m_quickCapture;
}

void MainWindow::createActions()
{
    // Created with the menus; nothing to do before them.
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, QStringLiteral("new"), tr("&New Workshop\u2026"), QKeySequence::New, [this] { newWorkshopDialog(); });
    addAction(file, QStringLiteral("open"), tr("&Open\u2026"), QKeySequence::Open, [this] { openDialog(); });
    addAction(file, QStringLiteral("openRepository"), tr("Open Reposi&tory\u2026"), {}, [this] { openRepositoryDialog(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    addAction(file, QStringLiteral("saveCopy"), tr("Save a &Copy\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              [this] { saveCopyDialog(); });
    addAction(file, QStringLiteral("merge"), tr("&Merge Workshop\u2026"), {}, [this] { mergeDialog(); });
    addAction(file, QStringLiteral("export"), tr("&Export\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
              [this] { showExportDialog(m_workspace, this); });
    addAction(file, QStringLiteral("importIdeas"), tr("Import &Ideas\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I),
              [this] { importIdeasDialog(); });
    addAction(file, QStringLiteral("exportForm"), tr("Export Contribution &Form\u2026"), QKeySequence(), [this] { exportFormDialog(); });
    addAction(file, QStringLiteral("importPacket"), tr("Import Contribution &Packet\u2026"), QKeySequence(), [this] { importPacketDialog(); });
    addAction(file, QStringLiteral("importJson"), tr("Import Workshop &Data (JSON)\u2026"), QKeySequence(),
              [this] { importWorkshopJsonDialog(); });
    addAction(file, QStringLiteral("close"), tr("&Close Workshop"), QKeySequence::Close, [this] { closeWorkshop(); });
    file->addSeparator();
    addAction(file, QStringLiteral("settings"), tr("&Settings\u2026"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
              [this] { showSettings(); });
    file->addSeparator();
    QAction *quit = addAction(file, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    addAction(edit, QStringLiteral("undo"), tr("&Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z), [this] {
        if (Document *d = m_workspace->document())
            if (Status s = d->undo(); !s)
                showMessage(s.error());
    });
    QAction *redo = addAction(edit, QStringLiteral("redo"), tr("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] {
        if (Document *d = m_workspace->document())
            if (Status s = d->redo(); !s)
                showMessage(s.error());
    });
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addSeparator();
    addAction(edit, QStringLiteral("find"), tr("&Find Ideas"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QAction *flagged = addAction(edit, QStringLiteral("reviewFilter"), tr("Show Only Ideas &Flagged for Review"), {}, [] {});
    flagged->setCheckable(true);
    connect(flagged, &QAction::toggled, m_workspace, &Workspace::setReviewFilter);
    addAction(edit, QStringLiteral("capture"), tr("Capture an &Idea"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        showStep(m_workspace->step());
    });
    QAction *quick = addAction(edit, QStringLiteral("quickCapture"), tr("&Quick Capture Window"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { showQuickCapture(); });
    // Also from the presenter view and the capture window itself, not only from this one.
    quick->setShortcutContext(Qt::ApplicationShortcut);
    QAction *detect = addAction(edit, QStringLiteral("detectLanguages"), tr("Detect &Languages"), QKeySequence(),
                                [this] { detectLanguages(); });
    detect->setToolTip(tr("Fill in the language of ideas that have none, where the text makes it clear; "
                          "a language someone gave is kept"));
    createTranslationActions(edit, nullptr);
    edit->addSeparator();
    QMenu *board = edit->addMenu(tr("&Board"));
    board->addActions(m_board->view()->boardActions());
    board->addSeparator();
    addAction(board, QStringLiteral("suggestGroups"), tr("Suggest &Groups\u2026"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), [this] { suggestGroupsDialog(); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int s = 1; s <= 3; ++s)
        addAction(m_viewMenu, QStringLiteral("step%1").arg(s), tr("Step &%1").arg(s),
                  QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + s)), [this, s] { showStep(s); });
    addAction(m_viewMenu, QStringLiteral("overview"), tr("&Overview"), QKeySequence(Qt::CTRL | Qt::Key_4),
              [this] { showOverview(); });
    m_viewMenu->addSeparator();
    addAction(m_viewMenu, QStringLiteral("showBoard"), tr("&Board"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { showBoard(); });
    addAction(m_viewMenu, QStringLiteral("showOutline"), tr("Ou&tline"), QKeySequence(Qt::CTRL | Qt::Key_L),
              [this] { showOutline(); });
    m_viewMenu->addActions({m_board->view()->zoomInAction(), m_board->view()->zoomOutAction(), m_board->view()->fitAction()});
    createTranslationActions(nullptr, m_viewMenu);
    m_viewMenu->addSeparator();
    QAction *presenter = addAction(m_viewMenu, QStringLiteral("presenter"), tr("&Presenter View"), QKeySequence(Qt::Key_F5),
                                   [this] { setPresenterVisible(!(m_presenter && m_presenter->isVisible())); });
    presenter->setToolTip(tr("Show the prompt, timer and revealed ideas in a second window for the room"));
    if (!m_docks.isEmpty()) {
        QMenu *panels = m_viewMenu->addMenu(tr("&Panels"));
        for (QDockWidget *d : std::as_const(m_docks))
            panels->addAction(d->toggleViewAction());
    }

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    addAction(session, QStringLiteral("workshopSettings"), tr("&Workshop Settings\u2026"),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W), [this] {
                  if (!m_workspace->document())
                      return;
                  WorkshopSettingsDialog dlg(m_workspace, this);
                  dlg.exec();
              });
    session->addSeparator();
    QAction *privateWriting = addAction(session, QStringLiteral("privateWriting"), tr("&Private Writing"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [] {});
    privateWriting->setCheckable(true);
    privateWriting->setToolTip(tr("New ideas stay hidden from the board until you reveal them"));
    connect(privateWriting, &QAction::toggled, this, &MainWindow::setPrivateWriting);
    addAction(session, QStringLiteral("reveal"), tr("&Reveal Hidden Ideas"), QKeySequence(Qt::CTRL | Qt::Key_R),
              [this] { m_board->scene()->revealHidden(); });
    session->addSeparator();
    addAction(session, QStringLiteral("timerStart"), tr("Start or Pause the &Timer"), QKeySequence(Qt::CTRL | Qt::Key_T),
              [this] { m_timer->toggle(); });
    addAction(session, QStringLiteral("timerReset"), tr("R&eset the Timer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
              [this] { m_timer->reset(); });
    session->addSeparator();
    m_live->addActions(session);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, QStringLiteral("about"), tr("&About Pamoja"), {}, [this] { showAbout(); });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setAccessibleName(tr("Main toolbar"));
    tools->addAction(action(QStringLiteral("undo")));
    tools->addAction(action(QStringLiteral("redo")));
    tools->addSeparator();
    tools->addWidget(m_search);
    tools->addSeparator();
    tools->addAction(privateWriting);
    tools->addAction(action(QStringLiteral("reveal")));
    tools->addAction(presenter);
    tools->addSeparator();
    tools->addWidget(m_timerWidget);
}

void MainWindow::updateActions()
{
    const Document *doc = m_workspace->document();
    const bool open = doc != nullptr;
    const bool writable = open && !doc->isReadOnly();
    QAction *undo = action(QStringLiteral("undo"));
    QAction *redo = action(QStringLiteral("redo"));
    if (!undo)
        return;
    undo->setEnabled(writable && doc->canUndo());
    redo->setEnabled(writable && doc->canRedo());
    undo->setText(writable && doc->canUndo() ? tr("&Undo %1").arg(doc->undoText()) : tr("&Undo"));
    redo->setText(writable && doc->canRedo() ? tr("&Redo %1").arg(doc->redoText()) : tr("&Redo"));
    for (const char *name : {"saveCopy", "exportForm", "close", "step1", "step2", "step3", "overview", "presenter", "find"})
        action(QString::fromLatin1(name))->setEnabled(open);
    for (const char *name : {"privateWriting", "reveal", "workshopSettings", "quickCapture", "importIdeas", "importPacket", "importJson", "merge",
                             "detectLanguages", "translateIdeas", "editTranslation", "suggestGroups"})
        action(QString::fromLatin1(name))->setEnabled(writable);
    QAction *pw = action(QStringLiteral("privateWriting"));
    const QSignalBlocker block(pw);
    pw->setChecked(open && doc->data().workshop().privateWriting);
    m_search->setEnabled(open);
}

void MainWindow::setPrivateWriting(bool on)
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    const QUuid id = doc->data().workshop().id;
    const ChangeSet cs = edits::modify<Workshop>(doc->data(), id, [on](Workshop &w) { w.privateWriting = on; });
    if (!m_workspace->apply(cs, on ? tr("Turn private writing on") : tr("Turn private writing off")))
        updateActions();
}

void MainWindow::detectLanguages()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    qsizetype unknown = 0;
    for (const Idea &i : doc->data().table<Idea>().items())
        unknown += i.language.isEmpty();
    const ChangeSet cs = edits::detectLanguages(doc->data());
    if (cs.isEmpty()) {
        statusBar()->showMessage(unknown ? tr("No language detected: the %1 ideas without one are too short or too mixed to tell.").arg(unknown)
                                         : tr("Every idea's language is known."),
                                 15000);
        return;
    }
    // One change, one undo step.
    if (m_workspace->apply(cs, tr("Detect languages")))
        statusBar()->showMessage(tr("Detected the language of %1 of %2 ideas without one.").arg(cs.changes.size()).arg(unknown), 15000);
}

void MainWindow::showSettings()
{
    SettingsDialog dlg(this);
    dlg.exec();
}

void MainWindow::showAbout()
{
    MessageBox::question(this, tr("About Pamoja"),
                         tr("Pamoja %1: envisioning workshops for balanced partnerships between Northern and "
                            "Southern civil-society organisations.")
                             .arg(QStringLiteral(PAMOJA_VERSION)),
                         QMessageBox::Ok);
}

} // namespace pamoja
