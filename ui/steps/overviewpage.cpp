#include "overviewpage.h"

#include "analysis/balance.h"
#include "document.h"
#include "domain/constituency.h"
#include "workspace.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace pamoja {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}
} // namespace

OverviewPage::OverviewPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_text(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    m_text->setAccessibleName(tr("Workshop overview"));
    m_text->setOpenLinks(false);
    connect(workspace, &Workspace::documentChanged, this, [this](Document *doc) {
        if (doc)
            connect(doc, &Document::changed, this, &OverviewPage::markDirty);
        markDirty();
    });
    if (Document *doc = workspace->document())
        connect(doc, &Document::changed, this, &OverviewPage::markDirty);
}

void OverviewPage::markDirty()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

QString OverviewPage::plainText() const
{
    return m_text->toPlainText();
}

void OverviewPage::refresh()
{
    m_dirty = false;
    const Document *doc = m_workspace->document();
    if (!doc) {
        m_text->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Open or create a workshop to see its overview."))));
        return;
    }
    const WorkshopData &d = doc->data();
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(d.workshop().title));
    html += QStringLiteral("<table cellpadding='6' border='0'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                           "<th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(tr("Step")), esc(tr("Prompt")), esc(tr("Ideas")), esc(tr("Clusters")),
                     esc(tr("Not yet revealed")));
    for (int s = step::First; s <= step::Last; ++s) {
        int ideas = 0, held = 0;
        for (const Idea &i : d.table<Idea>().items()) {
            if (i.step != s || !i.mergedInto.isNull())
                continue;
            ++ideas;
            if (!i.revealed)
                ++held;
        }
        QStringList prompts;
        for (const Prompt &p : d.prompts(s))
            prompts << esc(p.text);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td align='center'>%3</td><td align='center'>%4</td>"
                               "<td align='center'>%5</td></tr>")
                    .arg(esc(step::label(s)), prompts.join(QStringLiteral("<br>")), QString::number(ideas),
                         QString::number(d.clusters(s).size()), QString::number(held));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("System changes: %1 \u00b7 Actions: %2 \u00b7 Participants: %3")
                                                     .arg(QString::number(d.table<SystemChange>().size()),
                                                          QString::number(d.table<Action>().size()),
                                                          QString::number(d.table<Participant>().size()))));

    const Balance b = computeBalance(d);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Participation balance")));
    html += QStringLiteral("<table cellpadding='6'><tr><th align='left'>%1</th><th>%2</th><th>%3</th><th>%4</th><th></th></tr>")
                .arg(esc(tr("Constituency")), esc(tr("People present")), esc(tr("Ideas")), esc(tr("Votes")));
    for (const ConstituencyShare &r : b.rows) {
        QString warn;
        if (r.fewIdeas)
            warn += esc(tr("few ideas")) + QLatin1Char(' ');
        if (r.fewVotes)
            warn += esc(tr("few votes"));
        html += QStringLiteral("<tr><td>%1</td><td align='center'>%2 (%3)</td><td align='center'>%4 (%5)</td>"
                               "<td align='center'>%6 (%7)</td><td><b>%8</b></td></tr>")
                    .arg(esc(constituency::label(r.constituency)), QString::number(r.people), percent(r.peopleShare),
                         QString::number(r.ideas), percent(r.ideaShare), QString::number(r.votes), percent(r.voteShare), warn);
    }
    html += QStringLiteral("</table>");
    if (b.unknownIdeas > 0)
        html += QStringLiteral("<p>%1</p>").arg(
            esc(tr("%n anonymous idea(s) without a constituency are not counted above.", nullptr, b.unknownIdeas)));
    m_text->setHtml(html);
}

} // namespace pamoja
