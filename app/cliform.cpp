// `pamoja form` (the offline contribution form) and the import of the contribution packets it saves.

#include "clicommand.h"

#include "contributionform.h"
#include "domain/constituency.h"
#include "edits.h"
#include "exchange/packet.h"

#include <QFileInfo>

namespace pamoja::cli {

int importPacket(const QString &path, const QString &in, const QByteArray &bytes, bool dryRun)
{
    auto parsed = packet::parse(bytes);
    if (!parsed)
        return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was imported.")
                        .arg(in, parsed.error()));
    if (!workshopExists(path))
        return fail(
            QCoreApplication::translate(
                "pamoja::Cli",
                "%1 does not exist; a contribution packet is imported into the workshop it was made for.")
                .arg(path));
    auto doc = dryRun ? Document::open(path, WorkshopStore::Access::ReadOnly) : openForWriting(path);
    if (!doc)
        return fail(doc.error());
    auto plan = packet::plan((*doc)->data(), *parsed);
    if (!plan)
        return fail(
            QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was imported.").arg(in, plan.error()));
    for (const QString &w : plan->warnings)
        QTextStream(stderr) << QCoreApplication::translate("pamoja::Cli", "warning: %1").arg(w) << '\n';
    if (plan->added == 0) {
        out(QCoreApplication::translate(
            "pamoja::Cli", "Nothing to import: the %n idea(s) of this packet are already in the workshop.",
            nullptr, plan->alreadyPresent));
        return Ok;
    }
    if (dryRun) {
        out(QCoreApplication::translate(
            "pamoja::Cli", "Would import %n idea(s) from the contribution packet; nothing was changed.",
            nullptr, plan->added));
        return Ok;
    }
    if (Status s = (*doc)->apply(plan->changes,
                                 QCoreApplication::translate("pamoja::Cli", "Import contribution packet %1")
                                     .arg(QFileInfo(in).fileName()));
        !s)
        return fail(
            QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was imported.").arg(in, s.error()));
    out(QCoreApplication::translate("pamoja::Cli",
                                    "Imported %n idea(s) from the contribution packet; %1 already present.",
                                    nullptr, plan->added)
            .arg(plan->alreadyPresent));
    return Ok;
}

int cmdForm(const QStringList &args)
{
    Command c(QCoreApplication::translate(
        "pamoja::Cli",
        "Write the offline contribution form: one HTML file that works from disk with no network, "
        "for participants to write ideas and send them back as a contribution packet."));
    const auto output =
        c.add(QStringLiteral("o"), QCoreApplication::translate("pamoja::Cli", "The HTML file to write."),
              QCoreApplication::translate("pamoja::Cli", "file"));
    const auto steps =
        c.add(QStringLiteral("steps"),
              QCoreApplication::translate(
                  "pamoja::Cli",
                  "The steps whose prompts the form asks, e.g. 1,2 or envision,change (default: all three)."),
              QCoreApplication::translate("pamoja::Cli", "steps"));
    const auto lang =
        c.add(QStringLiteral("language"),
              QCoreApplication::translate(
                  "pamoja::Cli", "The form's language when the browser's is not one of en, nl, fr, es, pt "
                                 "(default: the workshop's main language)."),
              QCoreApplication::translate("pamoja::Cli", "code"));
    c.parser.addPositionalArgument(QStringLiteral("file"),
                                   QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;
    int code = Ok;
    const QString target = c.required(output, &code);
    if (code)
        return code;
    form::Options opts;
    if (c.parser.isSet(steps)) {
        for (const QString &part : c.parser.value(steps).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString s = part.trimmed().toLower();
            int n = step::fromCode(s);
            if (!n && s.size() == 1)
                n = s.toInt();
            if (n < step::First || n > step::Last)
                return fail(QCoreApplication::translate(
                                "pamoja::Cli",
                                "--steps takes 1, 2, 3 (or envision, change, action), separated by commas."),
                            Usage);
            if (!opts.steps.contains(n))
                opts.steps.append(n);
        }
        if (opts.steps.isEmpty())
            return fail(QCoreApplication::translate(
                            "pamoja::Cli",
                            "--steps takes 1, 2, 3 (or envision, change, action), separated by commas."),
                        Usage);
    }
    if (c.parser.isSet(lang)) {
        opts.language = c.parser.value(lang).trimmed().toLower();
        if (!form::languages().contains(opts.language))
            return fail(QCoreApplication::translate("pamoja::Cli", "--language must be one of %1.")
                            .arg(form::languages().join(QStringLiteral(", "))),
                        Usage);
    }
    auto doc = Document::open(c.parser.positionalArguments().first(), WorkshopStore::Access::ReadOnly);
    if (!doc)
        return fail(doc.error());
    if (Status s = form::write((*doc)->data(), opts, target); !s)
        return fail(s.error());
    out(QCoreApplication::translate("pamoja::Cli", "Wrote the contribution form to %1.").arg(target));
    return Ok;
}

} // namespace pamoja::cli
