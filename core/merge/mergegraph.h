#pragma once

// The history of a workshop and of its copies as one graph of entries (schema 4): which entry has
// seen which (an ancestor through parents), and the order in which writes count (the later write
// wins). Both depend only on the entries, never on the order in which copies were merged.

#include "../store/workshopstore.h"

#include <vector>

namespace pamoja::merge {

class Graph
{
public:
    // entries in an order where parents come before their children (a history read oldest first,
    // then the entries learned from each copy in its own order). Parents not among them are ignored.
    explicit Graph(const QList<const HistoryEntry *> &entries);

    qsizetype size() const { return m_entries.size(); }
    const HistoryEntry &entry(qsizetype i) const { return *m_entries[i]; }
    qsizetype indexOf(const QString &entryId) const { return m_index.value(entryId, -1); }
    // Whether b has seen a: a is b or one of its ancestors.
    bool seen(qsizetype a, qsizetype b) const;
    // The order of writes: an effective time that never goes back along parents (a clock behind on
    // one laptop cannot put an edit before one it has seen), then depth, then the entry id.
    bool before(qsizetype a, qsizetype b) const;

private:
    QList<const HistoryEntry *> m_entries;
    QHash<QString, qsizetype> m_index;
    std::vector<std::vector<qsizetype>> m_parents;
    std::vector<qint64> m_time;
    std::vector<int> m_depth;
    mutable QHash<QPair<qsizetype, qsizetype>, bool> m_memo;
    mutable std::vector<quint32> m_mark;
    mutable quint32 m_stamp = 0;
};

} // namespace pamoja::merge
