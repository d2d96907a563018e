#include "outlinemodel.h"

#include "document.h"
#include "edits.h"
#include "workspace.h"

#include <QColor>
#include <QMimeData>
#include <QSet>

namespace pamoja {

// Brings 'current' to 'wanted' through the model's row signals; the one place rows change.
template <class List, class Key, class Make>
void OutlineModel::syncRows(List &current, const QList<QUuid> &wanted, const QModelIndex &parent, Key key, Make make)
{
    const QSet<QUuid> keep(wanted.cbegin(), wanted.cend());
    for (int i = int(current.size()) - 1; i >= 0; --i) {
        if (keep.contains(key(current[i])))
            continue;
        beginRemoveRows(parent, i, i);
        current.erase(current.begin() + i);
        endRemoveRows();
    }
    for (int i = 0; i < int(wanted.size()); ++i) {
        if (i < int(current.size()) && key(current[i]) == wanted[i])
            continue;
        int j = -1;
        for (int k = i + 1; k < int(current.size()); ++k)
            if (key(current[k]) == wanted[i]) {
                j = k;
                break;
            }
        if (j >= 0) {
            beginMoveRows(parent, j, j, parent, i);
            auto moved = std::move(current[j]);
            current.erase(current.begin() + j);
            current.insert(current.begin() + i, std::move(moved));
            endMoveRows();
        } else {
            beginInsertRows(parent, i, i);
            current.insert(current.begin() + i, make(wanted[i]));
            endInsertRows();
        }
    }
}

OutlineModel::OutlineModel(Workspace *workspace, QObject *parent) : QAbstractItemModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::documentChanged, this, &OutlineModel::attach);
    connect(workspace, &Workspace::stepChanged, this, [this] { reset(); });
    connect(workspace, &Workspace::showTranslationsChanged, this, [this] { reset(); });
    attach(workspace->document());
}

OutlineModel::~OutlineModel() = default;

void OutlineModel::attach(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Document::changed, this, &OutlineModel::onChanged);
    reset();
}

void OutlineModel::reset()
{
    beginResetModel();
    m_groups.clear();
    m_ideaGroup.clear();
    m_step = m_workspace->step();
    endResetModel();
    fullSync();
}

bool OutlineModel::isShown(const QUuid &ideaId, QUuid *cluster) const
{
    const Idea *i = m_document ? m_document->data().table<Idea>().find(ideaId) : nullptr;
    if (!i || i->step != m_step || !i->mergedInto.isNull() || !i->revealed)
        return false;
    const Cluster *c = m_document->data().table<Cluster>().find(i->clusterId);
    *cluster = c && c->step == m_step ? c->id : QUuid();
    return true;
}

QList<QUuid> OutlineModel::orderedIdeas(QList<QUuid> ids) const
{
    // With no workshop open there is nothing to order (and no document to read the ideas from).
    if (!m_document)
        return ids;
    const auto &table = m_document->data().table<Idea>();
    // An idea no longer in the workshop is not shown (and has no creation time to sort by).
    ids.removeIf([&](const QUuid &id) { return !table.contains(id); });
    std::sort(ids.begin(), ids.end(), [&](const QUuid &a, const QUuid &b) {
        const Idea *x = table.find(a), *y = table.find(b);
        return x->created != y->created ? x->created < y->created : a < b;
    });
    return ids;
}

int OutlineModel::groupRow(const QUuid &clusterId) const
{
    for (int i = 0; i < int(m_groups.size()); ++i)
        if (m_groups[i]->clusterId == clusterId)
            return i;
    return -1;
}

void OutlineModel::fullSync()
{
    QList<QUuid> groupKeys;
    QHash<QUuid, QList<QUuid>> members;
    if (m_document) {
        for (const Cluster &c : m_document->data().clusters(m_step))
            groupKeys.append(c.id);
        for (const Idea &i : m_document->data().table<Idea>().items()) {
            QUuid cluster;
            if (isShown(i.id, &cluster))
                members[cluster].append(i.id);
        }
    }
    groupKeys.append(QUuid()); // ideas in no cluster come last
    syncRows(m_groups, groupKeys, QModelIndex(), [](const std::unique_ptr<Group> &g) { return g->clusterId; },
             [](const QUuid &id) {
                 auto g = std::make_unique<Group>();
                 g->clusterId = id;
                 return g;
             });
    for (int row = 0; row < int(m_groups.size()); ++row)
        syncGroupMembers(*m_groups[row], row, orderedIdeas(members.value(m_groups[row]->clusterId)));
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0));
}

void OutlineModel::syncGroupMembers(Group &group, int row, const QList<QUuid> &wanted)
{
    // Only this group's own entries: an idea that moved on to a group synced before this one keeps
    // the entry that group gave it (else its later removal would go unnoticed).
    for (const QUuid &id : group.ideas)
        if (const auto it = m_ideaGroup.constFind(id); it != m_ideaGroup.constEnd() && *it == group.clusterId)
            m_ideaGroup.remove(id);
    syncRows(group.ideas, wanted, index(row, 0), [](const QUuid &id) { return id; }, [](const QUuid &id) { return id; });
    for (const QUuid &id : group.ideas)
        m_ideaGroup.insert(id, group.clusterId);
}

void OutlineModel::onChanged(const ChangeSet &cs)
{
    if (!cs.touches(EntityKind::Idea) && !cs.touches(EntityKind::Cluster))
        return;
    if (cs.touches(EntityKind::Cluster)) {
        fullSync();
        return;
    }
    // Only the groups the changed ideas leave or join are recomputed.
    QHash<QUuid, QSet<QUuid>> leaving, joining;
    QSet<QUuid> changed;
    for (const Change &c : cs.changes) {
        if (c.kind != EntityKind::Idea || changed.contains(c.id))
            continue;
        changed.insert(c.id);
        QUuid cluster;
        const bool shown = isShown(c.id, &cluster);
        const auto was = m_ideaGroup.constFind(c.id);
        if (was != m_ideaGroup.constEnd() && (!shown || *was != cluster))
            leaving[*was].insert(c.id);
        if (shown && (was == m_ideaGroup.constEnd() || *was != cluster))
            joining[cluster].insert(c.id);
    }
    QSet<QUuid> groups;
    for (auto it = leaving.cbegin(); it != leaving.cend(); ++it)
        groups.insert(it.key());
    for (auto it = joining.cbegin(); it != joining.cend(); ++it)
        groups.insert(it.key());
    for (const QUuid &key : std::as_const(groups)) {
        const int row = groupRow(key);
        if (row < 0) {
            fullSync();
            return;
        }
        Group &g = *m_groups[row];
        QList<QUuid> wanted;
        const QSet<QUuid> out = leaving.value(key);
        for (const QUuid &id : g.ideas)
            if (!out.contains(id))
                wanted.append(id);
        const QSet<QUuid> in = joining.value(key);
        wanted.append(QList<QUuid>(in.cbegin(), in.cend()));
        syncGroupMembers(g, row, orderedIdeas(wanted));
        Q_EMIT dataChanged(index(row, 0), index(row, 0));
    }
    for (const QUuid &id : std::as_const(changed))
        if (const QModelIndex i = indexOf(id); i.isValid())
            Q_EMIT dataChanged(i, i);
}

const OutlineModel::Group *OutlineModel::groupOf(const QModelIndex &index) const
{
    return static_cast<const Group *>(index.internalPointer());
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, 0, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_groups.size()))
        return {};
    Group *g = m_groups[parent.row()].get();
    return row < int(g->ideas.size()) ? createIndex(row, 0, g) : QModelIndex();
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const Group *g = child.isValid() ? groupOf(child) : nullptr;
    if (!g)
        return {};
    for (int i = 0; i < int(m_groups.size()); ++i)
        if (m_groups[i].get() == g)
            return createIndex(i, 0, nullptr);
    return {};
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || groupOf(parent) || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[parent.row()]->ideas.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QUuid OutlineModel::idAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (const Group *g = groupOf(index))
        return index.row() < g->ideas.size() ? g->ideas[index.row()] : QUuid();
    return index.row() < int(m_groups.size()) ? m_groups[index.row()]->clusterId : QUuid();
}

QModelIndex OutlineModel::indexOf(const QUuid &id) const
{
    const auto it = m_ideaGroup.constFind(id);
    if (it != m_ideaGroup.constEnd()) {
        const int row = groupRow(*it);
        if (row >= 0)
            if (const int r = int(m_groups[row]->ideas.indexOf(id)); r >= 0)
                return index(r, 0, index(row, 0));
        return {};
    }
    if (id.isNull())
        return {};
    const int row = groupRow(id);
    return row >= 0 ? index(row, 0) : QModelIndex();
}

} // namespace pamoja
