#include "promptheader.h"

#include "domain/constituency.h"
#include "document.h"
#include "edits.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace pamoja {

PromptEdit::PromptEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.7);
    f.setBold(true);
    setFont(f);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
    setTabChangesFocus(true);
    setFixedHeight(int(QFontMetrics(f).lineSpacing() * 2.6) + 8);
    setAccessibleName(tr("Prompt"));
    setAccessibleDescription(tr("The guiding question for this step. Edit it and press Enter to save."));
}

void PromptEdit::setSavedText(const QString &text)
{
    m_saved = text;
    if (toPlainText() != text)
        setPlainText(text);
}

void PromptEdit::commit()
{
    const QString text = toPlainText().trimmed();
    if (text.isEmpty()) {
        setPlainText(m_saved);
        return;
    }
    if (text != m_saved)
        Q_EMIT committed(text);
}

void PromptEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        commit();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        setPlainText(m_saved);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void PromptEdit::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

PromptHeader::PromptHeader(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_step(new QLabel(this)), m_prompts(new QComboBox(this)),
      m_add(new QToolButton(this)), m_edit(new PromptEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    QFont f = m_step->font();
    f.setBold(true);
    m_step->setFont(f);
    m_step->setForegroundRole(QPalette::PlaceholderText);
    m_prompts->setAccessibleName(tr("Active prompt"));
    m_add->setText(tr("New prompt"));
    m_add->setAccessibleName(tr("Add a prompt to this step"));
    m_add->setToolTip(tr("Add a prompt to this step"));
    row->addWidget(m_step);
    row->addWidget(m_prompts, 1);
    row->addWidget(m_add);
    layout->addLayout(row);
    layout->addWidget(m_edit);

    connect(m_prompts, &QComboBox::activated, this,
            [this](int i) { choose(QUuid::fromString(m_prompts->itemData(i).toString())); });
    connect(m_add, &QToolButton::clicked, this, &PromptHeader::addPrompt);
    connect(m_edit, &PromptEdit::committed, this, [this](const QString &text) {
        Document *doc = m_workspace->document();
        if (!doc)
            return;
        m_workspace->apply(edits::modify<Prompt>(doc->data(), m_promptId, [&](Prompt &p) { p.text = text; }),
                           tr("Edit the prompt"));
    });
    connect(workspace, &Workspace::stepChanged, this, &PromptHeader::refresh);
    connect(workspace, &Workspace::documentChanged, this, [this](Document *doc) {
        m_chosen.clear();
        if (doc)
            connect(doc, &Document::changed, this, [this](const ChangeSet &cs) {
                if (cs.touches(EntityKind::Prompt))
                    refresh();
            });
        refresh();
    });
    refresh();
}

QString PromptHeader::promptText() const
{
    return m_edit->toPlainText();
}

void PromptHeader::refresh()
{
    const int step = m_workspace->step();
    m_step->setText(step::label(step));
    const Document *doc = m_workspace->document();
    const QList<Prompt> prompts = doc ? doc->data().prompts(step) : QList<Prompt>();
    QUuid want = m_chosen.value(step);
    auto found = std::find_if(prompts.cbegin(), prompts.cend(), [&](const Prompt &p) { return p.id == want; });
    if (found == prompts.cend())
        want = prompts.isEmpty() ? QUuid() : prompts.first().id;
    m_prompts->clear();
    int n = 1;
    for (const Prompt &p : prompts)
        m_prompts->addItem(tr("Prompt %1").arg(n++), p.id.toString(QUuid::WithoutBraces));
    m_prompts->setVisible(prompts.size() > 1);
    m_add->setEnabled(doc && !doc->isReadOnly());
    m_edit->setReadOnly(!doc || doc->isReadOnly());
    choose(want);
}

void PromptHeader::choose(const QUuid &id)
{
    const Document *doc = m_workspace->document();
    const Prompt *p = doc ? doc->data().table<Prompt>().find(id) : nullptr;
    m_chosen[m_workspace->step()] = id;
    m_prompts->setCurrentIndex(m_prompts->findData(id.toString(QUuid::WithoutBraces)));
    m_edit->setSavedText(p ? p->text : QString());
    if (id != m_promptId) {
        m_promptId = id;
        Q_EMIT promptChanged(id);
    }
}

void PromptHeader::addPrompt()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    const auto prompts = doc->data().prompts(m_workspace->step());
    Prompt p;
    p.id = newId();
    p.step = m_workspace->step();
    p.position = prompts.isEmpty() ? 0 : prompts.last().position + 1;
    p.text = tr("A further question for this step");
    ChangeSet cs;
    cs.insert(p);
    m_chosen[p.step] = p.id;
    if (m_workspace->apply(cs, tr("Add a prompt"))) {
        m_edit->setFocus();
        m_edit->selectAll();
    }
}

} // namespace pamoja
