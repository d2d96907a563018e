#pragma once

// Generated workshops for the merge tests: a base workshop, copies of it (as a breakout group's
// laptop would have), random edits on each copy from one seeded generator, and merges between them.

#include "../core/testsupport.h"

#include "exchange/jsonexchange.h"
#include "merge/mergeplan.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

namespace pamoja::testing {

struct Copy
{
    QString path;
    std::unique_ptr<Document> doc;
};

inline Copy openCopy(const QString &path)
{
    auto doc = Document::open(path);
    if (!doc)
        qFatal("open %s: %s", qPrintable(path), qPrintable(doc.error()));
    return {path, std::move(*doc)};
}

// A copy of the file as it is now (its history included), like copying it to a USB stick.
inline Copy fork(const Copy &from, const QString &path)
{
    if (Status s = from.doc->store().saveCopy(path); !s)
        qFatal("copy: %s", qPrintable(s.error()));
    return openCopy(path);
}

inline Copy makeBase(const QString &path, int extraIdeas = 6)
{
    auto doc = Document::create(path, QStringLiteral("Base workshop"));
    if (!doc)
        qFatal("create: %s", qPrintable(doc.error()));
    fillRich(**doc);
    for (int i = 0; i < extraIdeas; ++i) {
        edits::IdeaDraft d;
        d.step = 1 + i % 3;
        d.text = QStringLiteral("Base idea %1").arg(i);
        auto cs = edits::addIdea((*doc)->data(), d);
        if (!cs || !(*doc)->apply(*cs, QStringLiteral("add idea")))
            qFatal("base idea");
    }
    (*doc)->clearUndo();
    return {path, std::move(*doc)};
}

template <class T> QUuid pick(const WorkshopData &data, QRandomGenerator &rng)
{
    const QList<T> all = data.table<T>().all();
    return all.isEmpty() ? QUuid() : all.at(int(rng.bounded(quint32(all.size())))).id;
}

// n random edits through the funnel, as a note-taker or co-facilitator would make them: add, edit,
// hide, move, cluster, tag, vote, link, merge duplicates, delete, undo. Names and texts carry
// 'label', so two copies never make the same thing by chance. Edits the rules refuse are not made.
inline void randomEdits(Document &doc, QRandomGenerator &rng, int n, const QString &label)
{
    for (int i = 0; i < n; ++i) {
        const WorkshopData &d = doc.data();
        const QUuid idea = pick<Idea>(d, rng);
        const quint32 op = rng.bounded(15);
        if (idea.isNull() && op > 1 && op != 5 && op != 8 && op != 13)
            continue;
        ChangeSet cs;
        switch (op) {
        case 0:
        case 1: {
            edits::IdeaDraft draft;
            draft.step = 1 + int(rng.bounded(3));
            draft.text = QStringLiteral("%1 idea %2").arg(label).arg(i);
            draft.language = QStringLiteral("en");
            draft.authorId = rng.bounded(2) ? pick<Participant>(d, rng) : QUuid();
            if (auto r = edits::addIdea(d, draft))
                cs = *r;
            break;
        }
        case 2: cs = edits::editIdeaText(d, idea, QStringLiteral("%1 edit %2").arg(label).arg(i)); break;
        case 3: cs = edits::moveIdea(d, idea, rng.bounded(800), rng.bounded(600)); break;
        case 4: cs = edits::removeIdeas(d, {idea}); break;
        case 5: {
            const QList<Idea> loose = d.ideas(1);
            if (!loose.isEmpty())
                cs = edits::createCluster(d, 1, QStringLiteral("%1 cluster %2").arg(label).arg(i),
                                          {loose.at(int(rng.bounded(quint32(loose.size())))).id});
            break;
        }
        case 6:
            if (const QUuid item = pick<CatalogueItem>(d, rng); !item.isNull())
                cs = edits::addTag(d, {idea}, item);
            break;
        case 7: {
            const QUuid round = pick<VotingRound>(d, rng), voter = pick<Participant>(d, rng);
            if (round.isNull() || voter.isNull())
                break;
            if (auto r = edits::setDots(d, round, voter, idea, 1 + int(rng.bounded(2))))
                cs = *r;
            break;
        }
        case 8: {
            Participant p;
            p.name = QStringLiteral("%1 person %2").arg(label).arg(i);
            p.constituency = QStringLiteral("south");
            if (auto r = edits::addParticipant(d, p, QStringLiteral("%1 org").arg(label)))
                cs = *r;
            break;
        }
        case 9: cs = edits::setIdeasHidden(d, {idea}, rng.bounded(2) == 0); break;
        case 10:
            if (const QUuid change = pick<SystemChange>(d, rng); !change.isNull())
                cs = edits::link(d, idea, change);
            break;
        case 11:
            if (const Idea *i = d.table<Idea>().find(idea); i && i->step == 1)
                if (const QUuid cluster = pick<Cluster>(d, rng); !cluster.isNull())
                    cs = edits::setCluster(d, {idea}, cluster);
            break;
        case 12: {
            const QUuid other = pick<Idea>(d, rng);
            const Idea *a = d.table<Idea>().find(idea), *b = d.table<Idea>().find(other);
            if (a && b && a->id != b->id && a->step == b->step && a->mergedInto.isNull() && b->mergedInto.isNull())
                cs = edits::mergeIdeas(d, idea, {other});
            break;
        }
        case 13:
            if (const QUuid cluster = pick<Cluster>(d, rng); !cluster.isNull() && rng.bounded(3) == 0)
                cs = edits::removeCluster(d, cluster);
            break;
        case 14:
            if (doc.canUndo())
                (void)doc.undo();
            break;
        }
        if (!cs.isEmpty())
            (void)doc.apply(cs, QStringLiteral("random edit"));
    }
}

// Where two exports differ: the first differing line with a few lines around it, for a message.
inline QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    qsizetype n = 0;
    while (n < la.size() && n < lb.size() && la[n] == lb[n])
        ++n;
    if (n == la.size() && n == lb.size())
        return {};
    QString out = QStringLiteral("first difference at line %1:\n").arg(n + 1);
    for (qsizetype i = std::max<qsizetype>(0, n - 12); i < n; ++i)
        out += QStringLiteral("    %1\n").arg(QString::fromUtf8(la[i]));
    for (qsizetype i = n; i < std::min(la.size(), n + 4); ++i)
        out += QStringLiteral("  < %1\n").arg(QString::fromUtf8(la[i]));
    for (qsizetype i = n; i < std::min(lb.size(), n + 4); ++i)
        out += QStringLiteral("  > %1\n").arg(QString::fromUtf8(lb[i]));
    return out;
}

inline QList<HistoryEntry> historyOf(const Document &doc)
{
    auto h = doc.store().history();
    if (!h)
        qFatal("history: %s", qPrintable(h.error()));
    return *h;
}

inline Result<merge::Plan> planInto(const Document &target, const QList<const Document *> &sources)
{
    QList<merge::Side> sides;
    for (const Document *s : sources)
        sides.append({QFileInfo(s->path()).fileName(), &s->data(), historyOf(*s)});
    return merge::planMerge(target.data(), historyOf(target), sides);
}

// Merges the sources into target through the funnel; the plan it applied.
inline merge::Plan mergeInto(Document &target, const QList<const Document *> &sources)
{
    auto plan = planInto(target, sources);
    if (!plan)
        qFatal("plan: %s", qPrintable(plan.error()));
    if (Status s = target.applyMerge(plan->changes, plan->learned, plan->mergeEntry, QStringLiteral("Merge")); !s)
        qFatal("apply merge: %s", qPrintable(s.error()));
    return *plan;
}
inline merge::Plan mergeInto(Document &target, const Document &source)
{
    return mergeInto(target, QList<const Document *>{&source});
}

// A workshop merged in memory only (the same plan and the same history as through a file, without
// the file), so the property tests can try every order quickly.
struct Memory
{
    WorkshopData data;
    QList<HistoryEntry> history;
};
inline Memory inMemory(const Document &doc)
{
    return {doc.data(), historyOf(doc)};
}
inline void mergeSides(Memory &target, const QList<merge::Side> &sides)
{
    auto plan = merge::planMerge(target.data, target.history, sides);
    if (!plan)
        qFatal("plan: %s", qPrintable(plan.error()));
    target.data.apply(plan->changes);
    target.history += plan->learned;
    if (plan->mergeEntry)
        target.history.append(*plan->mergeEntry);
}
inline void mergeInto(Memory &target, const QList<const Document *> &sources)
{
    QList<merge::Side> sides;
    for (const Document *s : sources)
        sides.append({QFileInfo(s->path()).fileName(), &s->data(), historyOf(*s)});
    mergeSides(target, sides);
}
inline void mergeInto(Memory &target, const Memory &source)
{
    mergeSides(target, QList<merge::Side>{{QStringLiteral("memory"), &source.data, source.history}});
}

// The seed of a property test: random, printed, or PAMOJA_MERGE_SEED to repeat a run.
inline quint32 runSeed()
{
    static const quint32 seed = [] {
        bool ok = false;
        const quint32 fixed = qEnvironmentVariable("PAMOJA_MERGE_SEED").toUInt(&ok);
        const quint32 s = ok ? fixed : QRandomGenerator::global()->generate();
        qInfo("seed %u (set PAMOJA_MERGE_SEED=%u to repeat this run)", s, s);
        return s;
    }();
    return seed;
}

} // namespace pamoja::testing
