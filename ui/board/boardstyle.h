#pragma once

#include <QColor>
#include <QString>

namespace pamoja::boardstyle {

// Note colours are fixed (they stand for paper); text on them is always dark so it stays readable in
// dark palettes. Everything around the notes uses palette roles.
inline constexpr double NoteWidth = 180;
inline constexpr double NoteHeight = 100;
inline constexpr double Gap = 12;
inline constexpr double HeaderHeight = 44;
inline constexpr double Padding = 12;

QColor noteFill();
QColor noteText();
QColor constituencyColour(const QString &code);
QString constituencyShort(const QString &code); // translated short label for badges

} // namespace pamoja::boardstyle
