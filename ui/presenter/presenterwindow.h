#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;

namespace pamoja {

class BoardScene;
class BoardView;
class JoinInfoOverlay;
class SessionTimer;
class Workspace;

// What the room sees on the projector or in a screen share: the prompt, the timer and the board with
// only revealed, not hidden ideas. It has its own read-only scene, so no selection, filter, hidden
// count or provenance from the facilitator's board ever shows here.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(Workspace *workspace, SessionTimer *timer, QWidget *parent = nullptr);

    BoardScene *scene() const { return m_scene; }
    BoardView *view() const { return m_view; }
    QString promptText() const;
    QString timerText() const;
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

    Workspace *m_workspace;
    QUuid m_promptId;
    QLabel *m_prompt;
    QLabel *m_timer;
    BoardScene *m_scene;
    BoardView *m_view;
    JoinInfoOverlay *m_joinInfo = nullptr;
};

} // namespace pamoja
