#pragma once

#include "document.h"

namespace pamoja {

struct ExportOptions
{
    QString format;   // see exportFormatCodes()
    QString output;   // file path
    QString language; // report language (en, nl, fr, es, pt); empty: the workshop's main language
    QString paper;    // a4 | letter; empty: a4
};

QStringList exportFormatCodes();

// Writes the export atomically: on failure nothing is left at 'output' (an existing file is kept).
Status exportWorkshop(const Document &doc, const ExportOptions &options);

} // namespace pamoja
