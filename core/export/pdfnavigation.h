#pragma once

#include "reportpainter.h"

#include <QByteArray>

namespace pamoja {

// Qt 6.4's PDF engine writes neither an outline nor internal links. This rewrites the PDF with
// qpdf: an /Outlines tree (bookmarks) for every heading, a link annotation on every contents entry,
// and the outline shown when the file opens. No object streams, so PDF/A-1b stays valid.
Result<QByteArray> addNavigation(const QByteArray &pdf, const PaintedReport &painted);

} // namespace pamoja
