#pragma once

// Edit > Edit Translation...: the facilitator writes or corrects the translation of the selected
// idea. The idea's own words are shown, never edited here; the correction is an ordinary undoable
// edit and marks the translation as a person's, which machine translation never overwrites.

#include <QDialog>
#include <QUuid>

class QComboBox;
class QPlainTextEdit;

namespace pamoja {

class Workspace;

class TranslationEditDialog : public QDialog
{
    Q_OBJECT

public:
    TranslationEditDialog(Workspace *workspace, const QUuid &ideaId, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_text; }
    QComboBox *languageBox() const { return m_language; }

    void accept() override;

private:
    Workspace *m_workspace;
    QUuid m_id;
    QPlainTextEdit *m_text;
    QComboBox *m_language;
};

} // namespace pamoja
