// `pamoja merge TARGET SOURCE...`: brings copies of a workshop back into it (core/merge).

#include "clicommand.h"

#include "merge/mergefile.h"

#include <QFileInfo>

namespace pamoja::cli {

int cmdMerge(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Merge copies of a workshop (a breakout group's laptop, a co-facilitator's or a note-taker's copy) "
                                                          "into it: nothing is lost or counted twice. Each source is merged as one change, in the order given."));
    const auto dryRun = c.add(QStringLiteral("dry-run"), QCoreApplication::translate("pamoja::Cli", "Say what each merge would do, changing nothing."));
    c.parser.addPositionalArgument(QStringLiteral("target"), QCoreApplication::translate("pamoja::Cli", "The workshop file to merge into."));
    c.parser.addPositionalArgument(QStringLiteral("source"), QCoreApplication::translate("pamoja::Cli", "One or more workshop files to merge in."),
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
    const bool dry = c.parser.isSet(dryRun);
    for (const QString &source : files.mid(1)) {
        auto plan = merge::planFile(**doc, source);
        if (!plan)
            return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was merged from it.").arg(source, plan.error()));
        if (!dry) {
            if (Status s = merge::applyPlan(**doc, *plan, source); !s)
                return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was merged from it.").arg(source, s.error()));
        }
        out(dry ? QCoreApplication::translate("pamoja::Cli", "Would merge %1 (nothing was changed):").arg(source)
                : QCoreApplication::translate("pamoja::Cli", "Merged %1:").arg(source));
        for (const QString &line : plan->summary.lines())
            out(QStringLiteral("  ") + line);
        for (const merge::ParticipantMatch &m : std::as_const(plan->participantMatches))
            out(QCoreApplication::translate("pamoja::Cli", "  Same participant by name and organisation: %1").arg(m.name));
    }
    return Ok;
}

} // namespace pamoja::cli
