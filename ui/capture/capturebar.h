#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace pamoja {

class Workspace;

// Type, Enter: the idea is on the board and saved, and the cursor is back in the bar for the next.
class CaptureBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureBar(Workspace *workspace, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QComboBox *authorBox() const { return m_author; }
    void setPromptId(const QUuid &id) { m_promptId = id; }
    QUuid promptId() const { return m_promptId; }
    // Adds the text in the bar; true when an idea was added.
    bool submit();

Q_SIGNALS:
    void ideaAdded(const QUuid &id);

private:
    void refreshAuthors();
    void updateEnabled();

    Workspace *m_workspace;
    QLineEdit *m_edit;
    QComboBox *m_author;
    QPushButton *m_add;
    QUuid m_promptId;
};

} // namespace pamoja
