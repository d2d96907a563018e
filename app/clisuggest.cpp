// `pamoja suggest`: suggested groups for the loose ideas of a step, across languages
// (core/grouping), and the near-duplicates among them. Changes nothing.

#include "clicommand.h"

#include "domain/constituency.h"
#include "domain/record.h"
#include "grouping/groupinginput.h"
#include "grouping/ideagrouper.h"
#include "i18n.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pamoja::cli {

namespace {

// One line of an idea's text, for a terminal.
QString oneLine(const QString &text)
{
    QString t = text.simplified();
    if (t.size() > 200)
        t = t.left(199) + QChar(0x2026);
    return t;
}

} // namespace

int cmdSuggest(const QStringList &args)
{
    Command c(QCoreApplication::translate(
        "pamoja::Cli",
        "Suggest groups, across languages, for the loose ideas of a step, and near-duplicates to merge. "
        "Changes nothing."));
    const auto stepOpt = c.add(QStringLiteral("step"),
                               QCoreApplication::translate("pamoja::Cli", "envision, change or action."),
                               QCoreApplication::translate("pamoja::Cli", "step"));
    const auto groupsOpt =
        c.add(QStringLiteral("groups"),
              QCoreApplication::translate("pamoja::Cli",
                                          "How many groups to propose (at most); by default Pamoja chooses."),
              QCoreApplication::translate("pamoja::Cli", "n"));
    const auto json = c.add(QStringLiteral("json"),
                            QCoreApplication::translate("pamoja::Cli", "Print JSON instead of text."));
    c.parser.addPositionalArgument(QStringLiteral("file"),
                                   QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;
    int code = Ok;
    const int step = step::fromCode(c.required(stepOpt, &code));
    if (code)
        return code;
    if (!step)
        return fail(QCoreApplication::translate("pamoja::Cli", "--step must be envision, change or action."),
                    Usage);
    int groups = 0;
    if (c.parser.isSet(groupsOpt)) {
        bool ok = false;
        groups = c.parser.value(groupsOpt).trimmed().toInt(&ok);
        if (!ok || groups < 1 || groups > 1000)
            return fail(
                QCoreApplication::translate("pamoja::Cli", "--groups must be a whole number from 1 to 1000."),
                Usage);
    }
    auto doc = Document::open(c.parser.positionalArguments().first(), WorkshopStore::Access::ReadOnly);
    if (!doc)
        return fail(doc.error());
    const WorkshopData &data = (*doc)->data();
    const QList<GroupingIdea> ideas = grouping::looseIdeas(data, step);
    const IdeaGrouper grouper(grouping::wholeCatalogue(data));
    const GroupingResult result = grouper.group(ideas, i18n::preferredLanguage(), groups);

    if (c.parser.isSet(json)) {
        QJsonArray groupArray;
        for (const GroupProposal &g : result.groups) {
            QJsonArray ids;
            for (const QUuid &id : g.ideas)
                ids.append(idString(id));
            groupArray.append(
                QJsonObject{{QStringLiteral("title"), g.title}, {QStringLiteral("ideas"), ids}});
        }
        QJsonArray duplicates;
        for (const DuplicatePair &d : result.duplicates)
            duplicates.append(QJsonArray{idString(d.keep), idString(d.duplicate)});
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("groups"), groupArray},
                                                        {QStringLiteral("duplicates"), duplicates}})
                                  .toJson(QJsonDocument::Indented))
                .trimmed());
        return Ok;
    }

    QHash<QUuid, QString> text;
    for (const GroupingIdea &i : ideas)
        text.insert(i.id, i.text);
    out(QCoreApplication::translate("pamoja::Cli", "%1: %n loose idea(s).", nullptr, int(ideas.size()))
            .arg(step::label(step)));
    if (result.groups.isEmpty())
        out(QCoreApplication::translate("pamoja::Cli", "No groups to suggest."));
    for (qsizetype g = 0; g < result.groups.size(); ++g) {
        const GroupProposal &p = result.groups.at(g);
        out(QString());
        out(QCoreApplication::translate("pamoja::Cli", "%1. %2 (%n idea(s))", nullptr, int(p.ideas.size()))
                .arg(QString::number(g + 1), p.title));
        out(QStringLiteral("   ") + p.why);
        for (const QUuid &id : p.ideas)
            out(QStringLiteral("   - ") + oneLine(text.value(id)));
    }
    if (!result.duplicates.isEmpty()) {
        out(QString());
        out(QCoreApplication::translate("pamoja::Cli", "Near-duplicates (%n pair(s)):", nullptr,
                                        int(result.duplicates.size())));
        for (const DuplicatePair &d : result.duplicates)
            out(QStringLiteral("   - %1\n     = %2")
                    .arg(oneLine(text.value(d.keep)), oneLine(text.value(d.duplicate))));
    }
    if (!result.unplaced.isEmpty()) {
        out(QString());
        out(QCoreApplication::translate("pamoja::Cli",
                                        "In no group (nothing they share with other ideas): %n idea(s).",
                                        nullptr, int(result.unplaced.size())));
    }
    return Ok;
}

} // namespace pamoja::cli
