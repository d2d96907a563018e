#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace pamoja {

// Writes through QSaveFile: either the whole file appears, or the old one (if any) stays untouched.
Status writeAtomically(const QString &path, const QByteArray &bytes);
// Several files that belong together: all are written to temporary files first and only committed
// when every one of them was written.
Status writeAllAtomically(const QList<QPair<QString, QByteArray>> &files);

} // namespace pamoja
