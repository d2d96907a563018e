#include "votingpanel.h"

#include "common/refreshgate.h"

#include "common/messagebox.h"
#include "domain/constituency.h"
#include "edits.h"
#include "planedits.h"
#include "votingmodels.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace pamoja {

namespace {
template <class W> W *named(W *w, const QString &objectName, const QString &accessible)
{
    w->setObjectName(objectName);
    w->setAccessibleName(accessible);
    return w;
}
} // namespace

VotingPanel::VotingPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ballot(new BallotModel(workspace, this)),
      m_results(new ResultsModel(workspace, this))
{
    setObjectName(QStringLiteral("votingPanel"));
    // Opening a round.
    m_title = named(new QLineEdit(this), QStringLiteral("roundTitle"), tr("Title of the new round"));
    m_title->setPlaceholderText(tr("e.g. Most important visions"));
    m_dots = named(new QSpinBox(this), QStringLiteral("roundDots"), tr("Dots per participant"));
    m_dots->setRange(1, 50);
    m_dots->setValue(3);
    m_maxPerItem = named(new QSpinBox(this), QStringLiteral("roundMaxPerItem"), tr("Most dots one person can give one item"));
    m_maxPerItem->setRange(1, 50);
    m_target = named(new QComboBox(this), QStringLiteral("roundTarget"), tr("What participants vote on"));
    m_target->addItem(tr("Ideas"), QStringLiteral("ideas"));
    m_target->addItem(tr("Clusters"), QStringLiteral("clusters"));
    m_open = named(new QPushButton(tr("&Open round"), this), QStringLiteral("openRound"), tr("Open a new voting round"));
    auto *newBox = new QGroupBox(tr("New round"), this);
    auto *form = new QFormLayout(newBox);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Dots per person:"), m_dots);
    form->addRow(tr("&Max per item:"), m_maxPerItem);
    form->addRow(tr("&Vote on:"), m_target);
    form->addRow(m_open);

    // The round and its state.
    m_round = named(new QComboBox(this), QStringLiteral("roundCombo"), tr("Voting round"));
    m_toggle = named(new QPushButton(tr("&Close round"), this), QStringLiteral("toggleRound"), tr("Close or reopen the round"));
    m_reset = named(new QPushButton(tr("Reset &votes…"), this), QStringLiteral("resetRound"), tr("Remove every vote of the round"));
    auto *roundRow = new QHBoxLayout;
    roundRow->addWidget(m_round, 1);
    roundRow->addWidget(m_toggle);
    roundRow->addWidget(m_reset);

    // Recording dots.
    m_voter = named(new QComboBox(this), QStringLiteral("voterCombo"), tr("Participant whose dots are recorded"));
    m_ballotView = named(new QTableView(this), QStringLiteral("ballotView"), tr("Items to vote on; click to add a dot"));
    m_ballotView->setModel(m_ballot);
    m_ballotView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ballotView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ballotView->verticalHeader()->hide();
    m_ballotView->horizontalHeader()->setSectionResizeMode(BallotModel::ItemColumn, QHeaderView::Stretch);
    m_ballotView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_add = named(new QPushButton(tr("&+ Dot"), this), QStringLiteral("addDot"), tr("Add a dot to the current item"));
    m_remove = named(new QPushButton(tr("&− Dot"), this), QStringLiteral("removeDot"), tr("Remove a dot from the current item"));
    m_left = named(new QLabel(this), QStringLiteral("dotsLeft"), tr("Dots left"));
    auto *voterRow = new QHBoxLayout;
    auto *voterLabel = new QLabel(tr("&Participant:"), this);
    voterLabel->setBuddy(m_voter);
    voterRow->addWidget(voterLabel);
    voterRow->addWidget(m_voter, 1);
    voterRow->addWidget(m_add);
    voterRow->addWidget(m_remove);

    // Results.
    m_weighting = named(new QComboBox(this), QStringLiteral("weightingCombo"), tr("Weighting of the results"));
    for (Weighting w : {Weighting::Person, Weighting::Organisation, Weighting::Constituency})
        m_weighting->addItem(weightingLabel(w), weightingCode(w));
    m_resultsView = named(new QTableView(this), QStringLiteral("resultsView"), tr("Results of the round"));
    m_resultsView->setModel(m_results);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_explanation = named(new QLabel(this), QStringLiteral("resultsExplanation"), tr("How to read the results"));
    m_explanation->setWordWrap(true);
    auto *weightRow = new QHBoxLayout;
    auto *weightLabel = new QLabel(tr("&Weighting:"), this);
    weightLabel->setBuddy(m_weighting);
    weightRow->addWidget(weightLabel);
    weightRow->addWidget(m_weighting, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(newBox);
    layout->addLayout(roundRow);
    layout->addLayout(voterRow);
    layout->addWidget(m_ballotView, 1);
    layout->addWidget(m_left);
    layout->addLayout(weightRow);
    layout->addWidget(m_explanation);
    layout->addWidget(m_resultsView, 2);

    connect(m_open, &QPushButton::clicked, this, &VotingPanel::openRound);
    connect(m_title, &QLineEdit::returnPressed, this, &VotingPanel::openRound);
    connect(m_toggle, &QPushButton::clicked, this, &VotingPanel::toggleOpen);
    connect(m_reset, &QPushButton::clicked, this, &VotingPanel::resetRound);
    connect(m_add, &QPushButton::clicked, this, &VotingPanel::addDot);
    connect(m_remove, &QPushButton::clicked, this, &VotingPanel::removeDot);
    connect(m_ballotView, &QTableView::clicked, this, [this](const QModelIndex &i) {
        // Where a click already activates, activated() adds the dot; never add two.
        if (!m_ballotView->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_ballotView))
            changeDots(m_ballot->targetAt(i.row()), +1);
    });
    connect(m_ballotView, &QTableView::activated, this,
            [this](const QModelIndex &i) { changeDots(m_ballot->targetAt(i.row()), +1); });
    connect(m_round, &QComboBox::currentIndexChanged, this, [this] { if (!m_refreshing) refresh(); });
    connect(m_voter, &QComboBox::currentIndexChanged, this, [this] { if (!m_refreshing) refreshModels(); });
    connect(m_weighting, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        // The choice is a workshop setting: the report uses it too, and the change is logged.
        if (Document *doc = m_workspace->document()) {
            const QString code = m_weighting->currentData().toString();
            m_workspace->apply(edits::modify<Workshop>(doc->data(), doc->data().workshop().id,
                                                       [&](Workshop &w) { w.weighting = code; }),
                               tr("Weighting: %1").arg(m_weighting->currentText()));
        }
        refreshModels();
    });
    connect(workspace, &Workspace::documentChanged, this, &VotingPanel::watch);
    connect(workspace, &Workspace::stepChanged, this, &VotingPanel::refresh);
    watch(workspace->document());
}

VotingPanel::~VotingPanel()
{
    detachPanel(this, m_workspace, {m_ballotView});
}

namespace {
// Whether a change can alter what this panel shows; others (note moves, say) skip its refresh.
bool votingPanelShows(const ChangeSet &cs)
{
    return !onlyMovesNotes(cs);
}

} // namespace

void VotingPanel::watch(Document *document)
{
    RefreshGate::watch(this, document, votingPanelShows, [this] { refresh(); });
}

QUuid VotingPanel::currentRound() const
{
    return m_round->currentData().toUuid();
}

QUuid VotingPanel::currentVoter() const
{
    return m_voter->currentData().toUuid();
}

void VotingPanel::refresh()
{
    m_refreshing = true;
    Document *doc = m_workspace->document();
    const QUuid round = currentRound(), voter = currentVoter();
    m_round->clear();
    m_voter->clear();
    if (doc) {
        const WorkshopData &d = doc->data();
        auto rounds = d.table<VotingRound>().select([&](const VotingRound &r) { return r.step == m_workspace->step(); });
        std::stable_sort(rounds.begin(), rounds.end(), [](const VotingRound &a, const VotingRound &b) { return a.created > b.created; });
        for (const VotingRound &r : rounds)
            m_round->addItem(r.open ? r.title : tr("%1 (closed)").arg(r.title), r.id);
        m_round->setCurrentIndex(std::max(0, m_round->findData(round)));
        for (const Participant &p : d.participants())
            if (p.role != QLatin1StringView("facilitator"))
                m_voter->addItem(tr("%1 (%2)").arg(p.name, constituency::label(p.constituency)), p.id);
        m_voter->setCurrentIndex(std::max(0, m_voter->findData(voter)));
        m_weighting->setCurrentIndex(std::max(0, m_weighting->findData(d.workshop().weighting)));
    }
    m_refreshing = false;
    refreshModels();
}

void VotingPanel::refreshModels()
{
    Document *doc = m_workspace->document();
    const VotingRound *r = doc ? doc->data().table<VotingRound>().find(currentRound()) : nullptr;
    const QUuid currentTarget = m_ballot->targetAt(m_ballotView->currentIndex().row());
    m_ballot->setRound(currentRound(), currentVoter());
    if (const int row = m_ballot->rowOf(currentTarget); row >= 0)
        m_ballotView->setCurrentIndex(m_ballot->index(row, 0));
    m_results->setRound(currentRound(), weightingFromCode(m_weighting->currentData().toString()));
    const bool open = r && r->open;
    m_toggle->setEnabled(r);
    m_toggle->setText(open || !r ? tr("&Close round") : tr("Re&open round"));
    m_reset->setEnabled(r);
    m_add->setEnabled(open && !currentVoter().isNull());
    m_remove->setEnabled(open && !currentVoter().isNull());
    m_ballotView->setEnabled(open);
    m_open->setEnabled(doc);
    if (r && !currentVoter().isNull()) {
        int used = 0;
        for (const Vote &v : doc->data().table<Vote>().items())
            if (v.roundId == r->id && v.participantId == currentVoter())
                used += v.dots;
        m_left->setText(tr("%1 of %2 dots left for %3.").arg(QString::number(r->dotsPerParticipant - used), QString::number(r->dotsPerParticipant),
                                 doc->data().participantName(currentVoter())));
    } else {
        m_left->setText(r ? tr("Add participants to record their dots.") : tr("Open a round to start voting."));
    }
    const RoundResults &res = m_results->results();
    QStringList notes;
    notes << tr("Raw: dots as cast. Weighted: %1, scaled so the totals stay comparable.").arg(weightingLabel(res.weighting));
    int hidden = 0;
    for (auto it = res.votersBy.cbegin(); it != res.votersBy.cend(); ++it)
        if (!res.shownConstituencies.contains(it.key()))
            ++hidden;
    if (hidden)
        notes << tr("Constituencies with fewer than %1 voters are not shown separately, to protect who voted what.").arg(MinimumGroupSize);
    const int divergent = int(std::count_if(res.items.cbegin(), res.items.cend(), [](const ItemResult &i) { return i.divergent; }));
    if (divergent)
        notes << tr("\u26A0 %n item(s) diverge: constituencies gave them shares of their dots that differ by %1 points or more. Hover for details.", nullptr, divergent)
                     .arg(qRound(DivergenceThreshold * 100));
    m_explanation->setText(notes.join(QLatin1Char('\n')));
}

void VotingPanel::openRound()
{
    Document *doc = m_workspace->document();
    if (!doc)
        return;
    VotingRound r;
    r.step = m_workspace->step();
    r.title = m_title->text().trimmed().isEmpty() ? tr("Round %1").arg(doc->data().table<VotingRound>().size() + 1)
                                                  : m_title->text().trimmed();
    r.target = m_target->currentData().toString();
    r.dotsPerParticipant = m_dots->value();
    r.maxPerItem = std::min(m_maxPerItem->value(), m_dots->value());
    r.id = newId();
    if (m_workspace->apply(edits::openRound(doc->data(), r), tr("Open voting round \"%1\"").arg(r.title))) {
        m_title->clear();
        m_round->setCurrentIndex(m_round->findData(r.id));
    }
}

void VotingPanel::toggleOpen()
{
    Document *doc = m_workspace->document();
    const VotingRound *r = doc ? doc->data().table<VotingRound>().find(currentRound()) : nullptr;
    if (!r)
        return;
    const QString title = r->title;
    const bool open = !r->open;
    m_workspace->apply(edits::setRoundOpen(doc->data(), r->id, open),
                       open ? tr("Reopen voting round \"%1\"").arg(title) : tr("Close voting round \"%1\"").arg(title));
}

void VotingPanel::resetRound()
{
    Document *doc = m_workspace->document();
    const VotingRound *r = doc ? doc->data().table<VotingRound>().find(currentRound()) : nullptr;
    if (!r)
        return;
    // Copied before asking: nothing found in the document stays valid while the question is open.
    const QString title = r->title;
    const QUuid id = r->id;
    if (MessageBox::question(this, tr("Reset votes"),
                             tr("Remove every vote of \"%1\"? The reset is logged and can be undone.").arg(title)) != QMessageBox::Yes)
        return;
    if (Document *now = m_workspace->document())
        m_workspace->apply(edits::resetVotes(now->data(), id), tr("Reset votes of \"%1\"").arg(title));
}

void VotingPanel::addDot()
{
    changeDots(m_ballot->targetAt(m_ballotView->currentIndex().row()), +1);
}

void VotingPanel::removeDot()
{
    changeDots(m_ballot->targetAt(m_ballotView->currentIndex().row()), -1);
}

void VotingPanel::changeDots(const QUuid &target, int delta)
{
    Document *doc = m_workspace->document();
    if (!doc || target.isNull() || currentVoter().isNull())
        return;
    const int dots = m_ballot->dotsOf(target) + delta;
    if (dots < 0)
        return;
    const QString who = doc->data().participantName(currentVoter());
    m_workspace->apply(edits::setDots(doc->data(), currentRound(), currentVoter(), target, dots),
                       delta > 0 ? tr("Dot from %1").arg(who) : tr("Dot removed for %1").arg(who));
}

} // namespace pamoja
