#pragma once

// Shared by the WorkshopStore sources (workshopstore.cpp, workshopstorewrite.cpp): how values go to and
// from SQL, and what SQLite's and PostgreSQL's errors mean for a facilitator. Not for use elsewhere.

#include "../domain/record.h"

#include <QSqlError>
#include <QString>
#include <QVariant>

#include <optional>

namespace pamoja::storesql {

QString nativeName(const QString &path);
QVariant toSql(FieldType type, const QVariant &v);
QVariant fromSql(FieldType type, const QVariant &v);
// The declared type of a field, or nothing when the entity has no such field (derived from visit()).
std::optional<FieldType> fieldType(const KindInfo &info, const QString &name);
bool hasSqliteHeader(const QString &path);
QString lockPath(const QString &path);
// Whether the file SQLite has open is no longer the one at its path (deleted, moved or replaced).
bool fileHasMoved(const QString &connection);
int sqliteCode(const QSqlError &error);
// An insert whose id is taken (someone else inserted it first).
bool isDuplicate(const QSqlError &error);
bool isAccessError(const QSqlError &error);
// Why a change could not be written, in words a facilitator can act on.
QString notSavedMessage(const QSqlError &error);

} // namespace pamoja::storesql
