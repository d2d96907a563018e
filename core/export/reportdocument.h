#pragma once

#include "reportmodel.h"

#include <QTextDocument>

class QPaintDevice;

namespace pamoja {

struct ReportHeading
{
    int level = 1; // 1 section, 2 subsection
    QString title;
    int position = 0; // where its block starts in the document
};

struct ReportDocument
{
    std::unique_ptr<QTextDocument> document;
    QList<ReportHeading> headings;
};

struct ReportDocumentOptions
{
    QPaintDevice *device = nullptr; // lay out for this device (PDF, printer); null: screen units
    bool cover = false;             // title and contents list at the top (ODT: no painted cover)
    std::function<bool()> cancelled;
};

// Fonts covering Latin, Arabic, Devanagari and CJK, in fallback order.
QStringList reportFontFamilies();
// The report's font: those families, unhinted (a PDF is not drawn on a pixel grid, and hinting
// every glyph costs time on every thread that lays text out).
QFont reportFont(double pointSize, bool bold = false);

// The report body as a rich-text document: the sections, tables and the balance chart, in the
// report language. PDF, print preview and ODT share it. Empty document when cancelled.
ReportDocument buildReportDocument(const Report &report, const ReportDocumentOptions &options);

// The body in sections that each start on a new page (each step, then links, action plan, balance,
// factor coverage and the log, as far as the report includes them), so they can be laid out and
// painted independently, on several threads. A section's first heading has no page break.
int reportSectionCount(const Report &report);
ReportDocument buildReportSection(const Report &report, int section, const ReportDocumentOptions &options);
// A rough measure of the work a section takes to lay out and paint (about one per paragraph).
int reportSectionWeight(const Report &report, int section);

} // namespace pamoja
