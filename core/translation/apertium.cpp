#include "apertium.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

namespace pamoja::translation {

QString isoCode(const QString &apertiumCode)
{
    static const QRegularExpression letters(QStringLiteral("^[a-z]{2,3}$"));
    if (!letters.match(apertiumCode).hasMatch())
        return {};
    const QLocale::Language l = QLocale::codeToLanguage(apertiumCode, QLocale::ISO639Part1 | QLocale::ISO639Part3);
    if (l == QLocale::AnyLanguage || l == QLocale::C)
        return {};
    return QLocale::languageToCode(l, QLocale::ISO639Part1);
}

QString languageName(const QString &code)
{
    // Qt 6.4 names languages in English only (QLocale::languageToString), so a Dutch facilitator read
    // "Spanish" in a Dutch sentence. The languages Apertium's Debian pairs and Pamoja's own
    // translations cover are named here, translated; any other in English.
    struct Name
    {
        const char *code;
        const char *name;
    };
    static constexpr Name names[] = {
        {"af", QT_TRANSLATE_NOOP("pamoja::Languages", "Afrikaans")}, {"ar", QT_TRANSLATE_NOOP("pamoja::Languages", "Arabic")},
        {"ca", QT_TRANSLATE_NOOP("pamoja::Languages", "Catalan")},   {"de", QT_TRANSLATE_NOOP("pamoja::Languages", "German")},
        {"en", QT_TRANSLATE_NOOP("pamoja::Languages", "English")},   {"eo", QT_TRANSLATE_NOOP("pamoja::Languages", "Esperanto")},
        {"es", QT_TRANSLATE_NOOP("pamoja::Languages", "Spanish")},   {"eu", QT_TRANSLATE_NOOP("pamoja::Languages", "Basque")},
        {"fr", QT_TRANSLATE_NOOP("pamoja::Languages", "French")},    {"gl", QT_TRANSLATE_NOOP("pamoja::Languages", "Galician")},
        {"it", QT_TRANSLATE_NOOP("pamoja::Languages", "Italian")},   {"nl", QT_TRANSLATE_NOOP("pamoja::Languages", "Dutch")},
        {"oc", QT_TRANSLATE_NOOP("pamoja::Languages", "Occitan")},   {"pt", QT_TRANSLATE_NOOP("pamoja::Languages", "Portuguese")},
        {"ro", QT_TRANSLATE_NOOP("pamoja::Languages", "Romanian")},  {"sw", QT_TRANSLATE_NOOP("pamoja::Languages", "Swahili")},
    };
    for (const Name &n : names)
        if (code == QLatin1StringView(n.code))
            return QCoreApplication::translate("pamoja::Languages", n.name);
    const QLocale::Language l = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    return l == QLocale::AnyLanguage || l == QLocale::C ? code : QLocale::languageToString(l);
}

Apertium::Apertium(QString program, const QStringList &modeNames) : m_program(std::move(program))
{
    for (const QString &name : modeNames) {
        const QStringList parts = name.split(QLatin1Char('-'));
        if (parts.size() != 2)
            continue;
        const QString from = isoCode(parts.at(0));
        const QString to = isoCode(parts.at(1));
        if (from.isEmpty() || to.isEmpty() || from == to)
            continue;
        const bool known = std::any_of(m_modes.cbegin(), m_modes.cend(),
                                       [&](const Mode &m) { return m.from == from && m.to == to; });
        if (!known)
            m_modes.append({from, to, name});
    }
}

Apertium Apertium::installed()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("apertium"));
    const QString dir = QString::fromLatin1(ModesFolder);
    QStringList names;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.mode")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files)
        names.append(f.completeBaseName());
    return Apertium(program, names);
}

Status Apertium::available() const
{
    if (m_program.isEmpty())
        return Error{QCoreApplication::translate("pamoja::Translation", "Apertium is not installed, so ideas cannot be translated. Install the package \"apertium\" and its language pairs (for example apertium-eng-spa, apertium-fr-es, apertium-es-pt).")};
    return {};
}

Result<Route> Apertium::route(const QString &from, const QString &to) const
{
    if (Status s = available(); !s)
        return Error{s.error()};
    auto find = [&](const QString &a, const QString &b) -> const Mode * {
        for (const Mode &m : m_modes)
            if (m.from == a && m.to == b)
                return &m;
        return nullptr;
    };
    if (const Mode *m = find(from, to))
        return Route{from, to, {*m}};
    const QString pivot = QString::fromUtf16(PivotLanguage);
    if (from != pivot && to != pivot) {
        const Mode *first = find(from, pivot);
        const Mode *second = find(pivot, to);
        if (first && second)
            return Route{from, to, {*first, *second}};
    }
    return Error{QCoreApplication::translate("pamoja::Translation", "No translation from %1 to %2 is installed: Apertium has no %1-%2 language pair, nor pairs through Spanish. The ideas in %1 keep no translation.")
                     .arg(languageName(from), languageName(to))};
}

QStringList Apertium::arguments(const Mode &mode)
{
    return {QStringLiteral("-u"), QStringLiteral("-f"), QStringLiteral("txt"), mode.name};
}

} // namespace pamoja::translation
