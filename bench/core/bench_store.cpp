// bench_store: for workshops of 1,000 and 10,000 ideas, the median time to add one idea through the
// change funnel (Document::apply of edits::addIdea) against a bare SQLite insert of the same row with
// the same settings, the time to open the workshop, and peak memory. Each size runs in a child
// process of its own so its peak memory is its own.
//
//   bench_store [--sizes 1000,10000] [--iterations 300]

#include "../benchsupport.h"
#include "document.h"
#include "process/processsetup.h"
#include "edits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace pamoja;

namespace {

using namespace pamoja::bench;

constexpr double FunnelTargetMs = 1.0;
constexpr double RatioTarget = 2.0;
constexpr double OpenTargetMs = 200.0;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(what));
    std::exit(1);
}

// A workshop of 'ideas' ideas from 40 participants over the three steps, some clustered.
void buildWorkshop(const QString &path, int ideas)
{
    auto doc = Document::create(path, QStringLiteral("Benchmark"));
    if (!doc)
        die(doc.error());
    Document &d = **doc;
    QList<QUuid> people;
    const QStringList cons{QStringLiteral("south"), QStringLiteral("north"), QStringLiteral("donor"), QStringLiteral("other")};
    for (int n = 0; n < 40; ++n) {
        Participant p;
        p.name = QStringLiteral("Participant %1").arg(n);
        p.constituency = cons.at(n % 3 == 2 ? (n % 4) : n % 2);
        QUuid id;
        auto cs = edits::addParticipant(d.data(), p, QStringLiteral("Organisation %1").arg(n / 3), &id);
        if (!cs || !d.apply(*cs, QStringLiteral("p")))
            die(QStringLiteral("participant"));
        people.append(id);
    }
    constexpr int Batch = 500;
    for (int done = 0; done < ideas;) {
        ChangeSet cs;
        for (int n = 0; n < Batch && done < ideas; ++n, ++done) {
            edits::IdeaDraft draft;
            draft.step = 1 + done % 3;
            draft.text = QStringLiteral("Idea %1: Southern partners decide together on budgets, risk and reporting").arg(done);
            if (done % 5)
                draft.authorId = people.at(done % people.size());
            auto idea = edits::makeIdea(d.data(), draft);
            if (!idea)
                die(idea.error());
            cs.insert(*idea);
        }
        if (Status s = d.apply(cs, QStringLiteral("batch"), Document::Undoable::No); !s)
            die(s.error());
    }
    QList<QUuid> loose;
    for (const Idea &i : d.data().ideas(1))
        loose.append(i.id);
    for (int c = 0; c < 10 && (c + 1) * 20 <= loose.size(); ++c)
        if (!d.apply(edits::createCluster(d.data(), 1, QStringLiteral("Cluster %1").arg(c), loose.mid(c * 20, 20)), QStringLiteral("c")))
            die(QStringLiteral("cluster"));
}

// One size, in this (child) process. Prints: RESULT size funnel bare open rss
int runSize(int size, int iterations)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pamoja"));
    buildWorkshop(path, size);

    // Opening: from closed file to a document ready to use.
    QList<double> opens;
    for (int n = 0; n < 7; ++n) {
        QElapsedTimer t;
        t.start();
        auto doc = Document::open(path);
        if (!doc)
            die(doc.error());
        opens.append(msSince(t));
    }

    auto opened = Document::open(path);
    if (!opened)
        die(opened.error());
    Document &doc = **opened;
    const QUuid author = doc.data().participants().first().id;

    // The bare reference: the same row into the same table of a copy of the same file, same
    // settings, one transaction per insert, prepared once.
    const QString barePath = dir.filePath(QStringLiteral("bare.pamoja"));
    if (Status s = doc.store().saveCopy(barePath); !s)
        die(s.error());
    QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
    bare.setDatabaseName(barePath);
    if (!bare.open())
        die(bare.lastError().text());
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        QSqlQuery(bare).exec(QString::fromLatin1(pragma));
    const KindInfo &info = kindInfo(EntityKind::Idea);
    QStringList cols{QStringLiteral("id")};
    for (const Field &f : info.fields)
        cols.append(f.name);
    QSqlQuery insert(bare);
    if (!insert.prepare(QStringLiteral("INSERT INTO ideas (%1) VALUES (?%2)").arg(cols.join(QLatin1Char(',')), QStringLiteral(",?").repeated(info.fields.size()))))
        die(insert.lastError().text());

    QList<double> funnel, bareTimes;
    for (int n = 0; n < iterations; ++n) {
        edits::IdeaDraft draft;
        draft.step = 1;
        draft.text = QStringLiteral("Benchmark idea %1 on shared decision-making").arg(n);
        draft.authorId = author;
        QElapsedTimer t;
        t.start();
        auto cs = edits::addIdea(doc.data(), draft);
        if (!cs)
            die(cs.error());
        if (Status s = doc.apply(*cs, QStringLiteral("Add idea")); !s)
            die(s.error());
        funnel.append(msSince(t));

        // The same row (a fresh id) through bare SQL.
        Record r = cs->changes.first().after;
        const QUuid id = newId();
        t.restart();
        bare.transaction();
        insert.addBindValue(idString(id));
        for (const Field &f : info.fields) {
            const QVariant v = r.value(f.name);
            if (f.type == FieldType::Id)
                insert.addBindValue(v.toString().isEmpty() ? QVariant() : v);
            else if (f.type == FieldType::Bool)
                insert.addBindValue(v.toBool() ? 1 : 0);
            else if (f.type == FieldType::Text || f.type == FieldType::Time)
                insert.addBindValue(v.toString().isNull() ? QStringLiteral("") : v.toString());
            else
                insert.addBindValue(v);
        }
        if (!insert.exec())
            die(insert.lastError().text());
        if (!bare.commit())
            die(bare.lastError().text());
        bareTimes.append(msSince(t));
    }
    insert.finish();
    insert = QSqlQuery();
    bare.close();
    bare = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));

    std::printf("RESULT %d %.4f %.4f %.3f %lld\n", size, median(funnel), median(bareTimes), median(opens), peakRssKb());
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The same quiet start as the pamoja binary: no runtime-folder or font-fallback notes in the tables.
    pamoja::process::ensureRuntimeDir();
    pamoja::process::quietFontFallback();
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int iterations = 300;
    QList<int> sizes{1000, 10000};
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--iterations"))
            iterations = args[i + 1].toInt();
        if (args[i] == QLatin1StringView("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        }
    }
    if (args.size() > 2 && args[1] == QLatin1StringView("--child"))
        return runSize(args[2].toInt(), iterations);

    QTextStream out(stdout);
    out << "Pamoja store benchmark: adding one idea through the change funnel vs a bare SQLite insert\n"
        << "(same table, WAL, synchronous=NORMAL, one transaction each), opening the workshop, peak memory.\n"
        << QStringLiteral("Targets: funnel < %1 ms and <= %2x bare; open < %3 ms at 10,000 ideas.\n\n")
               .arg(FunnelTargetMs).arg(RatioTarget).arg(OpenTargetMs);
    const QList<TableColumn> columns{{QStringLiteral("ideas"), 7},         {QStringLiteral("funnel median"), 14},
                                     {QStringLiteral("bare median"), 12},  {QStringLiteral("ratio"), 6},
                                     {QStringLiteral("open median"), 12},  {QStringLiteral("peak RSS"), 9},
                                     {QStringLiteral("result"), 0, 2}};
    out << tableHeader(columns);
    out.flush();
    bool allPass = true;
    for (int size : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), QString::number(size), QStringLiteral("--iterations"), QString::number(iterations)});
        if (!child.waitForFinished(600000) || child.exitCode() != 0) {
            out << QStringLiteral("%1  failed to run\n").arg(size, 7);
            allPass = false;
            continue;
        }
        const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
        if (f.size() != 6 || f[0] != "RESULT") {
            out << QStringLiteral("%1  no result\n").arg(size, 7);
            allPass = false;
            continue;
        }
        const double funnel = f[2].toDouble(), bareMs = f[3].toDouble(), open = f[4].toDouble();
        const qint64 rss = f[5].toLongLong();
        const double ratio = bareMs > 0 ? funnel / bareMs : 0;
        QStringList missed;
        if (funnel >= FunnelTargetMs)
            missed << QStringLiteral("funnel");
        if (ratio > RatioTarget)
            missed << QStringLiteral("ratio");
        if (size <= 10000 && open >= OpenTargetMs)
            missed << QStringLiteral("open");
        allPass = allPass && missed.isEmpty();
        out << tableRow(columns, {QString::number(size),
                                  QStringLiteral("%1 ms").arg(funnel, 0, 'f', 3),
                                  QStringLiteral("%1 ms").arg(bareMs, 0, 'f', 3),
                                  QStringLiteral("%1x").arg(ratio, 0, 'f', 2),
                                  QStringLiteral("%1 ms").arg(open, 0, 'f', 1),
                                  QStringLiteral("%1 MB").arg(double(rss) / 1024, 0, 'f', 1),
                                  missed.isEmpty() ? QStringLiteral("pass") : QStringLiteral("FAIL (%1)").arg(missed.join(QStringLiteral(", ")))});
        out.flush();
    }
    return allPass ? 0 : 1;
}
