#pragma once

#include "domain/boardgeometry.h"

#include <QColor>
#include <QString>

namespace pamoja::boardstyle {

// Note colours are fixed (they stand for paper); text on them is always dark so it stays readable in
// dark palettes. Everything around the notes uses palette roles.
// Sizes come from the core (core/domain/boardgeometry.h), which places notes with them.
using board::Gap;
using board::HeaderHeight;
using board::NoteHeight;
using board::NoteWidth;
using board::Padding;

QColor noteFill();
QColor noteText();
QColor constituencyColour(const QString &code);
QString constituencyShort(const QString &code); // translated short label for badges

} // namespace pamoja::boardstyle
