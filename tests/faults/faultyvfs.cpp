#include "faultyvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace pamoja::testing {

namespace {

std::atomic<Fault> g_fault{Fault::None};
std::atomic<int> g_failures{0};
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

// Our file: which kind it is, then the real VFS's file right behind it.
struct File
{
    sqlite3_file base;
    bool wal;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

File *cast(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

// The error a write gets under the current fault, or SQLITE_OK.
int writeFault(const File *f)
{
    switch (g_fault.load()) {
    case Fault::None: return SQLITE_OK;
    case Fault::DiskFull: return SQLITE_FULL;
    case Fault::ReadOnlyMedia: return SQLITE_IOERR_WRITE;
    case Fault::WalUnwritable: return f->wal ? SQLITE_IOERR_WRITE : SQLITE_OK;
    }
    return SQLITE_OK;
}

int failed(int code)
{
    ++g_failures;
    return code;
}

int xClose(sqlite3_file *f)
{
    File *p = cast(f);
    const int rc = p->real()->pMethods->xClose(p->real());
    p->base.pMethods = nullptr;
    return rc;
}
int xRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
    return cast(f)->real()->pMethods->xRead(cast(f)->real(), buf, n, off);
}
int xWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
    if (const int rc = writeFault(cast(f)))
        return failed(rc);
    return cast(f)->real()->pMethods->xWrite(cast(f)->real(), buf, n, off);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (const int rc = writeFault(cast(f)))
        return failed(rc == SQLITE_FULL ? rc : SQLITE_IOERR_TRUNCATE);
    return cast(f)->real()->pMethods->xTruncate(cast(f)->real(), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return cast(f)->real()->pMethods->xSync(cast(f)->real(), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return cast(f)->real()->pMethods->xFileSize(cast(f)->real(), size);
}
int xLock(sqlite3_file *f, int level)
{
    return cast(f)->real()->pMethods->xLock(cast(f)->real(), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return cast(f)->real()->pMethods->xUnlock(cast(f)->real(), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return cast(f)->real()->pMethods->xCheckReservedLock(cast(f)->real(), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return cast(f)->real()->pMethods->xFileControl(cast(f)->real(), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return cast(f)->real()->pMethods->xSectorSize(cast(f)->real());
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return cast(f)->real()->pMethods->xDeviceCharacteristics(cast(f)->real());
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return cast(f)->real()->pMethods->xShmMap(cast(f)->real(), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return cast(f)->real()->pMethods->xShmLock(cast(f)->real(), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    cast(f)->real()->pMethods->xShmBarrier(cast(f)->real());
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return cast(f)->real()->pMethods->xShmUnmap(cast(f)->real(), deleteFlag);
}
int xFetch(sqlite3_file *f, sqlite3_int64 off, int n, void **out)
{
    return cast(f)->real()->pMethods->xFetch(cast(f)->real(), off, n, out);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    return cast(f)->real()->pMethods->xUnfetch(cast(f)->real(), off, p);
}

const sqlite3_io_methods g_methods = {
    3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
    xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch,
};

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *p = cast(f);
    p->base.pMethods = nullptr;
    p->wal = (flags & SQLITE_OPEN_WAL) != 0;
    const Fault fault = g_fault.load();
    if ((flags & SQLITE_OPEN_READWRITE) &&
        ((fault == Fault::ReadOnlyMedia && (flags & SQLITE_OPEN_CREATE)) || (fault == Fault::WalUnwritable && p->wal)))
        return failed(SQLITE_CANTOPEN);
    const int rc = g_real->xOpen(g_real, name, p->real(), flags, outFlags);
    if (rc == SQLITE_OK)
        p->base.pMethods = &g_methods;
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

} // namespace

bool installFaultyVfs()
{
    static const bool installed = [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real)
            return false;
        std::memcpy(&g_vfs, g_real, sizeof(g_vfs));
        g_vfs.zName = "pamoja-faulty";
        g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
        g_vfs.pNext = nullptr;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    }();
    return installed;
}

void setFault(Fault fault)
{
    g_fault = fault;
    g_failures = 0;
}

int injectedFailures()
{
    return g_failures.load();
}

} // namespace pamoja::testing
