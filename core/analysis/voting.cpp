#include "voting.h"

#include "../domain/constituency.h"

#include <QCoreApplication>

namespace pamoja {

QString weightingCode(Weighting w)
{
    switch (w) {
    case Weighting::Person: return QStringLiteral("person");
    case Weighting::Organisation: return QStringLiteral("organisation");
    case Weighting::Constituency: return QStringLiteral("constituency");
    }
    return {};
}

Weighting weightingFromCode(const QString &code)
{
    if (code == QLatin1StringView("organisation"))
        return Weighting::Organisation;
    if (code == QLatin1StringView("constituency"))
        return Weighting::Constituency;
    return Weighting::Person;
}

QString weightingLabel(Weighting w)
{
    switch (w) {
    case Weighting::Person: return QCoreApplication::translate("pamoja::Voting", "One person, one vote");
    case Weighting::Organisation: return QCoreApplication::translate("pamoja::Voting", "One organisation, one vote");
    case Weighting::Constituency:
        return QCoreApplication::translate("pamoja::Voting", "Equal weight per constituency");
    }
    return {};
}

RoundResults computeResults(const WorkshopData &data, const QUuid &roundId, Weighting weighting, int minGroup)
{
    RoundResults res;
    res.weighting = weighting;
    const VotingRound *round = data.table<VotingRound>().find(roundId);
    if (!round)
        return res;

    QList<QUuid> targets;
    if (round->target == QLatin1StringView("clusters")) {
        for (const Cluster &c : data.clusters(round->step))
            targets.append(c.id);
    } else {
        for (const Idea &i : data.ideas(round->step))
            if (!i.hidden && i.revealed)
                targets.append(i.id);
    }

    const auto votes = data.table<Vote>().select([&](const Vote &v) { return v.roundId == roundId; });
    // Voters and their groups.
    QHash<QUuid, QString> groupOf, constituencyOf;
    for (const Vote &v : votes) {
        if (groupOf.contains(v.participantId))
            continue;
        const Participant *p = data.participant(v.participantId);
        const QString c = p ? p->constituency : constituency::Other;
        constituencyOf.insert(v.participantId, c);
        QString group = idString(v.participantId);
        if (weighting == Weighting::Organisation && p && !p->organisationId.isNull())
            group = idString(p->organisationId);
        else if (weighting == Weighting::Constituency)
            group = c;
        groupOf.insert(v.participantId, group);
    }
    QHash<QString, int> votersInGroup;
    for (auto it = groupOf.cbegin(); it != groupOf.cend(); ++it) {
        ++votersInGroup[it.value()];
        ++res.votersBy[constituencyOf.value(it.key())];
    }
    const int voters = int(groupOf.size());
    const int groups = int(votersInGroup.size());

    QHash<QUuid, ItemResult> by;
    for (const QUuid &t : targets)
        by[t].targetId = t;
    QHash<QString, int> dotsBy;
    for (const Vote &v : votes) {
        if (!by.contains(v.targetId))
            continue;
        ItemResult &r = by[v.targetId];
        const QString c = constituencyOf.value(v.participantId);
        // Each group's voters share the weight that one group gets; scaled so totals match raw ones.
        const double weight = double(voters) / groups / votersInGroup.value(groupOf.value(v.participantId));
        r.raw += v.dots;
        r.weighted += v.dots * weight;
        r.rawBy[c] += v.dots;
        dotsBy[c] += v.dots;
        res.totalDots += v.dots;
    }
    for (const QString &c : constituency::codes())
        if (res.votersBy.value(c) >= minGroup)
            res.shownConstituencies.append(c);

    for (const QUuid &t : targets) {
        ItemResult r = by.value(t);
        double lo = 1, hi = 0;
        for (const QString &c : res.shownConstituencies) {
            const double share = dotsBy.value(c) ? double(r.rawBy.value(c)) / dotsBy.value(c) : 0;
            r.shareBy.insert(c, share);
            lo = std::min(lo, share);
            hi = std::max(hi, share);
        }
        r.divergent = res.shownConstituencies.size() >= 2 && hi - lo >= DivergenceThreshold;
        res.items.append(r);
    }
    std::stable_sort(res.items.begin(), res.items.end(), [](const ItemResult &a, const ItemResult &b) {
        return a.weighted > b.weighted + 1e-9 || (std::abs(a.weighted - b.weighted) <= 1e-9 && a.raw > b.raw);
    });
    for (int i = 0; i < res.items.size(); ++i) {
        const bool tie = i > 0 && std::abs(res.items[i].weighted - res.items[i - 1].weighted) <= 1e-9;
        res.items[i].rank = tie ? res.items[i - 1].rank : i + 1;
    }
    return res;
}

} // namespace pamoja
