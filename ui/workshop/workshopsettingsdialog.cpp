#include "workshopsettingsdialog.h"

#include "analysis/voting.h"
#include "edits.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace pamoja {

namespace {
void addChoice(QComboBox *box, const QString &label, const QString &code)
{
    box->addItem(label, code);
}

void select(QComboBox *box, const QString &code)
{
    const int i = box->findData(code);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

QString isoDate(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QString() : edit->date().toString(Qt::ISODate);
}

void setIsoDate(QDateEdit *edit, const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    edit->setDate(d.isValid() ? d : edit->minimumDate());
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *e = new QDateEdit(parent);
    e->setCalendarPopup(true);
    e->setMinimumDate(QDate(2000, 1, 1));
    e->setSpecialValueText(QCoreApplication::translate("pamoja::WorkshopSettingsDialog", "Not set"));
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}
} // namespace

WorkshopSettingsDialog::WorkshopSettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Workshop Settings"));
    auto *form = new QFormLayout;

    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Workshop title"));
    form->addRow(tr("&Title:"), m_title);

    m_context = new QPlainTextEdit(this);
    m_context->setAccessibleName(tr("Context"));
    m_context->setTabChangesFocus(true);
    m_context->setMaximumHeight(90);
    form->addRow(tr("&Context:"), m_context);

    m_start = dateEdit(this);
    m_start->setAccessibleName(tr("First day"));
    form->addRow(tr("&From:"), m_start);
    m_end = dateEdit(this);
    m_end->setAccessibleName(tr("Last day"));
    form->addRow(tr("T&o:"), m_end);

    m_mode = new QComboBox(this);
    m_mode->setAccessibleName(tr("Mode"));
    addChoice(m_mode, tr("In person"), QStringLiteral("in_person"));
    addChoice(m_mode, tr("Online"), QStringLiteral("online"));
    addChoice(m_mode, tr("Hybrid"), QStringLiteral("hybrid"));
    addChoice(m_mode, tr("Asynchronous"), QStringLiteral("async"));
    form->addRow(tr("&Mode:"), m_mode);

    m_languages = new QLineEdit(this);
    m_languages->setAccessibleName(tr("Languages"));
    m_languages->setPlaceholderText(tr("e.g. en,fr,es"));
    m_languages->setToolTip(tr("Language codes separated by commas; the first is the main language."));
    m_languages->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[a-z]{2,3}(,\\s*[a-z]{2,3})*$")), m_languages));
    form->addRow(tr("&Languages:"), m_languages);

    m_facilitators = new QLineEdit(this);
    m_facilitators->setAccessibleName(tr("Facilitators"));
    form->addRow(tr("F&acilitators:"), m_facilitators);

    m_anonymity = new QComboBox(this);
    m_anonymity->setAccessibleName(tr("Anonymity"));
    addChoice(m_anonymity, tr("Participants choose per contribution"), QStringLiteral("optional"));
    addChoice(m_anonymity, tr("Every contribution is named"), QStringLiteral("named"));
    addChoice(m_anonymity, tr("Every contribution is anonymous"), QStringLiteral("anonymous"));
    form->addRow(tr("A&nonymity:"), m_anonymity);

    m_weighting = new QComboBox(this);
    m_weighting->setAccessibleName(tr("Default vote weighting"));
    for (Weighting w : {Weighting::Person, Weighting::Organisation, Weighting::Constituency})
        addChoice(m_weighting, weightingLabel(w), weightingCode(w));
    form->addRow(tr("&Vote weighting:"), m_weighting);

    m_privateWriting = new QCheckBox(tr("&Private writing: new ideas stay hidden until revealed"), this);
    m_privateWriting->setAccessibleName(tr("Private writing"));
    form->addRow(QString(), m_privateWriting);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);

    if (Document *doc = m_workspace->document())
        load(doc->data().workshop());
}

void WorkshopSettingsDialog::load(const Workshop &w)
{
    m_title->setText(w.title);
    m_context->setPlainText(w.context);
    setIsoDate(m_start, w.startDate);
    setIsoDate(m_end, w.endDate);
    select(m_mode, w.mode);
    m_languages->setText(w.languages);
    m_facilitators->setText(w.facilitators);
    select(m_anonymity, w.anonymity);
    select(m_weighting, w.weighting);
    m_privateWriting->setChecked(w.privateWriting);
}

Workshop WorkshopSettingsDialog::edited() const
{
    Workshop w = m_workspace->document() ? m_workspace->document()->data().workshop() : Workshop();
    w.title = m_title->text().trimmed();
    w.context = m_context->toPlainText().trimmed();
    w.startDate = isoDate(m_start);
    w.endDate = isoDate(m_end);
    w.mode = m_mode->currentData().toString();
    QStringList langs;
    for (const QString &l : m_languages->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        langs.append(l.trimmed().toLower());
    w.languages = langs.isEmpty() ? QStringLiteral("en") : langs.join(QLatin1Char(','));
    w.facilitators = m_facilitators->text().trimmed();
    w.anonymity = m_anonymity->currentData().toString();
    w.weighting = m_weighting->currentData().toString();
    w.privateWriting = m_privateWriting->isChecked();
    return w;
}

bool WorkshopSettingsDialog::save()
{
    Document *doc = m_workspace->document();
    if (!doc) {
        m_workspace->reportError(tr("Open or create a workshop first."));
        return false;
    }
    const Workshop &before = doc->data().workshop();
    const Workshop after = edited();
    if (after.title.isEmpty()) {
        m_workspace->reportError(tr("A workshop needs a title."));
        return false;
    }
    if (!after.startDate.isEmpty() && !after.endDate.isEmpty() && after.endDate < after.startDate) {
        m_workspace->reportError(tr("The last day comes before the first day."));
        return false;
    }
    ChangeSet cs;
    cs.update(before, after);
    if (cs.isEmpty())
        return true;
    const QString description = before.anonymity != after.anonymity
                                    ? tr("Change anonymity from \"%1\" to \"%2\"")
                                          .arg(m_anonymity->itemText(m_anonymity->findData(before.anonymity)),
                                               m_anonymity->currentText())
                                    : tr("Change workshop settings");
    return m_workspace->apply(cs, description);
}

void WorkshopSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace pamoja
