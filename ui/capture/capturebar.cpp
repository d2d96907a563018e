#include "capturebar.h"

#include "domain/constituency.h"
#include "document.h"
#include "edits.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace pamoja {

CaptureBar::CaptureBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_edit(new QLineEdit(this)), m_author(new QComboBox(this)),
      m_add(new QPushButton(tr("&Add"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont f = m_edit->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_edit->setFont(f);
    m_edit->setPlaceholderText(tr("Type an idea and press Enter"));
    m_edit->setAccessibleName(tr("New idea"));
    m_edit->setAccessibleDescription(tr("Enter adds the idea to the active prompt; the cursor stays here."));
    m_edit->setMaxLength(4000);
    m_edit->setClearButtonEnabled(true);
    m_author->setAccessibleName(tr("Contributed by"));
    m_author->setToolTip(tr("Who contributed the idea; anonymous stores no author"));
    m_author->setMinimumContentsLength(14);
    m_author->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add->setAccessibleName(tr("Add the idea"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_author);
    layout->addWidget(m_add);

    connect(m_edit, &QLineEdit::returnPressed, this, &CaptureBar::submit);
    connect(m_add, &QPushButton::clicked, this, [this] {
        submit();
        m_edit->setFocus();
    });
    connect(workspace, &Workspace::documentChanged, this, [this](Document *doc) {
        if (doc)
            connect(doc, &Document::changed, this, [this](const ChangeSet &cs) {
                if (cs.touches(EntityKind::Participant) || cs.touches(EntityKind::Organisation))
                    refreshAuthors();
            });
        refreshAuthors();
        updateEnabled();
    });
    refreshAuthors();
    updateEnabled();
}

void CaptureBar::updateEnabled()
{
    const Document *doc = m_workspace->document();
    const bool writable = doc && !doc->isReadOnly();
    m_edit->setEnabled(writable);
    m_author->setEnabled(writable);
    m_add->setEnabled(writable);
}

void CaptureBar::refreshAuthors()
{
    const QUuid current = QUuid::fromString(m_author->currentData().toString());
    m_author->clear();
    m_author->addItem(tr("Anonymous"), QString());
    if (const Document *doc = m_workspace->document()) {
        for (const Participant &p : doc->data().participants()) {
            if (p.role == QLatin1StringView("observer"))
                continue;
            m_author->addItem(QStringLiteral("%1 (%2)").arg(p.name, constituency::label(p.constituency)),
                              p.id.toString(QUuid::WithoutBraces));
        }
    }
    const int i = m_author->findData(current.isNull() ? QString() : current.toString(QUuid::WithoutBraces));
    m_author->setCurrentIndex(std::max(0, i));
}

bool CaptureBar::submit()
{
    Document *doc = m_workspace->document();
    if (!doc || m_edit->text().trimmed().isEmpty())
        return false;
    edits::IdeaDraft draft;
    draft.step = m_workspace->step();
    draft.text = m_edit->text();
    draft.authorId = QUuid::fromString(m_author->currentData().toString());
    if (const Prompt *p = doc->data().table<Prompt>().find(m_promptId); p && p->step == draft.step)
        draft.promptId = m_promptId;
    QUuid id;
    if (!m_workspace->apply(edits::addIdea(doc->data(), draft, &id), tr("Add idea")))
        return false; // the text stays in the bar, nothing is lost
    m_edit->clear();
    Q_EMIT ideaAdded(id);
    return true;
}

} // namespace pamoja
