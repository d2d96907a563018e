#include "translationedits.h"

#include "edits.h"

#include <QCoreApplication>

namespace pamoja::edits {

ChangeSet setMachineTranslations(const WorkshopData &data, const QList<MachineTranslation> &translations,
                                 const QString &language)
{
    ChangeSet cs;
    const auto &ideas = data.table<Idea>();
    for (const MachineTranslation &t : translations) {
        const Idea *idea = ideas.find(t.ideaId);
        const QString text = t.translation.trimmed();
        if (!idea || idea->text != t.sourceText || idea->language == language || text.isEmpty() ||
            idea->translationSource == QLatin1String(TranslationByPerson))
            continue;
        cs.append(modify<Idea>(data, t.ideaId, [&](Idea &i) {
            i.translation = text;
            i.translationLanguage = language;
            i.translationSource = QString::fromLatin1(TranslationByMachine);
        }));
    }
    return cs;
}

Result<ChangeSet> setTranslation(const WorkshopData &data, const QUuid &ideaId, const QString &text,
                                 const QString &language)
{
    const Idea *idea = data.table<Idea>().find(ideaId);
    if (!idea)
        return Error{QCoreApplication::translate("pamoja::Edits", "The idea no longer exists.")};
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t = t.trimmed();
    if (!t.isEmpty() && language.trimmed().isEmpty())
        return Error{QCoreApplication::translate("pamoja::Edits", "Say which language the translation is in.")};
    return modify<Idea>(data, ideaId, [&](Idea &i) {
        if (t.isEmpty()) {
            i.translation.clear();
            i.translationLanguage.clear();
            i.translationSource.clear();
            return;
        }
        i.translation = t;
        i.translationLanguage = language.trimmed();
        i.translationSource = QString::fromLatin1(TranslationByPerson);
    });
}

} // namespace pamoja::edits
