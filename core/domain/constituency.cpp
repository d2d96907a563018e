#include "constituency.h"

namespace pamoja {

QString constituency::label(const QString &code)
{
    if (code == South)
        return QCoreApplication::translate("pamoja::Constituency", "Southern CSO");
    if (code == North)
        return QCoreApplication::translate("pamoja::Constituency", "Northern CSO");
    if (code == Donor)
        return QCoreApplication::translate("pamoja::Constituency", "Donor");
    if (code == Other)
        return QCoreApplication::translate("pamoja::Constituency", "Other");
    return QCoreApplication::translate("pamoja::Constituency", "Unknown");
}

QString step::code(int s)
{
    switch (s) {
    case 1: return QStringLiteral("envision");
    case 2: return QStringLiteral("change");
    case 3: return QStringLiteral("action");
    default: return QString();
    }
}

int step::fromCode(const QString &c)
{
    for (int s = First; s <= Last; ++s)
        if (code(s) == c)
            return s;
    return 0;
}

QString step::label(int s)
{
    switch (s) {
    case 1: return QCoreApplication::translate("pamoja::Step", "1 Envision");
    case 2: return QCoreApplication::translate("pamoja::Step", "2 System change");
    case 3: return QCoreApplication::translate("pamoja::Step", "3 Action");
    default: return QString();
    }
}

QString step::defaultPrompt(int s)
{
    switch (s) {
    case 1:
        return QCoreApplication::translate(
            "pamoja::Step", "Imagine a balanced power relationship between Northern and Southern CSOs. "
                            "What does it look like, and how could it come about?");
    case 2:
        return QCoreApplication::translate(
            "pamoja::Step", "What has to change in the system (donor frameworks, selection processes, funding "
                            "modalities, accountability and risk rules, ...) for that picture to become real?");
    case 3: return QCoreApplication::translate("pamoja::Step", "What will we do to bring that change about?");
    default: return QString();
    }
}

} // namespace pamoja
