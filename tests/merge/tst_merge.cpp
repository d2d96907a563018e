// Merging workshops (core/merge): properties on generated workshops (idempotent, independent of
// the order of the sources, nothing lost, history kept) and the rules for edits made apart.

#include "mergesupport.h"

#include "domain/identity.h"
#include "domain/validation.h"
#include "merge/mergefile.h"

#include <QSet>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

// Every id the history of any of the documents removed at some point.
QSet<QUuid> removedSomewhere(const QList<const Document *> &docs)
{
    QSet<QUuid> out;
    for (const Document *d : docs)
        for (const HistoryEntry &e : historyOf(*d))
            for (const Change &c : e.changes.changes)
                if (c.op == Change::Op::Remove)
                    out.insert(c.id);
    return out;
}

// What makes two tags, links or votes the same thing (merged as one).
QString sameKey(EntityKind kind, const Record &r)
{
    if (kind == EntityKind::Vote)
        return r.value(QStringLiteral("round_id")).toString() + QLatin1Char('/') + r.value(QStringLiteral("participant_id")).toString() +
               QLatin1Char('/') + r.value(QStringLiteral("target_id")).toString();
    const auto pair = identity::pairKey(kind, r);
    return pair.first + QLatin1Char('/') + pair.second;
}

QSet<QString> keysOf(const WorkshopData &d, EntityKind kind)
{
    QSet<QString> out;
    withEntityType(kind, [&]<class T>() {
        for (const T &e : d.table<T>().items())
            out.insert(sameKey(kind, toRecord(e)));
    });
    return out;
}

// The workshop's rules after a merge, except the dots a participant gave in one round: a person who
// voted on two laptops may be over the limit, which pamoja check reports (not resolved by the merge).
QStringList problems(const WorkshopData &d)
{
    QStringList out;
    for (const QString &p : workshopProblems(d))
        if (!p.contains(QStringLiteral("per participant")))
            out.append(p);
    return out;
}

QUuid firstIdea(const Document &doc, const QString &text)
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

    void seeds()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 s : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u})
            QTest::addRow("seed %u", s) << s;
        QTest::addRow("random") << runSeed();
    }

private Q_SLOTS:
    void idempotent_data() { seeds(); }
    void idempotent()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Copy base = makeBase(path(QStringLiteral("base")));
        Copy target = fork(base, path(QStringLiteral("target")));
        Copy source = fork(base, path(QStringLiteral("source")));
        randomEdits(*target.doc, rng, 25, QStringLiteral("T"));
        randomEdits(*source.doc, rng, 25, QStringLiteral("A"));
        mergeInto(*target.doc, *source.doc);
        const QByteArray once = exchange::toJson(target.doc->data());
        const qint64 entries = target.doc->store().historyCount().value();

        auto again = planInto(*target.doc, *source.doc);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY2(again->changes.isEmpty(), again->changes.toJson().left(2000).constData());
        QVERIFY(again->summary.nothingToMerge());
        QCOMPARE(exchange::toJson(target.doc->data()), once);
        QCOMPARE(target.doc->store().historyCount().value(), entries);
        QCOMPARE(problems(target.doc->data()), QStringList());
    }

    void orderIndependentTwo_data() { seeds(); }
    void orderIndependentTwo()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Copy base = makeBase(path(QStringLiteral("base")));
        Copy a = fork(base, path(QStringLiteral("a")));
        Copy b = fork(base, path(QStringLiteral("b")));
        randomEdits(*base.doc, rng, 15, QStringLiteral("T"));
        randomEdits(*a.doc, rng, 25, QStringLiteral("A"));
        randomEdits(*b.doc, rng, 25, QStringLiteral("B"));
        Copy ab = fork(base, path(QStringLiteral("ab")));
        Copy ba = fork(base, path(QStringLiteral("ba")));
        mergeInto(*ab.doc, *a.doc);
        mergeInto(*ab.doc, *b.doc);
        mergeInto(*ba.doc, *b.doc);
        mergeInto(*ba.doc, *a.doc);
        QCOMPARE(exchange::toJson(ab.doc->data()), exchange::toJson(ba.doc->data()));
        QCOMPARE(problems(ab.doc->data()), QStringList());
    }

    void orderIndependentThree_data() { seeds(); }
    void orderIndependentThree()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Copy base = makeBase(path(QStringLiteral("base")));
        std::vector<Copy> sources;
        for (const QString &label : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
            sources.push_back(fork(base, path(label)));
            randomEdits(*sources.back().doc, rng, 20, label);
        }
        randomEdits(*base.doc, rng, 10, QStringLiteral("T"));
        QByteArray first;
        const QList<QList<int>> orders{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (const QList<int> &order : orders) {
            Copy t = fork(base, path(QStringLiteral("order")));
            for (int i : order)
                mergeInto(*t.doc, *sources[std::size_t(i)].doc);
            const QByteArray json = exchange::toJson(t.doc->data());
            if (first.isEmpty())
                first = json;
            QVERIFY2(json == first, qPrintable(QStringLiteral("order %1%2%3 differs").arg(order[0]).arg(order[1]).arg(order[2])));
        }
    }

    // Every entity of every side is in the result, or was deleted on a side (the rule decides), or
    // is there under another id (the same tag or link pair).
    void nothingLost_data() { seeds(); }
    void nothingLost()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Copy base = makeBase(path(QStringLiteral("base")));
        Copy a = fork(base, path(QStringLiteral("a")));
        Copy b = fork(base, path(QStringLiteral("b")));
        randomEdits(*base.doc, rng, 20, QStringLiteral("T"));
        randomEdits(*a.doc, rng, 30, QStringLiteral("A"));
        randomEdits(*b.doc, rng, 30, QStringLiteral("B"));
        const QByteArray before = exchange::toJson(base.doc->data());
        Copy result = fork(base, path(QStringLiteral("result")));
        mergeInto(*result.doc, *a.doc);
        mergeInto(*result.doc, *b.doc);
        const QSet<QUuid> removed = removedSomewhere({base.doc.get(), a.doc.get(), b.doc.get()});
        const WorkshopData &r = result.doc->data();
        int checked = 0;
        for (const Copy *side : {&base, &a, &b}) {
            for (EntityKind k : allKinds()) {
                withEntityType(k, [&]<class T>() {
                    for (const T &e : side->doc->data().table<T>().items()) {
                        ++checked;
                        if (r.contains(k, e.id) || removed.contains(e.id))
                            continue;
                        if ((k == EntityKind::Tag || k == EntityKind::Link || k == EntityKind::Vote) &&
                            keysOf(r, k).contains(sameKey(k, toRecord(e))))
                            continue;
                        QFAIL(qPrintable(QStringLiteral("lost: %1 %2").arg(kindInfo(k).name, idString(e.id))));
                    }
                });
            }
        }
        QVERIFY(checked > 100);
        // And each idea's text is one that some side wrote.
        for (const Idea &i : r.table<Idea>().items()) {
            bool known = false;
            for (const Copy *side : {&base, &a, &b})
                if (const Idea *s = side->doc->data().table<Idea>().find(i.id); s && s->text == i.text)
                    known = true;
            QVERIFY2(known, qPrintable(i.text));
        }
        // History kept: the merges are two entries after everything the target had, and undoing them
        // gives the target back exactly.
        QCOMPARE(result.doc->store().historyCount().value(), base.doc->store().historyCount().value() + 2);
        QVERIFY(result.doc->undo());
        QVERIFY(result.doc->undo());
        QCOMPARE(exchange::toJson(result.doc->data()), before);
        QCOMPARE(problems(r), QStringList());
    }

    // Both sides edited one idea: the later edit wins, the idea is flagged, and the version that lost
    // is in the target's history.
    void bothEdited_data()
    {
        QTest::addColumn<bool>("sourceLater");
        QTest::newRow("source edited later") << true;
        QTest::newRow("target edited later") << false;
    }
    void bothEdited()
    {
        QFETCH(bool, sourceLater);
        Copy base = makeBase(path(QStringLiteral("base")));
        const QUuid id = firstIdea(*base.doc, QStringLiteral("Base idea 0"));
        Copy source = fork(base, path(QStringLiteral("source")));
        Document &first = sourceLater ? *base.doc : *source.doc;
        Document &second = sourceLater ? *source.doc : *base.doc;
        QVERIFY(first.apply(edits::editIdeaText(first.data(), id, QStringLiteral("first words")), QStringLiteral("edit")));
        QTest::qWait(5); // a later 'modified' time
        QVERIFY(second.apply(edits::editIdeaText(second.data(), id, QStringLiteral("later words")), QStringLiteral("edit")));
        const merge::Plan plan = mergeInto(*base.doc, *source.doc);
        const Idea *idea = base.doc->data().table<Idea>().find(id);
        QCOMPARE(idea->text, QStringLiteral("later words"));
        QVERIFY(idea->review);
        QCOMPARE(plan.summary.total.flagged, 1);
        QCOMPARE(plan.summary.perKind[int(EntityKind::Idea)].flagged, 1);
        const HistoryEntry last = historyOf(*base.doc).last();
        QVERIFY2(last.changes.toJson().contains("first words"), last.changes.toJson().constData());
        QVERIFY(mergeInto(*base.doc, *source.doc).changes.isEmpty());
    }

    void deletedAndEdited_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("present");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QString>("text");
        QTest::newRow("deleted here, edited there") << "delete" << "edit" << true << true << "source words";
        QTest::newRow("deleted there, edited here") << "edit" << "delete" << true << true << "target words";
        QTest::newRow("deleted there, unchanged here") << "" << "delete" << false << false << "";
        QTest::newRow("deleted here, unchanged there") << "delete" << "" << false << false << "";
        QTest::newRow("deleted on both") << "delete" << "delete" << false << false << "";
        QTest::newRow("edited there only") << "" << "edit" << true << false << "source words";
        QTest::newRow("edited here only") << "edit" << "" << true << false << "target words";
    }
    void deletedAndEdited()
    {
        QFETCH(QString, target);
        QFETCH(QString, source);
        QFETCH(bool, present);
        QFETCH(bool, flagged);
        QFETCH(QString, text);
        Copy t = makeBase(path(QStringLiteral("base")));
        const QUuid id = firstIdea(*t.doc, QStringLiteral("Base idea 1"));
        Copy s = fork(t, path(QStringLiteral("source")));
        auto act = [&](Document &doc, const QString &what, const QString &words) {
            if (what == QLatin1StringView("delete"))
                QVERIFY(doc.apply(edits::removeIdeas(doc.data(), {id}), QStringLiteral("remove")));
            else if (what == QLatin1StringView("edit"))
                QVERIFY(doc.apply(edits::editIdeaText(doc.data(), id, words), QStringLiteral("edit")));
        };
        act(*t.doc, target, QStringLiteral("target words"));
        act(*s.doc, source, QStringLiteral("source words"));
        const merge::Plan plan = mergeInto(*t.doc, *s.doc);
        const Idea *idea = t.doc->data().table<Idea>().find(id);
        QCOMPARE(idea != nullptr, present);
        if (idea) {
            QCOMPARE(idea->text, text);
            QCOMPARE(idea->review, flagged);
        }
        QCOMPARE(plan.summary.total.flagged, flagged ? 1 : 0);
        QVERIFY(mergeInto(*t.doc, *s.doc).changes.isEmpty());
        QCOMPARE(problems(t.doc->data()), QStringList());
    }

    // An idea added on the laptop, merged, then deleted by the facilitator does not come back when
    // the same copy is merged again; an idea edited after the merge is not flagged.
    void mergedThenChangedHere()
    {
        Copy t = makeBase(path(QStringLiteral("base")));
        Copy s = fork(t, path(QStringLiteral("source")));
        QUuid added;
        edits::IdeaDraft d;
        d.text = QStringLiteral("from the breakout room");
        QVERIFY(s.doc->apply(*edits::addIdea(s.doc->data(), d, &added), QStringLiteral("add")));
        const QUuid edited = firstIdea(*s.doc, QStringLiteral("Base idea 2"));
        QVERIFY(s.doc->apply(edits::editIdeaText(s.doc->data(), edited, QStringLiteral("edited there")), QStringLiteral("edit")));
        QCOMPARE(mergeInto(*t.doc, *s.doc).summary.total.added, 1);
        QVERIFY(t.doc->apply(edits::removeIdeas(t.doc->data(), {added}), QStringLiteral("remove")));
        QVERIFY(t.doc->apply(edits::editIdeaText(t.doc->data(), edited, QStringLiteral("edited here after")), QStringLiteral("edit")));
        const merge::Plan again = mergeInto(*t.doc, *s.doc);
        QVERIFY2(again.changes.isEmpty(), again.changes.toJson().constData());
        QVERIFY(!t.doc->data().table<Idea>().contains(added));
        QCOMPARE(t.doc->data().table<Idea>().find(edited)->text, QStringLiteral("edited here after"));
        QVERIFY(!t.doc->data().table<Idea>().find(edited)->review);
    }

    // A participant typed in again on another laptop is the same person: references follow.
    void participantsByName_data()
    {
        QTest::addColumn<QString>("typedThere");
        QTest::addColumn<bool>("same");
        QTest::newRow("same spelling") << "Zawadi Otieno" << true;
        QTest::newRow("case and spaces") << "  zawadi   OTIENO " << true;
        QTest::newRow("another person") << "Zawadi Achieng" << false;
    }
    void participantsByName()
    {
        QFETCH(QString, typedThere);
        QFETCH(bool, same);
        Copy t = makeBase(path(QStringLiteral("base")));
        Copy s = fork(t, path(QStringLiteral("source")));
        auto add = [](Document &doc, const QString &name) {
            Participant p;
            p.name = name;
            p.constituency = QStringLiteral("south");
            QUuid id;
            auto cs = edits::addParticipant(doc.data(), p, QStringLiteral("Sauti Network"), &id);
            if (!cs || !doc.apply(*cs, QStringLiteral("add")))
                qFatal("add participant");
            return id;
        };
        const QUuid here = add(*t.doc, QStringLiteral("Zawadi Otieno"));
        const QUuid there = add(*s.doc, typedThere);
        edits::IdeaDraft d;
        d.text = QStringLiteral("Said by Zawadi");
        d.authorId = there;
        QUuid idea;
        QVERIFY(s.doc->apply(*edits::addIdea(s.doc->data(), d, &idea), QStringLiteral("add")));
        const int people = t.doc->data().table<Participant>().size();
        const merge::Plan plan = mergeInto(*t.doc, *s.doc);
        const WorkshopData &r = t.doc->data();
        QCOMPARE(r.table<Participant>().size(), people + (same ? 0 : 1));
        QCOMPARE(r.table<Idea>().find(idea)->authorId, same ? here : there);
        QCOMPARE(plan.participantMatches.size(), same ? 1 : 0);
        QCOMPARE(plan.summary.perKind[int(EntityKind::Organisation)].matched, 1); // "Sauti Network", made on both
        QCOMPARE(problems(r), QStringList());
        QVERIFY(mergeInto(*t.doc, *s.doc).changes.isEmpty());
    }

    // The same tag or link made on both laptops is one.
    void samePairOnce()
    {
        Copy t = makeBase(path(QStringLiteral("base")));
        Copy s = fork(t, path(QStringLiteral("source")));
        const QUuid idea = firstIdea(*t.doc, QStringLiteral("Base idea 0"));
        const QUuid item = t.doc->data().catalogue(QStringLiteral("measure")).first().id;
        const QUuid change = t.doc->data().table<SystemChange>().all().first().id;
        for (Copy *c : {&t, &s}) {
            QVERIFY(c->doc->apply(edits::addTag(c->doc->data(), {idea}, item), QStringLiteral("tag")));
            QVERIFY(c->doc->apply(edits::link(c->doc->data(), idea, change), QStringLiteral("link")));
        }
        const int tags = t.doc->data().table<Tag>().size(), links = t.doc->data().table<Link>().size();
        const merge::Plan plan = mergeInto(*t.doc, *s.doc);
        QCOMPARE(t.doc->data().table<Tag>().size(), tags);
        QCOMPARE(t.doc->data().table<Link>().size(), links);
        QCOMPARE(plan.summary.perKind[int(EntityKind::Tag)].matched, 1);
        QCOMPARE(plan.summary.perKind[int(EntityKind::Link)].matched, 1);
        QVERIFY(plan.summary.nothingToMerge()); // at most the same pair under a smaller id
        QVERIFY(mergeInto(*t.doc, *s.doc).changes.isEmpty());
    }

    // Every kind merges: what a copy adds of each kind arrives.
    void everyKindArrives()
    {
        Copy t = makeBase(path(QStringLiteral("base")), 0);
        Copy empty = Copy{path(QStringLiteral("empty")), nullptr};
        auto fresh = Document::create(empty.path, QStringLiteral("Other laptop"), Document::Seed::Empty);
        QVERIFY(fresh);
        // The base's content into an empty workshop of its own: everything is new there.
        const merge::Plan plan = mergeInto(**fresh, *t.doc);
        for (EntityKind k : allKinds()) {
            if (k == EntityKind::Workshop)
                continue;
            withEntityType(k, [&]<class T>() {
                QCOMPARE((*fresh)->data().table<T>().size(), t.doc->data().table<T>().size());
            });
        }
        QVERIFY(plan.summary.total.added > 20);
        QCOMPARE(problems((*fresh)->data()), QStringList());
    }

    // Merging from files: the plan names the file in the history, and the dry run changes nothing.
    void fromFile()
    {
        Copy t = makeBase(path(QStringLiteral("base")));
        Copy s = fork(t, path(QStringLiteral("source")));
        QRandomGenerator rng(99);
        randomEdits(*s.doc, rng, 20, QStringLiteral("S"));
        s.doc.reset();
        const QByteArray before = exchange::toJson(t.doc->data());
        auto plan = merge::planFile(*t.doc, s.path);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(exchange::toJson(t.doc->data()), before);
        QVERIFY(merge::applyPlan(*t.doc, *plan, s.path));
        QCOMPARE(historyOf(*t.doc).last().description, QStringLiteral("Merge workshop %1").arg(QFileInfo(s.path).fileName()));
        QVERIFY(t.doc->canUndo());
        auto again = merge::planFile(*t.doc, s.path);
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(again->changes.isEmpty());
        QVERIFY(t.doc->undo());
        QCOMPARE(exchange::toJson(t.doc->data()), before);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
