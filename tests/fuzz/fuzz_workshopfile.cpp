// Opening a workshop file someone sent (core/store, Document::open): the input is written as a
// .pamoja file and opened for writing, the way the window opens it (checks, migration with a backup,
// load). What opens must then take a change, show its history and pass or fail its check: a damaged
// file gives a message, never a crash.

#include "document.h"
#include "edits.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pamoja;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    // In memory when /dev/shm is there: SQLite syncs, and a disk would make each run slow.
    static const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static QTemporaryDir dir(base + QStringLiteral("/pamoja-fuzz-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("input.pamoja"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        auto doc = Document::open(path);
        if (!doc) {
            fuzz::require(!doc.error().isEmpty(), "a refused file says why");
        } else {
            Document &d = **doc;
            edits::IdeaDraft draft;
            draft.text = QStringLiteral("fuzz");
            if (auto cs = edits::addIdea(d.data(), draft); cs)
                (void)d.apply(*cs, QStringLiteral("add"));
            (void)d.store().history(5);
            (void)d.store().integrityProblems();
        }
    }
    // Everything this run left (side files, lock, backup) goes, so runs do not see each other.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
    return 0;
}
