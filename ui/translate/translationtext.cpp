#include "translationtext.h"

#include "translation/apertium.h"

#include <QCoreApplication>

namespace pamoja::translationtext {

bool isMachine(const Idea &idea)
{
    return idea.translationSource == QLatin1String("machine");
}

QString mark(const Idea &idea)
{
    if (idea.translation.isEmpty())
        return {};
    return isMachine(idea) ? QCoreApplication::translate("pamoja::Translation", "MT", "short mark: machine translation")
                           : QCoreApplication::translate("pamoja::Translation", "Tr.", "short mark: a person's translation");
}

QString sentence(const Idea &idea)
{
    if (idea.translation.isEmpty())
        return {};
    const QString language = translation::languageName(idea.translationLanguage);
    return isMachine(idea) ? QCoreApplication::translate("pamoja::Translation", "Machine translation (%1): %2").arg(language, idea.translation)
                           : QCoreApplication::translate("pamoja::Translation", "Translation, by a person (%1): %2").arg(language, idea.translation);
}

} // namespace pamoja::translationtext
