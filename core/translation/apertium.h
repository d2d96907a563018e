#pragma once

// Which translations the installed Apertium can make: its modes (one per direction, such as
// "eng-spa" or "fr-es") and the route from one language to another, direct or through Spanish.

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pamoja::translation {

// One installed direction: ISO 639-1 codes and the Apertium mode that translates between them.
struct Mode
{
    QString from;
    QString to;
    QString name; // e.g. "eng-spa"
};

// The hops that take a text from one language to another: one mode (direct) or two (through Spanish).
struct Route
{
    QString from;
    QString to;
    QList<Mode> hops;
    bool pivot() const { return hops.size() > 1; }
};

// The language everything pivots through: the pairs Debian ships all touch Spanish.
inline constexpr char16_t PivotLanguage[] = u"es";
inline constexpr char ModesFolder[] = "/usr/share/apertium/modes";

class Apertium
{
public:
    // Finds the `apertium` program on PATH and the modes in its data folder (where Debian's
    // language pairs put them and where `apertium` looks). Never runs anything.
    static Apertium installed();
    // For tests: a given program and list of mode names.
    Apertium(QString program, const QStringList &modeNames);

    // Empty when `apertium` is not on PATH.
    const QString &program() const { return m_program; }
    const QList<Mode> &modes() const { return m_modes; }

    // The route, or an error that names the missing pair (and says when Apertium is not installed).
    Result<Route> route(const QString &from, const QString &to) const;
    // An error when the program is missing, else ok.
    Status available() const;

    // The arguments for one hop: unknown words are not marked ("-u": "*word" never reaches an idea),
    // plain text format.
    static QStringList arguments(const Mode &mode);

private:
    QString m_program;
    QList<Mode> m_modes;
};

// "eng" -> "en", "fr" -> "fr"; empty when the code names no language. Variants ("spa-eng_US",
// "es-pt_BR") and other modes ("eco-fr-es") are not directions between two languages and are skipped.
QString isoCode(const QString &apertiumCode);
// A language's name for messages ("Dutch", "Néerlandais" in French), translated for the languages
// Apertium's pairs and Pamoja's translations cover, in English for any other.
QString languageName(const QString &code);

} // namespace pamoja::translation
