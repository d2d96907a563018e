#include "workshopdata.h"

#include "boardgeometry.h"
#include "validation.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSet>

namespace pamoja {

namespace {

// Names and titles in the order people expect: accents beside their letter, numbers by their value
// ("Cluster 2" before "Cluster 10"). Qt's collator compares code points in the C locale, which a
// session started from a bare shell has; English rules apply there.
QCollator humanOrder()
{
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    return collator;
}

} // namespace

const Workshop &WorkshopData::workshop() const
{
    static const Workshop empty;
    const auto &items = table<Workshop>().items();
    return items.isEmpty() ? empty : *items.constBegin();
}

bool WorkshopData::contains(EntityKind k, const QUuid &id) const
{
    bool found = false;
    withEntityType(k, [&]<class T>() { found = table<T>().contains(id); });
    return found;
}

std::optional<Record> WorkshopData::record(EntityKind k, const QUuid &id) const
{
    std::optional<Record> r;
    withEntityType(k, [&]<class T>() {
        if (const T *e = table<T>().find(id))
            r = toRecord(*e);
    });
    return r;
}

void WorkshopData::track(const Idea *before, const Idea *after)
{
    auto loose = [](const Idea &i) { return i.clusterId.isNull() && i.mergedInto.isNull(); };
    auto inCluster = [](const Idea &i) { return !i.clusterId.isNull() && i.mergedInto.isNull(); };
    if (before && loose(*before))
        --m_loose[before->step];
    if (after && loose(*after))
        ++m_loose[after->step];
    QUuid left, joined;
    if (before && inCluster(*before))
        left = before->clusterId;
    if (after && inCluster(*after))
        joined = after->clusterId;
    if (left != joined) {
        if (!left.isNull() && --m_clusterNotes[left] <= 0)
            m_clusterNotes.remove(left);
        if (!joined.isNull())
            ++m_clusterNotes[joined];
    }
    const QUuid id = after ? after->id : before->id;
    if (after && loose(*after))
        m_board.place(id, after->step, board::noteRect(*after));
    else
        m_board.place(id, 0, QRectF());
    // A frame grows and shrinks with its notes.
    for (const QUuid &c : {left, joined})
        if (!c.isNull() && left != joined)
            placeCluster(c, table<Cluster>().find(c));
}

void WorkshopData::track(const Cluster *before, const Cluster *after)
{
    placeCluster(after ? after->id : before->id, after);
}

void WorkshopData::placeCluster(const QUuid &id, const Cluster *cluster)
{
    if (cluster)
        m_board.place(id, cluster->step, board::clusterRect(*cluster, m_clusterNotes.value(id)));
    else
        m_board.place(id, 0, QRectF());
}

void WorkshopData::put(EntityKind k, const QUuid &id, const Record &r)
{
    withEntityType(k, [&]<class T>() {
        const T e = fromRecord<T>(id, r);
        trackChange(table<T>().find(id), &e);
        table<T>().put(e);
    });
}

Status WorkshopData::check(const ChangeSet &cs) const
{
    // Entities inserted or removed earlier in the same set count for the later changes.
    QSet<QPair<int, QUuid>> inserted, removed;
    for (const Change &c : cs.changes) {
        const auto key = qMakePair(int(c.kind), c.id);
        const bool exists = (contains(c.kind, c.id) && !removed.contains(key)) || inserted.contains(key);
        const QString what = kindInfo(c.kind).name;
        if (c.id.isNull())
            return Error{QCoreApplication::translate("pamoja::WorkshopData", "A change names no %1.").arg(what)};
        switch (c.op) {
        case Change::Op::Insert:
            if (exists)
                return Error{QCoreApplication::translate("pamoja::WorkshopData", "That %1 already exists.").arg(what)};
            // An id names one thing in the whole workshop: the file format, exports and references
            // (a tag's target, a link's ends) do not say which kind they mean.
            for (EntityKind other : allKinds()) {
                const auto otherKey = qMakePair(int(other), c.id);
                if (other != c.kind && ((contains(other, c.id) && !removed.contains(otherKey)) || inserted.contains(otherKey)))
                    return Error{QCoreApplication::translate("pamoja::WorkshopData", "The new %1 reuses the id of an existing %2.")
                                     .arg(what, kindInfo(other).name)};
            }
            if (const QString p = recordProblem(c.kind, c.after, true); !p.isEmpty())
                return Error{p};
            inserted.insert(key);
            removed.remove(key);
            break;
        case Change::Op::Update:
        case Change::Op::Remove: {
            if (!exists)
                return Error{QCoreApplication::translate("pamoja::WorkshopData", "That %1 no longer exists.").arg(what)};
            // A removal takes the record away whatever it holds (a file written before a rule existed).
            if (const QString p = c.op == Change::Op::Update ? recordProblem(c.kind, c.after, false)
                                                             : recordProblem(c.kind, c.before, true, TextRule::Skip);
                !p.isEmpty())
                return Error{p};
            // Compare against the stored state only; within-set sequences are trusted.
            if (!inserted.contains(key)) {
                const Record current = *record(c.kind, c.id);
                Record expected = current;
                for (auto it = c.before.constBegin(); it != c.before.constEnd(); ++it)
                    expected.insert(it.key(), it.value());
                if (!recordsEqual(c.kind, current, expected))
                    return Error{QCoreApplication::translate("pamoja::WorkshopData", "That %1 was changed in the meantime.").arg(what)};
            }
            if (c.op == Change::Op::Remove) {
                removed.insert(key);
                inserted.remove(key);
            }
            break;
        }
        }
    }
    return checkMerges(cs);
}

Status WorkshopData::checkMerges(const ChangeSet &cs) const
{
    // The ideas this set touches, as they will be afterwards (nullopt: removed).
    QHash<QUuid, std::optional<Idea>> after;
    for (const Change &c : cs.changes) {
        if (c.kind != EntityKind::Idea)
            continue;
        const auto known = after.constFind(c.id);
        std::optional<Idea> idea;
        if (known != after.constEnd())
            idea = *known;
        else if (const Idea *stored = table<Idea>().find(c.id))
            idea = *stored;
        switch (c.op) {
        case Change::Op::Insert: idea = fromRecord<Idea>(c.id, c.after); break;
        case Change::Op::Update:
            if (idea)
                applyRecord(*idea, c.after);
            break;
        case Change::Op::Remove: idea.reset(); break;
        }
        after.insert(c.id, idea);
    }
    if (after.isEmpty())
        return Status::ok();
    auto lookup = [&](const QUuid &id) -> const Idea * {
        const auto it = after.constFind(id);
        if (it != after.constEnd())
            return it->has_value() ? &**it : nullptr;
        return table<Idea>().find(id);
    };
    // Ideas that could be merge targets before and no longer can: their duplicates need a look too.
    QSet<QUuid> lost;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (const Idea *before = table<Idea>().find(it.key()); before && before->mergedInto.isNull() &&
            (!it->has_value() || !(*it)->mergedInto.isNull() || (*it)->step != before->step))
            lost.insert(it.key());
        if (it->has_value())
            if (const QString p = mergeProblem(**it, lookup((*it)->mergedInto)); !p.isEmpty())
                return Error{p};
    }
    if (lost.isEmpty())
        return Status::ok();
    for (const Idea &i : table<Idea>().items()) {
        if (i.mergedInto.isNull() || !lost.contains(i.mergedInto) || after.contains(i.id))
            continue;
        if (const QString p = mergeProblem(i, lookup(i.mergedInto)); !p.isEmpty())
            return Error{p};
    }
    return Status::ok();
}

void WorkshopData::apply(const ChangeSet &cs)
{
    for (const Change &c : cs.changes) {
        withEntityType(c.kind, [&]<class T>() {
            auto &t = table<T>();
            switch (c.op) {
            case Change::Op::Insert: {
                const T e = fromRecord<T>(c.id, c.after);
                trackChange(t.find(c.id), &e);
                t.put(e);
                break;
            }
            case Change::Op::Update:
                if (const T *cur = t.find(c.id)) {
                    T e = *cur;
                    applyRecord(e, c.after);
                    trackChange(cur, &e);
                    t.put(e);
                }
                break;
            case Change::Op::Remove:
                trackChange(t.find(c.id), static_cast<const T *>(nullptr));
                t.erase(c.id);
                break;
            }
        });
    }
}

QList<Prompt> WorkshopData::prompts(int step) const
{
    auto list = table<Prompt>().select([step](const Prompt &p) { return p.step == step; });
    std::stable_sort(list.begin(), list.end(),
                     [](const Prompt &a, const Prompt &b) { return a.position < b.position; });
    return list;
}

QList<Idea> WorkshopData::ideas(int step) const
{
    auto list = table<Idea>().select([step](const Idea &i) { return i.step == step && i.mergedInto.isNull(); });
    std::stable_sort(list.begin(), list.end(), [](const Idea &a, const Idea &b) { return a.created < b.created; });
    return list;
}

QList<Idea> WorkshopData::ideasInCluster(const QUuid &clusterId) const
{
    auto list = table<Idea>().select(
        [&](const Idea &i) { return i.clusterId == clusterId && i.mergedInto.isNull(); });
    std::stable_sort(list.begin(), list.end(), [](const Idea &a, const Idea &b) { return a.created < b.created; });
    return list;
}

QList<Cluster> WorkshopData::clusters(int step) const
{
    auto list = table<Cluster>().select([step](const Cluster &c) { return c.step == step; });
    const QCollator collator = humanOrder();
    std::stable_sort(list.begin(), list.end(), [&collator](const Cluster &a, const Cluster &b) {
        return collator.compare(a.title, b.title) < 0;
    });
    return list;
}

QList<Participant> WorkshopData::participants() const
{
    auto list = table<Participant>().all();
    const QCollator collator = humanOrder();
    std::stable_sort(list.begin(), list.end(), [&collator](const Participant &a, const Participant &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

QList<CatalogueItem> WorkshopData::catalogue(const QString &kind) const
{
    auto list = table<CatalogueItem>().select([&](const CatalogueItem &c) { return c.kind == kind; });
    std::stable_sort(list.begin(), list.end(), [](const CatalogueItem &a, const CatalogueItem &b) {
        return a.position < b.position;
    });
    return list;
}

QList<QUuid> WorkshopData::tagItemsOf(const QUuid &targetId) const
{
    QList<QUuid> out;
    for (const Tag &t : table<Tag>().items())
        if (t.targetId == targetId)
            out.append(t.itemId);
    std::sort(out.begin(), out.end());
    return out;
}

QString WorkshopData::participantName(const QUuid &id) const
{
    const Participant *p = participant(id);
    return p ? p->name : QString();
}

} // namespace pamoja
