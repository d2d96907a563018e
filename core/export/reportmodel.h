#pragma once

#include "reportlabels.h"

#include "analysis/voting.h"
#include "domain/workshopdata.h"
#include "store/workshopstore.h"

#include <QColor>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>

namespace pamoja {

// What goes into a report.
struct ReportContent
{
    bool steps = true;      // prompts, clusters and ideas per step
    bool votes = true;      // voting results
    bool links = true;      // system changes and the vision -> change -> action links
    bool actions = true;    // the action plan
    bool balance = true;    // participation balance chart
    bool factors = true;    // factor coverage matrix
    bool interventions = false; // appendix: the facilitator intervention log
    bool translations = true;   // each idea's translation, a machine translation marked as one
};

// One idea as the report shows it. 'author' is set only when the participant consented to be
// named; anonymous contributions have no author at all, so nothing can carry a name.
struct ReportIdea
{
    QUuid id;
    QString text;
    QString original;  // the first words when the text was edited since, else empty
    QString language;  // the language's own name
    QString translation;
    bool machineTranslation = false; // Apertium's, not checked by a person
    QString author;    // empty: not named
    bool anonymous = false;
    QString constituency; // empty when its group is too small to show without revealing who it is
    QStringList themes;
    QStringList factors;
    QStringList merged; // the own words of duplicates merged into this idea
    int dots = -1;      // raw dots in the step's latest round, -1 when not voted on
};

struct ReportCluster
{
    QUuid id;
    QString title;
    QColor colour;
    QStringList themes, factors;
    QStringList provenance; // constituency labels its ideas came from
    QList<ReportIdea> ideas;
};

struct ReportVoteRow
{
    QString item;
    int rank = 0;
    int raw = 0;
    double weighted = 0;
    QList<double> shares; // per shown constituency, in ReportRound::shown order
    bool divergent = false;
};

struct ReportRound
{
    QString title;
    bool open = false;
    QString weighting;
    int voters = 0;
    int totalDots = 0;
    QStringList shown;   // constituency labels broken down
    QStringList notShown; // too small to break down
    QList<ReportVoteRow> rows; // items with at least one dot, best first
};

struct ReportStep
{
    int step = 1;
    QString title;
    QStringList prompts;
    QList<ReportCluster> clusters;
    QList<ReportIdea> loose;
    QList<ReportRound> rounds;
    int hidden = 0;
    int ideaCount() const;
};

struct ReportSystemChange
{
    QString title, targetActor, policyElement, currentState, proposedChange;
    QStringList factors;
    QStringList visions; // titles of the clusters or ideas it was linked from
    QStringList actions;
};

struct ReportAction
{
    QString description, owner, coOwner, dueDate, status, origin;
    QStringList systemChanges;
};

struct ReportBalanceRow
{
    QString constituency;
    int people = 0, ideas = 0, votes = 0;
    double peopleShare = 0, ideaShare = 0, voteShare = 0;
    bool under = false;
};

struct ReportFactorRow
{
    QString code, name;
    int perStep[3] = {0, 0, 0};
    int total() const { return perStep[0] + perStep[1] + perStep[2]; }
};

struct ReportLogEntry
{
    QString when, who, what;
};

struct ReportConstituency
{
    QString label;
    int people = 0;
    QStringList named;
};

struct Report
{
    // Resolved before any renderer runs; renderers on other threads only read it.
    std::shared_ptr<const ReportLabels> labels;
    ReportContent content;
    QString title, context, dates, mode, facilitators, languages, generated;
    QList<ReportConstituency> constituencies;
    QList<ReportStep> steps;
    QList<ReportSystemChange> systemChanges;
    QList<ReportAction> actions;
    QList<ReportBalanceRow> balance;
    int unknownIdeas = 0;
    QStringList stepTitles; // for the factor matrix columns
    QList<ReportFactorRow> factors;
    QList<ReportLogEntry> log;

    QString tr(Label l) const { return labels->text(l); }
};

struct ReportInput
{
    QString language = QStringLiteral("en");
    ReportContent content;
    QDateTime generatedAt; // invalid: now (tests fix it)
    QList<HistoryEntry> history; // for the appendix
    // The labels, already resolved (tests pass their own); null: resolved here for 'language'.
    std::shared_ptr<const ReportLabels> labels;
};

// Computes everything a report shows, once, in the report's language, applying consent and the
// small-group rule.
Report buildReport(const WorkshopData &data, const ReportInput &input);

// Formats shared by every renderer.
QString formatShare(double share);
QString formatScore(double score);

// What the renderers print as "label: value" lines, listed once here so every format shows the same
// fields in the same order. Each renderer only decides how a line looks.
struct ReportField
{
    QString label; // empty: the value stands alone
    QString value;
    QString text() const { return label.isEmpty() ? value : label + QStringLiteral(": ") + value; }
};
// The fields on one line, "a: b · c".
QString joinFields(const QList<ReportField> &fields);

// The line under an idea: who contributed it (or that it is anonymous), its constituency, its
// language, its themes and factors, its dots.
QList<ReportField> ideaMetadata(const Report &r, const ReportIdea &idea);
// The notes under an idea's text: its translation, its original words, the own words of each
// duplicate merged into it.
QList<ReportField> ideaNotes(const Report &r, const ReportIdea &idea);
// The line under a cluster's title: where its ideas came from, its themes and factors.
QList<ReportField> clusterMetadata(const Report &r, const ReportCluster &cluster);
// The cover's facts that are known: dates, mode, facilitators, languages, background.
QList<ReportField> coverFacts(const Report &r);
// "Constituency (people)" and who of them is named.
ReportField constituencyLine(const Report &r, const ReportConstituency &c);

struct ReportChangeField : ReportField
{
    enum class Kind { Fact, Factors, Vision, Action };
    Kind kind = Kind::Fact;
};
// A system change's fields: who must change, policy element, current state and proposed change (as
// far as known), its factors, the visions it comes from and the actions that bring it about.
QList<ReportChangeField> systemChangeFields(const Report &r, const ReportSystemChange &change);

// The line under a voting round's title: weighting, voters, dots, open or closed.
QString roundSummary(const Report &r, const ReportRound &round);
// The constituencies a round does not break down, as a sentence; empty when there are none.
QString roundNotBrokenDown(const Report &r, const ReportRound &round);

} // namespace pamoja
