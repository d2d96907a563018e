#include "reportrenderers.h"

namespace pamoja {

namespace {

QString e(const QString &s)
{
    return s.toHtmlEscaped();
}

class Html
{
public:
    explicit Html(const Report &r) : m_r(r) {}

    void line(const QString &s) { m_out += s + QLatin1Char('\n'); }
    void idea(const ReportIdea &i)
    {
        line(QStringLiteral("<li><p dir=\"auto\">%1</p>").arg(e(i.text)));
        for (const ReportField &n : ideaNotes(m_r, i))
            line(QStringLiteral("<p class=\"sub\" dir=\"auto\">%1: %2</p>").arg(e(n.label), e(n.value)));
        line(QStringLiteral("<p class=\"meta\">%1</p></li>").arg(e(joinFields(ideaMetadata(m_r, i)))));
    }
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &flagged = {})
    {
        line(QStringLiteral("<table><thead><tr>"));
        for (const QString &h : header)
            line(QStringLiteral("<th>%1</th>").arg(e(h)));
        line(QStringLiteral("</tr></thead><tbody>"));
        for (int r = 0; r < rows.size(); ++r) {
            QString row = flagged.value(r) ? QStringLiteral("<tr class=\"flag\">") : QStringLiteral("<tr>");
            for (const QString &c : rows.at(r))
                row += QStringLiteral("<td dir=\"auto\">%1</td>").arg(e(c));
            line(row + QStringLiteral("</tr>"));
        }
        line(QStringLiteral("</tbody></table>"));
    }
    void section(const QString &title)
    {
        ++m_section;
        m_toc.append({QStringLiteral("s%1").arg(m_section), title});
        line(QStringLiteral("<h2 id=\"s%1\">%2</h2>").arg(QString::number(m_section), e(title)));
    }

    void body()
    {
        for (const ReportStep &s : m_r.steps) {
            section(s.title);
            if (m_r.content.steps) {
                line(QStringLiteral("<p class=\"label\">%1</p>").arg(e(m_r.tr(Label::Prompts))));
                for (const QString &p : s.prompts)
                    line(QStringLiteral("<blockquote dir=\"auto\">%1</blockquote>").arg(e(p)));
                if (s.ideaCount() == 0)
                    line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(m_r.tr(Label::NoIdeas))));
                for (const ReportCluster &c : s.clusters) {
                    line(QStringLiteral("<h3 dir=\"auto\"><span class=\"swatch\" style=\"background:%1\"></span>%2</h3>")
                             .arg(c.colour.name(), e(c.title)));
                    if (const QList<ReportField> meta = clusterMetadata(m_r, c); !meta.isEmpty())
                        line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(joinFields(meta))));
                    line(QStringLiteral("<ul>"));
                    for (const ReportIdea &i : c.ideas)
                        idea(i);
                    line(QStringLiteral("</ul>"));
                }
                if (!s.loose.isEmpty()) {
                    line(QStringLiteral("<h3>%1</h3><ul>").arg(e(m_r.tr(Label::Unclustered))));
                    for (const ReportIdea &i : s.loose)
                        idea(i);
                    line(QStringLiteral("</ul>"));
                }
                if (s.hidden)
                    line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(m_r.tr(Label::HiddenIdeas).arg(s.hidden))));
            }
            for (const ReportRound &rr : s.rounds) {
                line(QStringLiteral("<h3>%1: %2</h3>").arg(e(m_r.tr(Label::Voting)), e(rr.title)));
                line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(roundSummary(m_r, rr))));
                if (!rr.notShown.isEmpty())
                    line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(roundNotBrokenDown(m_r, rr))));
                if (rr.rows.isEmpty()) {
                    line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(m_r.tr(Label::NoVotes))));
                    continue;
                }
                QStringList header{m_r.tr(Label::Rank), m_r.tr(Label::Item), m_r.tr(Label::RawDots), m_r.tr(Label::WeightedDots)};
                header += rr.shown;
                header.append(m_r.tr(Label::Divergent));
                QList<QStringList> rows;
                QList<bool> flags;
                for (const ReportVoteRow &v : rr.rows) {
                    QStringList row{QString::number(v.rank), v.item, QString::number(v.raw), formatScore(v.weighted)};
                    for (double s : v.shares)
                        row.append(formatShare(s));
                    row.append(v.divergent ? QStringLiteral("◆") : QString());
                    rows.append(row);
                    flags.append(v.divergent);
                }
                table(header, rows, flags);
                if (flags.contains(true))
                    line(QStringLiteral("<p class=\"warn\">%1</p>").arg(e(m_r.tr(Label::DivergentNote))));
            }
        }
        if (m_r.content.links) {
            section(m_r.tr(Label::LinksTitle));
            if (m_r.systemChanges.isEmpty())
                line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(m_r.tr(Label::NoSystemChanges))));
            for (const ReportSystemChange &sc : m_r.systemChanges) {
                line(QStringLiteral("<h3 dir=\"auto\">%1</h3><dl>").arg(e(sc.title)));
                for (const ReportChangeField &f : systemChangeFields(m_r, sc))
                    line((f.kind == ReportChangeField::Kind::Factors ? QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                                                                     : QStringLiteral("<dt>%1</dt><dd dir=\"auto\">%2</dd>"))
                             .arg(e(f.label), e(f.value)));
                line(QStringLiteral("</dl>"));
            }
        }
        if (m_r.content.actions) {
            section(m_r.tr(Label::ActionPlan));
            QList<QStringList> rows;
            for (const ReportAction &a : m_r.actions)
                rows.append({a.description, a.systemChanges.join(QStringLiteral("; ")), a.owner, a.coOwner, a.dueDate, a.status});
            if (rows.isEmpty())
                line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(m_r.tr(Label::NoActions))));
            else
                table({m_r.tr(Label::Action), m_r.tr(Label::SystemChange), m_r.tr(Label::Owner), m_r.tr(Label::CoOwner),
                       m_r.tr(Label::DueDate), m_r.tr(Label::Status)}, rows);
        }
        if (m_r.content.balance) {
            section(m_r.tr(Label::Balance));
            line(QStringLiteral("<p class=\"meta\">%1</p><div class=\"chart\">").arg(e(m_r.tr(Label::BalanceNote))));
            for (const ReportBalanceRow &b : m_r.balance) {
                line(QStringLiteral("<div class=\"group%1\"><span class=\"name\">%2</span>")
                         .arg(b.under ? QStringLiteral(" flag") : QString(), e(b.under ? b.constituency + QStringLiteral(" (") + m_r.tr(Label::UnderRepresented) + QLatin1Char(')') : b.constituency)));
                const QList<QPair<Label, double>> bars{{Label::ShareOfPeople, b.peopleShare}, {Label::ShareOfIdeas, b.ideaShare}, {Label::ShareOfVotes, b.voteShare}};
                int k = 0;
                for (const auto &[l, v] : bars)
                    line(QStringLiteral("<div class=\"bar b%1\" style=\"width:%2%\" title=\"%3\">%4</div>")
                             .arg(QString::number(k++), QString::number(qRound(v * 100)), e(m_r.tr(l)), formatShare(v)));
                line(QStringLiteral("</div>"));
            }
            line(QStringLiteral("<p class=\"legend\"><span class=\"b0\"></span>%1 <span class=\"b1\"></span>%2 <span class=\"b2\"></span>%3</p></div>")
                     .arg(e(m_r.tr(Label::ShareOfPeople)), e(m_r.tr(Label::ShareOfIdeas)), e(m_r.tr(Label::ShareOfVotes))));
            if (m_r.unknownIdeas)
                line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(m_r.tr(Label::UnknownIdeas).arg(m_r.unknownIdeas))));
        }
        if (m_r.content.factors) {
            section(m_r.tr(Label::FactorCoverage));
            line(QStringLiteral("<p class=\"meta\">%1</p>").arg(e(m_r.tr(Label::FactorNote))));
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
            section(m_r.tr(Label::Appendix));
            QList<QStringList> rows;
            for (const ReportLogEntry &l : m_r.log)
                rows.append({l.when, l.who, l.what});
            table({m_r.tr(Label::When), m_r.tr(Label::Who), m_r.tr(Label::What)}, rows);
        }
    }

    QByteArray run()
    {
        body();
        QString head;
        auto add = [&](const QString &s) { head += s + QLatin1Char('\n'); };
        add(QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">").arg(m_r.labels->language()));
        add(QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        add(QStringLiteral("<title>%1 – %2</title>").arg(e(m_r.title), e(m_r.tr(Label::ReportTitle))));
        add(QStringLiteral(
            "<style>body{font-family:'Noto Sans',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
            "h1,h2,h3{color:#1f6f78}h2{border-bottom:1px solid #ccc;margin-top:2em}.meta,.label{color:#555f6a;font-size:.85em}"
            ".sub{color:#555f6a;font-style:italic;margin:.1em 0 .1em 1em}.warn,.flag{color:#b03020}li p{margin:.2em 0}"
            "table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #bbb;padding:.3em;text-align:start}"
            "th{background:#e8eff0}.swatch{display:inline-block;width:.8em;height:.8em;margin-inline-end:.4em;border:1px solid #999}"
            ".chart .group{margin:.6em 0}.chart .name{display:block;font-weight:bold}.bar{height:1.2em;font-size:.75em;color:#fff;"
            "padding-inline-start:.3em;margin:1px 0;min-width:2.5em}.b0{background:#9aa5b1}.b1{background:#1f6f78}.b2{background:#e08e2b}"
            ".legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em}</style>\n</head>\n<body>"));
        add(QStringLiteral("<header><p class=\"label\">%1</p><h1 dir=\"auto\">%2</h1>").arg(e(m_r.tr(Label::ReportTitle)), e(m_r.title)));
        add(QStringLiteral("<dl>"));
        for (const ReportField &f : coverFacts(m_r))
            add(QStringLiteral("<dt>%1</dt><dd dir=\"auto\">%2</dd>").arg(e(f.label), e(f.value)));
        add(QStringLiteral("<dt>%1</dt>").arg(e(m_r.tr(Label::Participants))));
        for (const ReportConstituency &c : m_r.constituencies) {
            const ReportField named = constituencyLine(m_r, c);
            add(QStringLiteral("<dd>%1: %2</dd>").arg(e(named.label), e(named.value)));
        }
        add(QStringLiteral("</dl>\n<p class=\"meta\">%1</p></header>").arg(e(m_r.generated)));
        add(QStringLiteral("<nav><h2>%1</h2><ol>").arg(e(m_r.tr(Label::Contents))));
        for (const auto &[id, title] : m_toc)
            add(QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(id, e(title)));
        add(QStringLiteral("</ol></nav>\n<main>"));
        return (head + m_out + QStringLiteral("</main>\n</body>\n</html>\n")).toUtf8();
    }

private:
    const Report &m_r;
    QString m_out;
    QList<QPair<QString, QString>> m_toc;
    int m_section = 0;
};

} // namespace

QByteArray renderHtml(const Report &report)
{
    return Html(report).run();
}

} // namespace pamoja
