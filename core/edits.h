#pragma once

// Builders of change sets for the edits a facilitator, a participant's device, the command line or
// an import makes. They only read the data and describe the change; Document::apply() makes it.
// Each keeps the workshop consistent (a removed idea takes its tags, votes and links with it).

#include "domain/workshopdata.h"
#include "result.h"

namespace pamoja::edits {

struct IdeaDraft
{
    int step = 1;
    QString text;
    QUuid authorId;       // null: anonymous
    QString constituency; // for anonymous ideas, optional self-declared constituency
    QString language;     // code of the text's language, given (confidence 100); empty: detected when reliable, else unknown
    QString source = QStringLiteral("facilitator");
    QUuid promptId;       // null: the step's first prompt
    QUuid id;             // null: a new id; set by devices for idempotent resubmission
};

// Fills in prompt, constituency snapshot, times, visibility and a free place on the board (the first
// free cell of the step's incoming lane, see boardplacement.h). Line breaks become LF; a given language
// is kept (confidence 100); without one, the text's language is detected, and stays empty (unknown)
// unless the detection is reliable (language/languagedetector.h).
Result<Idea> makeIdea(const WorkshopData &data, const IdeaDraft &draft);
Result<ChangeSet> addIdea(const WorkshopData &data, const IdeaDraft &draft, QUuid *newId = nullptr);

// Changes one entity through a function; empty when nothing differs.
template <class T, class F> ChangeSet modify(const WorkshopData &data, const QUuid &id, F &&fn)
{
    ChangeSet cs;
    if (const T *cur = data.table<T>().find(id)) {
        T next = *cur;
        fn(next);
        cs.update(*cur, next);
    }
    return cs;
}

// The confidence of a language a person or an import gave; 1-99 is detected, 0 unknown.
inline constexpr int LanguageGiven = 100;
bool languageDetected(const Idea &idea);
// Sets a detected or unknown language from the idea's text (unknown unless reliable); a given one stays.
void detectLanguage(Idea &idea);
// Fills in the languages nobody gave and nothing detected yet, where detection is reliable.
ChangeSet detectLanguages(const WorkshopData &data);

// A new text re-detects a detected or unknown language; a given one is never overwritten.
ChangeSet editIdeaText(const WorkshopData &data, const QUuid &id, const QString &text);
ChangeSet setIdeasHidden(const WorkshopData &data, const QList<QUuid> &ids, bool hidden);
ChangeSet revealStep(const WorkshopData &data, int step);
ChangeSet moveIdea(const WorkshopData &data, const QUuid &id, double x, double y);
ChangeSet removeIdeas(const WorkshopData &data, const QList<QUuid> &ids);
// Duplicates keep their own words and point to the idea they were merged into.
ChangeSet mergeIdeas(const WorkshopData &data, const QUuid &target, const QList<QUuid> &duplicates);
ChangeSet unmergeIdea(const WorkshopData &data, const QUuid &id);

ChangeSet createCluster(const WorkshopData &data, int step, const QString &title, const QList<QUuid> &ideas,
                        QUuid *newId = nullptr);
ChangeSet setCluster(const WorkshopData &data, const QList<QUuid> &ideas, const QUuid &clusterId);
ChangeSet removeCluster(const WorkshopData &data, const QUuid &clusterId); // ideas stay, ungrouped
// Moves the ideas of `source` into `target` (same step) and removes `source`. Everything that pointed
// at `source` passes to `target`: its tags (one the target has already is dropped), links (one that
// would repeat or point at itself is dropped), the system changes drawn from it, and its votes (a
// voter who also voted for the target keeps one vote with both their dots, up to the round's
// maximum per item). Empty when either cluster is missing, they are the same, or of other steps.
ChangeSet mergeClusters(const WorkshopData &data, const QUuid &target, const QUuid &source);

ChangeSet addTag(const WorkshopData &data, const QList<QUuid> &targets, const QUuid &itemId);
ChangeSet removeTag(const WorkshopData &data, const QList<QUuid> &targets, const QUuid &itemId);

// The organisation called name (by name, any case, or short name), or a new one added to cs with the
// member's constituency and country; null when name is empty. The one place organisations are made.
QUuid findOrCreateOrganisation(const WorkshopData &data, const QString &name, const Participant &member, ChangeSet &cs);
Result<ChangeSet> addParticipant(const WorkshopData &data, Participant p, const QString &organisationName,
                                 QUuid *newId = nullptr);

ChangeSet openRound(const WorkshopData &data, const VotingRound &round);
// Sets the dots one participant gives one target in an open round (0 removes the vote).
Result<ChangeSet> setDots(const WorkshopData &data, const QUuid &roundId, const QUuid &participantId,
                          const QUuid &targetId, int dots);
ChangeSet resetVotes(const WorkshopData &data, const QUuid &roundId);

ChangeSet link(const WorkshopData &data, const QUuid &from, const QUuid &to);
ChangeSet unlink(const WorkshopData &data, const QUuid &from, const QUuid &to);
// Removes the item and anything that points at it by id (tags, votes, links).
ChangeSet removeDependents(const WorkshopData &data, const QUuid &id);

} // namespace pamoja::edits
