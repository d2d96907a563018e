#pragma once

// Edit > Translate Ideas...: machine translation of the ideas of one step or all steps into one of
// the workshop's languages, with Apertium, off the GUI thread's back (separate processes), with
// progress and cancel. The run is one undoable change; ideas Pamoja cannot translate are counted
// and the missing language pairs named, never guessed.

#include "translation/translationplan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace pamoja {

class Workspace;

class TranslateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TranslateDialog(Workspace *workspace, QWidget *parent = nullptr,
                             translation::Apertium apertium = translation::Apertium::installed());
    ~TranslateDialog() override;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *stepBox() const { return m_step; }
    QPushButton *translateButton() const { return m_translate; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    bool isRunning() const;
    const translation::Plan &plan() const { return m_plan; }

    // The workshop's languages, main one first (Workshop::languages).
    static QStringList workshopLanguages(const Workspace *workspace);

Q_SIGNALS:
    // After a run ends (translated, cancelled or failed); translated: ideas stored.
    void runFinished(int translated);

protected:
    void reject() override;

private:
    void updatePlan();
    void start();
    void finished();
    QString planText() const;

    Workspace *m_workspace;
    translation::Apertium m_apertium;
    translation::BatchTranslator *m_translator;
    translation::Plan m_plan;
    QComboBox *m_language;
    QComboBox *m_step;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_translate;
    QPushButton *m_cancel;
};

} // namespace pamoja
