#pragma once

#include <QString>

#include <array>

class QTranslator;

namespace pamoja {

// Every label a report prints, in one place so the translation pass finds them (context
// "pamoja::Report"). They are looked up in the report's language, independent of the interface
// language and without touching the application's installed translators (exports run off the GUI
// thread).
enum class Label {
    ReportTitle, Contents, PageOf, Generated, Dates, Mode, Facilitators, Context, Languages,
    Participants, Constituency, People, NamedWithConsent, NobodyNamed,
    ModeInPerson, ModeOnline, ModeHybrid, ModeAsync,
    Prompts, Clusters, Unclustered, NoIdeas, Original, Edited, Language, Translation, ContributedBy,
    Anonymous, NotNamed, Themes, Factors, MergedDuplicates, HiddenIdeas, FromConstituencies,
    Voting, Round, RoundOpen, RoundClosed, Weighting, Rank, Item, RawDots, WeightedDots, Voters, Divergent,
    DivergentNote, NotBrokenDown, NoVotes, AllConstituencies,
    SystemChanges, TargetActor, PolicyElement, CurrentState, ProposedChange, EnabledBy, LeadsTo, NoSystemChanges,
    LinksTitle, Vision, SystemChange,
    ActionPlan, Action, Owner, CoOwner, DueDate, Status, Origin, NoActions,
    StatusOpen, StatusInProgress, StatusDone, StatusDropped,
    Balance, ShareOfPeople, ShareOfIdeas, ShareOfVotes, UnderRepresented, UnknownIdeas, BalanceNote,
    FactorCoverage, Factor, FactorNote, TotalMentions,
    Appendix, When, Who, What,
    Ideas, Votes, Actions, Step, Text, Author, Identifier, Created, Board, DetectedLanguage,
    MachineTranslation,
    Count_ // not a label
};

// The table of every label a report prints, in one language. Each label is looked up once, when the
// table is made, on the thread that builds the report; afterwards the table is only read. The PDF
// workers share it: Qt does not promise that one QTranslator may be asked from several threads, so
// no worker ever asks one.
class ReportLabels
{
public:
    // "en" or an unknown code gives English.
    explicit ReportLabels(const QString &language);
    // Resolves every label with this translator (null: English); the translator is not kept.
    ReportLabels(const QString &language, const QTranslator *translator);
    ~ReportLabels();
    ReportLabels(const ReportLabels &) = delete;
    ReportLabels &operator=(const ReportLabels &) = delete;

    QString language() const { return m_language; }
    QString text(Label l) const;
    // Labels owned by other parts of core, looked up in the same language.
    QString constituency(const QString &code) const;
    QString step(int step) const;
    QString weighting(const QString &code) const;
    QString mode(const QString &code) const;
    QString status(const QString &code) const;
    QString languageName(const QString &code) const;
    // A prompt still worded as the default is shown in the report language.
    QString prompt(int step, const QString &text) const;

    // For tests: the English source of every label.
    static const char *source(Label l);
    static constexpr int count() { return int(Label::Count_); }

private:
    void resolve(const QTranslator *translator);

    QString m_language;
    std::array<QString, std::size_t(Label::Count_)> m_text;
    // south, north, donor, other, unknown
    std::array<QString, 5> m_constituencies;
    std::array<QString, 3> m_steps;
    std::array<QString, 3> m_prompts; // the default prompts of the three steps
    // person, organisation, constituency
    std::array<QString, 3> m_weightings;
};

} // namespace pamoja
