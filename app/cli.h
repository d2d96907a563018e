#pragma once

#include <QStringList>

namespace pamoja::cli {

// True when args[1] names a subcommand (new, idea, info, ...), which runs without a display.
bool isSubcommand(const QStringList &args);
// Runs a subcommand; returns the process exit code (0 ok, 1 failed, 2 wrong usage).
int run(const QStringList &args);

} // namespace pamoja::cli
