#include "workspace.h"

namespace pamoja {

Workspace::Workspace(QObject *parent) : QObject(parent) {}

Workspace::~Workspace() = default;

void Workspace::setDocument(std::unique_ptr<Document> document)
{
    m_selection.clear();
    m_document = std::move(document);
    if (m_document)
        m_step = std::clamp(m_document->data().workshop().activeStep, 1, 3);
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

bool Workspace::apply(const ChangeSet &cs, const QString &description, const QString &mergeKey)
{
    if (!m_document) {
        reportError(tr("Open or create a workshop first."));
        return false;
    }
    if (Status s = m_document->apply(cs, description, Document::Undoable::Yes, mergeKey); !s) {
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
