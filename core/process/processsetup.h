#pragma once

// What every Pamoja process (the application, its subcommands, the benchmarks) sets up before Qt
// starts, so that a command-line run prints only what its user needs.

namespace pamoja::process {

// Qt warns "QStandardPaths: XDG_RUNTIME_DIR not set" (and about its permissions) when that folder is
// missing, which is the case for root in a container or a CI job. When it is unset, this points it
// at a private folder (0700, owned by this user) under the temporary folder. Call before the
// application object exists. Does nothing when XDG_RUNTIME_DIR is already set.
void ensureRuntimeDir();

// Drops the notes Qt writes for every font it passes over on the way to one that can shape a script
// ("OpenType support missing for ..."). Every other message goes through to the previous handler.
void quietFontFallback();

} // namespace pamoja::process
