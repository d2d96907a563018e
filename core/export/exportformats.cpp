#include "exportformats.h"

#include "exchange/jsonexchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace pamoja {

namespace {
Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("pamoja::Export", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString())};
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error{QCoreApplication::translate("pamoja::Export", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString())};
    return Status::ok();
}
} // namespace

QStringList exportFormatCodes()
{
    return {QStringLiteral("json")};
}

Status exportWorkshop(const Document &doc, const ExportOptions &options)
{
    if (options.format == QLatin1StringView("json"))
        return writeAtomically(options.output, exchange::toJson(doc.data()));
    return Error{QCoreApplication::translate("pamoja::Export", "Unknown export format \"%1\".").arg(options.format)};
}

} // namespace pamoja
