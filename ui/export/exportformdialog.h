#pragma once

#include "contributionform.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace pamoja {

// File > Export Contribution Form...: which steps' prompts the offline form asks, and its language
// when the participant's browser speaks none of the five (as `pamoja form --steps --language`).
class ExportFormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportFormDialog(const WorkshopData &data, QWidget *parent = nullptr);
    form::Options options() const;
    QCheckBox *stepBox(int step) const { return m_steps.value(step - 1); }
    QComboBox *languageBox() const { return m_language; }

    // Tests answer the next dialog in advance (std::nullopt: Cancel).
    static void setNextAnswer(const std::optional<form::Options> &options);
    // Shows the dialog (or takes the prepared answer); false when cancelled.
    static bool ask(QWidget *parent, const WorkshopData &data, form::Options *options);

private:
    void updateOk();

    QList<QCheckBox *> m_steps;
    QComboBox *m_language = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace pamoja
