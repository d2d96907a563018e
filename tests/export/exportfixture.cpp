#include "exportfixture.h"

#include "edits.h"

#include <QTimeZone>

namespace pamoja::testing {

namespace {

QUuid fixedId(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 3, 10), QTime(9, 0), QTimeZone::utc()).addSecs(minutes * 60);
}

void must(Status s)
{
    if (!s)
        qFatal("fixture: %s", qPrintable(s.error()));
}

QUuid participant(Document &doc, int n, const QString &name, const QString &cons, bool consent, const QString &org,
                  const QString &lang)
{
    Participant p;
    p.id = fixedId(n);
    p.name = name;
    p.constituency = cons;
    p.consent = consent;
    p.language = lang;
    auto cs = edits::addParticipant(doc.data(), p, org);
    if (!cs)
        qFatal("fixture: %s", qPrintable(cs.error()));
    // Organisations get random ids; that is fine, reports never print ids of organisations.
    must(doc.apply(*cs, QStringLiteral("Add participant %1").arg(name)));
    return p.id;
}

QUuid idea(Document &doc, int n, int step, const QString &text, const QUuid &author, const QString &lang,
           const QString &cons = {})
{
    edits::IdeaDraft d;
    d.id = fixedId(n);
    d.step = step;
    d.text = text;
    d.authorId = author;
    d.language = lang;
    d.constituency = cons;
    auto i = edits::makeIdea(doc.data(), d);
    if (!i)
        qFatal("fixture: %s", qPrintable(i.error()));
    i->created = i->modified = at(n);
    ChangeSet cs;
    cs.insert(*i);
    must(doc.apply(cs, QStringLiteral("Add idea")));
    return i->id;
}

QUuid catalogue(const Document &doc, const QString &code)
{
    for (const CatalogueItem &c : doc.data().table<CatalogueItem>().items())
        if (c.code == code)
            return c.id;
    qFatal("fixture: no catalogue item %s", qPrintable(code));
}

} // namespace

std::unique_ptr<Document> makeRichWorkshop(const QString &path)
{
    auto created = Document::create(path, WorkshopTitle);
    if (!created)
        qFatal("fixture: %s", qPrintable(created.error()));
    std::unique_ptr<Document> doc = std::move(*created);
    Document &d = *doc;
    must(d.apply(edits::modify<Workshop>(d.data(), d.data().workshop().id,
                                         [](Workshop &w) {
                                             w.startDate = QStringLiteral("2026-03-10");
                                             w.endDate = QStringLiteral("2026-03-11");
                                             w.mode = QStringLiteral("hybrid");
                                             w.languages = QStringLiteral("en,fr");
                                             w.facilitators = QStringLiteral("Wanjiru Otieno & Pieter de Vries");
                                             w.context = QStringLiteral("Partners of the <Power Shift> programme & friends.");
                                         }),
                 QStringLiteral("Workshop settings")));

    const QUuid amani = participant(d, 1, ConsentingName, QStringLiteral("south"), true, QStringLiteral("Kenya Land Alliance"), QStringLiteral("en"));
    const QUuid zuberi = participant(d, 2, HiddenName, QStringLiteral("south"), false, QStringLiteral("Haki Mtandao"), QStringLiteral("fr"));
    const QUuid joke = participant(d, 3, QStringLiteral("Joke van Dam"), QStringLiteral("north"), true, QStringLiteral("Partos"), QStringLiteral("nl"));
    const QUuid lars = participant(d, 4, QStringLiteral("Lars Bakker"), QStringLiteral("north"), true, QStringLiteral("Wilde Ganzen"), QStringLiteral("nl"));
    const QUuid donor = participant(d, 5, QStringLiteral("Maria Donor-Lopez"), QStringLiteral("donor"), false, QStringLiteral("Ministry"), QStringLiteral("es"));

    // Step 1: visions.
    const QUuid i1 = idea(d, 11, 1, FrenchIdea, amani, QStringLiteral("fr"));
    const QUuid i2 = idea(d, 12, 1, ArabicIdea, QUuid(), QStringLiteral("ar"), QStringLiteral("south"));
    const QUuid i3 = idea(d, 13, 1, DevanagariIdea, joke, QStringLiteral("hi"));
    const QUuid i4 = idea(d, 14, 1, ChineseIdea, QUuid(), QStringLiteral("zh"));
    const QUuid i5 = idea(d, 15, 1, QStringLiteral("Southern partners set the agenda together"), zuberi, QStringLiteral("en"));
    const QUuid i6 = idea(d, 16, 1, FormulaIdea, QUuid(), QStringLiteral("en"), QStringLiteral("north"));
    const QUuid i7 = idea(d, 17, 1, QStringLiteral("Southern partners set the agenda, together"), lars, QStringLiteral("en"));
    const QUuid i8 = idea(d, 18, 1, QStringLiteral("+SUM(1,2) risk is shared both ways"), donor, QStringLiteral("en"));
    // An edit keeps the original words; a merge keeps the duplicate's.
    must(d.apply(edits::modify<Idea>(d.data(), i5, [](Idea &i) { i.text = QStringLiteral("Southern partners set the agenda"); }),
                 QStringLiteral("Edit idea")));
    must(d.apply(edits::mergeIdeas(d.data(), i5, {i7}), QStringLiteral("Merge ideas")));

    ChangeSet clusters;
    QUuid c1, c2;
    clusters = edits::createCluster(d.data(), 1, ClusterTitle, {i1, i5, i3}, &c1);
    must(d.apply(clusters, QStringLiteral("Create cluster")));
    must(d.apply(edits::createCluster(d.data(), 1, QStringLiteral("Risk and money"), {i2, i8, i4}, &c2), QStringLiteral("Create cluster")));
    must(d.apply(edits::addTag(d.data(), {c1}, catalogue(d, QStringLiteral("F02"))), QStringLiteral("Tag")));
    must(d.apply(edits::addTag(d.data(), {i1, i5}, catalogue(d, QStringLiteral("F07"))), QStringLiteral("Tag")));
    must(d.apply(edits::addTag(d.data(), {i2}, catalogue(d, QStringLiteral("F05"))), QStringLiteral("Tag")));
    for (const CatalogueItem &t : d.data().catalogue(QStringLiteral("theme")))
        if (t.position == 3 || t.position == 0) {
            must(d.apply(edits::addTag(d.data(), {i1, c2}, t.id), QStringLiteral("Tag")));
            break;
        }
    (void)i6;

    // A closed voting round on the ideas of step 1.
    VotingRound round;
    round.id = fixedId(40);
    round.step = 1;
    round.title = QStringLiteral("Priorities");
    round.created = at(60);
    must(d.apply(edits::openRound(d.data(), round), QStringLiteral("Open round")));
    const QList<std::tuple<QUuid, QUuid, int>> votes{{amani, i1, 1}, {amani, i2, 1}, {zuberi, i1, 1}, {zuberi, i5, 1},
                                                     {joke, i4, 1}, {joke, i5, 1}, {lars, i4, 1}, {lars, i6, 1}, {donor, i8, 1}};
    for (const auto &[who, what, dots] : votes) {
        auto cs = edits::setDots(d.data(), round.id, who, what, dots);
        if (!cs)
            qFatal("fixture: %s", qPrintable(cs.error()));
        must(d.apply(*cs, QStringLiteral("Vote")));
    }
    // Vote ids are random; make them fixed is not needed, results only count them.
    must(d.apply(edits::modify<VotingRound>(d.data(), round.id, [](VotingRound &r) { r.open = false; }), QStringLiteral("Close round")));

    // Step 2 and 3: a system change and an action, linked.
    const QUuid s1 = idea(d, 21, 2, QStringLiteral("Donors fund Southern CSOs directly"), joke, QStringLiteral("en"));
    Q_UNUSED(s1);
    SystemChange sc;
    sc.id = fixedId(50);
    sc.title = SystemChangeTitle;
    sc.targetActor = QStringLiteral("Ministry of Foreign Affairs");
    sc.policyElement = QStringLiteral("Funding modality");
    sc.currentState = QStringLiteral("Money flows through Northern lead applicants");
    sc.proposedChange = QStringLiteral("A share of the fund goes directly to Southern consortia");
    sc.sourceId = c1;
    sc.created = at(70);
    ChangeSet scs;
    scs.insert(sc);
    must(d.apply(scs, QStringLiteral("Add system change")));
    must(d.apply(edits::addTag(d.data(), {sc.id}, catalogue(d, QStringLiteral("F03"))), QStringLiteral("Tag")));
    Action a;
    a.id = fixedId(60);
    a.description = ActionText;
    a.ownerId = amani;
    a.coOwnerId = zuberi; // did not consent: never named
    a.dueDate = QStringLiteral("2026-06-30");
    a.status = QStringLiteral("in_progress");
    a.created = at(80);
    ChangeSet acs;
    acs.insert(a);
    must(d.apply(acs, QStringLiteral("Add action")));
    must(d.apply(edits::link(d.data(), c1, sc.id), QStringLiteral("Link")));
    must(d.apply(edits::link(d.data(), sc.id, a.id), QStringLiteral("Link")));
    idea(d, 31, 3, QStringLiteral("Write the proposal in French and English"), QUuid(), QStringLiteral("en"));
    // An intervention by the facilitator that names the participant who did not consent.
    must(d.apply(edits::modify<Idea>(d.data(), i8, [](Idea &i) { i.translation = QStringLiteral("+ risk is shared"); }),
                 QStringLiteral("Translate idea from %1").arg(HiddenName)));
    return doc;
}

std::unique_ptr<Document> makeLargeWorkshop(const QString &path, int count)
{
    auto created = Document::create(path, QStringLiteral("Scale test with %1 ideas").arg(count));
    if (!created)
        qFatal("fixture: %s", qPrintable(created.error()));
    std::unique_ptr<Document> doc = std::move(*created);
    Document &d = *doc;
    QList<QUuid> people;
    const QStringList cons{QStringLiteral("south"), QStringLiteral("north"), QStringLiteral("donor"), QStringLiteral("other")};
    for (int p = 0; p < 24; ++p)
        people.append(participant(d, 100 + p, QStringLiteral("Person %1").arg(p), cons.at(p % 4), p % 3 != 0,
                                  QStringLiteral("Org %1").arg(p % 8), QStringLiteral("en")));
    const QStringList samples{FrenchIdea, ArabicIdea, DevanagariIdea, ChineseIdea,
                              QStringLiteral("Partners share the risk and the decisions about money, openly and early.")};
    ChangeSet all;
    QList<QUuid> ideas[4];
    for (int n = 0; n < count; ++n) {
        edits::IdeaDraft dr;
        dr.id = fixedId(10000 + n);
        dr.step = 1 + n % 3;
        dr.text = QStringLiteral("%1 (%2)").arg(samples.at(n % samples.size())).arg(n);
        dr.authorId = n % 4 == 0 ? QUuid() : people.at(n % people.size());
        auto i = edits::makeIdea(d.data(), dr);
        i->created = i->modified = at(n);
        all.insert(*i);
        ideas[dr.step].append(i->id);
    }
    must(d.apply(all, QStringLiteral("Import ideas"), Document::Undoable::No));
    // Clusters of about 12 ideas.
    for (int s = 1; s <= 3; ++s) {
        ChangeSet cs;
        for (int k = 0; k * 12 < ideas[s].size(); ++k) {
            Cluster c;
            c.id = fixedId(500000 + s * 10000 + k);
            c.step = s;
            c.title = QStringLiteral("Cluster %1.%2").arg(s).arg(k + 1);
            cs.insert(c);
            for (const QUuid &id : ideas[s].mid(k * 12, 12)) {
                const Idea *i = d.data().table<Idea>().find(id);
                Idea next = *i;
                next.clusterId = c.id;
                cs.update(*i, next);
            }
        }
        must(d.apply(cs, QStringLiteral("Cluster"), Document::Undoable::No));
    }
    return doc;
}

} // namespace pamoja::testing
