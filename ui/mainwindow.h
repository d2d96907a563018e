#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabBar;
class QTabWidget;
class QTimer;
class QToolButton;

namespace pamoja {

class BoardWidget;
class CaptureBar;
class Document;
class LiveSession;
class OutlineView;
class OverviewPage;
class PresenterWindow;
class ImportIdeasDialog;
class SuggestGroupsDialog;
class PromptHeader;
class QuickCaptureWindow;
class SessionTimer;
class TimerWidget;
class Workspace;

// The facilitator's window. Split by feature: layout and navigation here, menus and actions in
// mainwindowactions.cpp, files (new, open, recent, read-only, copies) in mainwindowfile.cpp.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workshop; when another Pamoja holds it, offers to open it read-only.
    bool openFile(const QString &path);
    bool createWorkshop(const QString &title, const QString &path);
    // File > Import Ideas (mainwindowimport.cpp): asks for a file unless one is given, then shows the
    // preview; null when no workshop is open or the file dialog was cancelled.
    ImportIdeasDialog *importIdeasDialog(const QString &path = {});
    // Board > Suggest Groups: for the selected ideas, else every loose idea of the step.
    SuggestGroupsDialog *suggestGroupsDialog();
    // Imports a contribution packet of the offline form into the open workshop (mainwindowform.cpp).
    bool importPacketFile(const QString &path);
    // Imports a Pamoja JSON export into the open workshop after a preview question (mainwindowjson.cpp).
    bool importWorkshopJsonFile(const QString &path);
    void closeWorkshop();

    // Navigation: 1..3 for the steps, 0 for the overview.
    void showStep(int step);
    void showOverview();
    bool isOverviewShown() const;
    void showBoard();
    void showOutline();
    void setPresenterVisible(bool visible);
    // The note-taker's small always-on-top window (Ctrl+Shift+I from any window of the application).
    QuickCaptureWindow *showQuickCapture();
    QuickCaptureWindow *quickCapture() const;

    Workspace *workspace() const { return m_workspace; }
    CaptureBar *captureBar() const { return m_capture; }
    BoardWidget *board() const { return m_board; }
    OutlineView *outline() const { return m_outline; }
    PromptHeader *promptHeader() const { return m_prompt; }
    OverviewPage *overview() const { return m_overview; }
    PresenterWindow *presenter() const;
    SessionTimer *timer() const { return m_timer; }
    LiveSession *liveSession() const { return m_live; }
    QLineEdit *searchField() const { return m_search; }
    QWidget *readOnlyBanner() const { return m_readOnlyBanner; }
    QList<QDockWidget *> panelDocks() const { return m_docks; }
    // The message the facilitator last saw in the message bar.
    QString lastMessage() const;
    // Finds an action by its objectName ("undo", "redo", "presenter", ...).
    QAction *action(const QString &name) const;

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindow.cpp
    void buildCentral();
    void onDocumentChanged(Document *document);
    void updateTitle();
    void showMessage(const QString &message);
    void clearMessage();
    // mainwindowconnection.cpp: a workshop in a database whose connection is lost
    void buildConnectionStatus();
    void watchConnection(Document *document);
    void updateConnectionStatus();
    bool canLetGoOfDocument(); // false: the facilitator chose to keep the workshop open
    // The capture bar takes the keyboard whenever a step page is shown.
    void focusCapture();
    void dialogFinished();
    void onStepChanged(int step);
    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key,
                       std::function<void()> fn);
    void updateActions();
    void setPrivateWriting(bool on);
    void showSettings();
    void detectLanguages(); // Edit > Detect Languages: the unknown languages of the workshop's ideas, one undo step
    void showAbout();
    // mainwindowtranslate.cpp: Edit > Translate Ideas, Edit > Edit Translation, View > Show Translations
    void createTranslationActions(QMenu *edit, QMenu *view);
    void translateIdeasDialog();
    void editTranslationDialog();
    // mainwindowfile.cpp
    void newWorkshopDialog();
    void openDialog();
    void openRepositoryDialog();
    bool openLocation(const QString &location);
    void saveCopyDialog();
    void mergeDialog(); // mainwindowmerge.cpp
    void rebuildRecentMenu();
    void addRecent(const QString &path);
    static bool isLockedElsewhere(const QString &path);
    void restoreLayout();
    void saveLayout();
    // mainwindowform.cpp
    void exportFormDialog();
    void importPacketDialog();
    static bool isPacketFile(const QString &path);
    // mainwindowimport.cpp: a text, Markdown, CSV or XLSX file (by its name; the content decides later)
    static bool isIdeaListFile(const QString &path);
    // mainwindowjson.cpp: a Pamoja JSON export (by its content)
    void importWorkshopJsonDialog();
    static bool isWorkshopJsonFile(const QString &path);

    Workspace *m_workspace;
    SessionTimer *m_timer;
    LiveSession *m_live = nullptr;
    QTabBar *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcome = nullptr;
    QWidget *m_stepPage = nullptr;
    QTabWidget *m_views = nullptr;
    PromptHeader *m_prompt = nullptr;
    CaptureBar *m_capture = nullptr;
    BoardWidget *m_board = nullptr;
    OutlineView *m_outline = nullptr;
    OverviewPage *m_overview = nullptr;
    QPointer<PresenterWindow> m_presenter;
    QPointer<QuickCaptureWindow> m_quickCapture;
    TimerWidget *m_timerWidget = nullptr;
    QLineEdit *m_search = nullptr;
    QWidget *m_readOnlyBanner = nullptr;
    QWidget *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_connectionStatus = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QTimer *m_connectionTick = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QDockWidget *> m_docks;
    bool m_navigating = false;
};

} // namespace pamoja
