#pragma once

// The report's colours, one definition for the document and the pages around it.

#include <QColor>

namespace pamoja::reportpalette {

inline const QColor Accent(0x1f, 0x6f, 0x78);
inline const QColor Muted(0x55, 0x5f, 0x6a);
inline const QColor Warn(0xb0, 0x30, 0x20);

} // namespace pamoja::reportpalette
