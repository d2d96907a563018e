#pragma once

#include "domain/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace pamoja {

class Workspace;

// The workshop's own settings: title, context, dates, mode, languages, anonymity, voting weighting and
// private writing. Saved through the change funnel as one undoable step; a change of anonymity is
// named in the history as the facilitator intervention it is.
class WorkshopSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkshopSettingsDialog(Workspace *workspace, QWidget *parent = nullptr);

    // The workshop as the form describes it (for tests and for accept()).
    Workshop edited() const;
    // Applies the form through the workspace; false (with the error reported) when it failed.
    bool save();

    void accept() override;

private:
    void load(const Workshop &w);

    Workspace *m_workspace;
    QLineEdit *m_title;
    QPlainTextEdit *m_context;
    QComboBox *m_mode;
    QLineEdit *m_languages;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_facilitators;
    QComboBox *m_anonymity;
    QComboBox *m_weighting;
    QCheckBox *m_privateWriting;
};

} // namespace pamoja
