#pragma once

// Fault injection for the workshop store: a SQLite VFS that wraps the system's ("unix") and, when
// told, fails the way a full disk, a medium that turned read-only or an unwritable log file fail,
// with the error codes the unix VFS returns for ENOSPC and EROFS. Registered as the default VFS of
// the process's libsqlite3 (the one Qt's QSQLITE driver uses), so every workshop opened afterwards
// goes through it; with no fault set it only forwards.

namespace pamoja::testing {

enum class Fault {
    None,
    DiskFull,      // every write fails with SQLITE_FULL (ENOSPC)
    ReadOnlyMedia, // writes fail with SQLITE_IOERR_WRITE, new files cannot be created (EROFS)
    WalUnwritable, // writes to the write-ahead log fail, and it cannot be opened (EACCES)
};

// Registers the VFS once; false when SQLite refused it.
bool installFaultyVfs();
void setFault(Fault fault);
// How many operations failed because of the fault since the last setFault().
int injectedFailures();

} // namespace pamoja::testing
