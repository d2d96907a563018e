#pragma once

#include "reportmodel.h"
#include "reportpainter.h"

#include <QByteArray>

namespace pamoja {

// One function per format, each from the same report model. Bytes only: writing is atomic elsewhere.

struct PdfOptions
{
    QString paper; // a4 | letter
    bool pdfA = false;
    PageProgress progress;
    int threads = 0; // worker threads; 0: twice the number of cores
};

Result<QByteArray> renderPdf(const Report &report, const PdfOptions &options);
Result<QByteArray> renderOdt(const Report &report);
QByteArray renderHtml(const Report &report);
QByteArray renderMarkdown(const Report &report);

// A table of the report's data, for CSV and XLSX.
struct ReportTable
{
    QString name;        // file suffix / sheet name
    QStringList header;
    QList<QStringList> rows;
};

// ideas, votes, actions. CSV keeps stable English column codes; XLSX shows translated headers.
QList<ReportTable> reportTables(const Report &report, bool translatedHeaders);
QByteArray renderCsv(const ReportTable &table);
// A cell a spreadsheet would run as a formula gets a leading apostrophe.
QString neutraliseCell(const QString &cell);
Result<QByteArray> renderXlsx(const QList<ReportTable> &tables);

// The board: clusters and notes per step, drawn as on a wall.
QByteArray renderBoardPng(const Report &report);
QByteArray renderBoardSvg(const Report &report);
// Every text the board images draw (step titles, cluster titles, notes), in drawing order: what a
// reader of the PNG can see, without reading pixels.
QStringList boardTexts(const Report &report);

} // namespace pamoja
