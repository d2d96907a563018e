#include "mergesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

namespace pamoja::merge {

namespace {

bool sameFile(const QString &a, const QString &b)
{
    if (QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath())
        return true;
    struct stat sa {}, sb {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace

Result<Source> readSource(const QString &path, const QString &targetPath)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error{QCoreApplication::translate("pamoja::Merge", "%1 does not exist.").arg(shown)};
    if (!fi.isFile() || !fi.isReadable())
        return Error{QCoreApplication::translate("pamoja::Merge", "%1 is not a readable file.").arg(shown)};
    if (!targetPath.isEmpty() && sameFile(path, targetPath))
        return Error{QCoreApplication::translate("pamoja::Merge", "%1 is the workshop being merged into; choose another file.").arg(shown)};

    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{QCoreApplication::translate("pamoja::Merge", "Could not make a private folder to read %1: %2").arg(shown, dir.errorString())};
    const QString copy = dir.filePath(fi.fileName());
    // The log holds the latest changes of a file that is open elsewhere; both are copied.
    if (!QFile::copy(path, copy) ||
        (QFileInfo::exists(path + QStringLiteral("-wal")) && !QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"))))
        return Error{QCoreApplication::translate("pamoja::Merge", "Could not read %1.").arg(shown)};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(copy + QStringLiteral("-wal"), QFile::ReadOwner | QFile::WriteOwner);
    // Messages name the file the facilitator chose, not the private copy.
    const auto named = [&](QString message) {
        return message.replace(QDir::toNativeSeparators(copy), shown);
    };
    auto store = WorkshopStore::open(copy, WorkshopStore::Access::ReadWrite);
    if (!store)
        return Error{named(store.error())};
    Source source;
    source.path = path;
    auto data = (*store)->load();
    if (!data)
        return Error{named(data.error())};
    auto history = (*store)->history();
    if (!history)
        return Error{named(history.error())};
    source.data = std::move(*data);
    source.history = std::move(*history);
    return source;
}


} // namespace pamoja::merge
