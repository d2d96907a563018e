// `pamoja merge TARGET SOURCE...`: brings copies of a workshop back into it (core/merge).

#include "clicommand.h"

#include "merge/mergefile.h"

#include <QFileInfo>

namespace pamoja::cli {

int cmdMerge(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Merge copies of a workshop (a breakout group's laptop, a co-facilitator's or a note-taker's copy) "
                                                          "into it: nothing is lost or counted twice, and the result does not depend on the order of the "
                                                          "copies. All sources are merged as one change. Participants with the same name and organisation "
                                                          "are taken as one person."));
    const auto dryRun = c.add(QStringLiteral("dry-run"), QCoreApplication::translate("pamoja::Cli", "Say what the merge would do, changing nothing."));
    c.parser.addPositionalArgument(QStringLiteral("target"), QCoreApplication::translate("pamoja::Cli", "The workshop file to merge into."));
    c.parser.addPositionalArgument(QStringLiteral("source"), QCoreApplication::translate("pamoja::Cli", "One or more copies of it to merge in."),
                                   QStringLiteral("SOURCE..."));
    if (!c.parser.parse(args))
        return fail(c.parser.errorText(), Usage);
    if (c.parser.isSet(QStringLiteral("help"))) {
        out(c.parser.helpText());
        return Ok;
    }
    const QStringList files = c.parser.positionalArguments();
    if (files.size() < 2)
        return fail(QCoreApplication::translate("pamoja::Cli", "expected a target workshop and at least one source; see --help."), Usage);
    const QString target = files.first();
    if (!QFileInfo::exists(target))
        return fail(QCoreApplication::translate("pamoja::Cli", "%1 does not exist; a merge goes into an existing workshop.").arg(target));
    auto doc = openForWriting(target);
    if (!doc)
        return fail(doc.error());
    auto plan = merge::planFiles(**doc, files.mid(1));
    if (!plan)
        return fail(QCoreApplication::translate("pamoja::Cli", "%1 Nothing was merged.").arg(plan.error()));
    if (plan->plan.summary.nothingToMerge()) {
        out(QCoreApplication::translate("pamoja::Cli", "Nothing to merge: %1 has everything the sources have.").arg(target));
        return Ok;
    }
    const bool dry = c.parser.isSet(dryRun);
    if (!dry)
        if (Status s = merge::applyPlan(**doc, *plan); !s)
            return fail(QCoreApplication::translate("pamoja::Cli", "%1 Nothing was merged.").arg(s.error()));
    out(dry ? QCoreApplication::translate("pamoja::Cli", "Would merge into %1 (nothing was changed):").arg(target)
            : QCoreApplication::translate("pamoja::Cli", "Merged into %1:").arg(target));
    for (const QString &line : plan->plan.summary.lines())
        out(QStringLiteral("  ") + line);
    for (const merge::ParticipantMatch &m : std::as_const(plan->plan.participantMatches))
        out(QCoreApplication::translate("pamoja::Cli", "  Same participant by name and organisation: %1 (%2)").arg(m.name, m.organisation));
    return Ok;
}

} // namespace pamoja::cli
