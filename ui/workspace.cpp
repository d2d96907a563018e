#include "workspace.h"

#include "boardplacement.h"

namespace pamoja {

Workspace::Workspace(QObject *parent) : QObject(parent) {}

Workspace::~Workspace() = default;

void Workspace::setDocument(std::unique_ptr<Document> document)
{
    m_selection.clear();
    m_document = std::move(document);
    if (m_document) {
        m_step = std::clamp(m_document->data().workshop().activeStep, 1, 3);
        // Another process's change that could not be followed in place: the views rebuild from the
        // state read again, as when a workshop is opened.
        connect(m_document.get(), &Document::reloaded, this, [this] {
            m_selection.clear();
            Q_EMIT documentChanged(m_document.get());
            Q_EMIT selectionChanged();
        });
    }
    Q_EMIT documentChanged(m_document.get());
    Q_EMIT stepChanged(m_step);
    Q_EMIT selectionChanged();
}

void Workspace::setStep(int step)
{
    if (step == m_step || step < 1 || step > 3)
        return;
    m_step = step;
    m_selection.clear();
    Q_EMIT stepChanged(step);
    Q_EMIT selectionChanged();
}

void Workspace::setSelection(const QList<QUuid> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    Q_EMIT selectionChanged();
}

void Workspace::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT filterChanged();
}

void Workspace::setShowTranslations(bool on)
{
    if (on == m_showTranslations)
        return;
    m_showTranslations = on;
    Q_EMIT showTranslationsChanged(on);
}

void Workspace::setTagFilter(const QUuid &itemId)
{
    if (itemId == m_tagFilter)
        return;
    m_tagFilter = itemId;
    Q_EMIT filterChanged();
}

void Workspace::setReviewFilter(bool on)
{
    if (on == m_reviewFilter)
        return;
    m_reviewFilter = on;
    Q_EMIT filterChanged();
}

bool Workspace::matchesFilter(const Idea &idea) const
{
    if (m_reviewFilter && !idea.review)
        return false;
    if (!m_searchText.isEmpty() && !idea.text.contains(m_searchText, Qt::CaseInsensitive) &&
        !idea.originalText.contains(m_searchText, Qt::CaseInsensitive))
        return false;
    if (!m_tagFilter.isNull() && m_document) {
        const WorkshopData &d = m_document->data();
        if (!d.tagItemsOf(idea.id).contains(m_tagFilter) &&
            !(idea.clusterId.isNull() ? false : d.tagItemsOf(idea.clusterId).contains(m_tagFilter)))
            return false;
    }
    return true;
}

bool Workspace::apply(const ChangeSet &cs, const QString &description, const QString &mergeKey)
{
    if (!m_document) {
        reportError(tr("Open or create a workshop first."));
        return false;
    }
    // Whatever the window changes, nothing on the board ends up hidden under something else: the
    // moves that make room are part of the same change and undo step.
    const ChangeSet arranged = edits::withRoom(m_document->data(), cs);
    if (Status s = m_document->apply(arranged, description, Document::Undoable::Yes, mergeKey); !s) {
        reportError(s.error());
        return false;
    }
    return true;
}

bool Workspace::apply(const Result<ChangeSet> &cs, const QString &description)
{
    if (!cs) {
        reportError(cs.error());
        return false;
    }
    return apply(cs.value(), description);
}

void Workspace::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace pamoja
