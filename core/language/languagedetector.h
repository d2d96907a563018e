#pragma once

// Which language an idea is written in, when nobody said so: Compact Language Detector 2 (CLD2),
// offline. Conservative on purpose: a short or mixed text gives "unknown" rather than a guess, because
// a wrong language on an idea is worse than none (issue 13: never claim a language that was not
// given or reliably detected).

#include <QString>

namespace pamoja::language {

struct Detection
{
    QString code;       // ISO 639-1 code ("en", "pt", "ar"); empty when unknown
    int confidence = 0; // 1-99 when reliable; 0 when unknown
    bool reliable = false;
};

// The fewest letters a text needs before a detection can be reliable: below it ("OK", "Budget",
// "Transparency!") even a person reading one word could not be sure of the language.
inline constexpr int MinLetters = 16;
// The share of the text (percent) the top language must hold.
inline constexpr int MinPercent = 80;

// Plain text (not HTML). Safe on any input (empty, huge, invalid UTF-16, NUL characters) and from any
// thread: CLD2 keeps no state between calls, its tables are constant.
Detection detectLanguage(const QString &text);

} // namespace pamoja::language
