#include "reportdocument.h"

#include "balancechart.h"

#include "reportpalette.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

namespace pamoja {

QStringList reportFontFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Arabic"),
            QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")};
}

QFont reportFont(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies(reportFontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

namespace {

using reportpalette::Accent;
using reportpalette::Muted;
using reportpalette::Warn;

class Writer
{
public:
    Writer(const Report &r, const ReportDocumentOptions &o, ReportDocument &out)
        : m_r(r), m_o(o), m_out(out), m_doc(out.document.get()), m_c(m_doc)
    {
        // Lengths in a text document are in 1/96 inch; the layout scales them to the device itself.
        m_deviceScale = o.device ? o.device->logicalDpiY() / 96.0 : 1.0;
    }

    double mm(double v) const { return v * 96 / 25.4; }
    bool cancelled() const { return m_o.cancelled && m_o.cancelled(); }

    QTextCharFormat chars(double pt, bool bold = false, const QColor &colour = Qt::black, bool italic = false) const
    {
        QTextCharFormat f;
        f.setFontFamilies(reportFontFamilies());
        f.setFontHintingPreference(QFont::PreferNoHinting);
        f.setFontPointSize(pt);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setFontItalic(italic);
        f.setForeground(colour);
        return f;
    }

    QTextBlockFormat block(double indentMm = 0, double topMm = 0, double bottomMm = 1.2, const QString &text = {}) const
    {
        QTextBlockFormat b;
        b.setLeftMargin(mm(indentMm));
        b.setTopMargin(mm(topMm));
        b.setBottomMargin(mm(bottomMm));
        // Arabic and other right-to-left ideas read from the right.
        b.setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        return b;
    }

    void paragraph(const QString &text, const QTextCharFormat &cf, const QTextBlockFormat &bf)
    {
        if (m_first) {
            m_c.setBlockFormat(bf);
            m_c.setBlockCharFormat(cf);
            m_first = false;
        } else {
            m_c.insertBlock(bf, cf);
        }
        m_c.insertText(text, cf);
    }

    void heading(int level, const QString &text, bool newPage)
    {
        QTextBlockFormat bf = block(0, level == 1 ? 0 : 5, level == 1 ? 4 : 2);
        bf.setHeadingLevel(level);
        if (newPage && !m_first)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        bf.setProperty(QTextFormat::BlockNonBreakableLines, true);
        paragraph(text, chars(level == 1 ? 18 : 13.5, true, Accent), bf);
        m_out.headings.append({level, text, m_c.block().position()});
    }

    void note(const QString &text, double indent = 0, const QColor &colour = Muted)
    {
        paragraph(text, chars(8.5, false, colour), block(indent, 0, 1.5, text));
    }

    QTextTable *table(const QStringList &header, int rows, const QList<int> &percents)
    {
        QTextTableFormat tf;
        tf.setHeaderRowCount(1);
        tf.setCellPadding(mm(1.2));
        tf.setCellSpacing(0);
        tf.setBorder(mm(0.2));
        tf.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        tf.setTopMargin(mm(2));
        tf.setBottomMargin(mm(3));
        QList<QTextLength> widths;
        for (int p : percents)
            widths.append(QTextLength(QTextLength::PercentageLength, p));
        tf.setColumnWidthConstraints(widths);
        m_first = false;
        QTextTable *t = m_c.insertTable(rows + 1, int(header.size()), tf);
        for (int col = 0; col < header.size(); ++col) {
            QTextTableCell cell = t->cellAt(0, col);
            QTextCharFormat cf = cell.format();
            cf.setBackground(QColor(0xe8, 0xef, 0xf0));
            cell.setFormat(cf);
            cell.firstCursorPosition().insertText(header.at(col), chars(8.5, true));
        }
        return t;
    }

    void cell(QTextTable *t, int row, int col, const QString &text, bool bold = false, const QColor &c = Qt::black)
    {
        QTextCursor cur = t->cellAt(row + 1, col).firstCursorPosition();
        QTextBlockFormat bf = cur.blockFormat();
        bf.setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        cur.setBlockFormat(bf);
        cur.insertText(text, chars(8.5, bold, c));
    }

    void endTable() { m_c.movePosition(QTextCursor::End); }

    void idea(const ReportIdea &i, double indent)
    {
        QTextBlockFormat bf = block(indent, 1.5, 0.4, i.text);
        paragraph(QStringLiteral("• ") + i.text, chars(10), bf);
        for (const ReportField &n : ideaNotes(m_r, i))
            paragraph(n.text(), chars(9, false, Muted, true), block(indent + 3, 0, 0.4, n.value));
        paragraph(joinFields(ideaMetadata(m_r, i)), chars(8, false, Muted), block(indent + 3, 0, 0.8));
    }

    void round(const ReportRound &rr)
    {
        heading(2, m_r.tr(Label::Voting) + QStringLiteral(": ") + rr.title, false);
        note(roundSummary(m_r, rr));
        if (!rr.notShown.isEmpty())
            note(roundNotBrokenDown(m_r, rr));
        if (rr.rows.isEmpty()) {
            note(m_r.tr(Label::NoVotes));
            return;
        }
        QStringList header{m_r.tr(Label::Rank), m_r.tr(Label::Item), m_r.tr(Label::RawDots), m_r.tr(Label::WeightedDots)};
        QList<int> widths{8, 44, 12, 12};
        for (const QString &c : rr.shown) {
            header.append(c);
            widths.append(qMax(6, 24 / int(rr.shown.size())));
        }
        QTextTable *t = table(header, int(rr.rows.size()), widths);
        bool anyDivergent = false;
        for (int row = 0; row < rr.rows.size(); ++row) {
            const ReportVoteRow &v = rr.rows.at(row);
            anyDivergent |= v.divergent;
            cell(t, row, 0, QString::number(v.rank));
            cell(t, row, 1, v.divergent ? QStringLiteral("◆ ") + v.item : v.item, v.divergent, v.divergent ? Warn : QColor(Qt::black));
            cell(t, row, 2, QString::number(v.raw));
            cell(t, row, 3, formatScore(v.weighted));
            for (int s = 0; s < v.shares.size(); ++s)
                cell(t, row, 4 + s, formatShare(v.shares.at(s)));
        }
        endTable();
        if (anyDivergent)
            note(m_r.tr(Label::DivergentNote), 0, Warn);
    }

    void step(const ReportStep &s)
    {
        heading(1, s.title, true);
        if (m_r.content.steps) {
            paragraph(m_r.tr(Label::Prompts), chars(9, true, Muted), block(0, 0, 1));
            for (const QString &p : s.prompts)
                paragraph(p, chars(11, false, Qt::black, true), block(4, 0, 2, p));
            if (s.ideaCount() == 0)
                note(m_r.tr(Label::NoIdeas));
            for (const ReportCluster &c : s.clusters) {
                if (cancelled())
                    return;
                heading(2, c.title, false);
                if (const QList<ReportField> meta = clusterMetadata(m_r, c); !meta.isEmpty())
                    note(joinFields(meta));
                for (const ReportIdea &i : c.ideas)
                    idea(i, 2);
            }
            if (!s.loose.isEmpty()) {
                heading(2, m_r.tr(Label::Unclustered), false);
                for (const ReportIdea &i : s.loose)
                    idea(i, 2);
            }
            if (s.hidden)
                note(m_r.tr(Label::HiddenIdeas).arg(s.hidden));
        }
        for (const ReportRound &rr : s.rounds)
            round(rr);
    }

    void links()
    {
        heading(1, m_r.tr(Label::LinksTitle), true);
        if (m_r.systemChanges.isEmpty())
            note(m_r.tr(Label::NoSystemChanges));
        for (const ReportSystemChange &sc : m_r.systemChanges) {
            heading(2, sc.title, false);
            for (const ReportChangeField &f : systemChangeFields(m_r, sc)) {
                switch (f.kind) {
                case ReportChangeField::Kind::Fact:
                    paragraph(f.text(), chars(9.5), block(2, 0, 0.8, f.value));
                    break;
                case ReportChangeField::Kind::Factors:
                    note(f.text(), 2);
                    break;
                case ReportChangeField::Kind::Vision:
                    paragraph(QStringLiteral("%1 → %2").arg(f.label, f.value), chars(9.5, false, Accent), block(2, 0, 0.6, f.value));
                    break;
                case ReportChangeField::Kind::Action:
                    paragraph(QStringLiteral("→ %1: %2").arg(f.label, f.value), chars(9.5, false, Accent), block(2, 0, 0.6, f.value));
                    break;
                }
            }
        }
    }

    void actions()
    {
        heading(1, m_r.tr(Label::ActionPlan), true);
        if (m_r.actions.isEmpty()) {
            note(m_r.tr(Label::NoActions));
            return;
        }
        QTextTable *t = table({m_r.tr(Label::Action), m_r.tr(Label::SystemChange), m_r.tr(Label::Owner),
                               m_r.tr(Label::CoOwner), m_r.tr(Label::DueDate), m_r.tr(Label::Status)},
                              int(m_r.actions.size()), {30, 22, 13, 13, 12, 10});
        for (int row = 0; row < m_r.actions.size(); ++row) {
            const ReportAction &a = m_r.actions.at(row);
            cell(t, row, 0, a.origin.isEmpty() ? a.description
                                               : a.description + QStringLiteral(" (") + m_r.tr(Label::Origin) +
                                                     QStringLiteral(": ") + a.origin + QLatin1Char(')'));
            cell(t, row, 1, a.systemChanges.join(QStringLiteral("; ")));
            cell(t, row, 2, a.owner);
            cell(t, row, 3, a.coOwner);
            cell(t, row, 4, a.dueDate);
            cell(t, row, 5, a.status);
        }
        endTable();
    }

    void balance()
    {
        heading(1, m_r.tr(Label::Balance), true);
        note(m_r.tr(Label::BalanceNote));
        const double width = m_doc->pageSize().width() > 0 ? m_doc->pageSize().width() / m_deviceScale * 0.95 : mm(160);
        const QSize px(1890, 1000); // 160 mm wide at 300 dpi
        const QUrl url(QStringLiteral("pamoja-balance.png"));
        m_doc->addResource(QTextDocument::ImageResource, url, balanceChartImage(m_r, px));
        QTextImageFormat img;
        img.setName(url.toString());
        img.setWidth(width);
        img.setHeight(width * px.height() / px.width());
        m_c.insertBlock(block(0, 2, 2));
        m_c.insertImage(img);
        QTextTable *t = table({m_r.tr(Label::Constituency), m_r.tr(Label::People), m_r.tr(Label::Ideas),
                               m_r.tr(Label::Votes), m_r.tr(Label::ShareOfPeople), m_r.tr(Label::ShareOfIdeas),
                               m_r.tr(Label::ShareOfVotes)},
                              int(m_r.balance.size()), {22, 12, 10, 10, 16, 15, 15});
        for (int row = 0; row < m_r.balance.size(); ++row) {
            const ReportBalanceRow &b = m_r.balance.at(row);
            const QColor c = b.under ? Warn : QColor(Qt::black);
            cell(t, row, 0, b.under ? b.constituency + QStringLiteral(" (") + m_r.tr(Label::UnderRepresented) + QLatin1Char(')') : b.constituency, b.under, c);
            cell(t, row, 1, QString::number(b.people));
            cell(t, row, 2, QString::number(b.ideas));
            cell(t, row, 3, QString::number(b.votes));
            cell(t, row, 4, formatShare(b.peopleShare));
            cell(t, row, 5, formatShare(b.ideaShare), false, c);
            cell(t, row, 6, formatShare(b.voteShare), false, c);
        }
        endTable();
        if (m_r.unknownIdeas)
            note(m_r.tr(Label::UnknownIdeas).arg(m_r.unknownIdeas));
    }

    void factors()
    {
        heading(1, m_r.tr(Label::FactorCoverage), true);
        note(m_r.tr(Label::FactorNote));
        QStringList header{m_r.tr(Label::Factor)};
        header += m_r.stepTitles;
        header.append(m_r.tr(Label::TotalMentions));
        QTextTable *t = table(header, int(m_r.factors.size()), {46, 13, 13, 13, 15});
        for (int row = 0; row < m_r.factors.size(); ++row) {
            const ReportFactorRow &f = m_r.factors.at(row);
            cell(t, row, 0, f.code + QLatin1Char(' ') + f.name);
            for (int s = 0; s < 3; ++s) {
                cell(t, row, 1 + s, f.perStep[s] ? QString::number(f.perStep[s]) : QStringLiteral("·"), f.perStep[s] > 0);
                if (f.perStep[s] > 0) {
                    QTextTableCell c = t->cellAt(row + 1, 1 + s);
                    QTextCharFormat cf = c.format();
                    cf.setBackground(QColor(0xd4, 0xe9, 0xeb));
                    c.setFormat(cf);
                }
            }
            cell(t, row, 4, QString::number(f.total()), true);
        }
        endTable();
    }

    void log()
    {
        heading(1, m_r.tr(Label::Appendix), true);
        QTextTable *t = table({m_r.tr(Label::When), m_r.tr(Label::Who), m_r.tr(Label::What)}, int(m_r.log.size()), {22, 18, 60});
        for (int row = 0; row < m_r.log.size(); ++row) {
            cell(t, row, 0, m_r.log.at(row).when);
            cell(t, row, 1, m_r.log.at(row).who);
            cell(t, row, 2, m_r.log.at(row).what);
        }
        endTable();
    }

    void cover()
    {
        paragraph(m_r.title, chars(24, true, Accent), block(0, 0, 2, m_r.title));
        paragraph(m_r.tr(Label::ReportTitle), chars(14, false, Muted), block(0, 0, 4));
        for (const ReportField &f : coverFacts(m_r))
            paragraph(f.text(), chars(10), block(0, 0, 1.2, f.value));
        paragraph(m_r.tr(Label::Participants), chars(12, true, Accent), block(0, 4, 1.5));
        for (const ReportConstituency &c : m_r.constituencies)
            paragraph(constituencyLine(m_r, c).text(), chars(10), block(2, 0, 1));
        note(m_r.generated);
    }

    QStringList sectionTitles() const
    {
        QStringList t;
        for (const ReportStep &s : m_r.steps)
            t.append(s.title);
        for (const TailSection &tail : tailSections(m_r))
            t.append(m_r.tr(tail.title));
        return t;
    }

    // The sections after the steps, in report order, as far as they are included.
    struct TailSection
    {
        Label title;
        void (Writer::*write)();
    };
    static QList<TailSection> tailSections(const Report &r)
    {
        const QList<QPair<bool, TailSection>> all{{r.content.links, {Label::LinksTitle, &Writer::links}},
                                                  {r.content.actions, {Label::ActionPlan, &Writer::actions}},
                                                  {r.content.balance, {Label::Balance, &Writer::balance}},
                                                  {r.content.factors, {Label::FactorCoverage, &Writer::factors}},
                                                  {r.content.interventions, {Label::Appendix, &Writer::log}}};
        QList<TailSection> t;
        for (const auto &[on, section] : all)
            if (on)
                t.append(section);
        return t;
    }

    static int sectionCount(const Report &r) { return int(r.steps.size() + tailSections(r).size()); }

    void section(int index)
    {
        if (index < 0 || index >= sectionCount(m_r))
            return;
        if (index < m_r.steps.size())
            step(m_r.steps.at(index));
        else
            (this->*tailSections(m_r).at(index - m_r.steps.size()).write)();
    }

    void run()
    {
        if (m_o.cover) {
            cover();
            paragraph(m_r.tr(Label::Contents), chars(14, true, Accent), block(0, 6, 2));
            for (const QString &t : sectionTitles())
                paragraph(t, chars(10), block(4, 0, 0.8));
        }
        for (int i = 0; i < sectionCount(m_r); ++i) {
            if (cancelled())
                return;
            section(i);
        }
    }

private:
    const Report &m_r;
    const ReportDocumentOptions &m_o;
    ReportDocument &m_out;
    QTextDocument *m_doc;
    QTextCursor m_c;
    double m_deviceScale = 1;
    bool m_first = true;
};

ReportDocument newDocument(const Report &report)
{
    ReportDocument out;
    out.document = std::make_unique<QTextDocument>();
    QTextDocument *doc = out.document.get();
    doc->setDefaultFont(reportFont(10));
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    return out;
}

// The layout is created only now: created earlier, it would lay the document out again after every
// insertion. Each block keeps its shaped glyphs after layout, so painting does not shape them again.
ReportDocument finish(ReportDocument out, const ReportDocumentOptions &options)
{
    if (options.cancelled && options.cancelled())
        return {};
    QTextDocument *doc = out.document.get();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        b.layout()->setCacheEnabled(true);
    if (options.device)
        doc->documentLayout()->setPaintDevice(options.device);
    return out;
}

} // namespace

ReportDocument buildReportDocument(const Report &report, const ReportDocumentOptions &options)
{
    ReportDocument out = newDocument(report);
    Writer(report, options, out).run();
    return finish(std::move(out), options);
}

int reportSectionCount(const Report &report)
{
    return Writer::sectionCount(report);
}

int reportSectionWeight(const Report &report, int section)
{
    if (section < 0 || section >= reportSectionCount(report))
        return 0;
    if (section < report.steps.size()) {
        const ReportStep &s = report.steps.at(section);
        int rows = 0;
        for (const ReportRound &r : s.rounds)
            rows += int(r.rows.size());
        return 10 + s.ideaCount() * 3 + int(s.clusters.size()) + rows;
    }
    const Label title = Writer::tailSections(report).at(section - report.steps.size()).title;
    switch (title) {
    case Label::LinksTitle:
        return 10 + int(report.systemChanges.size()) * 6;
    case Label::ActionPlan:
        return 10 + int(report.actions.size()) * 2;
    case Label::Balance:
        return 60 + int(report.balance.size()); // the chart is drawn as an image
    case Label::FactorCoverage:
        return 10 + int(report.factors.size());
    default:
        return 10 + int(report.log.size());
    }
}

ReportDocument buildReportSection(const Report &report, int section, const ReportDocumentOptions &options)
{
    ReportDocument out = newDocument(report);
    Writer(report, options, out).section(section);
    return finish(std::move(out), options);
}

} // namespace pamoja
