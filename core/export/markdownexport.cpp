#include "reportrenderers.h"

namespace pamoja {

namespace {

// User text never becomes markup: special characters are escaped and line breaks folded.
QString md(QString s)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|!{}");
    QString out;
    out.reserve(s.size());
    for (const QChar c : s.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '))) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

class Markdown
{
public:
    explicit Markdown(const Report &r) : m_r(r) {}
    void line(const QString &s = {}) { m_out += s + QLatin1Char('\n'); }
    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        QStringList h, sep;
        for (const QString &c : header) {
            h.append(md(c));
            sep.append(QStringLiteral("---"));
        }
        line(QStringLiteral("| ") + h.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        line(QStringLiteral("| ") + sep.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        for (const QStringList &row : rows) {
            QStringList cells;
            for (const QString &c : row)
                cells.append(md(c));
            line(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
        }
        line();
    }
    void idea(const ReportIdea &i)
    {
        line(QStringLiteral("- ") + md(i.text));
        for (const ReportField &n : ideaNotes(m_r, i))
            line(QStringLiteral("  - *%1:* %2").arg(md(n.label), md(n.value)));
        line(QStringLiteral("  - ") + md(joinFields(ideaMetadata(m_r, i))));
    }

    QByteArray run()
    {
        line(QStringLiteral("# ") + md(m_r.title));
        line();
        line(QStringLiteral("*%1*").arg(md(m_r.tr(Label::ReportTitle))));
        line();
        for (const ReportField &f : coverFacts(m_r))
            line(QStringLiteral("- **%1:** %2").arg(md(f.label), md(f.value)));
        line(QStringLiteral("- **%1:**").arg(md(m_r.tr(Label::Participants))));
        for (const ReportConstituency &c : m_r.constituencies) {
            const ReportField named = constituencyLine(m_r, c);
            line(QStringLiteral("  - %1: %2").arg(md(named.label), md(named.value)));
        }
        line();
        line(md(m_r.generated));
        line();
        for (const ReportStep &s : m_r.steps) {
            line(QStringLiteral("## ") + md(s.title));
            line();
            if (m_r.content.steps) {
                line(QStringLiteral("**%1**").arg(md(m_r.tr(Label::Prompts))));
                line();
                for (const QString &p : s.prompts)
                    line(QStringLiteral("> ") + md(p));
                line();
                if (s.ideaCount() == 0) {
                    line(md(m_r.tr(Label::NoIdeas)));
                    line();
                }
                for (const ReportCluster &c : s.clusters) {
                    line(QStringLiteral("### ") + md(c.title));
                    line();
                    if (const QList<ReportField> meta = clusterMetadata(m_r, c); !meta.isEmpty()) {
                        line(QStringLiteral("*%1*").arg(md(joinFields(meta))));
                        line();
                    }
                    for (const ReportIdea &i : c.ideas)
                        idea(i);
                    line();
                }
                if (!s.loose.isEmpty()) {
                    line(QStringLiteral("### ") + md(m_r.tr(Label::Unclustered)));
                    line();
                    for (const ReportIdea &i : s.loose)
                        idea(i);
                    line();
                }
                if (s.hidden) {
                    line(md(m_r.tr(Label::HiddenIdeas).arg(s.hidden)));
                    line();
                }
            }
            for (const ReportRound &rr : s.rounds) {
                line(QStringLiteral("### %1: %2").arg(md(m_r.tr(Label::Voting)), md(rr.title)));
                line();
                line(md(roundSummary(m_r, rr)));
                line();
                if (!rr.notShown.isEmpty()) {
                    line(md(roundNotBrokenDown(m_r, rr)));
                    line();
                }
                if (rr.rows.isEmpty()) {
                    line(md(m_r.tr(Label::NoVotes)));
                    line();
                    continue;
                }
                QStringList header{m_r.tr(Label::Rank), m_r.tr(Label::Item), m_r.tr(Label::RawDots), m_r.tr(Label::WeightedDots)};
                header += rr.shown;
                header.append(m_r.tr(Label::Divergent));
                QList<QStringList> rows;
                bool any = false;
                for (const ReportVoteRow &v : rr.rows) {
                    QStringList row{QString::number(v.rank), v.item, QString::number(v.raw), formatScore(v.weighted)};
                    for (double sh : v.shares)
                        row.append(formatShare(sh));
                    row.append(v.divergent ? QStringLiteral("◆") : QString());
                    any |= v.divergent;
                    rows.append(row);
                }
                table(header, rows);
                if (any) {
                    line(md(m_r.tr(Label::DivergentNote)));
                    line();
                }
            }
        }
        if (m_r.content.links) {
            line(QStringLiteral("## ") + md(m_r.tr(Label::LinksTitle)));
            line();
            if (m_r.systemChanges.isEmpty()) {
                line(md(m_r.tr(Label::NoSystemChanges)));
                line();
            }
            for (const ReportSystemChange &sc : m_r.systemChanges) {
                line(QStringLiteral("### ") + md(sc.title));
                line();
                for (const ReportChangeField &f : systemChangeFields(m_r, sc)) {
                    switch (f.kind) {
                    case ReportChangeField::Kind::Fact:
                    case ReportChangeField::Kind::Factors:
                        line(QStringLiteral("- **%1:** %2").arg(md(f.label), md(f.value)));
                        break;
                    case ReportChangeField::Kind::Vision:
                        line(QStringLiteral("- %1 → %2").arg(md(f.label), md(f.value)));
                        break;
                    case ReportChangeField::Kind::Action:
                        line(QStringLiteral("- → %1: %2").arg(md(f.label), md(f.value)));
                        break;
                    }
                }
                line();
            }
        }
        if (m_r.content.actions) {
            line(QStringLiteral("## ") + md(m_r.tr(Label::ActionPlan)));
            line();
            QList<QStringList> rows;
            for (const ReportAction &a : m_r.actions)
                rows.append({a.description, a.systemChanges.join(QStringLiteral("; ")), a.owner, a.coOwner, a.dueDate, a.status});
            if (rows.isEmpty()) {
                line(md(m_r.tr(Label::NoActions)));
                line();
            } else {
                table({m_r.tr(Label::Action), m_r.tr(Label::SystemChange), m_r.tr(Label::Owner), m_r.tr(Label::CoOwner),
                       m_r.tr(Label::DueDate), m_r.tr(Label::Status)}, rows);
            }
        }
        if (m_r.content.balance) {
            line(QStringLiteral("## ") + md(m_r.tr(Label::Balance)));
            line();
            line(md(m_r.tr(Label::BalanceNote)));
            line();
            QList<QStringList> rows;
            for (const ReportBalanceRow &b : m_r.balance)
                rows.append({b.under ? b.constituency + QStringLiteral(" (") + m_r.tr(Label::UnderRepresented) + QLatin1Char(')') : b.constituency,
                             QString::number(b.people), QString::number(b.ideas), QString::number(b.votes),
                             formatShare(b.peopleShare), formatShare(b.ideaShare), formatShare(b.voteShare)});
            table({m_r.tr(Label::Constituency), m_r.tr(Label::People), m_r.tr(Label::Ideas), m_r.tr(Label::Votes),
                   m_r.tr(Label::ShareOfPeople), m_r.tr(Label::ShareOfIdeas), m_r.tr(Label::ShareOfVotes)}, rows);
            if (m_r.unknownIdeas) {
                line(md(m_r.tr(Label::UnknownIdeas).arg(m_r.unknownIdeas)));
                line();
            }
        }
        if (m_r.content.factors) {
            line(QStringLiteral("## ") + md(m_r.tr(Label::FactorCoverage)));
            line();
            line(md(m_r.tr(Label::FactorNote)));
            line();
            QStringList header{m_r.tr(Label::Factor)};
            header += m_r.stepTitles;
            header.append(m_r.tr(Label::TotalMentions));
            QList<QStringList> rows;
            for (const ReportFactorRow &f : m_r.factors)
                rows.append({f.code + QLatin1Char(' ') + f.name, QString::number(f.perStep[0]), QString::number(f.perStep[1]),
                             QString::number(f.perStep[2]), QString::number(f.total())});
            table(header, rows);
        }
        if (m_r.content.interventions) {
            line(QStringLiteral("## ") + md(m_r.tr(Label::Appendix)));
            line();
            QList<QStringList> rows;
            for (const ReportLogEntry &l : m_r.log)
                rows.append({l.when, l.who, l.what});
            table({m_r.tr(Label::When), m_r.tr(Label::Who), m_r.tr(Label::What)}, rows);
        }
        return m_out.toUtf8();
    }

private:
    const Report &m_r;
    QString m_out;
};

} // namespace

QByteArray renderMarkdown(const Report &report)
{
    return Markdown(report).run();
}

} // namespace pamoja
