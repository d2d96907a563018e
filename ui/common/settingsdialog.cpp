#include "settingsdialog.h"

#include "i18n.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace pamoja {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language->addItem(tr("Follow the system"), QString());
    for (const QString &code : i18n::supportedLanguages())
        m_language->addItem(i18n::nativeName(code), code);
    const QString chosen = QSettings().value(QStringLiteral("interface/language")).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosen)));
    m_language->setAccessibleName(tr("Interface language"));
    form->addRow(tr("Interface &language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Pamoja starts."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::save()
{
    i18n::setPreferredLanguage(m_language->currentData().toString());
}

} // namespace pamoja
