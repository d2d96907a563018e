// bench_import: importing a CSV of N ideas (idea, name, constituency, step; a tenth of the names on
// the roster) into a fresh workshop: reading and checking the file (parse), planning the change set,
// applying it (one transaction, one history entry), and the whole import. The reference, in the same
// run on the same file: SQLite's own `.import --csv` into a table by the sqlite3 shell. Medians of
// the iterations; the peak memory (VmHWM) is that of a child process that does one whole import.
//
//   bench_import [--sizes 1000,10000] [--iterations 5]

#include "../benchsupport.h"
#include "document.h"
#include "edits.h"
#include "exchange/ideaimport.h"
#include "process/processsetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pamoja;

namespace {

using namespace pamoja::bench;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_import: %s\n", qPrintable(what));
    std::exit(1);
}

QByteArray makeCsv(int n)
{
    static const char *const words[] = {"shared", "budgets", "trust", "local", "partners", "decide", "funding", "direct",
                                        "report", "once", "risk", "together", "listen", "first", "power", "balance"};
    static const char *const constituencies[] = {"south", "north", "donor", "other"};
    QByteArray out = "Idea,Name,Constituency,Step\n";
    for (int i = 0; i < n; ++i) {
        QByteArray text;
        for (int w = 0; w < 9; ++w)
            text += QByteArray(words[(i * 7 + w * 3) % 16]) + ' ';
        text += QByteArray::number(i);
        out += '"' + text + "\",Person " + QByteArray::number(i % 500) + ',' + constituencies[i % 4] + ',' +
               QByteArray::number(1 + i % 3) + '\n';
    }
    return out;
}

std::unique_ptr<Document> freshWorkshop(const QString &path)
{
    auto doc = Document::create(path, QStringLiteral("Bench"));
    if (!doc)
        die(doc.error());
    // A tenth of the names are on the roster (matched); the rest become anonymous with a warning.
    for (int p = 0; p < 50; ++p) {
        Participant part;
        part.name = QStringLiteral("Person %1").arg(p);
        part.constituency = QStringLiteral("south");
        auto cs = edits::addParticipant((*doc)->data(), part, QStringLiteral("Org"));
        if (!cs)
            die(cs.error());
        if (Status s = (*doc)->apply(*cs, QStringLiteral("p")); !s)
            die(s.error());
    }
    return std::move(*doc);
}

struct Times
{
    double parse = 0, plan = 0, apply = 0, whole = 0;
};

Times importOnce(const QByteArray &csv, const QString &path, int expected)
{
    auto doc = freshWorkshop(path);
    Times t;
    QElapsedTimer all, step;
    all.start();
    step.start();
    auto parsed = ideaimport::parse(csv, QStringLiteral("ideas.csv"));
    if (!parsed)
        die(parsed.error());
    t.parse = msSince(step);
    step.restart();
    auto plan = ideaimport::plan(doc->data(), *parsed, 1);
    if (!plan)
        die(plan.error());
    t.plan = msSince(step);
    step.restart();
    if (Status s = doc->apply(plan->changes, QStringLiteral("Import")); !s)
        die(s.error());
    t.apply = msSince(step);
    t.whole = msSince(all);
    if (doc->data().table<Idea>().size() != expected)
        die(QStringLiteral("imported %1 ideas, expected %2").arg(doc->data().table<Idea>().size()).arg(expected));
    return t;
}

// SQLite's shell importing the same file into a table (a fresh database each time).
double sqliteImport(const QString &sqlite, const QString &csvPath, const QString &dbPath)
{
    QFile::remove(dbPath);
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(sqlite, {dbPath, QStringLiteral(".import --csv %1 ideas").arg(csvPath)});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        die(QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
    return msSince(t);
}

} // namespace

int main(int argc, char **argv)
{
    process::ensureRuntimeDir();
    QCoreApplication app(argc, argv);
    QList<int> sizes{1000, 10000};
    int iterations = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1StringView("--iterations")) {
            iterations = std::max(1, args[i + 1].toInt());
        }
    }
    QTemporaryDir dir;
    // The child: one whole import of an existing CSV, printing its peak memory.
    if (args.size() == 4 && args[1] == QLatin1StringView("--child")) {
        QFile f(args[2]);
        if (!f.open(QIODevice::ReadOnly))
            die(f.errorString());
        importOnce(f.readAll(), dir.filePath(QStringLiteral("child.pamoja")), args[3].toInt());
        std::printf("%lld\n", peakRssKb());
        return 0;
    }
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        die(QStringLiteral("the sqlite3 shell is not installed (Debian package sqlite3)"));

    std::printf("CSV import into a fresh workshop (medians of %d runs); reference: sqlite3 .import --csv of the same file\n\n", iterations);
    std::printf("%8s %9s %9s %9s %9s %9s %13s %10s\n", "ideas", "bytes", "parse", "plan", "apply", "whole", "sqlite .import", "peak RSS");
    for (int n : sizes) {
        const QByteArray csv = makeCsv(n);
        const QString csvPath = dir.filePath(QStringLiteral("ideas-%1.csv").arg(n));
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
            die(f.errorString());
        f.close();
        QList<double> parse, plan, apply, whole, reference;
        for (int i = 0; i < iterations; ++i) {
            const Times t = importOnce(csv, dir.filePath(QStringLiteral("w-%1-%2.pamoja").arg(n).arg(i)), n);
            parse.append(t.parse);
            plan.append(t.plan);
            apply.append(t.apply);
            whole.append(t.whole);
            reference.append(sqliteImport(sqlite, csvPath, dir.filePath(QStringLiteral("ref-%1-%2.db").arg(n).arg(i))));
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), csvPath, QString::number(n)});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            die(QStringLiteral("the child import failed: %1").arg(QString::fromUtf8(child.readAllStandardError())));
        const qint64 peak = child.readAllStandardOutput().trimmed().toLongLong();
        std::printf("%8d %9lld %7.0f ms %6.0f ms %6.0f ms %6.0f ms %10.0f ms %7.0f MB\n", n, qint64(csv.size()), median(parse),
                    median(plan), median(apply), median(whole), median(reference), double(peak) / 1024.0);
    }
    return 0;
}
