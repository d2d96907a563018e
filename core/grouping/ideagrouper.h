#pragma once

// Suggested groups of ideas across languages (issue 13), from features that do not depend on the
// language an idea is written in: each idea's catalogue concept vector (the TagSuggester's score of
// every catalogue item, themes, factors and measures, for the idea's text and, when it has one, its
// translation), and its Snowball stems for what the concepts miss.
//
// Method (docs/architecture.md, "Suggested grouping"): every idea starts in the group of its best
// theme (or of its best concept when no theme matches); groups are then merged by average linkage on the
// cosine of the (unit) concept vectors, most similar pair first, until N groups are left (when asked) or no
// pair is similar enough. The average pairwise cosine between two groups is the dot product of their vector
// sums divided by both sizes, so this is exact average-linkage clustering at the cost of at most ~40 starting
// groups, not of the ideas: 5,000 ideas group in well under a second. Plain agglomerative
// clustering over the ideas would be O(n^2) in time and memory. A few rounds of spherical k-means
// (each idea to the nearest group mean) then correct what the greedy merging got wrong. An idea no concept
// matches joins the group of the same-language idea it shares most stems with, when it shares enough;
// otherwise it stays out of every group, as does the only idea of a group.
//
// Deterministic: the ideas are sorted by id first and every tie is broken by index.
// Not thread-safe (it owns a TagSuggester); one IdeaGrouper per thread.

#include "../domain/entities.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>

namespace pamoja {

class TagSuggester;

struct GroupingIdea
{
    QUuid id;
    QString text;
    QString language;            // may be empty (unknown)
    QString translation;         // optional
    QString translationLanguage; // of the translation
};

struct GroupProposal
{
    QList<QUuid> ideas;   // sorted by id
    QString title;        // in the interface language
    QString why;          // the shared concepts and words, readable
    QStringList concepts; // catalogue codes, strongest first
};

struct DuplicatePair
{
    QUuid keep;      // the idea with the lowest id of its set of near-duplicates
    QUuid duplicate; // one of the others
};

struct GroupingResult
{
    QList<GroupProposal> groups;     // largest first
    QList<DuplicatePair> duplicates; // by keep, then duplicate
    QList<QUuid> unplaced;           // ideas that fit no group, sorted by id
    bool cancelled = false;
};

class IdeaGrouper
{
public:
    // Groups smaller than this are not proposed.
    static constexpr int MinGroupSize = 2;
    // Without a number of groups, two groups merge while their average cosine is at least this.
    static constexpr double MergeThreshold = 0.30;
    // Near-duplicates: same language and this stem overlap (Jaccard), or nearly the same concept
    // profile and length.
    static constexpr double DuplicateJaccard = 0.8;
    static constexpr double DuplicateCosine = 0.99;
    static constexpr double DuplicateLengthRatio = 0.9;
    // An idea without concepts joins a same-language idea it shares this much of its stems with.
    static constexpr double StemJoinJaccard = 0.34;
    // Theme dimensions count this much more than factors and measures: themes are what a
    // facilitator groups by, factors and measures sharpen the similarity.
    static constexpr double ThemeWeight = 2.0;
    // Rounds of k-means refinement after the merging.
    static constexpr int RefineRounds = 5;

    explicit IdeaGrouper(const QList<CatalogueItem> &catalogue);
    ~IdeaGrouper();
    IdeaGrouper(const IdeaGrouper &) = delete;
    IdeaGrouper &operator=(const IdeaGrouper &) = delete;

    // 'groups' <= 0: the grouper chooses; else at most that many (fewer when the ideas touch fewer
    // concepts). 'cancelled' is polled between stages and every few hundred ideas.
    GroupingResult group(QList<GroupingIdea> ideas, const QString &interfaceLanguage, int groups = 0,
                         const std::function<bool()> &cancelled = {}) const;

private:
    QList<CatalogueItem> m_items;
    std::unique_ptr<TagSuggester> m_suggester;
};

} // namespace pamoja
