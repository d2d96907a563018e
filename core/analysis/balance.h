#pragma once

#include "../domain/workshopdata.h"

namespace pamoja {

struct ConstituencyShare
{
    QString constituency;
    int people = 0; // present participants (role participant)
    int ideas = 0;  // contributions whose constituency snapshot is this one
    int votes = 0;  // dots given by participants of this constituency
    double peopleShare = 0, ideaShare = 0, voteShare = 0;
    bool fewIdeas = false; // idea share well below attendance share
    bool fewVotes = false;
};

struct Balance
{
    QList<ConstituencyShare> rows; // one per constituency, in constituency::codes() order
    int people = 0;
    int ideas = 0;        // with a known constituency
    int unknownIdeas = 0; // anonymous contributions without a constituency
    int votes = 0;
    bool hasWarning() const;
};

// Ratio under which a constituency's share counts as "well below" its attendance share.
inline constexpr double UnderRepresentedRatio = 0.5;
// Shares are only judged once there is this much to judge.
inline constexpr int MinimumForWarning = 6;

// step 0: the whole workshop.
Balance computeBalance(const WorkshopData &data, int step = 0);

} // namespace pamoja
