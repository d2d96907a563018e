// What one device may see of the workshop: built from the in-memory WorkshopData on every request
// (no SQL), the same for the server-rendered page and /api/state.
#include "document.h"
#include "liveserver_p.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>
#include <QUuid>

namespace pamoja {

namespace {

const QStringList PageLanguages{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("es"),
                                QStringLiteral("pt")};

ParticipantView::Idea boardIdea(const WorkshopData &data, const Idea &i)
{
    ParticipantView::Idea out;
    out.id = idString(i.id);
    out.text = i.text;
    out.language = i.language;
    if (const Participant *p = i.authorId.isNull() ? nullptr : data.participant(i.authorId); p && p->consent)
        out.author = p->name;
    return out;
}

} // namespace

QString LiveServer::Private::pageLanguage(const HttpRequest &r, const DeviceSession *s) const
{
    const QString asked = QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(QStringLiteral("lang"));
    if (PageLanguages.contains(asked))
        return asked;
    if (s && PageLanguages.contains(s->language))
        return s->language;
    // Accept-Language: the first of ours that the browser lists.
    for (const QByteArray &part : r.header("accept-language").split(',')) {
        const QString tag = QString::fromLatin1(part.split(';').first().trimmed()).left(2).toLower();
        if (PageLanguages.contains(tag))
            return tag;
    }
    const QString main = doc->data().workshop().languages.section(QLatin1Char(','), 0, 0).trimmed();
    return PageLanguages.contains(main) ? main : QStringLiteral("en");
}

ParticipantView LiveServer::Private::view(const DeviceSession *s, const QString &language) const
{
    const WorkshopData &data = doc->data();
    const Workshop &w = data.workshop();
    ParticipantView v;
    v.language = language;
    v.title = w.title;
    v.languages.clear();
    for (const QString &l : w.languages.split(QLatin1Char(','), Qt::SkipEmptyParts))
        v.languages.append(l.trimmed());
    if (v.languages.isEmpty())
        v.languages.append(QStringLiteral("en"));
    v.anonymity = w.anonymity;
    v.askConstituency = true;
    v.version = version;
    v.paused = paused;
    v.step = w.activeStep;
    const QList<Prompt> prompts = data.prompts(w.activeStep);
    if (!prompts.isEmpty())
        v.promptText = prompts.first().text;
    v.reportPublished = !reports.isEmpty();
    v.reportLanguages = reports.keys();
    v.reportLanguages.sort();
    if (!s)
        return v;

    v.joined = true;
    v.csrf = QString::fromLatin1(s->csrf);
    v.displayName = s->name;
    v.anonymous = s->anonymous;
    v.nextIdeaId = idString(QUuid::createUuid());
    v.notice = s->notice;
    v.noticeIsError = s->noticeIsError;
    // Through any server: the shared table says which ideas are this device's and which wait.
    QSet<QUuid> waiting;
    QSet<QUuid> ownIds = s->ownIdeas;
    if (shared) {
        const QHash<QUuid, bool> own = shared->ownIdeas(s->token);
        for (auto it = own.begin(); it != own.end(); ++it) {
            ownIds.insert(it.key());
            if (it.value())
                waiting.insert(it.key());
        }
    } else {
        for (const QUuid &id : s->ownIdeas)
            if (held.contains(id))
                waiting.insert(id);
    }
    QList<const Idea *> mine;
    for (const QUuid &id : std::as_const(ownIds))
        if (const Idea *i = data.table<Idea>().find(id))
            mine.append(i);
    std::sort(mine.begin(), mine.end(), [](const Idea *a, const Idea *b) { return a->created < b->created; });
    for (const Idea *i : mine)
        v.mine.append(ParticipantView::MyIdea{idString(i->id), i->text, i->revealed && !waiting.contains(i->id),
                       waiting.contains(i->id) ? QStringLiteral("held") : QStringLiteral("saved")});

    // The open round of the step on screen, else any open round.
    const VotingRound *round = nullptr;
    for (const VotingRound &r : data.table<VotingRound>().items())
        if (r.open && (!round || r.step == w.activeStep))
            round = &r;
    if (round) {
        ParticipantView::Round r;
        r.id = idString(round->id);
        r.title = round->title;
        r.target = round->target;
        r.dots = round->dotsPerParticipant;
        r.maxPerItem = round->maxPerItem;
        QHash<QUuid, int> myDots;
        int used = 0;
        for (const Vote &vote : data.table<Vote>().items())
            if (vote.roundId == round->id && vote.participantId == s->participantId) {
                myDots.insert(vote.targetId, vote.dots);
                used += vote.dots;
            }
        r.remaining = std::max(0, round->dotsPerParticipant - used);
        if (round->target == QLatin1StringView("clusters")) {
            for (const Cluster &c : data.clusters(round->step))
                r.items.append(ParticipantView::VoteItem{idString(c.id), c.title, myDots.value(c.id)});
        } else {
            for (const Idea &i : data.ideas(round->step))
                if (onBoard(i))
                    r.items.append(ParticipantView::VoteItem{idString(i.id), i.text, myDots.value(i.id)});
        }
        v.round = r;
    }

    QHash<QUuid, int> clusterIndex;
    for (const Cluster &c : data.clusters(w.activeStep)) {
        clusterIndex.insert(c.id, int(v.clusters.size()));
        v.clusters.append(ParticipantView::Cluster{idString(c.id), c.title, {}});
    }
    for (const Idea &i : data.ideas(w.activeStep)) {
        if (!onBoard(i))
            continue;
        const int ci = i.clusterId.isNull() ? -1 : clusterIndex.value(i.clusterId, -1);
        if (ci >= 0)
            v.clusters[ci].ideas.append(boardIdea(data, i));
        else
            v.loose.append(boardIdea(data, i));
    }
    // Clusters with nothing revealed in them would show a title without content.
    v.clusters.removeIf([](const ParticipantView::Cluster &c) { return c.ideas.isEmpty(); });
    return v;
}

QJsonObject LiveServer::Private::stateJson(const ParticipantView &v) const
{
    auto ideaJson = [](const ParticipantView::Idea &i) {
        QJsonObject o{{QStringLiteral("id"), i.id}, {QStringLiteral("text"), i.text}, {QStringLiteral("language"), i.language}};
        if (!i.author.isEmpty())
            o.insert(QStringLiteral("author"), i.author);
        return o;
    };
    QJsonObject o;
    o.insert(QStringLiteral("version"), double(v.version));
    o.insert(QStringLiteral("workshop"), QJsonObject{{QStringLiteral("title"), v.title},
                                                     {QStringLiteral("languages"), QJsonArray::fromStringList(v.languages)},
                                                     {QStringLiteral("anonymity"), v.anonymity},
                                                     {QStringLiteral("askConstituency"), v.askConstituency}});
    o.insert(QStringLiteral("paused"), v.paused);
    o.insert(QStringLiteral("step"), v.step);
    o.insert(QStringLiteral("prompt"), QJsonObject{{QStringLiteral("text"), v.promptText}});
    o.insert(QStringLiteral("me"), QJsonObject{{QStringLiteral("name"), v.displayName}, {QStringLiteral("anonymous"), v.anonymous}});
    QJsonArray mine;
    for (const auto &m : v.mine)
        mine.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("text"), m.text},
                                {QStringLiteral("revealed"), m.revealed}, {QStringLiteral("status"), m.status}});
    o.insert(QStringLiteral("mine"), mine);
    if (v.round) {
        QJsonArray items;
        for (const auto &i : v.round->items)
            items.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("text"), i.text}, {QStringLiteral("myDots"), i.myDots}});
        o.insert(QStringLiteral("round"), QJsonObject{{QStringLiteral("id"), v.round->id},
                                                      {QStringLiteral("title"), v.round->title},
                                                      {QStringLiteral("target"), v.round->target},
                                                      {QStringLiteral("dots"), v.round->dots},
                                                      {QStringLiteral("maxPerItem"), v.round->maxPerItem},
                                                      {QStringLiteral("remaining"), v.round->remaining},
                                                      {QStringLiteral("items"), items}});
    } else {
        o.insert(QStringLiteral("round"), QJsonValue::Null);
    }
    QJsonArray clusters;
    for (const auto &c : v.clusters) {
        QJsonArray ideas;
        for (const auto &i : c.ideas)
            ideas.append(ideaJson(i));
        clusters.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("title"), c.title}, {QStringLiteral("ideas"), ideas}});
    }
    QJsonArray loose;
    for (const auto &i : v.loose)
        loose.append(ideaJson(i));
    o.insert(QStringLiteral("board"), QJsonObject{{QStringLiteral("clusters"), clusters}, {QStringLiteral("loose"), loose}});
    o.insert(QStringLiteral("report"), QJsonObject{{QStringLiteral("published"), v.reportPublished},
                                                   {QStringLiteral("languages"), QJsonArray::fromStringList(v.reportLanguages)}});
    return o;
}

} // namespace pamoja
