#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pamoja {

class JoinInfoOverlay;
class PresenterCanvas;
class SessionTimer;
class Workspace;

// What the room sees on the projector or in a screen share: the prompt, the timer and the revealed,
// not hidden ideas laid out for reading, one cluster per page (PresenterCanvas). The page follows
// the cluster or idea the facilitator selects in the main window, so they never leave it; the
// arrow and page keys and the buttons step through the pages when this is the only window.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(Workspace *workspace, SessionTimer *timer, QWidget *parent = nullptr);

    PresenterCanvas *canvas() const { return m_canvas; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QString promptText() const;
    QString timerText() const;
    QFont promptFont() const;
    // Full screen on a screen other than 'avoid' when there is one, else a normal window.
    void present(QScreen *avoid);
    // The prompt the facilitator has active; null shows the step's first prompt.
    void setPromptId(const QUuid &id);
    // The live session's join card over the board: QR code (one pixel per module, with its quiet
    // zone), address and code. Added for the live session; it does not change the layout.
    void showJoinInfo(const QString &url, const QString &code, const QImage &qr);
    void hideJoinInfo();
    bool isJoinInfoShown() const;
    JoinInfoOverlay *joinInfo() const { return m_joinInfo; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updatePrompt();
    void updateFonts();
    void updatePager();
    void followSelection();

    Workspace *m_workspace;
    QUuid m_promptId;
    QLabel *m_prompt;
    QLabel *m_timer;
    PresenterCanvas *m_canvas;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    JoinInfoOverlay *m_joinInfo = nullptr;
};

} // namespace pamoja
