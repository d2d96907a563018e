#pragma once

// Shared by the core and command-line tests: rich sample workshops and file fingerprints.

#include "document.h"
#include "edits.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace pamoja {
// The one way past the funnel (WorkshopStore::apply is private to Document), for tests of the
// store's own refusals.
struct WorkshopStoreTest
{
    static Status apply(WorkshopStore &store, const ChangeSet &cs)
    {
        return store.apply(cs, QStringLiteral("test"), QStringLiteral("test"));
    }
    // As if a document's commit of this entry had gone through just before its connection was lost.
    static Status apply(WorkshopStore &store, const ChangeSet &cs, const QString &actor, const QString &description, const QString &entryId)
    {
        return store.apply(cs, actor, description, entryId);
    }
};
} // namespace pamoja

namespace pamoja::testing {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Ids of what fillRich() created, for tests that look at them.
struct RichIds
{
    QUuid amina, bram, carla, dede; // participants: south, north, donor, south (no organisation)
    QUuid idea1, idea2, idea3, dup, anonIdea;
    QUuid cluster, round, systemChange, action, theme, factor;
};

// Adds one or more entities of every kind through the funnel.
inline RichIds fillRich(Document &doc)
{
    RichIds ids;
    auto must = [&](const Status &s) {
        if (!s)
            qFatal("fillRich: %s", qPrintable(s.error()));
    };
    auto addPerson = [&](const QString &name, const QString &org, const QString &cons, const QString &lang) {
        Participant p;
        p.name = name;
        p.constituency = cons;
        p.language = lang;
        p.country = QStringLiteral("KE");
        p.consent = true;
        QUuid id;
        auto cs = edits::addParticipant(doc.data(), p, org, &id);
        must(cs.status());
        must(doc.apply(*cs, QStringLiteral("add participant")));
        return id;
    };
    ids.amina = addPerson(QStringLiteral("Amina"), QStringLiteral("Kenya Women Network"), QStringLiteral("south"), QStringLiteral("sw"));
    ids.bram = addPerson(QStringLiteral("Bram"), QStringLiteral("Partos NL"), QStringLiteral("north"), QStringLiteral("nl"));
    ids.carla = addPerson(QStringLiteral("Carla"), QStringLiteral("Ministry"), QStringLiteral("donor"), QStringLiteral("es"));
    ids.dede = addPerson(QStringLiteral("Dédé"), QString(), QStringLiteral("south"), QStringLiteral("fr"));

    auto addIdea = [&](int step, const QString &text, const QUuid &author, const QString &cons = {}) {
        edits::IdeaDraft d;
        d.step = step;
        d.text = text;
        d.authorId = author;
        d.constituency = cons;
        QUuid id;
        auto cs = edits::addIdea(doc.data(), d, &id);
        must(cs.status());
        must(doc.apply(*cs, QStringLiteral("add idea")));
        return id;
    };
    ids.idea1 = addIdea(1, QStringLiteral("Southern partners set the agenda"), ids.amina);
    ids.idea2 = addIdea(1, QStringLiteral("Gedeelde besluitvorming over budgetten"), ids.bram);
    ids.idea3 = addIdea(2, QStringLiteral("Financement direct aux organisations du Sud"), ids.dede);
    ids.dup = addIdea(1, QStringLiteral("The South sets the agenda"), ids.carla);
    ids.anonIdea = addIdea(1, QStringLiteral("Riesgo compartido, \"no trasladado\" — ñ"), {}, QStringLiteral("north"));
    must(doc.apply(edits::mergeIdeas(doc.data(), ids.idea1, {ids.dup}), QStringLiteral("merge")));
    must(doc.apply(edits::createCluster(doc.data(), 1, QStringLiteral("Agenda"), {ids.idea1, ids.idea2}, &ids.cluster),
                   QStringLiteral("cluster")));
    must(doc.apply(edits::moveIdea(doc.data(), ids.idea2, 12.5, -3.25), QStringLiteral("move")));
    ids.theme = doc.data().catalogue(QStringLiteral("theme")).first().id;
    ids.factor = doc.data().catalogue(QStringLiteral("factor")).at(2).id;
    must(doc.apply(edits::addTag(doc.data(), {ids.idea1, ids.cluster}, ids.theme), QStringLiteral("tag")));
    must(doc.apply(edits::addTag(doc.data(), {ids.idea3}, ids.factor), QStringLiteral("tag")));

    VotingRound r;
    r.title = QStringLiteral("Priorities");
    r.dotsPerParticipant = 3;
    r.maxPerItem = 2;
    ChangeSet round = edits::openRound(doc.data(), r);
    ids.round = round.changes.first().id;
    must(doc.apply(round, QStringLiteral("round")));
    auto vote = [&](const QUuid &who, const QUuid &what, int dots) {
        auto cs = edits::setDots(doc.data(), ids.round, who, what, dots);
        must(cs.status());
        must(doc.apply(*cs, QStringLiteral("vote")));
    };
    vote(ids.amina, ids.idea1, 2);
    vote(ids.bram, ids.idea1, 1);
    vote(ids.bram, ids.idea2, 2);
    vote(ids.carla, ids.anonIdea, 1);

    ChangeSet more;
    SystemChange sc;
    sc.id = ids.systemChange = newId();
    sc.title = QStringLiteral("Direct funding");
    sc.targetActor = QStringLiteral("Ministry");
    sc.policyElement = QStringLiteral("funding modality");
    sc.currentState = QStringLiteral("via Northern lead");
    sc.proposedChange = QStringLiteral("direct grants");
    sc.sourceId = ids.idea3;
    sc.created = QDateTime::currentDateTimeUtc();
    more.insert(sc);
    Action a;
    a.id = ids.action = newId();
    a.description = QStringLiteral("Draft a joint letter");
    a.ownerId = ids.amina;
    a.coOwnerId = ids.bram;
    a.dueDate = QStringLiteral("2026-12-01");
    a.status = QStringLiteral("in_progress");
    a.created = QDateTime::currentDateTimeUtc();
    more.insert(a);
    must(doc.apply(more, QStringLiteral("plan")));
    must(doc.apply(edits::link(doc.data(), ids.cluster, ids.systemChange), QStringLiteral("link")));
    must(doc.apply(edits::link(doc.data(), ids.systemChange, ids.action), QStringLiteral("link")));
    return ids;
}

} // namespace pamoja::testing
