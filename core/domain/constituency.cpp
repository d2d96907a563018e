#include "constituency.h"

#include "fold.h"

#include <QHash>

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

QString constituency::fromWords(const QString &words)
{
    const QString v = foldText(words);
    if (isValid(v))
        return v;
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const char *w : {"south", "southern", "southern cso", "zuid", "zuidelijk", "zuidelijke cso", "sud", "cso du sud",
                              "sur", "osc del sur", "sul", "osc do sul", "global south"})
            m.insert(QString::fromLatin1(w), South);
        for (const char *w : {"north", "northern", "northern cso", "noord", "noordelijk", "noordelijke cso", "nord",
                              "cso du nord", "norte", "osc del norte", "osc do norte", "global north"})
            m.insert(QString::fromLatin1(w), North);
        for (const char *w : {"donor", "donateur", "bailleur", "bailleur de fonds", "donante", "doador", "funder"})
            m.insert(QString::fromLatin1(w), Donor);
        for (const char *w : {"other", "overig", "anders", "autre", "otro", "outro"})
            m.insert(QString::fromLatin1(w), Other);
        return m;
    }();
    return map.value(v);
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

namespace {
// The one wording of the default prompts; the report looks them up by this source text.
const char *const DefaultPrompts[] = {
    QT_TRANSLATE_NOOP("pamoja::Step", "Imagine a balanced power relationship between Northern and Southern CSOs. "
                                      "What does it look like, and how could it come about?"),
    QT_TRANSLATE_NOOP("pamoja::Step", "What has to change in the system (donor frameworks, selection processes, funding "
                                      "modalities, accountability and risk rules, ...) for that picture to become real?"),
    QT_TRANSLATE_NOOP("pamoja::Step", "What will we do to bring that change about?"),
};
} // namespace

const char *step::defaultPromptSource(int s)
{
    return s >= First && s <= Last ? DefaultPrompts[s - First] : nullptr;
}

QString step::defaultPrompt(int s)
{
    const char *source = defaultPromptSource(s);
    return source ? QCoreApplication::translate("pamoja::Step", source) : QString();
}

} // namespace pamoja
