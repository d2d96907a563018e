#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pamoja {

class Document;
class Workspace;

// A small window that stays on top, for a note-taker: one line per idea, Enter saves it (with its
// time) to the chosen step and prompt, said by the chosen speaker or anonymous. The ideas captured
// here are listed newest first; Undo last capture (Ctrl+Z) removes the newest one that is still as it
// was captured. It works on whatever document the workspace holds: the facilitator's own window, or a
// copy of the workshop on a note-taker's laptop (pamoja capture FILE), merged back later.
class QuickCaptureWindow : public QWidget
{
    Q_OBJECT

public:
    explicit QuickCaptureWindow(Workspace *workspace, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QComboBox *stepBox() const { return m_step; }
    QComboBox *promptBox() const { return m_prompt; }
    QComboBox *speakerBox() const { return m_speaker; }
    QListWidget *recentList() const { return m_recent; }
    QPushButton *undoButton() const { return m_undo; }

    // Saves the line as an idea; true when one was added (the line is then cleared).
    bool submit();
    // Removes the newest idea captured here that still exists unchanged; true when one was removed.
    bool undoLast();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void watch(Document *doc);
    void refresh();
    void refreshPrompts();
    void refreshSpeakers();
    void refreshRecent();
    void updateEnabled();

    Workspace *m_workspace;
    QLabel *m_title;
    QComboBox *m_step;
    QComboBox *m_prompt;
    QComboBox *m_speaker;
    QLineEdit *m_edit;
    QListWidget *m_recent;
    QPushButton *m_undo;
    QLabel *m_status;
    QList<QUuid> m_captured; // oldest first
};

} // namespace pamoja
