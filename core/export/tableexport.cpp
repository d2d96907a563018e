#include "reportrenderers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace pamoja {

QList<ReportTable> reportTables(const Report &r, bool translated)
{
    auto h = [&](const char *code, Label l) { return translated ? r.tr(l) : QString::fromLatin1(code); };
    ReportTable ideas{translated ? r.tr(Label::Ideas) : QStringLiteral("ideas"),
                      {h("id", Label::Identifier), h("step", Label::Step), h("cluster", Label::Clusters), h("text", Label::Text),
                       h("original_text", Label::Original), h("translation", Label::Translation), h("language", Label::Language),
                       h("author", Label::Author), h("constituency", Label::Constituency), h("themes", Label::Themes),
                       h("factors", Label::Factors), h("dots", Label::RawDots)},
                      {}};
    auto addIdea = [&](const ReportStep &s, const QString &cluster, const ReportIdea &i) {
        ideas.rows.append({i.id.toString(QUuid::WithoutBraces), s.title, cluster, i.text, i.original, i.translation, i.language,
                           i.anonymous ? r.tr(Label::Anonymous) : i.author, i.constituency,
                           i.themes.join(QStringLiteral("; ")), i.factors.join(QStringLiteral("; ")),
                           i.dots >= 0 ? QString::number(i.dots) : QString()});
    };
    ReportTable votes{translated ? r.tr(Label::Voting) : QStringLiteral("votes"),
                      {h("step", Label::Step), h("round", Label::Round), h("rank", Label::Rank), h("item", Label::Item),
                       h("raw_dots", Label::RawDots), h("weighted_score", Label::WeightedDots),
                       h("share_by_constituency", Label::Constituency), h("divergent", Label::Divergent)},
                      {}};
    for (const ReportStep &s : r.steps) {
        for (const ReportCluster &c : s.clusters)
            for (const ReportIdea &i : c.ideas)
                addIdea(s, c.title, i);
        for (const ReportIdea &i : s.loose)
            addIdea(s, QString(), i);
        for (const ReportRound &rr : s.rounds)
            for (const ReportVoteRow &v : rr.rows) {
                QStringList shares;
                for (int k = 0; k < v.shares.size() && k < rr.shown.size(); ++k)
                    shares.append(rr.shown.at(k) + QLatin1Char(' ') + formatShare(v.shares.at(k)));
                votes.rows.append({s.title, rr.title, QString::number(v.rank), v.item, QString::number(v.raw),
                                   formatScore(v.weighted), shares.join(QStringLiteral("; ")),
                                   v.divergent ? QStringLiteral("yes") : QString()});
            }
    }
    ReportTable actions{translated ? r.tr(Label::ActionPlan) : QStringLiteral("actions"),
                        {h("action", Label::Action), h("system_changes", Label::SystemChange), h("owner", Label::Owner),
                         h("co_owner", Label::CoOwner), h("due_date", Label::DueDate), h("status", Label::Status),
                         h("carried_over_from", Label::Origin)},
                        {}};
    for (const ReportAction &a : r.actions)
        actions.rows.append({a.description, a.systemChanges.join(QStringLiteral("; ")), a.owner, a.coOwner, a.dueDate,
                             a.status, a.origin});
    return {ideas, votes, actions};
}

QString neutraliseCell(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
            c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

QByteArray renderCsv(const ReportTable &table)
{
    // RFC 4180: CRLF line ends, every field quoted, quotes doubled; UTF-8 without a byte order mark.
    QString out;
    auto row = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells) {
            QString v = neutraliseCell(c);
            v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            quoted.append(QLatin1Char('"') + v + QLatin1Char('"'));
        }
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    row(table.header);
    for (const QStringList &r : table.rows)
        row(r);
    return out.toUtf8();
}

Result<QByteArray> renderXlsx(const QList<ReportTable> &tables)
{
    const auto failed = Error{QCoreApplication::translate("pamoja::Export", "Cannot create the spreadsheet.")};
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("report.xlsx")));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options opts{};
    opts.constant_memory = LXW_FALSE;
    opts.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *wb = workbook_new_opt(path.constData(), &opts);
    if (!wb)
        return failed;
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xE8EFF0);
    QStringList used;
    for (const ReportTable &t : tables) {
        // Sheet names: at most 31 characters, none of []:*?/\ and unique.
        QString name = t.name;
        for (const QChar bad : QStringLiteral("[]:*?/\\"))
            name.replace(bad, QLatin1Char(' '));
        name = name.left(28).trimmed();
        while (used.contains(name, Qt::CaseInsensitive))
            name += QLatin1Char('_');
        used.append(name);
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        if (!ws) {
            workbook_close(wb);
            return failed;
        }
        for (int c = 0; c < t.header.size(); ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), t.header.at(c).toUtf8().constData(), bold);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), c == 3 ? 50 : 18, nullptr);
        }
        worksheet_freeze_panes(ws, 1, 0);
        for (int r = 0; r < t.rows.size(); ++r)
            for (int c = 0; c < t.rows.at(r).size(); ++c)
                // Written as strings, never as formulas.
                worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), t.rows.at(r).at(c).toUtf8().constData(), nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        return failed;
    QFile f(QFile::decodeName(path));
    if (!f.open(QIODevice::ReadOnly))
        return failed;
    return f.readAll();
}

} // namespace pamoja
