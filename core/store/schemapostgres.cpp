#include "schemapostgres.h"

#include "schema.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pamoja::schema {

Result<QString> postgresStatement(const QString &sqlite)
{
    // SQLite constructs with no meaning (or another one) in PostgreSQL: a migration using one needs
    // its translation added here first; the schema test runs every migration against PostgreSQL.
    static const QRegularExpression unsupported(
        QStringLiteral("\\b(PRAGMA|WITHOUT ROWID|INSERT OR|REPLACE INTO|GLOB|STRICT|VIRTUAL TABLE|ATTACH)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = unsupported.match(sqlite); m.hasMatch())
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The schema statement uses %1, which has no PostgreSQL form yet.")
                         .arg(m.captured(1))};
    QString out = sqlite;
    // The history's sequence: SQLite's AUTOINCREMENT never reuses a number; a PostgreSQL sequence
    // neither.
    static const QRegularExpression autoincrement(QStringLiteral("\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    out.replace(autoincrement, QStringLiteral("BIGSERIAL PRIMARY KEY"));
    // SQLite's REAL is an 8-byte float.
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"), QRegularExpression::CaseInsensitiveOption);
    out.replace(real, QStringLiteral("DOUBLE PRECISION"));
    // SQLite's INTEGER holds 64 bits.
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"), QRegularExpression::CaseInsensitiveOption);
    out.replace(integer, QStringLiteral("BIGINT"));
    if (out.contains(QLatin1StringView("AUTOINCREMENT"), Qt::CaseInsensitive))
        return Error{QCoreApplication::translate("pamoja::WorkshopStore", "The schema statement uses %1, which has no PostgreSQL form yet.")
                         .arg(QStringLiteral("AUTOINCREMENT"))};
    return out;
}

Result<QStringList> postgresMigration(int version)
{
    QStringList out;
    for (const QString &statement : migration(version)) {
        auto translated = postgresStatement(statement);
        if (!translated)
            return Error{translated.error()};
        out << *translated;
    }
    return out;
}

QString postgresNamespace(const QUuid &workshop)
{
    return QStringLiteral("w_") + workshop.toString(QUuid::Id128);
}

} // namespace pamoja::schema
