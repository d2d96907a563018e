#pragma once

#include "document.h"
#include "reportmodel.h"

#include <atomic>
#include <functional>

namespace pamoja {

struct ExportOptions
{
    QString format;   // see exportFormatCodes()
    QString output;   // file path (csv: see csvOutputPaths())
    QString language; // report language (en, nl, fr, es, pt); empty: the workshop's main language
    QString paper;    // a4 | letter; empty: a4
    ReportContent content; // what the report includes
    bool pdfA = false;     // PDF/A-1b
    int threads = 0;       // PDF: threads that lay out and paint; 0: twice the number of cores
    QDateTime generatedAt; // invalid: now; tests fix it for golden files
    // Called as the export advances (done of total steps); return false to cancel.
    std::function<bool(int done, int total)> progress;
    const std::atomic_bool *cancel = nullptr; // set from another thread to cancel
};

QStringList exportFormatCodes();
QString exportFormatName(const QString &code); // translated, e.g. "PDF report"
QString exportFileSuffix(const QString &code);  // "pdf", "md", ...
// csv writes three files: OUT-ideas.csv, OUT-votes.csv and OUT-actions.csv, where OUT is the
// output path without its ".csv" suffix.
QStringList csvOutputPaths(const QString &output);
// The report language used when options.language is empty.
QString defaultReportLanguage(const WorkshopData &data);

// Writes the export atomically: on failure nothing is left at 'output' (an existing file is kept).
Status exportWorkshop(const Document &doc, const ExportOptions &options);
// The same from a copy of the data, for exports off the GUI thread.
Status exportWorkshop(const WorkshopData &data, const QList<HistoryEntry> &history, const ExportOptions &options);

} // namespace pamoja
