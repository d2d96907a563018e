#pragma once

#include "boardindex.h"
#include "changeset.h"
#include "result.h"

#include <QHash>

#include <algorithm>
#include <type_traits>

namespace pamoja {

template <class T> class EntityTable
{
public:
    const T *find(const QUuid &id) const
    {
        const auto it = m_items.constFind(id);
        return it == m_items.constEnd() ? nullptr : &*it;
    }
    bool contains(const QUuid &id) const { return m_items.contains(id); }
    int size() const { return int(m_items.size()); }
    const QHash<QUuid, T> &items() const { return m_items; }

    // Values filtered by pred, in a stable order (by id) so outputs never depend on hashing.
    template <class Pred> QList<T> select(Pred pred) const
    {
        QList<T> out;
        for (const T &e : m_items)
            if (pred(e))
                out.append(e);
        std::sort(out.begin(), out.end(), [](const T &a, const T &b) { return a.id < b.id; });
        return out;
    }
    QList<T> all() const
    {
        return select([](const T &) { return true; });
    }

    void put(const T &e) { m_items.insert(e.id, e); }
    void erase(const QUuid &id) { m_items.remove(id); }
    void clear() { m_items.clear(); }
    void reserve(qsizetype n) { m_items.reserve(n); }

private:
    QHash<QUuid, T> m_items;
};

// The whole workshop in memory: what the store loaded plus every change applied since.
class WorkshopData
{
public:
    template <class T> const EntityTable<T> &table() const { return std::get<EntityTable<T>>(m_tables); }
    template <class T> EntityTable<T> &table() { return std::get<EntityTable<T>>(m_tables); }

    const Workshop &workshop() const;

    // A dry run: inserts must be new, updates and removals must find the entity with the values
    // the change expects (so an undo never overwrites what someone else changed since).
    Status check(const ChangeSet &cs) const;
    // Applies a checked change set.
    void apply(const ChangeSet &cs);

    bool contains(EntityKind k, const QUuid &id) const;
    std::optional<Record> record(EntityKind k, const QUuid &id) const;
    // Inserts or replaces one entity from its record (used by the store when loading).
    void put(EntityKind k, const QUuid &id, const Record &r);
    template <class T> void put(const T &e)
    {
        trackChange(table<T>().find(e.id), &e);
        table<T>().put(e);
    }

    // Conveniences used across UI, analysis and exports.
    QList<Prompt> prompts(int step) const;   // by position
    QList<Idea> ideas(int step) const;       // visible on the board: not merged away; by creation time
    QList<Idea> ideasInCluster(const QUuid &clusterId) const;
    QList<Cluster> clusters(int step) const; // by title
    QList<Participant> participants() const; // by name
    QList<CatalogueItem> catalogue(const QString &kind) const; // by position
    QList<QUuid> tagItemsOf(const QUuid &targetId) const;
    const Participant *participant(const QUuid &id) const { return table<Participant>().find(id); }
    QString participantName(const QUuid &id) const;
    // Ideas of a step on the board and in no cluster; kept up to date by put() and apply(), so
    // placing a new note does not scan every idea.
    int looseIdeas(int step) const { return m_loose.value(step); }
    // Ideas shown in a cluster (not merged away), kept like looseIdeas: a frame's size without a scan.
    int clusterNotes(const QUuid &clusterId) const { return m_clusterNotes.value(clusterId); }
    // Where loose notes and cluster frames lie in each step's incoming lane (edits::makeIdea).
    const BoardIndex &board() const { return m_board; }

private:
    Status checkMerges(const ChangeSet &cs) const; // part of check(): the merge graph afterwards
    void track(const Idea *before, const Idea *after);
    void track(const Cluster *before, const Cluster *after);
    void placeCluster(const QUuid &id, const Cluster *cluster);
    template <class T> void trackChange(const T *before, const T *after)
    {
        if constexpr (std::is_same_v<T, Idea> || std::is_same_v<T, Cluster>)
            track(before, after);
    }

    QHash<int, int> m_loose;
    QHash<QUuid, int> m_clusterNotes;
    BoardIndex m_board;
    std::tuple<EntityTable<Workshop>, EntityTable<Prompt>, EntityTable<Organisation>, EntityTable<Participant>,
               EntityTable<Cluster>, EntityTable<Idea>, EntityTable<CatalogueItem>, EntityTable<Tag>,
               EntityTable<VotingRound>, EntityTable<Vote>, EntityTable<SystemChange>, EntityTable<Action>,
               EntityTable<Link>>
        m_tables;
};

} // namespace pamoja
