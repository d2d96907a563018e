#include "exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <filesystem>
#include <memory>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pamoja {

namespace {

namespace fs = std::filesystem;

Error cannotWrite(const QString &path, const QString &why)
{
    return Error{QCoreApplication::translate("pamoja::Export", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
}

fs::path fsPath(const QString &path)
{
    return fs::path(QFile::encodeName(path).toStdString());
}

QString describe(const std::error_code &ec)
{
    return QString::fromLocal8Bit(ec.message());
}

// One file of a set: its new content in a temporary file beside it, and a copy of what it replaces.
struct Pending
{
    QString target;
    std::unique_ptr<QTemporaryFile> next;
    std::unique_ptr<QTemporaryFile> backup; // null: there was no file to keep
    bool moved = false;
};

// Puts back every file already moved into place. Returns the paths it could not restore.
QStringList rollBack(std::vector<Pending> &files)
{
    QStringList failed;
    for (Pending &p : files) {
        if (!p.moved)
            continue;
        std::error_code ec;
        if (p.backup)
            fs::rename(fsPath(p.backup->fileName()), fsPath(p.target), ec);
        else
            fs::remove(fsPath(p.target), ec);
        if (ec)
            failed.append(QDir::toNativeSeparators(p.target));
        else
            p.moved = false;
    }
    return failed;
}

Error failedAndRolledBack(std::vector<Pending> &files, const QString &path, const QString &why)
{
    const QStringList lost = rollBack(files);
    if (lost.isEmpty())
        return cannotWrite(path, why);
    return Error{QCoreApplication::translate("pamoja::Export", "Cannot write %1: %2. These files could not be put back as they were: %3")
                     .arg(QDir::toNativeSeparators(path), why, lost.join(QStringLiteral(", ")))};
}

} // namespace

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return cannotWrite(path, QCoreApplication::translate("pamoja::Export", "no output file was given."));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return cannotWrite(path, f.errorString());
    if (f.write(bytes) != bytes.size())
        return cannotWrite(path, f.errorString());
    if (!f.commit())
        return cannotWrite(path, f.errorString());
    return Status::ok();
}

Status writeAllAtomically(const QList<QPair<QString, QByteArray>> &files, const CommitStep &beforeCommit)
{
    // First everything that can fail without touching a target: the new contents and the backups.
    std::vector<Pending> pending;
    for (const auto &[path, bytes] : files) {
        if (path.isEmpty())
            return cannotWrite(path, QCoreApplication::translate("pamoja::Export", "no output file was given."));
        QFileInfo info(path);
        // Like QSaveFile: writing to a symbolic link writes the file it points to.
        if (info.isSymLink())
            info = QFileInfo(info.symLinkTarget());
        Pending p;
        p.target = info.absoluteFilePath();
        p.next = std::make_unique<QTemporaryFile>(info.dir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".XXXXXX")));
        if (!p.next->open())
            return cannotWrite(path, p.next->errorString());
        if (p.next->write(bytes) != bytes.size() || !p.next->flush())
            return cannotWrite(path, p.next->errorString());
#ifdef Q_OS_UNIX
        if (::fsync(p.next->handle()) != 0)
            return cannotWrite(path, describe(std::error_code(errno, std::generic_category())));
#endif
        p.next->close();
        // A replaced file keeps its permissions; a new one is readable by others, as QSaveFile makes it.
        const QFile::Permissions permissions =
            info.isFile() ? info.permissions()
                          : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        p.next->setPermissions(permissions);
        if (info.isFile()) {
            p.backup = std::make_unique<QTemporaryFile>(info.dir().filePath(QLatin1Char('.') + info.fileName() +
                                                                            QStringLiteral(".backup.XXXXXX")));
            if (!p.backup->open())
                return cannotWrite(path, p.backup->errorString());
            p.backup->close();
            std::error_code ec;
            fs::copy_file(fsPath(p.target), fsPath(p.backup->fileName()), fs::copy_options::overwrite_existing, ec);
            if (ec)
                return cannotWrite(path, describe(ec));
        }
        pending.push_back(std::move(p));
    }

    // Then the moves, each atomic; a failure puts back what was already moved.
    for (size_t i = 0; i < pending.size(); ++i) {
        Pending &p = pending[i];
        if (beforeCommit) {
            const Status step = beforeCommit(int(i), p.target);
            if (!step)
                return failedAndRolledBack(pending, p.target, step.error());
        }
        std::error_code ec;
        fs::rename(fsPath(p.next->fileName()), fsPath(p.target), ec);
        if (ec)
            return failedAndRolledBack(pending, p.target, describe(ec));
        p.moved = true;
    }
    // The temporary files and backups left over are removed as they go out of scope.
    return Status::ok();
}

} // namespace pamoja
