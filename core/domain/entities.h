#pragma once

// The workshop's entities as plain value types. Each declares its persisted fields once, in visit(),
// and everything generic (SQL, JSON, change sets, undo) is derived from that one list.

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace pamoja {

enum class EntityKind {
    Workshop,
    Prompt,
    Organisation,
    Participant,
    Cluster,
    Idea,
    CatalogueItem,
    Tag,
    VotingRound,
    Vote,
    SystemChange,
    Action,
    Link,
};

// The workshop's own settings: one row per file.
struct Workshop
{
    static constexpr EntityKind Kind = EntityKind::Workshop;
    QUuid id;
    QString title;
    QString context;
    QString mode = QStringLiteral("in_person"); // in_person | online | hybrid | async
    QString languages = QStringLiteral("en");   // comma-separated codes, first is the main language
    QString startDate;                          // ISO date, may be empty
    QString endDate;
    QString facilitators;                       // free text, shown on the report cover
    QString anonymity = QStringLiteral("optional"); // named | optional | anonymous
    QString weighting = QStringLiteral("person");   // person | organisation | constituency
    bool privateWriting = false;                    // new ideas stay hidden until revealed
    int activeStep = 1;
    QDateTime created;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("title", s.title);
        v("context", s.context);
        v("mode", s.mode);
        v("languages", s.languages);
        v("start_date", s.startDate);
        v("end_date", s.endDate);
        v("facilitators", s.facilitators);
        v("anonymity", s.anonymity);
        v("weighting", s.weighting);
        v("private_writing", s.privateWriting);
        v("active_step", s.activeStep);
        v("created", s.created);
    }
};

struct Prompt
{
    static constexpr EntityKind Kind = EntityKind::Prompt;
    QUuid id;
    int step = 1;
    QString text;
    int position = 0;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("step", s.step);
        v("text", s.text);
        v("position", s.position);
    }
};

struct Organisation
{
    static constexpr EntityKind Kind = EntityKind::Organisation;
    QUuid id;
    QString name;
    QString shortName;
    QString type;         // e.g. CSO, network, donor agency
    QString constituency; // south | north | donor | other
    QString country;
    QString role;         // role in the partnership

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("name", s.name);
        v("short_name", s.shortName);
        v("type", s.type);
        v("constituency", s.constituency);
        v("country", s.country);
        v("role", s.role);
    }
};

struct Participant
{
    static constexpr EntityKind Kind = EntityKind::Participant;
    QUuid id;
    QString name; // name or alias
    QUuid organisationId;
    QString constituency = QStringLiteral("other");
    QString country;
    QString language;
    QString role = QStringLiteral("participant"); // facilitator | participant | observer
    bool consent = false;                         // may be named in outputs
    bool present = true;                          // counts for attendance

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("name", s.name);
        v("organisation_id", s.organisationId);
        v("constituency", s.constituency);
        v("country", s.country);
        v("language", s.language);
        v("role", s.role);
        v("consent", s.consent);
        v("present", s.present);
    }
};

struct Cluster
{
    static constexpr EntityKind Kind = EntityKind::Cluster;
    QUuid id;
    int step = 1;
    QString title;
    QString colour = QStringLiteral("#f6d55c");
    double x = 0;
    double y = 0;
    bool collapsed = false;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("step", s.step);
        v("title", s.title);
        v("colour", s.colour);
        v("x", s.x);
        v("y", s.y);
        v("collapsed", s.collapsed);
    }
};

struct Idea
{
    static constexpr EntityKind Kind = EntityKind::Idea;
    QUuid id;
    int step = 1;
    QUuid promptId;
    QString text;
    QString originalText; // the words as first contributed; never rewritten
    QString language;
    QString translation;  // optional translation beside the original
    QString translationLanguage;
    QUuid authorId;       // null for anonymous contributions
    QString constituency; // snapshot at the time of contribution, may be empty
    QString source = QStringLiteral("facilitator"); // facilitator | device | offline_form | import | merge
    QDateTime created;
    QDateTime modified;
    QUuid clusterId;
    QUuid mergedInto;     // set on duplicates merged into another idea
    bool hidden = false;  // hidden by the facilitator
    bool revealed = true; // false while private writing keeps it back
    bool review = false;  // flagged for review by a merge of workshops (edits made apart conflict)
    double x = 0;
    double y = 0;
    int languageConfidence = 0; // 100: given (by a person or an import); 1-99: detected; 0: unknown
    // Who made the translation: "machine" (Apertium, untouched), "person" (typed or corrected by a
    // person, or from a file older than machine translation), empty when there is none.
    QString translationSource;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("step", s.step);
        v("prompt_id", s.promptId);
        v("text", s.text);
        v("original_text", s.originalText);
        v("language", s.language);
        v("translation", s.translation);
        v("translation_language", s.translationLanguage);
        v("author_id", s.authorId);
        v("constituency", s.constituency);
        v("source", s.source);
        v("created", s.created);
        v("modified", s.modified);
        v("cluster_id", s.clusterId);
        v("merged_into", s.mergedInto);
        v("hidden", s.hidden);
        v("revealed", s.revealed);
        v("review", s.review);
        v("x", s.x);
        v("y", s.y);
        v("language_confidence", s.languageConfidence);
        v("translation_source", s.translationSource);
    }
};

// A theme, a factor or a corrective measure.
struct CatalogueItem
{
    static constexpr EntityKind Kind = EntityKind::CatalogueItem;
    QUuid id;
    QString kind; // theme | factor | measure
    QString code; // e.g. F01, M03, T04
    QString name;
    QString description;
    QString provenance; // where it comes from, e.g. "Pamoja derived list v1"
    QString counters;   // measures: comma-separated factor codes it counters
    int position = 0;
    QString keywords;   // per language, for tag suggestions: see catalogue/keywords.h

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("kind", s.kind);
        v("code", s.code);
        v("name", s.name);
        v("description", s.description);
        v("provenance", s.provenance);
        v("counters", s.counters);
        v("position", s.position);
        v("keywords", s.keywords);
    }
};

// A catalogue item applied to an idea, cluster or system-change item.
struct Tag
{
    static constexpr EntityKind Kind = EntityKind::Tag;
    QUuid id;
    QUuid targetId;
    QUuid itemId;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("target_id", s.targetId);
        v("item_id", s.itemId);
    }
};

struct VotingRound
{
    static constexpr EntityKind Kind = EntityKind::VotingRound;
    QUuid id;
    int step = 1;
    QString title;
    QString target = QStringLiteral("ideas"); // ideas | clusters
    int dotsPerParticipant = 3;
    int maxPerItem = 1;
    bool open = true;
    QDateTime created;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("step", s.step);
        v("title", s.title);
        v("target", s.target);
        v("dots_per_participant", s.dotsPerParticipant);
        v("max_per_item", s.maxPerItem);
        v("open", s.open);
        v("created", s.created);
    }
};

struct Vote
{
    static constexpr EntityKind Kind = EntityKind::Vote;
    QUuid id;
    QUuid roundId;
    QUuid participantId;
    QUuid targetId;
    int dots = 1;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("round_id", s.roundId);
        v("participant_id", s.participantId);
        v("target_id", s.targetId);
        v("dots", s.dots);
    }
};

struct SystemChange
{
    static constexpr EntityKind Kind = EntityKind::SystemChange;
    QUuid id;
    QString title;
    QString targetActor;   // who must change
    QString policyElement; // e.g. funding modality, selection process
    QString currentState;
    QString proposedChange;
    QUuid sourceId;        // cluster or idea it was created from, may be null
    QDateTime created;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("title", s.title);
        v("target_actor", s.targetActor);
        v("policy_element", s.policyElement);
        v("current_state", s.currentState);
        v("proposed_change", s.proposedChange);
        v("source_id", s.sourceId);
        v("created", s.created);
    }
};

struct Action
{
    static constexpr EntityKind Kind = EntityKind::Action;
    QUuid id;
    QString description;
    QUuid ownerId;   // ideally one Northern and one Southern co-owner
    QUuid coOwnerId;
    QString dueDate; // ISO date, may be empty
    QString status = QStringLiteral("open"); // open | in_progress | done | dropped
    QString origin;  // title of an earlier workshop it was carried over from
    QDateTime created;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("description", s.description);
        v("owner_id", s.ownerId);
        v("co_owner_id", s.coOwnerId);
        v("due_date", s.dueDate);
        v("status", s.status);
        v("origin", s.origin);
        v("created", s.created);
    }
};

// vision (idea or cluster) -> system change, or system change -> action.
struct Link
{
    static constexpr EntityKind Kind = EntityKind::Link;
    QUuid id;
    QUuid fromId;
    QUuid toId;

    template <class S, class V> static void visit(S &s, V &&v)
    {
        v("from_id", s.fromId);
        v("to_id", s.toId);
    }
};

} // namespace pamoja
