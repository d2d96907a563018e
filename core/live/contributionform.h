#pragma once

// The offline contribution form (docs/contribution-form.md): one self-contained HTML file, with its
// style and script inline and a Content-Security-Policy that allows nothing else, so it works from a
// USB stick or an e-mail attachment (file://) with no network. It shows the workshop's title and the
// prompts of the chosen steps in en, nl, fr, es or pt (the words come from PageText, like the live
// participant page's), and saves what a participant writes as a contribution packet
// (core/exchange/packet.h): a small file to download and the same text to paste into an e-mail.

#include "domain/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pamoja::form {

struct Options
{
    QList<int> steps; // empty: all three
    QString language; // the page's language without JavaScript, and when the browser's is not one of
                      // languages(); empty: the workshop's main language (else English)
};

QStringList languages();
// The page; the same workshop and options give the same bytes.
QByteArray render(const WorkshopData &data, const Options &options);
// Writes the page atomically (QSaveFile): a failed write leaves any earlier file as it was. Refused
// when the chosen steps have no prompt at all.
Status write(const WorkshopData &data, const Options &options, const QString &path);

} // namespace pamoja::form
