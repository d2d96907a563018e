#pragma once

#include <QPlainTextEdit>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace pamoja {

class Workspace;

// The guiding question, large, editable in place: Enter saves, Shift+Enter breaks the line, Escape
// puts the saved text back.
class PromptEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PromptEdit(QWidget *parent = nullptr);
    void setSavedText(const QString &text);

Q_SIGNALS:
    void committed(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void commit();
    QString m_saved;
};

// The step's title, the prompt picker (when a step has several) and the active prompt.
class PromptHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PromptHeader(Workspace *workspace, QWidget *parent = nullptr);

    QUuid promptId() const { return m_promptId; }
    PromptEdit *editor() const { return m_edit; }
    QString promptText() const;

Q_SIGNALS:
    void promptChanged(const QUuid &id);

private:
    void refresh();
    void choose(const QUuid &id);
    void addPrompt();

    Workspace *m_workspace;
    QLabel *m_step;
    QComboBox *m_prompts;
    QToolButton *m_add;
    PromptEdit *m_edit;
    QUuid m_promptId;
    QHash<int, QUuid> m_chosen; // per step
};

} // namespace pamoja
