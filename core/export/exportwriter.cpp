#include "exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <memory>

namespace pamoja {

namespace {
Error cannotWrite(const QString &path, const QString &why)
{
    return Error{QCoreApplication::translate("pamoja::Export", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
}
} // namespace

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    return writeAllAtomically({{path, bytes}});
}

Status writeAllAtomically(const QList<QPair<QString, QByteArray>> &files)
{
    std::vector<std::unique_ptr<QSaveFile>> open;
    for (const auto &[path, bytes] : files) {
        if (path.isEmpty())
            return cannotWrite(path, QCoreApplication::translate("pamoja::Export", "no output file was given."));
        auto f = std::make_unique<QSaveFile>(path);
        if (!f->open(QIODevice::WriteOnly))
            return cannotWrite(path, f->errorString());
        if (f->write(bytes) != bytes.size())
            return cannotWrite(path, f->errorString());
        open.push_back(std::move(f));
    }
    for (auto &f : open)
        if (!f->commit())
            return cannotWrite(f->fileName(), f->errorString());
    return Status::ok();
}

} // namespace pamoja
