#include "translationeditdialog.h"

#include "document.h"
#include "translate/translatedialog.h"
#include "translate/translationtext.h"
#include "translation/apertium.h"
#include "translationedits.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace pamoja {

TranslationEditDialog::TranslationEditDialog(Workspace *workspace, const QUuid &ideaId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_id(ideaId)
{
    setWindowTitle(tr("Edit Translation"));
    const Idea *idea = workspace->document() ? workspace->document()->data().table<Idea>().find(ideaId) : nullptr;
    auto *original = new QLabel(idea ? idea->text : QString(), this);
    original->setTextFormat(Qt::PlainText);
    original->setWordWrap(true);
    original->setAccessibleName(tr("The idea's words"));
    auto *status = new QLabel(this);
    status->setWordWrap(true);
    if (idea && !idea->translation.isEmpty())
        status->setText(translationtext::isMachine(*idea) ? tr("Now: machine translation. Saving marks it as corrected by a person.")
                                                          : tr("Now: a person's translation."));
    m_text = new QPlainTextEdit(idea ? idea->translation : QString(), this);
    m_text->setObjectName(QStringLiteral("translationText"));
    m_text->setAccessibleName(tr("Translation"));
    m_text->setTabChangesFocus(true);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("translationLanguage"));
    m_language->setAccessibleName(tr("Language of the translation"));
    QStringList codes = TranslateDialog::workshopLanguages(workspace);
    if (idea && !idea->translationLanguage.isEmpty() && !codes.contains(idea->translationLanguage))
        codes.prepend(idea->translationLanguage);
    for (const QString &code : std::as_const(codes))
        m_language->addItem(tr("%1 (%2)").arg(translation::languageName(code), code), code);
    if (idea)
        m_language->setCurrentIndex(std::max(0, m_language->findData(idea->translationLanguage)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TranslationEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TranslationEditDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Idea:"), original);
    form->addRow(tr("&Translation:"), m_text);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(status);
    form->addRow(buttons);
}

void TranslationEditDialog::accept()
{
    Document *doc = m_workspace->document();
    const Idea *idea = doc ? doc->data().table<Idea>().find(m_id) : nullptr;
    if (!idea) {
        QDialog::accept();
        return;
    }
    const QString text = m_text->toPlainText().trimmed();
    const QString language = m_language->currentData().toString();
    // Nothing changed: a machine translation stays one.
    if (text == idea->translation && (text.isEmpty() || language == idea->translationLanguage)) {
        QDialog::accept();
        return;
    }
    const auto cs = edits::setTranslation(doc->data(), m_id, text, language);
    if (m_workspace->apply(cs, text.isEmpty() ? tr("Remove translation") : tr("Correct translation")))
        QDialog::accept();
}

} // namespace pamoja
