#include "exportformats.h"

#include "exchange/jsonexchange.h"
#include "exportwriter.h"
#include "reportrenderers.h"

#include "i18n.h"

#include <QCoreApplication>
#include <QDir>

namespace pamoja {

QStringList exportFormatCodes()
{
    return {QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("md"),
            QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("json"), QStringLiteral("png"),
            QStringLiteral("svg")};
}

QString exportFormatName(const QString &code)
{
    if (code == QLatin1StringView("pdf"))
        return QCoreApplication::translate("pamoja::Export", "PDF report");
    if (code == QLatin1StringView("odt"))
        return QCoreApplication::translate("pamoja::Export", "Editable document (ODT)");
    if (code == QLatin1StringView("html"))
        return QCoreApplication::translate("pamoja::Export", "Web page (HTML)");
    if (code == QLatin1StringView("md"))
        return QCoreApplication::translate("pamoja::Export", "Markdown");
    if (code == QLatin1StringView("csv"))
        return QCoreApplication::translate("pamoja::Export", "Spreadsheet tables (CSV: ideas, votes, actions)");
    if (code == QLatin1StringView("xlsx"))
        return QCoreApplication::translate("pamoja::Export", "Spreadsheet workbook (XLSX)");
    if (code == QLatin1StringView("json"))
        return QCoreApplication::translate("pamoja::Export", "Workshop data for Pamoja (JSON)");
    if (code == QLatin1StringView("png"))
        return QCoreApplication::translate("pamoja::Export", "Board as an image (PNG)");
    if (code == QLatin1StringView("svg"))
        return QCoreApplication::translate("pamoja::Export", "Board as a drawing (SVG)");
    return code;
}

QString exportFileSuffix(const QString &code)
{
    return code;
}

QStringList csvOutputPaths(const QString &output)
{
    QString stem = output;
    if (stem.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return {stem + QStringLiteral("-ideas.csv"), stem + QStringLiteral("-votes.csv"), stem + QStringLiteral("-actions.csv")};
}

QString defaultReportLanguage(const WorkshopData &data)
{
    const QString first = data.workshop().languages.section(QLatin1Char(','), 0, 0).trimmed();
    return i18n::supportedLanguages().contains(first) ? first : QStringLiteral("en");
}

Status exportWorkshop(const Document &doc, const ExportOptions &options)
{
    QList<HistoryEntry> history;
    if (options.content.interventions && (options.format != QLatin1StringView("json"))) {
        auto read = doc.store().history();
        if (!read)
            return read.status();
        history = std::move(*read);
    }
    return exportWorkshop(doc.data(), history, options);
}

Status exportWorkshop(const WorkshopData &data, const QList<HistoryEntry> &history, const ExportOptions &options)
{
    const QString &f = options.format;
    if (!exportFormatCodes().contains(f))
        return Error{QCoreApplication::translate("pamoja::Export", "Unknown export format \"%1\".").arg(f)};
    if (options.output.isEmpty())
        return Error{QCoreApplication::translate("pamoja::Export", "No output file was given.")};
    const QString language = options.language.isEmpty() ? defaultReportLanguage(data) : options.language;
    if (!i18n::supportedLanguages().contains(language))
        return Error{QCoreApplication::translate("pamoja::Export", "Reports come in %1, not \"%2\".")
                         .arg(i18n::supportedLanguages().join(QStringLiteral(", ")), language)};
    if (!options.paper.isEmpty() && options.paper.compare(QLatin1StringView("a4"), Qt::CaseInsensitive) != 0 &&
        options.paper.compare(QLatin1StringView("letter"), Qt::CaseInsensitive) != 0)
        return Error{QCoreApplication::translate("pamoja::Export", "The paper size must be a4 or letter, not \"%1\".").arg(options.paper)};

    if (f == QLatin1StringView("json"))
        return writeAtomically(options.output, exchange::toJson(data));

    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    auto progress = [&](int done, int total) {
        if (cancelled())
            return false;
        return options.progress ? options.progress(done, total) : true;
    };
    const auto cancelError = Error{QCoreApplication::translate("pamoja::Export", "The export was cancelled.")};

    ReportInput input;
    input.language = language;
    input.content = options.content;
    input.generatedAt = options.generatedAt;
    input.history = history;
    const Report report = buildReport(data, input);
    if (!progress(0, 0))
        return cancelError;

    if (f == QLatin1StringView("pdf")) {
        auto pdf = renderPdf(report, {options.paper, options.pdfA, progress, options.threads});
        return pdf ? writeAtomically(options.output, *pdf) : Status(Error{pdf.error()});
    }
    if (f == QLatin1StringView("odt")) {
        auto odt = renderOdt(report);
        return odt ? writeAtomically(options.output, *odt) : Status(Error{odt.error()});
    }
    if (f == QLatin1StringView("xlsx")) {
        auto xlsx = renderXlsx(reportTables(report, true));
        return xlsx ? writeAtomically(options.output, *xlsx) : Status(Error{xlsx.error()});
    }
    if (f == QLatin1StringView("csv")) {
        const QList<ReportTable> tables = reportTables(report, false);
        const QStringList paths = csvOutputPaths(options.output);
        QList<QPair<QString, QByteArray>> files;
        for (int i = 0; i < tables.size(); ++i)
            files.append({paths.at(i), renderCsv(tables.at(i))});
        return writeAllAtomically(files);
    }
    QByteArray bytes;
    if (f == QLatin1StringView("html"))
        bytes = renderHtml(report);
    else if (f == QLatin1StringView("md"))
        bytes = renderMarkdown(report);
    else if (f == QLatin1StringView("png"))
        bytes = renderBoardPng(report);
    else if (f == QLatin1StringView("svg"))
        bytes = renderBoardSvg(report);
    if (!progress(1, 1))
        return cancelError;
    return writeAtomically(options.output, bytes);
}

} // namespace pamoja
