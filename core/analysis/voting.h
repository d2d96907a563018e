#pragma once

#include "../domain/workshopdata.h"

namespace pamoja {

enum class Weighting {
    Person,       // one person, one vote: every dot counts 1
    Organisation, // every organisation that voted carries the same total weight
    Constituency, // every constituency that voted carries the same total weight
};

QString weightingCode(Weighting w);
Weighting weightingFromCode(const QString &code);
QString weightingLabel(Weighting w);

struct ItemResult
{
    QUuid targetId;
    int raw = 0;         // dots as cast
    double weighted = 0; // dots times the voter's weight; totals stay comparable to raw
    QHash<QString, int> rawBy;     // dots per constituency
    QHash<QString, double> shareBy; // share of that constituency's dots given to this item
    int rank = 0;          // 1-based, by weighted score
    bool divergent = false; // constituencies rank it very differently
};

struct RoundResults
{
    Weighting weighting = Weighting::Person;
    QList<ItemResult> items;          // by weighted score, best first; every target of the round's step
    QHash<QString, int> votersBy;     // voters per constituency
    QStringList shownConstituencies;  // big enough to be broken down without revealing individuals
    int totalDots = 0;
};

// Constituencies with fewer voters than this are not broken down (it could reveal who voted what).
inline constexpr int MinimumGroupSize = 2;
// Items whose share of dots differs by this much between shown constituencies are flagged.
inline constexpr double DivergenceThreshold = 0.15;

RoundResults computeResults(const WorkshopData &data, const QUuid &roundId, Weighting weighting,
                            int minimumGroupSize = MinimumGroupSize);

} // namespace pamoja
