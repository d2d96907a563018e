#include "balancemeter.h"

#include "common/refreshgate.h"

#include "domain/constituency.h"
#include "workspace.h"

#include <QPainter>
#include <QPalette>

namespace pamoja {

BalanceMeter::BalanceMeter(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("balanceMeter"));
    setAccessibleName(tr("Participation balance"));
    setFocusPolicy(Qt::TabFocus);
    connect(workspace, &Workspace::documentChanged, this, &BalanceMeter::watch);
    connect(workspace, &Workspace::stepChanged, this, &BalanceMeter::refresh);
    watch(workspace->document());
}

BalanceMeter::~BalanceMeter()
{
    // Children (views, editors committing their data) are destroyed after this body and must not
    // call back into a half-destroyed panel.
    if (m_workspace) {
        m_workspace->disconnect(this);
        if (Document *doc = m_workspace->document())
            doc->disconnect(this);
    }
}

namespace {
// Whether a change can alter what this panel shows; others (note moves, say) skip its refresh.
bool balanceMeterShows(const ChangeSet &cs)
{
    return touchesAny(cs, {EntityKind::Participant, EntityKind::Idea, EntityKind::Vote, EntityKind::VotingRound}) && !onlyMovesNotes(cs);
}

} // namespace

void BalanceMeter::watch(Document *document)
{
    RefreshGate::watch(this, document, balanceMeterShows, [this] { refresh(); });
}

void BalanceMeter::refresh()
{
    Document *doc = m_workspace->document();
    m_balance = doc ? computeBalance(doc->data(), m_workspace->step()) : Balance();
    QStringList lines;
    for (const ConstituencyShare &r : m_balance.rows)
        if (r.people)
            lines << tr("%1: %2% of people, %3% of ideas, %4% of votes")
                         .arg(constituency::label(r.constituency), QString::number(qRound(r.peopleShare * 100)),
                              QString::number(qRound(r.ideaShare * 100)), QString::number(qRound(r.voteShare * 100)));
    lines << warnings();
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    setToolTip(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QStringList BalanceMeter::warnings() const
{
    QStringList out;
    for (const ConstituencyShare &r : m_balance.rows) {
        if (r.fewIdeas)
            out << tr("\u26A0 %1 gave %2% of the ideas but are %3% of the people present.")
                       .arg(constituency::label(r.constituency), QString::number(qRound(r.ideaShare * 100)),
                            QString::number(qRound(r.peopleShare * 100)));
        if (r.fewVotes)
            out << tr("\u26A0 %1 cast %2% of the votes but are %3% of the people present.")
                       .arg(constituency::label(r.constituency), QString::number(qRound(r.voteShare * 100)),
                            QString::number(qRound(r.peopleShare * 100)));
    }
    return out;
}

QSize BalanceMeter::sizeHint() const
{
    const int line = fontMetrics().height() + 4;
    int shown = 0;
    for (const ConstituencyShare &r : m_balance.rows)
        if (r.people || r.ideas || r.votes)
            ++shown;
    return {360, line + 8 + std::max(1, shown) * (3 * line + 2) + 4};
}

QSize BalanceMeter::minimumSizeHint() const
{
    return {220, sizeHint().height()};
}

void BalanceMeter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const int line = fontMetrics().height() + 4;
    const int labelWidth = std::min(width() / 3, fontMetrics().horizontalAdvance(tr("Southern CSO")) + 24);
    const int barWidth = std::max(40, width() - labelWidth - 60);
    const QColor colours[3] = {QColor(120, 144, 156), QColor(66, 133, 244), QColor(52, 168, 83)};
    const QString names[3] = {tr("people"), tr("ideas"), tr("votes")};
    int y = 4;
    p.setPen(pal.color(QPalette::Text));
    if (m_balance.people == 0) {
        p.drawText(QRect(4, y, width() - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Mark participants as present to see the balance."));
        return;
    }
    // Legend.
    int x = 4;
    for (int k = 0; k < 3; ++k) {
        p.fillRect(QRect(x, y + 4, line - 8, line - 8), colours[k]);
        x += line;
        p.drawText(QRect(x, y, 90, line), Qt::AlignLeft | Qt::AlignVCenter, names[k]);
        x += fontMetrics().horizontalAdvance(names[k]) + 16;
    }
    y += line + 4;
    for (const ConstituencyShare &r : m_balance.rows) {
        if (!r.people && !r.ideas && !r.votes)
            continue;
        const bool warn = r.fewIdeas || r.fewVotes;
        p.setPen(warn ? QColor(183, 28, 28) : pal.color(QPalette::Text));
        p.drawText(QRect(4, y, labelWidth - 8, line * 3), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                   (warn ? QStringLiteral("\u26A0 ") : QString()) + constituency::label(r.constituency));
        const double shares[3] = {r.peopleShare, r.ideaShare, r.voteShare};
        const bool low[3] = {false, r.fewIdeas, r.fewVotes};
        for (int k = 0; k < 3; ++k) {
            const QRect bar(labelWidth, y + k * line + 3, int(barWidth * shares[k]), line - 6);
            p.fillRect(QRect(labelWidth, bar.y(), barWidth, bar.height()), pal.color(QPalette::AlternateBase));
            p.fillRect(bar, low[k] ? QColor(229, 57, 53) : colours[k]);
            p.setPen(low[k] ? QColor(183, 28, 28) : pal.color(QPalette::Text));
            p.drawText(QRect(labelWidth + barWidth + 4, y + k * line, 56, line), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("%1%").arg(qRound(shares[k] * 100)));
        }
        // Attendance share marked on the idea and vote bars: the level a fair share would reach.
        p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
        const int mark = labelWidth + int(barWidth * r.peopleShare);
        p.drawLine(mark, y + line, mark, y + 3 * line);
        y += 3 * line + 2;
    }
    // The warnings themselves are spelled out in text beside the meter (ParticipantsPanel).
}

} // namespace pamoja
