// bench_pgstore: the same add-idea loop (edits::addIdea through Document::apply, one idea per change,
// as a window or the live server makes them) against a workshop in a SQLite file and a workshop in
// PostgreSQL, in the same run; beside each, the bare INSERT of the same row (one transaction each,
// prepared once) as the reference. For PostgreSQL also the time until a second Document on the same
// workshop (another window or server, following by LISTEN/NOTIFY) has the idea. Each repetition
// starts a new workshop; the table gives the median over the repetitions of each repetition's
// median, p99 and total.
//
//   bench_pgstore [--adds 1000] [--repetitions 5]
//
// PostgreSQL: the libpq URI in PAMOJA_TEST_POSTGRES (scripts/bench starts a throwaway cluster).

#include "../benchsupport.h"
#include "document.h"
#include "edits.h"
#include "process/processsetup.h"
#include "store/schemapostgres.h"
#include "store/workshoplocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pamoja;
using namespace pamoja::bench;

namespace {

[[noreturn]] void pgstoreDie(const QString &what)
{
    std::fprintf(stderr, "bench_pgstore: %s\n", qPrintable(what));
    std::exit(1);
}

// One repetition's times (ms per add) summarised.
struct PgstoreRep
{
    double median = 0, p99 = 0, totalMs = 0;
    double followMedian = -1, followP99 = -1; // PostgreSQL with a follower only
};

PgstoreRep pgstoreSummarise(const QList<double> &times)
{
    PgstoreRep r;
    r.median = median(times);
    r.p99 = percentile(times, 0.99);
    for (double t : times)
        r.totalMs += t;
    return r;
}

edits::IdeaDraft pgstoreDraft(int n, const QUuid &author)
{
    edits::IdeaDraft draft;
    draft.step = 1;
    draft.text = QStringLiteral("Benchmark idea %1: Southern partners decide together on budgets").arg(n);
    draft.authorId = author;
    return draft;
}

QUuid pgstoreAddAuthor(Document &doc)
{
    Participant p;
    p.name = QStringLiteral("Participant");
    p.constituency = QStringLiteral("south");
    QUuid id;
    auto cs = edits::addParticipant(doc.data(), p, QStringLiteral("Organisation"), &id);
    if (!cs || !doc.apply(*cs, QStringLiteral("p")))
        pgstoreDie(QStringLiteral("could not add a participant"));
    return id;
}

// The funnel: 'adds' ideas into a new workshop at 'location' (a file path or a PostgreSQL URI). With
// 'follow', a second Document on the same workshop must have each idea before the next is added.
PgstoreRep pgstoreFunnel(const QString &location, int adds, bool follow, const QString &baseUri)
{
    auto created = Document::create(location, QStringLiteral("Benchmark"));
    if (!created)
        pgstoreDie(created.error());
    Document &doc = **created;
    const QUuid author = pgstoreAddAuthor(doc);
    std::unique_ptr<Document> follower;
    QUuid awaited;
    bool arrived = false;
    if (follow) {
        auto opened = Document::open(baseUri + QStringLiteral("?workshop=") + doc.store().repositoryId().toString(QUuid::WithoutBraces));
        if (!opened)
            pgstoreDie(opened.error());
        follower = std::move(*opened);
        QObject::connect(follower.get(), &Document::changed, follower.get(), [&](const ChangeSet &cs) {
            for (const Change &c : cs.changes)
                arrived = arrived || c.id == awaited;
        });
    }
    QList<double> times, followTimes;
    for (int n = 0; n < adds; ++n) {
        QElapsedTimer t;
        t.start();
        auto cs = edits::addIdea(doc.data(), pgstoreDraft(n, author), &awaited);
        if (!cs)
            pgstoreDie(cs.error());
        arrived = false;
        if (Status s = doc.apply(*cs, QStringLiteral("Add idea")); !s)
            pgstoreDie(s.error());
        times.append(msSince(t));
        if (follower) {
            // The notification arrives on the follower's connection; its catch-up reads the entry.
            if (!arrived) {
                QEventLoop wait;
                QObject::connect(follower.get(), &Document::changed, &wait, [&] {
                    if (arrived)
                        wait.quit();
                });
                QTimer::singleShot(10000, &wait, &QEventLoop::quit);
                wait.exec();
            }
            if (!arrived)
                pgstoreDie(QStringLiteral("the second document did not see idea %1 within 10 s").arg(n));
            followTimes.append(msSince(t));
        }
    }
    PgstoreRep r = pgstoreSummarise(times);
    if (follower) {
        r.followMedian = median(followTimes);
        r.followP99 = percentile(followTimes, 0.99);
    }
    return r;
}

// The bare reference: the same rows into the ideas table of a new workshop at 'location' through its
// own connection, one transaction per insert, prepared once.
PgstoreRep pgstoreBare(const QString &location, int adds)
{
    // The workshop stays open (not written to) so the rows are built as the funnel builds them, with
    // its prompts and participant.
    auto created = Document::create(location, QStringLiteral("Benchmark"));
    if (!created)
        pgstoreDie(created.error());
    Document &doc = **created;
    const QUuid author = pgstoreAddAuthor(doc);
    QString table = QStringLiteral("ideas");
    WorkshopLocation where = WorkshopLocation::file(doc.path());
    if (WorkshopLocation::looksLikeUri(location)) {
        auto parsed = WorkshopLocation::parse(location);
        if (!parsed)
            pgstoreDie(parsed.error());
        where = *parsed;
        table = schema::postgresNamespace(doc.store().repositoryId()) + QStringLiteral(".ideas");
    }
    {
        const QString name = QStringLiteral("pgstore-bare");
        QSqlDatabase db;
        if (where.isFile()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(where.path);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(where.host);
            if (where.port)
                db.setPort(where.port);
            db.setUserName(where.user);
            db.setPassword(where.password);
            db.setDatabaseName(where.database);
            db.setConnectOptions(where.connectOptions());
        }
        if (!db.open())
            pgstoreDie(db.lastError().text());
        if (where.isFile())
            for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
                QSqlQuery(db).exec(QString::fromLatin1(pragma));
        const KindInfo &info = kindInfo(EntityKind::Idea);
        QStringList cols{QStringLiteral("id")};
        for (const Field &f : info.fields)
            cols.append(f.name);
        QList<double> times;
        {
            QSqlQuery insert(db);
            if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?%3)")
                                    .arg(table, cols.join(QLatin1Char(',')), QStringLiteral(",?").repeated(info.fields.size()))))
                pgstoreDie(insert.lastError().text());
            for (int n = 0; n < adds; ++n) {
                auto cs = edits::addIdea(doc.data(), pgstoreDraft(n, author));
                if (!cs)
                    pgstoreDie(cs.error());
                Record r = cs->changes.first().after;
                QElapsedTimer t;
                t.start();
                db.transaction();
                insert.addBindValue(idString(newId()));
                for (const Field &f : info.fields) {
                    const QVariant v = r.value(f.name);
                    if (f.type == FieldType::Id)
                        insert.addBindValue(v.toString().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v.toString()));
                    else if (f.type == FieldType::Bool)
                        insert.addBindValue(v.toBool() ? 1 : 0);
                    else if (f.type == FieldType::Text || f.type == FieldType::Time)
                        insert.addBindValue(v.toString().isNull() ? QStringLiteral("") : v.toString());
                    else
                        insert.addBindValue(v);
                }
                if (!insert.exec())
                    pgstoreDie(insert.lastError().text());
                if (!db.commit())
                    pgstoreDie(db.lastError().text());
                times.append(msSince(t));
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return pgstoreSummarise(times);
    }
}

} // namespace

int main(int argc, char **argv)
{
    pamoja::process::ensureRuntimeDir();
    pamoja::process::quietFontFallback();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int adds = 1000, repetitions = 5;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--adds"))
            adds = std::max(1, args[i + 1].toInt());
        if (args[i] == QLatin1StringView("--repetitions"))
            repetitions = std::max(1, args[i + 1].toInt());
    }
    const QString pg = qEnvironmentVariable("PAMOJA_TEST_POSTGRES");
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "bench_pgstore: " << adds << " ideas added one change at a time (edits::addIdea + Document::apply) into a new workshop, "
        << repetitions << " repetitions; medians over the repetitions.\nSQLite: a file (WAL, synchronous=NORMAL); PostgreSQL 15: "
        << "loopback, fsync=off (the throwaway cluster of scripts/lib/postgres.sh). Load average before: " << loadAverage() << "\n";
    const QList<TableColumn> columns{{QStringLiteral("backend"), -30}, {QStringLiteral("adds"), 6},
                                     {QStringLiteral("median ms"), 10}, {QStringLiteral("p99 ms"), 9},
                                     {QStringLiteral("total s"), 9},    {QStringLiteral("seen by 2nd doc p50"), 20},
                                     {QStringLiteral("p99 ms"), 9}};
    out << tableHeader(columns);
    out.flush();

    auto row = [&](const QString &name, const std::function<PgstoreRep(int)> &run) {
        QList<double> med, p99, total, fmed, fp99;
        for (int r = 0; r < repetitions; ++r) {
            const PgstoreRep x = run(r);
            med << x.median;
            p99 << x.p99;
            total << x.totalMs / 1000.0;
            if (x.followMedian >= 0) {
                fmed << x.followMedian;
                fp99 << x.followP99;
            }
        }
        out << tableRow(columns, {name, QString::number(adds), QString::number(median(med), 'f', 3),
                                  QString::number(median(p99), 'f', 3), QString::number(median(total), 'f', 2),
                                  fmed.isEmpty() ? QStringLiteral("-") : QString::number(median(fmed), 'f', 3),
                                  fp99.isEmpty() ? QStringLiteral("-") : QString::number(median(fp99), 'f', 3)});
        out.flush();
    };
    auto file = [&](int r, const char *what) { return dir.filePath(QStringLiteral("%1-%2.pamoja").arg(QLatin1StringView(what)).arg(r)); };
    row(QStringLiteral("SQLite, Document::apply"), [&](int r) { return pgstoreFunnel(file(r, "funnel"), adds, false, {}); });
    row(QStringLiteral("SQLite, bare INSERT"), [&](int r) { return pgstoreBare(file(r, "bare"), adds); });
    if (pg.isEmpty()) {
        out << "PostgreSQL: not measured, PAMOJA_TEST_POSTGRES is not set (scripts/bench starts a throwaway cluster).\n";
        return 1;
    }
    row(QStringLiteral("PostgreSQL, Document::apply"), [&](int) { return pgstoreFunnel(pg, adds, false, pg); });
    row(QStringLiteral("PostgreSQL, apply + follower"), [&](int) { return pgstoreFunnel(pg, adds, true, pg); });
    row(QStringLiteral("PostgreSQL, bare INSERT"), [&](int) { return pgstoreBare(pg, adds); });
    out << "\"apply + follower\": the same loop with a second Document open on the workshop; the add waits until the second one\n"
           "has the idea (its LISTEN/NOTIFY catch-up, Document::catchUp); \"seen by 2nd doc\" is from the start of the add.\n";
    out << "Load average after: " << loadAverage() << "\n";
    return 0;
}
