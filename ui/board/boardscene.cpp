#include "boardscene.h"

#include "boardstyle.h"
#include "clusteritem.h"
#include "document.h"
#include "inlineeditor.h"
#include "noteitem.h"
#include "workspace.h"

#include <QApplication>
#include <QPalette>

namespace pamoja {

BoardScene::BoardScene(Workspace *workspace, BoardMode mode, QObject *parent)
    : QGraphicsScene(parent), m_workspace(workspace), m_mode(mode)
{
    setItemIndexMethod(BspTreeIndex);
    setPalette(QApplication::palette());
    connect(workspace, &Workspace::documentChanged, this, &BoardScene::attach);
    connect(workspace, &Workspace::stepChanged, this, [this] { rebuild(); });
    connect(workspace, &Workspace::filterChanged, this, &BoardScene::refilter);
    connect(workspace, &Workspace::showTranslationsChanged, this, [this](bool on) {
        for (NoteItem *n : std::as_const(m_notes))
            n->setShowTranslation(on);
    });
    connect(workspace, &Workspace::selectionChanged, this, &BoardScene::workspaceSelectionChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &BoardScene::sceneSelectionChanged);
    attach(workspace->document());
}

BoardScene::~BoardScene()
{
    // Items go before the hashes that point at them.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    clear();
}

QStringList BoardScene::palette()
{
    return {QStringLiteral("#f6d55c"), QStringLiteral("#9bd0f5"), QStringLiteral("#a8e6a1"),
            QStringLiteral("#f5b7b1"), QStringLiteral("#d7bde2"), QStringLiteral("#fad7a0")};
}

void BoardScene::attach(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::changed, this, &BoardScene::onChanged);
    rebuild();
}

bool BoardScene::isShown(const Idea &idea) const
{
    if (idea.step != m_step || !idea.mergedInto.isNull() || !idea.revealed)
        return false;
    return m_mode == BoardMode::Facilitator || !idea.hidden;
}

void BoardScene::rebuild()
{
    m_syncingSelection = true;
    if (m_editor)
        m_editor->finish(false);
    clear();
    m_notes.clear();
    m_clusters.clear();
    m_duplicates.clear();
    m_step = m_workspace->step();
    m_syncingSelection = false;
    if (m_document) {
        const WorkshopData &data = m_document->data();
        for (const Cluster &c : data.table<Cluster>().items())
            if (c.step == m_step)
                syncCluster(c.id);
        for (const Idea &i : data.table<Idea>().items())
            if (!i.mergedInto.isNull())
                ++m_duplicates[i.mergedInto];
        QSet<QUuid> relayout;
        for (const Idea &i : data.table<Idea>().items())
            if (isShown(i))
                syncIdea(i.id, relayout);
        for (ClusterItem *c : std::as_const(m_clusters))
            c->relayout();
    }
    recountHidden();
    workspaceSelectionChanged();
    Q_EMIT contentChanged();
}

void BoardScene::onChanged(const ChangeSet &cs)
{
    QSet<QUuid> relayout;
    QList<QUuid> added;
    bool ideas = false, tags = false, workshop = false;
    // Clusters first so notes find their frame, removals of clusters last so notes leave first.
    for (const Change &c : cs.changes)
        if (c.kind == EntityKind::Cluster && c.op != Change::Op::Remove)
            syncCluster(c.id);
    for (const Change &c : cs.changes) {
        switch (c.kind) {
        case EntityKind::Idea: {
            ideas = true;
            const QString key = QStringLiteral("merged_into");
            QList<QUuid> targets;
            if (const QUuid t = QUuid::fromString(c.before.value(key).toString()); !t.isNull()) {
                m_duplicates[t] = std::max(0, m_duplicates.value(t) - 1);
                targets.append(t);
            }
            if (const QUuid t = QUuid::fromString(c.after.value(key).toString()); !t.isNull()) {
                ++m_duplicates[t];
                targets.append(t);
            }
            const bool had = m_notes.contains(c.id);
            syncIdea(c.id, relayout);
            if (c.op == Change::Op::Insert && !had && m_notes.contains(c.id))
                added.append(c.id);
            for (const QUuid &t : std::as_const(targets))
                if (m_notes.contains(t))
                    syncIdea(t, relayout);
            break;
        }
        case EntityKind::Tag: tags = true; break;
        case EntityKind::Workshop: workshop = true; break;
        default: break;
        }
    }
    for (const Change &c : cs.changes)
        if (c.kind == EntityKind::Cluster && c.op == Change::Op::Remove)
            syncCluster(c.id);
    for (const QUuid &id : std::as_const(relayout))
        if (ClusterItem *ci = m_clusters.value(id))
            ci->relayout();
    if (tags && !m_workspace->tagFilter().isNull())
        refilter();
    if (ideas || workshop)
        recountHidden();
    if (ideas || cs.touches(EntityKind::Cluster))
        Q_EMIT contentChanged();
    if (!added.isEmpty())
        Q_EMIT notesAdded(added);
}

void BoardScene::syncCluster(const QUuid &id)
{
    const Cluster *c = m_document ? m_document->data().table<Cluster>().find(id) : nullptr;
    ClusterItem *item = m_clusters.value(id);
    if (c && c->step == m_step) {
        if (!item) {
            item = new ClusterItem(id);
            item->setShowBadges(m_mode == BoardMode::Facilitator);
            item->setLowDetail(m_lowDetail);
            if (m_mode == BoardMode::Facilitator)
                item->setFlags(QGraphicsItem::ItemIsSelectable | QGraphicsItem::ItemIsMovable |
                               QGraphicsItem::ItemIsFocusable);
            addItem(item);
            m_clusters.insert(id, item);
            // Notes that arrived before their frame (undo of a removal) move in.
            for (NoteItem *n : std::as_const(m_notes))
                if (n->clusterId() == id)
                    item->addNote(n);
        }
        item->setCluster(*c);
        item->relayout();
        return;
    }
    if (!item)
        return;
    for (NoteItem *n : item->notes()) {
        const QPointF p = n->scenePos();
        n->setParentItem(nullptr);
        n->setPos(p);
        n->setVisible(true);
    }
    m_clusters.remove(id);
    delete item;
}

void BoardScene::syncIdea(const QUuid &id, QSet<QUuid> &relayout)
{
    const Idea *idea = m_document ? m_document->data().table<Idea>().find(id) : nullptr;
    NoteItem *note = m_notes.value(id);
    if (!idea || !isShown(*idea)) {
        if (note)
            removeNote(note, relayout);
        return;
    }
    const bool isNew = !note;
    if (isNew) {
        note = new NoteItem(id);
        if (m_mode == BoardMode::Facilitator)
            note->setFlags(QGraphicsItem::ItemIsSelectable | QGraphicsItem::ItemIsMovable |
                           QGraphicsItem::ItemIsFocusable);
        m_notes.insert(id, note);
    }
    const QUuid oldCluster = isNew ? QUuid() : note->clusterId();
    note->setShowTranslation(m_workspace->showTranslations());
    note->setIdea(*idea, m_duplicates.value(id));
    ClusterItem *target = m_clusters.value(idea->clusterId);
    if (isNew || oldCluster != idea->clusterId) {
        if (ClusterItem *old = m_clusters.value(oldCluster)) {
            old->removeNote(note);
            relayout.insert(oldCluster);
        }
        if (target) {
            target->addNote(note);
            relayout.insert(target->id());
        } else {
            note->setParentItem(nullptr);
            note->setVisible(true);
        }
        if (isNew && !note->scene())
            addItem(note);
    } else if (target) {
        relayout.insert(target->id()); // constituency or order may have changed
    }
    if (!target)
        note->setPos(idea->x, idea->y);
    updateDimming(note, *idea);
}

void BoardScene::removeNote(NoteItem *note, QSet<QUuid> &relayout)
{
    if (ClusterItem *c = m_clusters.value(note->clusterId())) {
        c->removeNote(note);
        relayout.insert(c->id());
    }
    m_notes.remove(note->id());
    delete note;
}

void BoardScene::updateDimming(NoteItem *note, const Idea &idea)
{
    note->setDimmed(m_mode == BoardMode::Facilitator && !m_workspace->matchesFilter(idea));
}

void BoardScene::refilter()
{
    if (!m_document)
        return;
    const auto &ideas = m_document->data().table<Idea>();
    for (NoteItem *n : std::as_const(m_notes))
        if (const Idea *i = ideas.find(n->id()))
            updateDimming(n, *i);
}

void BoardScene::recountHidden()
{
    int count = 0;
    if (m_document)
        for (const Idea &i : m_document->data().table<Idea>().items())
            if (i.step == m_step && !i.revealed && i.mergedInto.isNull())
                ++count;
    if (count != m_hiddenCount) {
        m_hiddenCount = count;
        Q_EMIT hiddenCountChanged(count);
    }
}

int BoardScene::duplicatesOf(const QUuid &id) const
{
    return m_duplicates.value(id);
}

void BoardScene::setLowDetail(bool low)
{
    if (low == m_lowDetail)
        return;
    m_lowDetail = low;
    for (ClusterItem *c : std::as_const(m_clusters))
        c->setLowDetail(low);
}

QRectF BoardScene::contentRect() const
{
    QRectF r;
    for (const ClusterItem *c : m_clusters)
        r |= c->sceneBoundingRect();
    for (const NoteItem *n : m_notes)
        if (!n->parentItem())
            r |= n->sceneBoundingRect();
    return r;
}

QList<QUuid> BoardScene::selectedIdeaIds() const
{
    QList<QUuid> ids;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == NoteItem::Type)
            ids.append(static_cast<NoteItem *>(i)->id());
    return ids;
}

QList<QUuid> BoardScene::selectedClusterIds() const
{
    QList<QUuid> ids;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == ClusterItem::Type)
            ids.append(static_cast<ClusterItem *>(i)->id());
    return ids;
}

void BoardScene::sceneSelectionChanged()
{
    if (m_syncingSelection || m_mode != BoardMode::Facilitator)
        return;
    m_syncingSelection = true;
    m_workspace->setSelection(selectedIdeaIds() + selectedClusterIds());
    m_syncingSelection = false;
}

void BoardScene::workspaceSelectionChanged()
{
    if (m_syncingSelection || m_mode != BoardMode::Facilitator)
        return;
    m_syncingSelection = true;
    const QList<QUuid> &sel = m_workspace->selection();
    const QSet<QUuid> wanted(sel.cbegin(), sel.cend());
    for (QGraphicsItem *i : selectedItems()) {
        const QUuid id = i->type() == NoteItem::Type ? static_cast<NoteItem *>(i)->id()
                                                     : static_cast<ClusterItem *>(i)->id();
        if (!wanted.contains(id))
            i->setSelected(false);
    }
    for (const QUuid &id : sel) {
        if (NoteItem *n = m_notes.value(id))
            n->setSelected(true);
        else if (ClusterItem *c = m_clusters.value(id))
            c->setSelected(true);
    }
    m_syncingSelection = false;
}

} // namespace pamoja
