#pragma once

#include <QStringList>

namespace pamoja::cli {

// What a command line asks for. Window: no argument, a file to open (an existing path, one with a
// folder separator or ending in .pamoja) or Qt's own options (starting with '-'). Subcommand: args[1]
// names one (new, idea, info, ...); it runs without a display. Unknown: any other word, which run()
// refuses ("unknown command"), so a mistyped command never opens a window and leaves a script waiting.
// Capture: `pamoja capture FILE`, the quick-capture window alone (a display, except for --help).
enum class Route { Window, Subcommand, Capture, Unknown };
Route route(const QStringList &args);
bool isSubcommand(const QStringList &args);
// Runs a subcommand; returns the process exit code (0 ok, 1 failed, 2 wrong usage).
int run(const QStringList &args);
// Runs `pamoja capture` (a QApplication must exist unless --help is asked).
int runCapture(const QStringList &args);

} // namespace pamoja::cli
