#include "processsetup.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <cstdlib>

#include <sys/stat.h>
#include <unistd.h>

namespace pamoja::process {

namespace {

// A folder that is ours alone: a real directory (not a link), owned by us, mode 0700.
bool isPrivateDir(const QByteArray &path)
{
    struct stat st {};
    return ::lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() &&
           (st.st_mode & 0777) == 0700;
}

QtMessageHandler g_previous = nullptr;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Passing over fonts is what the report's list of fonts is for; the note would only alarm
    // someone exporting from a terminal.
    if (type == QtWarningMsg && message.trimmed().startsWith(QLatin1StringView("OpenType support missing for")))
        return;
    if (g_previous) // Qt returns its default handler when none was installed
        g_previous(type, context, message);
}

} // namespace

void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    // One folder per user, reused by later commands; a fresh one when that name is taken by
    // something that is not ours alone.
    const QByteArray base = QFile::encodeName(QDir::tempPath());
    QByteArray path = base + "/pamoja-runtime-" + QByteArray::number(::getuid());
    if (::mkdir(path.constData(), 0700) != 0 && !isPrivateDir(path)) {
        QByteArray pattern = base + "/pamoja-runtime-XXXXXX";
        if (!::mkdtemp(pattern.data()))
            return; // Qt's own warning is then the truth
        path = pattern;
    }
    if (!isPrivateDir(path))
        return;
    qputenv("XDG_RUNTIME_DIR", path);
}

void quietFontFallback()
{
    QtMessageHandler previous = qInstallMessageHandler(filter);
    if (previous != filter)
        g_previous = previous;
}

} // namespace pamoja::process
