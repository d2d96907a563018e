// The edits a facilitator makes on the board. Each builds a change set from core/edits and applies it
// through Workspace::apply; the scene then follows Document::changed like for any other change.
#include "boardscene.h"

#include "boardstyle.h"
#include "clusteritem.h"
#include "document.h"
#include "edits.h"
#include "inlineeditor.h"
#include "noteitem.h"
#include "translate/translationtext.h"
#include "workspace.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QTimer>
#include <QToolTip>

namespace pamoja {

void BoardScene::notesDropped(NoteItem *grabbed)
{
    if (!m_document || m_mode != BoardMode::Facilitator)
        return;
    const WorkshopData &data = m_document->data();
    QList<NoteItem *> moved;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == NoteItem::Type)
            moved.append(static_cast<NoteItem *>(i));
    if (!moved.contains(grabbed))
        moved.append(grabbed);
    QList<QUuid> ids;
    for (NoteItem *n : std::as_const(moved))
        ids.append(n->id());

    // What lies under the centre of the grabbed note, ignoring the notes being moved.
    const QPointF centre = grabbed->sceneBoundingRect().center();
    ClusterItem *intoCluster = nullptr;
    NoteItem *ontoNote = nullptr;
    for (QGraphicsItem *i : items(centre)) {
        if (i->type() == NoteItem::Type && !moved.contains(static_cast<NoteItem *>(i))) {
            auto *n = static_cast<NoteItem *>(i);
            if (ClusterItem *c = m_clusters.value(n->clusterId()))
                intoCluster = c;
            else
                ontoNote = n;
            break;
        }
        if (i->type() == ClusterItem::Type) {
            intoCluster = static_cast<ClusterItem *>(i);
            break;
        }
    }

    ChangeSet cs;
    QString description;
    if (intoCluster) {
        cs = edits::setCluster(data, ids, intoCluster->id());
        description = tr("Move %n idea(s) into cluster \"%1\"", nullptr, int(ids.size())).arg(intoCluster->title());
    } else if (ontoNote) {
        cs = edits::createCluster(data, m_step, QString(), QList<QUuid>{ontoNote->id()} + ids);
        description = tr("Start a cluster");
    } else {
        for (NoteItem *n : std::as_const(moved)) {
            const QPointF p = n->scenePos();
            const Idea *idea = data.table<Idea>().find(n->id());
            if (!idea)
                continue;
            cs.append(edits::modify<Idea>(data, n->id(), [&](Idea &i) {
                i.clusterId = QUuid();
                i.x = std::round(p.x());
                i.y = std::round(p.y());
            }));
        }
        description = tr("Move %n idea(s)", nullptr, int(ids.size()));
    }
    // Each drag is its own undo step; it is one apply, so it needs no merge key.
    const bool applied = !cs.isEmpty() && m_workspace->apply(cs, description);
    if (!applied) {
        // Nothing changed (dropped back where it was, or refused): put the notes back.
        QSet<QUuid> relayout;
        for (const QUuid &id : std::as_const(ids))
            syncIdea(id, relayout);
        for (const QUuid &id : std::as_const(relayout))
            if (ClusterItem *c = m_clusters.value(id))
                c->relayout();
        for (NoteItem *n : std::as_const(moved))
            if (ClusterItem *c = m_clusters.value(n->clusterId()))
                c->relayout();
    }
}

void BoardScene::clusterMoved(ClusterItem *cluster, const QPointF &dropPos)
{
    if (!m_document)
        return;
    // Dropped onto another cluster (its frame or one of its notes): the two become one. Merged once
    // this mouse event is over, since the dragged cluster's item goes with it.
    ClusterItem *onto = nullptr;
    for (QGraphicsItem *i : items(dropPos)) {
        if (i == cluster || cluster->isAncestorOf(i))
            continue;
        if (i->type() == ClusterItem::Type)
            onto = static_cast<ClusterItem *>(i);
        else if (i->type() == NoteItem::Type)
            onto = m_clusters.value(static_cast<NoteItem *>(i)->clusterId());
        if (onto)
            break;
    }
    if (onto) {
        QTimer::singleShot(0, this, [this, source = cluster->id(), target = onto->id()] { mergeClusters(target, source); });
        return;
    }
    const QPointF p = cluster->pos();
    const ChangeSet cs = edits::modify<Cluster>(m_document->data(), cluster->id(), [&](Cluster &c) {
        c.x = std::round(p.x());
        c.y = std::round(p.y());
    });
    if (!m_workspace->apply(cs, tr("Move cluster \"%1\"").arg(cluster->title())))
        syncCluster(cluster->id());
}

bool BoardScene::nudgeSelected(double dx, double dy)
{
    if (!m_document || m_mode != BoardMode::Facilitator)
        return false;
    const WorkshopData &data = m_document->data();
    QList<QUuid> moved;
    ChangeSet cs;
    for (const QUuid &id : selectedIdeaIds()) {
        const Idea *idea = data.table<Idea>().find(id);
        if (!idea || !idea->clusterId.isNull()) // notes in a cluster are laid out by it
            continue;
        cs.append(edits::moveIdea(data, id, idea->x + dx, idea->y + dy));
        moved.append(id);
    }
    for (const QUuid &id : selectedClusterIds()) {
        cs.append(edits::modify<Cluster>(data, id, [&](Cluster &c) {
            c.x += dx;
            c.y += dy;
        }));
        moved.append(id);
    }
    if (cs.isEmpty())
        return false;
    // Pressing the key again and again nudges the same items: one undo step, not one per press.
    std::sort(moved.begin(), moved.end());
    QStringList key{QStringLiteral("nudge")};
    for (const QUuid &id : std::as_const(moved))
        key << id.toString(QUuid::WithoutBraces);
    return m_workspace->apply(cs, tr("Nudge %n item(s)", nullptr, int(moved.size())), key.join(QLatin1Char(':')));
}

bool BoardScene::mergeClusters(const QUuid &target, const QUuid &source)
{
    if (!m_document)
        return false;
    const WorkshopData &data = m_document->data();
    const Cluster *into = data.table<Cluster>().find(target);
    const Cluster *from = data.table<Cluster>().find(source);
    const ChangeSet cs = edits::mergeClusters(data, target, source);
    if (!into || !from || cs.isEmpty() ||
        !m_workspace->apply(cs, tr("Merge cluster \"%1\" into \"%2\"").arg(from->title, into->title))) {
        syncCluster(source); // back where it was
        return false;
    }
    return true;
}

void BoardScene::toggleCollapsed(const QUuid &clusterId)
{
    if (!m_document)
        return;
    const ChangeSet cs = edits::modify<Cluster>(m_document->data(), clusterId,
                                                [](Cluster &c) { c.collapsed = !c.collapsed; });
    m_workspace->apply(cs, tr("Collapse or expand a cluster"));
}

void BoardScene::startEditor(QGraphicsItem *on, const QString &text, double width,
                             std::function<void(const QString &)> fn)
{
    if (m_editor)
        m_editor->finish(true);
    auto *editor = new InlineEditor(text, width, std::move(fn));
    addItem(editor);
    editor->setPos(on->scenePos() + QPointF(on->type() == ClusterItem::Type ? boardstyle::HeaderHeight : 4, 6));
    m_editor = editor;
    editor->begin();
}

bool BoardScene::isEditing() const
{
    return m_editor && !m_editor->isDone();
}

void BoardScene::renameCluster(const QUuid &clusterId)
{
    ClusterItem *item = m_clusters.value(clusterId);
    if (!item || m_mode != BoardMode::Facilitator)
        return;
    item->setTitleEditing(true);
    const QPointer<BoardScene> self(this);
    startEditor(item, item->title(), std::max(160.0, item->headerRect().width() - 2 * boardstyle::HeaderHeight),
                [self, clusterId](const QString &text) {
                    if (!self || !self->m_document)
                        return;
                    if (ClusterItem *c = self->m_clusters.value(clusterId))
                        c->setTitleEditing(false);
                    const QString title = text.simplified();
                    if (title.isEmpty())
                        return;
                    const ChangeSet cs = edits::modify<Cluster>(self->m_document->data(), clusterId,
                                                                [&](Cluster &c) { c.title = title; });
                    self->m_workspace->apply(cs, tr("Rename cluster to \"%1\"").arg(title));
                });
}

void BoardScene::editNote(const QUuid &ideaId)
{
    NoteItem *note = m_notes.value(ideaId);
    if (!note || m_mode != BoardMode::Facilitator)
        return;
    const QPointer<BoardScene> self(this);
    startEditor(note, note->text(), boardstyle::NoteWidth - 8, [self, ideaId](const QString &text) {
        if (!self || !self->m_document)
            return;
        const ChangeSet cs = edits::editIdeaText(self->m_document->data(), ideaId, text);
        self->m_workspace->apply(cs, tr("Edit an idea's words"));
    });
}

bool BoardScene::setClusterColour(const QUuid &clusterId, const QString &colour)
{
    if (!m_document)
        return false;
    return m_workspace->apply(
        edits::modify<Cluster>(m_document->data(), clusterId, [&](Cluster &c) { c.colour = colour; }),
        tr("Change a cluster's colour"));
}

bool BoardScene::mergeSelected()
{
    if (!m_document)
        return false;
    QList<QUuid> ids = selectedIdeaIds();
    if (ids.size() < 2) {
        m_workspace->reportError(tr("Select two or more ideas to merge."));
        return false;
    }
    // The earliest contribution keeps its place; the others become its duplicates.
    const auto &table = m_document->data().table<Idea>();
    std::sort(ids.begin(), ids.end(), [&](const QUuid &a, const QUuid &b) {
        const Idea *x = table.find(a), *y = table.find(b);
        return x->created != y->created ? x->created < y->created : a < b;
    });
    const QUuid target = ids.takeFirst();
    return m_workspace->apply(edits::mergeIdeas(m_document->data(), target, ids),
                              tr("Merge %n duplicate(s)", nullptr, int(ids.size())));
}

bool BoardScene::selectionHasDuplicates() const
{
    const QList<QUuid> ids = selectedIdeaIds();
    return std::any_of(ids.begin(), ids.end(), [this](const QUuid &id) { return m_duplicates.value(id) > 0; });
}

bool BoardScene::separateSelected()
{
    if (!m_document)
        return false;
    const WorkshopData &data = m_document->data();
    ChangeSet cs;
    int separated = 0;
    for (const QUuid &id : selectedIdeaIds())
        for (const Idea &d : data.table<Idea>().select([&](const Idea &i) { return i.mergedInto == id; })) {
            cs.append(edits::unmergeIdea(data, d.id));
            ++separated;
        }
    if (cs.isEmpty()) {
        m_workspace->reportError(tr("Select an idea that has merged duplicates."));
        return false;
    }
    return m_workspace->apply(cs, tr("Separate %n duplicate(s)", nullptr, separated));
}

bool BoardScene::deleteSelected()
{
    if (!m_document)
        return false;
    const QList<QUuid> ideas = selectedIdeaIds();
    const QList<QUuid> clusters = selectedClusterIds();
    ChangeSet cs = edits::removeIdeas(m_document->data(), ideas);
    for (const QUuid &c : clusters)
        cs.append(edits::removeCluster(m_document->data(), c));
    if (cs.isEmpty())
        return false;
    return m_workspace->apply(cs, clusters.isEmpty() ? tr("Delete %n idea(s)", nullptr, int(ideas.size()))
                                                     : tr("Delete ideas and clusters"));
}

bool BoardScene::ungroupSelected()
{
    if (!m_document)
        return false;
    ChangeSet cs;
    for (const QUuid &c : selectedClusterIds())
        cs.append(edits::removeCluster(m_document->data(), c));
    cs.append(edits::setCluster(m_document->data(), selectedIdeaIds(), QUuid()));
    return !cs.isEmpty() && m_workspace->apply(cs, tr("Ungroup"));
}

bool BoardScene::groupSelected()
{
    if (!m_document)
        return false;
    const QList<QUuid> ids = selectedIdeaIds();
    if (ids.isEmpty())
        return false;
    return m_workspace->apply(edits::createCluster(m_document->data(), m_step, QString(), ids), tr("Start a cluster"));
}

bool BoardScene::setSelectedHidden(bool hidden)
{
    if (!m_document)
        return false;
    const ChangeSet cs = edits::setIdeasHidden(m_document->data(), selectedIdeaIds(), hidden);
    return !cs.isEmpty() && m_workspace->apply(cs, hidden ? tr("Hide ideas") : tr("Show hidden ideas"));
}

bool BoardScene::markSelectedReviewed()
{
    if (!m_document)
        return false;
    ChangeSet cs;
    for (const QUuid &id : selectedIdeaIds())
        cs.append(edits::modify<Idea>(m_document->data(), id, [](Idea &i) { i.review = false; }));
    return !cs.isEmpty() && m_workspace->apply(cs, tr("Mark as reviewed"));
}

bool BoardScene::revealHidden()
{
    if (!m_document)
        return false;
    const ChangeSet cs = edits::revealStep(m_document->data(), m_step);
    return !cs.isEmpty() && m_workspace->apply(cs, tr("Reveal %n idea(s)", nullptr, int(cs.changes.size())));
}

QString BoardScene::originalWords(const QUuid &ideaId) const
{
    if (!m_document)
        return {};
    const auto &table = m_document->data().table<Idea>();
    const Idea *idea = table.find(ideaId);
    if (!idea)
        return {};
    QStringList parts;
    if (idea->text != idea->originalText)
        parts << tr("Original words: %1").arg(idea->originalText);
    if (m_duplicates.value(ideaId) > 0) {
        parts << tr("Merged duplicates:");
        for (const Idea &d : table.select([&](const Idea &i) { return i.mergedInto == ideaId; }))
            parts << QStringLiteral("\u2022 ") + d.originalText;
    }
    return parts.join(QLatin1Char('\n'));
}

void BoardScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const QTransform t = views().isEmpty() ? QTransform() : views().first()->transform();
    QString tip;
    if (QGraphicsItem *item = itemAt(event->scenePos(), t)) {
        if (item->type() == NoteItem::Type) {
            auto *n = static_cast<NoteItem *>(item);
            tip = n->text();
            if (const Idea *idea = m_document ? m_document->data().table<Idea>().find(n->id()) : nullptr;
                idea && !idea->translation.isEmpty() && m_workspace->showTranslations())
                tip += QStringLiteral("\n\n") + translationtext::sentence(*idea);
            if (m_mode == BoardMode::Facilitator) {
                if (const QString orig = originalWords(n->id()); !orig.isEmpty())
                    tip += QStringLiteral("\n\n") + orig;
            }
        } else if (item->type() == ClusterItem::Type && m_mode == BoardMode::Facilitator) {
            auto *c = static_cast<ClusterItem *>(item);
            QStringList lines{c->title()};
            for (auto it = c->badges().constBegin(); it != c->badges().constEnd(); ++it)
                lines << tr("%1: %n idea(s)", nullptr, it.value()).arg(boardstyle::constituencyShort(it.key()));
            tip = lines.join(QLatin1Char('\n'));
        }
    }
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), tip, event->widget());
    event->accept();
}

} // namespace pamoja
