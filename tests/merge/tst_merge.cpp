// Merging workshops (core/merge): properties on generated workshops (the same whatever the order of
// the copies, merging twice is merging once, nothing lost, history kept, undo), and the rules for
// edits made apart (the later edit wins and the idea is flagged; deleted and edited is kept).

#include "mergesupport.h"
#include "translationedits.h"

#include "domain/validation.h"

#include <QSet>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

QSet<QString> entryIds(const Document &doc)
{
    QSet<QString> out;
    for (const HistoryEntry &e : historyOf(doc))
        out.insert(e.entryId);
    return out;
}

// The workshop's rules after a merge, except the dots a participant gave in one round: a person who
// voted on two laptops may be over the limit, which pamoja check reports (not resolved by a merge).
QStringList problems(const WorkshopData &d)
{
    QStringList out;
    for (const QString &p : workshopProblems(d))
        if (!p.contains(QStringLiteral("per participant")) && !p.contains(QStringLiteral("dots on one item")))
            out.append(p);
    return out;
}

// Whether the idea's absence from a merge is allowed: some removal of it, in some history, came after
// every write to it in that history (an entry earlier in a file's history is one its later entries saw).
bool removalSawAll(const QUuid &idea, const QList<const Document *> &docs)
{
    QSet<QString> writes;
    for (const Document *d : docs)
        for (const HistoryEntry &e : historyOf(*d))
            if (!e.merge)
                for (const Change &c : e.changes.changes)
                    if (c.id == idea && c.op != Change::Op::Remove)
                        writes.insert(e.entryId);
    for (const Document *d : docs) {
        QSet<QString> before;
        for (const HistoryEntry &e : historyOf(*d)) {
            const bool removes = !e.merge && std::any_of(e.changes.changes.cbegin(), e.changes.changes.cend(), [&](const Change &c) {
                return c.id == idea && c.op == Change::Op::Remove;
            });
            if (removes) {
                QSet<QString> unseen = writes;
                unseen.subtract(before);
                unseen.remove(e.entryId);
                if (unseen.isEmpty())
                    return true;
            }
            before.insert(e.entryId);
        }
    }
    return false;
}

QUuid ideaWithText(const Document &doc, const QString &text)
{
    for (const Idea &i : doc.data().table<Idea>().all())
        if (i.text == text)
            return i.id;
    return {};
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2.pamoja").arg(name).arg(++m_n)); }

    // The base workshop is made once and copied for each case: every seed starts from the same file.
    std::optional<Copy> m_template;
    Copy freshBase()
    {
        if (!m_template)
            m_template = makeBase(path(QStringLiteral("template")));
        return fork(*m_template, path(QStringLiteral("base")));
    }

    void seeds()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 s = 1; s <= 30; ++s)
            QTest::addRow("seed %u", s) << s;
        QTest::addRow("random") << runSeed();
    }

private Q_SLOTS:
    void idempotent_data() { seeds(); }
    void idempotent()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Copy base = freshBase();
        Copy target = fork(base, path(QStringLiteral("target")));
        Copy source = fork(base, path(QStringLiteral("source")));
        randomEdits(*target.doc, rng, 25, QStringLiteral("T"));
        randomEdits(*source.doc, rng, 25, QStringLiteral("A"));
        mergeInto(*target.doc, *source.doc);
        const QByteArray once = exchange::toJson(target.doc->data());
        const qint64 entries = target.doc->store().historyCount().value();

        auto again = planInto(*target.doc, {source.doc.get()});
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(again->summary.nothingToMerge());
        QVERIFY(again->changes.isEmpty());
        QVERIFY(!again->mergeEntry);
        mergeInto(*target.doc, *source.doc);
        QVERIFY2(exchange::toJson(target.doc->data()) == once, qPrintable(QStringLiteral("seed %1").arg(seed)));
        QCOMPARE(target.doc->store().historyCount().value(), entries);
        QCOMPARE(problems(target.doc->data()), QStringList());
    }

    void orderIndependentTwo_data() { seeds(); }
    void orderIndependentTwo()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Copy base = freshBase();
        Copy a = fork(base, path(QStringLiteral("a")));
        Copy b = fork(base, path(QStringLiteral("b")));
        randomEdits(*base.doc, rng, 15, QStringLiteral("T"));
        randomEdits(*a.doc, rng, 25, QStringLiteral("A"));
        randomEdits(*b.doc, rng, 25, QStringLiteral("B"));
        Copy ab = fork(base, path(QStringLiteral("ab")));
        Memory ba = inMemory(*base.doc), both = inMemory(*base.doc);
        mergeInto(*ab.doc, *a.doc);
        mergeInto(*ab.doc, *b.doc);
        mergeInto(ba, {b.doc.get()});
        mergeInto(ba, {a.doc.get()});
        mergeInto(both, {b.doc.get(), a.doc.get()});
        const QByteArray jab = exchange::toJson(ab.doc->data()), jba = exchange::toJson(ba.data);
        QVERIFY2(jab == jba, qPrintable(QStringLiteral("seed %1\n").arg(seed) + firstDifference(jab, jba)));
        const QByteArray jboth = exchange::toJson(both.data);
        QVERIFY2(jab == jboth, qPrintable(QStringLiteral("seed %1\n").arg(seed) + firstDifference(jab, jboth)));
        QCOMPARE(problems(ab.doc->data()), QStringList());
    }

    // Three copies, one of which learned from another before more edits, merged into the facilitator's
    // workshop in every order, and passed along from copy to copy: always the same workshop.
    void orderIndependentThree_data() { seeds(); }
    void orderIndependentThree()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Copy base = freshBase();
        Copy a = fork(base, path(QStringLiteral("a")));
        Copy b = fork(base, path(QStringLiteral("b")));
        Copy c = fork(base, path(QStringLiteral("c")));
        randomEdits(*a.doc, rng, 15, QStringLiteral("A"));
        randomEdits(*b.doc, rng, 15, QStringLiteral("B"));
        mergeInto(*b.doc, *a.doc); // a note-taker's copy passed to the co-facilitator mid-way
        randomEdits(*a.doc, rng, 10, QStringLiteral("A2"));
        randomEdits(*b.doc, rng, 10, QStringLiteral("B2"));
        randomEdits(*c.doc, rng, 20, QStringLiteral("C"));
        randomEdits(*base.doc, rng, 10, QStringLiteral("T"));
        const QList<const Document *> copies{a.doc.get(), b.doc.get(), c.doc.get()};
        QList<int> order{0, 1, 2};
        QByteArray first;
        // Through the file once, then every order in memory (the same plan and history, without files).
        {
            Copy t = fork(base, path(QStringLiteral("t")));
            for (int i : order)
                mergeInto(*t.doc, *copies[i]);
            first = exchange::toJson(t.doc->data());
            QCOMPARE(problems(t.doc->data()), QStringList());
        }
        do {
            Memory t = inMemory(*base.doc);
            for (int i : order)
                mergeInto(t, {copies[i]});
            const QByteArray json = exchange::toJson(t.data);
            QVERIFY2(json == first, qPrintable(QStringLiteral("seed %1, order %2%3%4\n").arg(seed).arg(order[0]).arg(order[1]).arg(order[2]) +
                                               firstDifference(first, json)));
        } while (std::next_permutation(order.begin(), order.end()));
        // Passed along: c into a copy of b, that into a copy of a, that into the workshop.
        Memory cb = inMemory(*b.doc);
        mergeInto(cb, {c.doc.get()});
        Memory cba = inMemory(*a.doc);
        mergeInto(cba, cb);
        Memory t = inMemory(*base.doc);
        mergeInto(t, cba);
        const QByteArray chained = exchange::toJson(t.data);
        QVERIFY2(chained == first, qPrintable(QStringLiteral("seed %1, chained\n").arg(seed) + firstDifference(first, chained)));
    }

    // Every idea any copy holds is in the merge unless a removal of it saw every edit of it; every
    // entry of every history is in the merged history, once.
    void nothingLostHistoryKept_data() { seeds(); }
    void nothingLostHistoryKept()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Copy base = freshBase();
        Copy a = fork(base, path(QStringLiteral("a")));
        Copy b = fork(base, path(QStringLiteral("b")));
        Copy c = fork(base, path(QStringLiteral("c")));
        for (Copy *x : {&a, &b, &c, &base})
            randomEdits(*x->doc, rng, 20, QFileInfo(x->path).baseName());
        const QList<const Document *> copies{base.doc.get(), a.doc.get(), b.doc.get(), c.doc.get()};
        Copy t = fork(base, path(QStringLiteral("t")));
        mergeInto(*t.doc, {a.doc.get(), b.doc.get(), c.doc.get()});
        for (const Document *d : copies)
            for (const Idea &i : d->data().table<Idea>().all())
                if (!t.doc->data().table<Idea>().contains(i.id))
                    QVERIFY2(removalSawAll(i.id, copies), qPrintable(QStringLiteral("seed %1: idea \"%2\" lost").arg(seed).arg(i.text)));
        const QList<HistoryEntry> merged = historyOf(*t.doc);
        QSet<QString> ids;
        for (const HistoryEntry &e : merged) {
            QVERIFY(!e.entryId.isEmpty());
            QVERIFY2(!ids.contains(e.entryId), "an entry is in the history twice");
            ids.insert(e.entryId);
        }
        for (const Document *d : copies)
            for (const QString &id : entryIds(*d))
                QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("seed %1: entry %2 not kept").arg(seed).arg(id)));
        QCOMPARE(problems(t.doc->data()), QStringList());
    }

    // Undo takes the state and the learned entries back; merging again brings everything back.
    void undoForgetsTheMerge()
    {
        QRandomGenerator rng(77);
        Copy base = freshBase();
        Copy a = fork(base, path(QStringLiteral("a")));
        randomEdits(*a.doc, rng, 30, QStringLiteral("A"));
        randomEdits(*base.doc, rng, 10, QStringLiteral("T"));
        const QByteArray before = exchange::toJson(base.doc->data());
        const QSet<QString> idsBefore = entryIds(*base.doc);
        const merge::Plan plan = mergeInto(*base.doc, *a.doc);
        QVERIFY(plan.mergeEntry);
        const QByteArray merged = exchange::toJson(base.doc->data());
        QVERIFY(merged != before);
        QVERIFY(base.doc->canUndo());
        QVERIFY(base.doc->undo());
        QCOMPARE(exchange::toJson(base.doc->data()), before);
        QCOMPARE(entryIds(*base.doc), idsBefore);
        QVERIFY(base.doc->redo());
        QCOMPARE(exchange::toJson(base.doc->data()), merged);
        QVERIFY(base.doc->undo());
        // Reopened from the file: the history is the one before the merge.
        base.doc.reset();
        base = openCopy(base.path);
        QCOMPARE(exchange::toJson(base.doc->data()), before);
        QCOMPARE(entryIds(*base.doc), idsBefore);
        const merge::Plan again = mergeInto(*base.doc, *a.doc);
        QCOMPARE(again.summary.learned, plan.summary.learned);
        const QByteArray json = exchange::toJson(base.doc->data());
        QVERIFY2(json == merged, qPrintable(firstDifference(merged, json)));
    }

    // Both copies edited one idea: the later edit wins, the other stays in the history, the idea is
    // flagged; a clear of the flag that saw both edits stays cleared in later merges.
    void concurrentEditsFlagged()
    {
        Copy base = freshBase();
        const QUuid idea = ideaWithText(*base.doc, QStringLiteral("Base idea 0"));
        Copy a = fork(base, path(QStringLiteral("a")));
        Copy b = fork(base, path(QStringLiteral("b")));
        Copy c = fork(base, path(QStringLiteral("c")));
        QVERIFY(a.doc->apply(edits::editIdeaText(a.doc->data(), idea, QStringLiteral("A's words")), QStringLiteral("edit")));
        QTest::qWait(5);
        QVERIFY(b.doc->apply(edits::editIdeaText(b.doc->data(), idea, QStringLiteral("B's words")), QStringLiteral("edit")));
        const merge::Plan plan = mergeInto(*base.doc, {a.doc.get(), b.doc.get()});
        const Idea *merged = base.doc->data().table<Idea>().find(idea);
        QVERIFY(merged);
        QCOMPARE(merged->text, QStringLiteral("B's words"));
        QVERIFY(merged->review);
        QCOMPARE(plan.summary.flagged, 1);
        bool kept = false;
        for (const HistoryEntry &e : historyOf(*base.doc))
            for (const Change &ch : e.changes.changes)
                kept = kept || (ch.id == idea && ch.after.value(QStringLiteral("text")).toString() == QLatin1StringView("A's words"));
        QVERIFY2(kept, "the version that lost is not in the history");

        // The facilitator looks and clears the flag; merging again, or another copy, keeps it clear.
        QVERIFY(base.doc->apply(edits::modify<Idea>(base.doc->data(), idea, [](Idea &i) { i.review = false; }), QStringLiteral("reviewed")));
        mergeInto(*base.doc, {a.doc.get(), b.doc.get()});
        QVERIFY(!base.doc->data().table<Idea>().find(idea)->review);
        QVERIFY(c.doc->apply(edits::moveIdea(c.doc->data(), idea, 5, 5), QStringLiteral("move")));
        mergeInto(*base.doc, *c.doc);
        QVERIFY(!base.doc->data().table<Idea>().find(idea)->review);
        // A copy that had the flag set before the clear, merged back, does not bring it back.
        mergeInto(*c.doc, {a.doc.get(), b.doc.get()});
        QVERIFY(c.doc->data().table<Idea>().find(idea)->review);
        mergeInto(*base.doc, *c.doc);
        QVERIFY(!base.doc->data().table<Idea>().find(idea)->review);
    }

    // Copy A changes an idea's words while copy B machine-translates the old words: whatever the
    // order, the merged idea has A's words and no translation of B's (a translation made after seeing
    // the new words stays).
    void machineTranslationOfOldWordsDropped_data()
    {
        QTest::addColumn<bool>("translatedAfterSeeingEdit");
        QTest::addRow("translated apart: dropped") << false;
        QTest::addRow("translated the new words: kept") << true;
    }
    void machineTranslationOfOldWordsDropped()
    {
        QFETCH(bool, translatedAfterSeeingEdit);
        Copy base = freshBase();
        const QUuid idea = ideaWithText(*base.doc, QStringLiteral("Base idea 2"));
        Copy a = fork(base, path(QStringLiteral("a")));
        QVERIFY(a.doc->apply(edits::editIdeaText(a.doc->data(), idea, QStringLiteral("Southern partners set the agenda")), QStringLiteral("edit")));
        Copy b = fork(translatedAfterSeeingEdit ? a : base, path(QStringLiteral("b")));
        QTest::qWait(5);
        const QString words = b.doc->data().table<Idea>().find(idea)->text;
        const ChangeSet mt = edits::setMachineTranslations(b.doc->data(), {{idea, words, QStringLiteral("Les partenaires")}}, QStringLiteral("fr"));
        QVERIFY(!mt.isEmpty());
        QVERIFY(b.doc->apply(mt, QStringLiteral("translate")));
        for (const QList<const Document *> &order : {QList<const Document *>{a.doc.get(), b.doc.get()}, QList<const Document *>{b.doc.get(), a.doc.get()}}) {
            Copy t = fork(base, path(QStringLiteral("t")));
            mergeInto(*t.doc, order);
            const Idea *i = t.doc->data().table<Idea>().find(idea);
            QVERIFY(i);
            QCOMPARE(i->text, QStringLiteral("Southern partners set the agenda"));
            QCOMPARE(i->translation, translatedAfterSeeingEdit ? QStringLiteral("Les partenaires") : QString());
            QCOMPARE(i->translationSource, translatedAfterSeeingEdit ? QStringLiteral("machine") : QString());
        }
    }

    void deletedAndEdited_data()
    {
        QTest::addColumn<bool>("edited");
        QTest::addRow("edited on the other side: kept, flagged") << true;
        QTest::addRow("untouched on the other side: removed") << false;
    }
    void deletedAndEdited()
    {
        QFETCH(bool, edited);
        Copy base = freshBase();
        const QUuid idea = ideaWithText(*base.doc, QStringLiteral("Base idea 1"));
        Copy a = fork(base, path(QStringLiteral("a")));
        Copy b = fork(base, path(QStringLiteral("b")));
        QVERIFY(a.doc->apply(edits::removeIdeas(a.doc->data(), {idea}), QStringLiteral("delete")));
        if (edited)
            QVERIFY(b.doc->apply(edits::setIdeasHidden(b.doc->data(), {idea}, true), QStringLiteral("hide")));
        for (const QList<const Document *> &order : {QList<const Document *>{a.doc.get(), b.doc.get()}, QList<const Document *>{b.doc.get(), a.doc.get()}}) {
            Copy t = fork(base, path(QStringLiteral("t")));
            mergeInto(*t.doc, order);
            const Idea *i = t.doc->data().table<Idea>().find(idea);
            QCOMPARE(i != nullptr, edited);
            if (i) {
                QVERIFY(i->review);
                QVERIFY(i->hidden);
            }
        }
    }

    void otherWorkshopRefused()
    {
        Copy base = freshBase();
        Copy other = makeBase(path(QStringLiteral("other")));
        auto plan = planInto(*base.doc, {other.doc.get()});
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("not a copy of this workshop")), qPrintable(plan.error()));
    }

    void participantsMatched_data()
    {
        QTest::addColumn<bool>("separate");
        QTest::addRow("matched") << false;
        QTest::addRow("kept separate") << true;
    }
    void participantsMatched()
    {
        QFETCH(bool, separate);
        Copy base = freshBase();
        Copy a = fork(base, path(QStringLiteral("a")));
        auto addZoe = [](Document &doc, const QString &name, const QString &org) {
            Participant p;
            p.name = name;
            p.constituency = QStringLiteral("south");
            QUuid id;
            auto cs = edits::addParticipant(doc.data(), p, org, &id);
            if (!cs || !doc.apply(*cs, QStringLiteral("add")))
                qFatal("add participant");
            return id;
        };
        const QUuid here = addZoe(*base.doc, QStringLiteral("Zoe Mwangi"), QStringLiteral("Tana Forum"));
        const QUuid there = addZoe(*a.doc, QStringLiteral("zoe  mwangi"), QStringLiteral("Tana Forum"));
        edits::IdeaDraft d;
        d.text = QStringLiteral("Zoe's idea");
        d.authorId = there;
        QVERIFY(a.doc->apply(*edits::addIdea(a.doc->data(), d), QStringLiteral("idea")));
        QList<merge::Side> sides{{QStringLiteral("a"), &a.doc->data(), historyOf(*a.doc)}};
        merge::Options options;
        if (separate)
            options.keepSeparate.insert(there);
        auto plan = merge::planMerge(base.doc->data(), historyOf(*base.doc), sides, options);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
        QCOMPARE(plan->participantMatches.size(), separate ? 0 : 1);
        QCOMPARE(plan->summary.matched, separate ? 0 : 1);
        QVERIFY(base.doc->applyMerge(plan->changes, plan->learned, plan->mergeEntry, QStringLiteral("merge")));
        const Idea *idea = base.doc->data().table<Idea>().find(ideaWithText(*base.doc, QStringLiteral("Zoe's idea")));
        QVERIFY(idea);
        QCOMPARE(idea->authorId, separate ? there : here);
        QCOMPARE(base.doc->data().table<Participant>().contains(there), separate);
        // The alias is in the merge entry: merging the copy again keeps the one person.
        mergeInto(*base.doc, *a.doc);
        QCOMPARE(base.doc->data().table<Participant>().contains(there), separate);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
