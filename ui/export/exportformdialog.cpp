#include "exportformdialog.h"

#include "domain/constituency.h"
#include "i18n.h"
#include "pagerenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pamoja {

namespace {
std::optional<std::optional<form::Options>> &preparedFormOptions()
{
    static std::optional<std::optional<form::Options>> answer;
    return answer;
}
} // namespace

ExportFormDialog::ExportFormDialog(const WorkshopData &data, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Contribution Form"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("One web page to send by e-mail or on a USB stick. Participants open it without a connection, "
           "write their ideas and send back a contribution packet to import."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *steps = new QVBoxLayout;
    for (int s = step::First; s <= step::Last; ++s) {
        const int prompts = int(data.prompts(s).size());
        auto *box = new QCheckBox(tr("%1 (%n prompt(s))", nullptr, prompts).arg(step::label(s)), this);
        box->setObjectName(QStringLiteral("formStep%1").arg(s));
        box->setChecked(prompts > 0);
        box->setEnabled(prompts > 0);
        connect(box, &QCheckBox::toggled, this, &ExportFormDialog::updateOk);
        steps->addWidget(box);
        m_steps.append(box);
    }
    form->addRow(tr("Questions from:"), steps);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("formLanguage"));
    for (const QString &code : form::languages())
        m_language->addItem(PageRenderer::languageName(code), code);
    const int main =
        m_language->findData(data.workshop().languages.section(QLatin1Char(','), 0, 0).trimmed());
    m_language->setCurrentIndex(qMax(0, main));
    m_language->setAccessibleDescription(
        tr("Used when the participant's browser is in none of these languages; "
           "they can switch in the page."));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export\u2026"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
}

form::Options ExportFormDialog::options() const
{
    form::Options o;
    for (int s = step::First; s <= step::Last; ++s)
        if (m_steps.at(s - 1)->isChecked())
            o.steps.append(s);
    o.language = m_language->currentData().toString();
    return o;
}

void ExportFormDialog::updateOk()
{
    m_ok->setEnabled(!options().steps.isEmpty()); // a form that asks nothing is not made
}

void ExportFormDialog::setNextAnswer(const std::optional<form::Options> &options)
{
    preparedFormOptions() = options;
}

bool ExportFormDialog::ask(QWidget *parent, const WorkshopData &data, form::Options *options)
{
    if (preparedFormOptions()) {
        const auto answer = *preparedFormOptions();
        preparedFormOptions().reset();
        if (answer)
            *options = *answer;
        return answer.has_value();
    }
    ExportFormDialog dlg(data, parent);
    if (dlg.exec() != QDialog::Accepted)
        return false;
    *options = dlg.options();
    return true;
}

} // namespace pamoja
