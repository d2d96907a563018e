#include "translatedialog.h"

#include "document.h"
#include "domain/constituency.h"
#include "translationedits.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pamoja {

TranslateDialog::TranslateDialog(Workspace *workspace, QWidget *parent, translation::Apertium apertium)
    : QDialog(parent), m_workspace(workspace), m_apertium(std::move(apertium)),
      m_translator(new translation::BatchTranslator(m_apertium, this))
{
    setWindowTitle(tr("Translate Ideas"));
    setObjectName(QStringLiteral("translateDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("translateLanguage"));
    m_language->setAccessibleName(tr("Translate into"));
    for (const QString &code : workshopLanguages(workspace))
        m_language->addItem(tr("%1 (%2)").arg(translation::languageName(code), code), code);
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("translateStep"));
    m_step->setAccessibleName(tr("Which ideas"));
    for (int s = step::First; s <= step::Last; ++s)
        m_step->addItem(step::label(s), s);
    m_step->addItem(tr("All steps"), 0);
    m_step->setCurrentIndex(std::clamp(workspace->step(), step::First, step::Last) - step::First);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("translateSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("What will be translated"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("translateProgress"));
    m_progress->setAccessibleName(tr("Translation progress"));
    m_progress->setValue(0);

    auto *note = new QLabel(tr("Apertium translates on this computer, without a network. The translation is shown beside each "
                               "idea, marked as machine translation; the idea's own words never change. Correct a translation "
                               "with Edit > Edit Translation."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_translate = buttons->addButton(tr("&Translate"), QDialogButtonBox::AcceptRole);
    m_translate->setObjectName(QStringLiteral("translateStart"));
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("translateCancel"));
    connect(m_translate, &QPushButton::clicked, this, &TranslateDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &TranslateDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Translate &into:"), m_language);
    form->addRow(tr("&Ideas of:"), m_step);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &TranslateDialog::updatePlan);
    connect(m_step, &QComboBox::currentIndexChanged, this, &TranslateDialog::updatePlan);
    connect(m_translator, &translation::BatchTranslator::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_translator, &translation::BatchTranslator::finished, this, &TranslateDialog::finished);
    updatePlan();
}

TranslateDialog::~TranslateDialog()
{
    m_translator->cancel();
}

QStringList TranslateDialog::workshopLanguages(const Workspace *workspace)
{
    QStringList out;
    if (const Document *d = workspace->document())
        for (const QString &c : d->data().workshop().languages.split(QLatin1Char(',')))
            if (const QString code = c.trimmed().toLower(); !code.isEmpty() && !out.contains(code))
                out.append(code);
    return out;
}

bool TranslateDialog::isRunning() const
{
    return m_translator->isRunning();
}

QString TranslateDialog::planText() const
{
    const QString name = translation::languageName(m_plan.to);
    QStringList lines;
    lines << tr("%n idea(s) to translate into %1.", nullptr, int(m_plan.texts.size())).arg(name);
    if (m_plan.unknownLanguage)
        lines << tr("%n idea(s) whose language is unknown are not translated (Edit > Detect Languages may find it).", nullptr,
                    m_plan.unknownLanguage);
    if (m_plan.alreadyInTarget)
        lines << tr("%n idea(s) already in %1.", nullptr, m_plan.alreadyInTarget).arg(name);
    if (m_plan.byPerson)
        lines << tr("%n translation(s) made or corrected by a person are kept.", nullptr, m_plan.byPerson);
    lines << m_plan.noPairMessages;
    return lines.join(QLatin1Char('\n'));
}

void TranslateDialog::updatePlan()
{
    if (isRunning())
        return;
    const Document *doc = m_workspace->document();
    const QString to = m_language->currentData().toString();
    if (!doc || to.isEmpty()) {
        m_plan = {};
        m_summary->setText(tr("The workshop has no languages to translate into (Session > Workshop Settings)."));
        m_translate->setEnabled(false);
        return;
    }
    m_plan = translation::plan(doc->data(), to, m_step->currentData().toInt(), m_apertium);
    QString text = planText();
    if (Status s = m_apertium.available(); !s)
        text = s.error() + QLatin1Char('\n') + text;
    m_summary->setText(text);
    m_progress->setRange(0, std::max<int>(int(m_plan.texts.size()), 1));
    m_progress->setValue(0);
    m_translate->setEnabled(!m_plan.texts.isEmpty() && m_apertium.available() && !doc->isReadOnly());
}

void TranslateDialog::start()
{
    if (isRunning() || m_plan.texts.isEmpty())
        return;
    m_translate->setEnabled(false);
    m_language->setEnabled(false);
    m_step->setEnabled(false);
    m_cancel->setText(tr("&Cancel"));
    m_summary->setText(tr("Translating %n idea(s)\u2026", nullptr, int(m_plan.texts.size())));
    m_translator->start(m_plan.texts, m_plan.to);
}

void TranslateDialog::finished()
{
    m_language->setEnabled(true);
    m_step->setEnabled(true);
    m_cancel->setText(tr("Close"));
    int stored = 0;
    QString result;
    if (m_translator->wasCancelled()) {
        result = tr("Cancelled: no translation was stored.");
    } else if (!m_translator->error().isEmpty()) {
        result = m_translator->error() + QLatin1Char('\n') + tr("No translation was stored.");
    } else if (Document *doc = m_workspace->document()) {
        const ChangeSet cs = edits::setMachineTranslations(doc->data(), translation::machineTranslations(m_plan, m_translator->results()),
                                                           m_plan.to);
        const QString name = translation::languageName(m_plan.to);
        stored = int(cs.changes.size());
        // One change, one undo step.
        if (cs.isEmpty() || m_workspace->apply(cs, tr("Translate %n idea(s) into %1", nullptr, stored).arg(name)))
            result = tr("Translated %n idea(s) into %1 (machine translation). View > Show Translations shows them.", nullptr, stored).arg(name);
        else
            stored = 0;
    }
    updatePlan(); // what a next run would do
    if (!m_translator->wasCancelled() && m_translator->error().isEmpty()) {
        m_progress->setRange(0, std::max(m_translator->total(), 1));
        m_progress->setValue(std::max(m_translator->total(), 1));
    }
    if (!result.isEmpty())
        m_summary->setText(result + QStringLiteral("\n\n") + m_summary->text());
    Q_EMIT runFinished(stored);
}

void TranslateDialog::reject()
{
    if (isRunning()) {
        m_translator->cancel(); // finished() says so; the dialog stays open
        return;
    }
    QDialog::reject();
}

} // namespace pamoja
