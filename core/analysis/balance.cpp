#include "balance.h"

#include "../domain/constituency.h"

namespace pamoja {

bool Balance::hasWarning() const
{
    return std::any_of(rows.cbegin(), rows.cend(), [](const ConstituencyShare &r) { return r.fewIdeas || r.fewVotes; });
}

Balance computeBalance(const WorkshopData &data, int step)
{
    Balance b;
    QHash<QString, ConstituencyShare> by;
    for (const QString &c : constituency::codes())
        by[c].constituency = c;

    for (const Participant &p : data.table<Participant>().items()) {
        if (!p.present || p.role != QLatin1StringView("participant") || !by.contains(p.constituency))
            continue;
        ++by[p.constituency].people;
        ++b.people;
    }
    for (const Idea &i : data.table<Idea>().items()) {
        if (step && i.step != step)
            continue;
        if (by.contains(i.constituency)) {
            ++by[i.constituency].ideas;
            ++b.ideas;
        } else {
            ++b.unknownIdeas;
        }
    }
    QHash<QUuid, int> roundStep;
    for (const VotingRound &r : data.table<VotingRound>().items())
        roundStep.insert(r.id, r.step);
    for (const Vote &v : data.table<Vote>().items()) {
        if (step && roundStep.value(v.roundId) != step)
            continue;
        const Participant *p = data.participant(v.participantId);
        if (!p || !by.contains(p->constituency))
            continue;
        by[p->constituency].votes += v.dots;
        b.votes += v.dots;
    }
    for (const QString &c : constituency::codes()) {
        ConstituencyShare s = by.value(c);
        s.peopleShare = b.people ? double(s.people) / b.people : 0;
        s.ideaShare = b.ideas ? double(s.ideas) / b.ideas : 0;
        s.voteShare = b.votes ? double(s.votes) / b.votes : 0;
        s.fewIdeas = s.people > 0 && b.ideas >= MinimumForWarning && s.ideaShare < UnderRepresentedRatio * s.peopleShare;
        s.fewVotes = s.people > 0 && b.votes >= MinimumForWarning && s.voteShare < UnderRepresentedRatio * s.peopleShare;
        b.rows.append(s);
    }
    return b;
}

} // namespace pamoja
