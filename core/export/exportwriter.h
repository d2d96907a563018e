#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

namespace pamoja {

// Writes through QSaveFile: either the whole file appears, or the old one (if any) stays untouched.
Status writeAtomically(const QString &path, const QByteArray &bytes);

// Called before file number 'index' is moved into place; an error makes that step fail as a
// rename would (tests inject failures with it).
using CommitStep = std::function<Status(int index, const QString &path)>;

// Several files that belong together, all or nothing: every file is written to a temporary file
// beside its target first; only when all are written are they moved into place. When a move fails,
// the files already moved are put back as they were (from backups taken before the first move) and
// the files that did not exist before are removed.
Status writeAllAtomically(const QList<QPair<QString, QByteArray>> &files, const CommitStep &beforeCommit = {});

} // namespace pamoja
