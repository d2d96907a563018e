#pragma once

// Where a workshop lives: a SQLite file (a path), or a workshop in a PostgreSQL database given as a
// libpq URI, postgresql://[user[:password]@]host[:port]/dbname[?workshop=ID&...]. Every command and
// the window take either (issue 10). The password, when the URI has one, is kept for connecting and
// never shown: display() leaves it out; without one, libpq reads PGPASSWORD or ~/.pgpass itself.

#include "../result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

namespace pamoja {

struct WorkshopLocation
{
    enum class Kind { File, Postgres };
    Kind kind = Kind::File;

    QString path; // File

    // Postgres
    QString host; // a name, an IPv4 address or an IPv6 address (without brackets)
    int port = 0; // 0: libpq's default (5432)
    QString user;
    QString password; // never shown; empty: PGPASSWORD or ~/.pgpass
    QString database;
    QUuid workshop; // null: the database as a whole (repo list, copy into it)
    QList<QPair<QString, QString>> options; // further libpq parameters Pamoja passes on (sslmode, ...)

    // A path, or a postgresql:// (or postgres://) URI. Refuses other schemes, malformed URIs and
    // parameters Pamoja does not know, naming what is wrong.
    static Result<WorkshopLocation> parse(const QString &text);
    static WorkshopLocation file(const QString &path);
    // True when the text is meant as a URI (scheme://...), so a mistyped one is an error, not a file.
    static bool looksLikeUri(const QString &text);

    bool isFile() const { return kind == Kind::File; }
    // The path, or the URI without its password: safe to print, log and keep in settings.
    QString display() const;
    // The same location with another workshop (postgres only).
    WorkshopLocation withWorkshop(const QUuid &id) const;
    // The libpq parameters beyond host, port, user, password and database, for
    // QSqlDatabase::setConnectOptions ("key=value;key=value"): values are checked at parse() time to
    // need no quoting.
    QString connectOptions() const;
};

} // namespace pamoja
