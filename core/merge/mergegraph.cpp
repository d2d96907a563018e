#include "mergegraph.h"

namespace pamoja::merge {

Graph::Graph(const QList<const HistoryEntry *> &entries) : m_entries(entries)
{
    const qsizetype n = entries.size();
    m_parents.resize(n);
    m_time.resize(n);
    m_depth.resize(n);
    m_mark.assign(n, 0);
    m_index.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const HistoryEntry &e = *entries[i];
        qint64 time = e.at.toMSecsSinceEpoch();
        int depth = 0;
        for (const QString &p : e.parents) {
            const qsizetype j = m_index.value(p, -1);
            if (j < 0)
                continue;
            m_parents[i].push_back(j);
            time = std::max(time, m_time[j]);
            depth = std::max(depth, m_depth[j] + 1);
        }
        m_time[i] = time;
        m_depth[i] = depth;
        m_index.insert(e.entryId, i);
    }
}

bool Graph::seen(qsizetype a, qsizetype b) const
{
    if (a == b)
        return true;
    if (m_depth[a] >= m_depth[b])
        return false;
    const auto key = qMakePair(a, b);
    if (const auto it = m_memo.constFind(key); it != m_memo.constEnd())
        return *it;
    // A walk back from b; entries no deeper than a cannot lead to it.
    ++m_stamp;
    std::vector<qsizetype> stack{b};
    bool found = false;
    while (!stack.empty() && !found) {
        const qsizetype x = stack.back();
        stack.pop_back();
        for (qsizetype p : m_parents[x]) {
            if (p == a) {
                found = true;
                break;
            }
            if (m_mark[p] == m_stamp || m_depth[p] <= m_depth[a])
                continue;
            m_mark[p] = m_stamp;
            stack.push_back(p);
        }
    }
    m_memo.insert(key, found);
    return found;
}

bool Graph::before(qsizetype a, qsizetype b) const
{
    if (m_time[a] != m_time[b])
        return m_time[a] < m_time[b];
    if (m_depth[a] != m_depth[b])
        return m_depth[a] < m_depth[b];
    return m_entries[a]->entryId < m_entries[b]->entryId;
}

} // namespace pamoja::merge
