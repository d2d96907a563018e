#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pamoja {

// Constituencies are stored as stable codes; labels are translated for display.
namespace constituency {
inline const QString South = QStringLiteral("south");
inline const QString North = QStringLiteral("north");
inline const QString Donor = QStringLiteral("donor");
inline const QString Other = QStringLiteral("other");

inline QStringList codes() { return {South, North, Donor, Other}; }
inline bool isValid(const QString &code) { return codes().contains(code); }
QString label(const QString &code);
// A code from words people write in en, nl, fr, es or pt ("Southern CSO", "Noord", "bailleur"),
// ignoring case and accents; empty when none matches.
QString fromWords(const QString &words);
} // namespace constituency

enum class Step { Envision = 1, Change = 2, Action = 3 };

namespace step {
inline constexpr int First = 1;
inline constexpr int Last = 3;
QString code(int step);          // "envision", "change", "action"
int fromCode(const QString &code); // 0 when unknown
QString label(int step);         // translated, e.g. "1 Envision"
QString defaultPrompt(int step); // translated default guiding question
const char *defaultPromptSource(int step); // its untranslated source text (context "pamoja::Step"); null when no such step
} // namespace step

} // namespace pamoja
