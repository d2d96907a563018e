#pragma once

#include "reportpainter.h"

#include <QByteArray>

namespace pamoja {

// Joins the PDF parts (painted on several threads) into one file with qpdf, the first part's
// document information, metadata and output intent kept, and adds what Qt 6.4's PDF engine writes
// neither of: an /Outlines tree (bookmarks) for every heading, a link annotation on every contents
// entry, and the outline shown when the file opens. No object streams, so PDF/A-1b stays valid.
// `order` says where each page of the result comes from; pages in `painted` count in that order.
struct PdfPageSource
{
    int part = 0;
    int page = 0;
};
Result<QByteArray> assemblePdf(const QList<QByteArray> &parts, const QList<PdfPageSource> &order,
                               const PaintedReport &painted);

} // namespace pamoja
