#pragma once

// The workshop schema in PostgreSQL's dialect (issue 10). A PostgreSQL database holds many workshops,
// one per PostgreSQL schema (namespace), each with the same tables as a workshop file, so a workshop
// reads and writes the same way in both. The statements are derived from the SQLite migrations
// (schema.h), never written twice: a new migration reaches PostgreSQL as soon as it translates.

#include "../result.h"

#include <QStringList>
#include <QUuid>

namespace pamoja::schema {

// One SQLite statement of a migration in PostgreSQL's dialect; an error naming the construct when the
// statement uses something that has no translation here (then the migration needs one first).
Result<QString> postgresStatement(const QString &sqlite);
// migration(version), translated.
Result<QStringList> postgresMigration(int version);
// The PostgreSQL schema (namespace) that holds one workshop: "w_" and the id's 32 hex digits, so it
// never needs quoting.
QString postgresNamespace(const QUuid &workshop);

} // namespace pamoja::schema
