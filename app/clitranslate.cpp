// `pamoja translate FILE --to LANG [--step S]`: machine translations beside the ideas (Apertium).

#include "clicommand.h"

#include "domain/constituency.h"
#include "domain/workshopdata.h"
#include "translation/translationplan.h"

#include <QRegularExpression>

namespace pamoja::cli {

int cmdTranslate(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Translate ideas with Apertium, offline. The translation is stored beside "
                                                         "each idea, marked as machine translation; the idea's own words never change."));
    const auto toOpt = c.add(QStringLiteral("to"), QCoreApplication::translate("pamoja::Cli", "The language to translate into, e.g. fr."),
                             QCoreApplication::translate("pamoja::Cli", "code"));
    const auto stepOpt = c.add(QStringLiteral("step"), QCoreApplication::translate("pamoja::Cli", "Only the ideas of this step: envision, change or action (or 1, 2, 3); default: every step."),
                               QCoreApplication::translate("pamoja::Cli", "step"));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;
    int code = Ok;
    const QString to = c.required(toOpt, &code).trimmed().toLower();
    if (code)
        return code;
    static const QRegularExpression iso(QStringLiteral("^[a-z]{2}$"));
    if (!iso.match(to).hasMatch())
        return fail(QCoreApplication::translate("pamoja::Cli", "--to must be a two-letter language code such as fr."), Usage);
    int step = 0;
    if (c.parser.isSet(stepOpt)) {
        const QString s = c.parser.value(stepOpt);
        step = step::fromCode(s);
        if (!step && s.size() == 1)
            step = s.toInt();
        if (step < step::First || step > step::Last)
            return fail(QCoreApplication::translate("pamoja::Cli", "--step must be envision, change or action (or 1, 2, 3)."), Usage);
    }
    auto doc = openForWriting(c.parser.positionalArguments().first());
    if (!doc)
        return fail(doc.error());

    const translation::Apertium apertium = translation::Apertium::installed();
    const translation::Plan plan = translation::plan((*doc)->data(), to, step, apertium);
    const QString name = translation::languageName(to);
    int translated = 0;
    if (!plan.texts.isEmpty()) {
        if (Status s = apertium.available(); !s)
            return fail(s.error());
        translation::BatchTranslator t(apertium);
        t.run(plan.texts, to);
        if (!t.error().isEmpty())
            return fail(t.error());
        const ChangeSet cs = edits::setMachineTranslations((*doc)->data(), translation::machineTranslations(plan, t.results()), to);
        translated = int(t.results().size());
        if (!cs.isEmpty()) {
            if (Status s = (*doc)->apply(cs, QCoreApplication::translate("pamoja::Cli", "Translate ideas into %1").arg(name)); !s)
                return fail(s.error());
        }
    }
    out(QCoreApplication::translate("pamoja::Cli", "Translated %n idea(s) into %1 (machine translation).", nullptr, translated).arg(name));
    if (plan.unknownLanguage)
        out(QCoreApplication::translate("pamoja::Cli", "Skipped %n idea(s) whose language is unknown.", nullptr, plan.unknownLanguage));
    if (plan.alreadyInTarget)
        out(QCoreApplication::translate("pamoja::Cli", "Skipped %n idea(s) already in %1.", nullptr, plan.alreadyInTarget).arg(name));
    if (plan.byPerson)
        out(QCoreApplication::translate("pamoja::Cli", "Kept %n translation(s) made or corrected by a person.", nullptr, plan.byPerson));
    if (plan.noPairCount())
        out(QCoreApplication::translate("pamoja::Cli", "Skipped %n idea(s) with no language pair installed:", nullptr, plan.noPairCount()));
    for (const QString &m : plan.noPairMessages)
        out(QStringLiteral("  ") + m);
    return Ok;
}

} // namespace pamoja::cli
