// The moderation queue: with moderation on, a device's idea is committed hidden and waits here until
// the facilitator approves (shown on the board) or rejects (removed) it. In memory for a file; in
// the shared table (livesessiontable.h) when several servers share the workshop.
#include "document.h"
#include "edits.h"
#include "liveserver_p.h"

#include <algorithm>

namespace pamoja {

bool LiveServer::isModerated() const
{
    return d->config.moderation;
}

void LiveServer::setModerated(bool on)
{
    d->config.moderation = on;
}

QList<LiveServer::HeldIdea> LiveServer::heldIdeas() const
{
    if (d->shared) {
        QList<HeldIdea> out;
        for (const SharedHeldIdea &h : d->shared->heldIdeas())
            if (const Idea *i = d->doc->data().table<Idea>().find(h.id)) // not yet followed: on the next change
                out.append({h.id, i->text, i->language, h.device, QDateTime::fromMSecsSinceEpoch(h.receivedMs, Qt::UTC)});
        return out;
    }
    QList<HeldIdea> out = d->held.values();
    std::sort(out.begin(), out.end(),
              [this](const HeldIdea &a, const HeldIdea &b) { return d->heldOrder.value(a.id) < d->heldOrder.value(b.id); });
    return out;
}

Status LiveServer::approve(const QUuid &ideaId)
{
    if (!d->isHeld(ideaId))
        return Error{tr("That idea is no longer waiting for approval.")};
    if (d->shared && !d->doc->data().table<Idea>().contains(ideaId))
        d->doc->catchUp(); // held through another server a moment ago
    const ChangeSet cs = edits::setIdeasHidden(d->doc->data(), {ideaId}, false);
    if (!cs.isEmpty())
        if (Status s = d->doc->apply(cs, tr("Approve a participant's idea"), Document::Undoable::Yes); !s)
            return s;
    d->forgetHeld(ideaId, false);
    return {};
}

Status LiveServer::reject(const QUuid &ideaId)
{
    if (!d->isHeld(ideaId))
        return Error{tr("That idea is no longer waiting for approval.")};
    if (d->shared && !d->doc->data().table<Idea>().contains(ideaId))
        d->doc->catchUp(); // held through another server a moment ago
    const ChangeSet cs = edits::removeIdeas(d->doc->data(), {ideaId});
    if (!cs.isEmpty())
        if (Status s = d->doc->apply(cs, tr("Reject a participant's idea"), Document::Undoable::Yes); !s)
            return s;
    d->forgetHeld(ideaId, true);
    return {};
}

// --- Private ---------------------------------------------------------------------------------

bool LiveServer::Private::isHeld(const QUuid &id) const
{
    return shared ? shared->isHeld(id) : held.contains(id);
}

void LiveServer::Private::forgetHeld(const QUuid &id, bool removed)
{
    if (shared) {
        if (Status st = removed ? shared->removeIdea(id) : shared->release(id); !st)
            Q_EMIT q->problem(st.error());
    }
    heldOrder.remove(id);
    held.remove(id);
    Q_EMIT q->heldIdeasChanged();
}

} // namespace pamoja
