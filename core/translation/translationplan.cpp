#include "translationplan.h"

#include "domain/workshopdata.h"

namespace pamoja::translation {

int Plan::noPairCount() const
{
    int n = 0;
    for (int c : noPair)
        n += c;
    return n;
}

int Plan::skipped() const
{
    return unknownLanguage + alreadyInTarget + byPerson + noPairCount();
}

Plan plan(const WorkshopData &data, const QString &to, int step, const Apertium &apertium)
{
    Plan p;
    p.to = to;
    QHash<QString, bool> routable;
    for (const Idea &i : data.table<Idea>().select([step](const Idea &i) { return step == 0 || i.step == step; })) {
        if (i.language.isEmpty()) {
            ++p.unknownLanguage;
            continue;
        }
        if (i.language == to) {
            ++p.alreadyInTarget;
            continue;
        }
        if (i.translationSource == QLatin1String(edits::TranslationByPerson)) {
            ++p.byPerson;
            continue;
        }
        auto known = routable.find(i.language);
        if (known == routable.end()) {
            const Result<Route> r = apertium.route(i.language, to);
            if (!r && apertium.available())
                p.noPairMessages.append(r.error());
            known = routable.insert(i.language, r.isOk() || !apertium.available());
        }
        if (!*known) {
            ++p.noPair[i.language];
            continue;
        }
        p.texts.append({i.id.toString(QUuid::WithoutBraces), i.text, i.language});
    }
    return p;
}

QList<edits::MachineTranslation> machineTranslations(const Plan &plan, const QHash<QString, QString> &results)
{
    QList<edits::MachineTranslation> out;
    for (const SourceText &t : plan.texts)
        if (const auto it = results.constFind(t.key); it != results.constEnd())
            out.append({QUuid::fromString(t.key), t.text, *it});
    return out;
}

} // namespace pamoja::translation
