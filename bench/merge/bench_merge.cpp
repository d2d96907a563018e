// bench_merge: merging two workshops of N ideas each, half of them shared (the copy was made when the
// workshop had N/2 ideas; then each side added N/2 of its own, edited 5% of the shared ideas, 1% on
// both sides, and deleted 1%). Medians of reading the source (copy, open, load, history), planning,
// applying, and the whole merge; opening the target is the reference; peak memory of the process
// that merges. Workshops are built in one child process, the merges run in another, so the peak
// memory is the merge's own.
//
//   bench_merge [--sizes 1000,10000] [--iterations 5]

#include "../benchsupport.h"
#include "document.h"
#include "edits.h"
#include "merge/mergeplan.h"
#include "merge/mergesource.h"
#include "process/processsetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace pamoja;

namespace {

using namespace pamoja::bench;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_merge: %s\n", qPrintable(what));
    std::exit(1);
}

void must(const Status &s)
{
    if (!s)
        die(s.error());
}

void addIdeas(Document &d, int count, const QString &label)
{
    constexpr int Batch = 500;
    for (int done = 0; done < count;) {
        ChangeSet cs;
        for (int n = 0; n < Batch && done < count; ++n, ++done) {
            edits::IdeaDraft draft;
            draft.step = 1 + done % 3;
            draft.text = QStringLiteral("%1 idea %2: Southern partners decide together on budgets, risk and reporting").arg(label).arg(done);
            auto idea = edits::makeIdea(d.data(), draft);
            if (!idea)
                die(idea.error());
            cs.insert(*idea);
        }
        must(d.apply(cs, QStringLiteral("batch"), Document::Undoable::No));
    }
}

// Edits every 'every'-th of the shared ideas, starting at 'from', in one change.
void editShared(Document &d, const QList<QUuid> &shared, int from, int every, const QString &label)
{
    ChangeSet cs;
    for (qsizetype i = from; i < shared.size(); i += every)
        cs.append(edits::editIdeaText(d.data(), shared[i], QStringLiteral("%1 edit of %2").arg(label).arg(i)));
    must(d.apply(cs, QStringLiteral("edits"), Document::Undoable::No));
}

int build(int size, const QString &dir)
{
    auto base = Document::create(dir + QStringLiteral("/base.pamoja"), QStringLiteral("Benchmark"));
    if (!base)
        die(base.error());
    addIdeas(**base, size / 2, QStringLiteral("Shared"));
    QList<QUuid> shared;
    for (const Idea &i : (*base)->data().table<Idea>().all())
        shared.append(i.id);
    for (const QString &side : {QStringLiteral("target"), QStringLiteral("source")}) {
        const QString path = dir + QLatin1Char('/') + side + QStringLiteral(".pamoja");
        must((*base)->store().saveCopy(path));
        auto d = Document::open(path);
        if (!d)
            die(d.error());
        addIdeas(**d, size / 2, side);
        editShared(**d, shared, side == QLatin1StringView("target") ? 0 : 1, 20, side); // 5% each, none on both
        editShared(**d, shared, 7, 100, side);                                            // 1% on both sides
        must((*d)->apply(edits::removeIdeas((*d)->data(), shared.mid(side == QLatin1StringView("target") ? 3 : 5, 1)),
                         QStringLiteral("remove")));
        QList<QUuid> gone;
        for (qsizetype i = side == QLatin1StringView("target") ? 11 : 13; i < shared.size(); i += 100)
            gone.append(shared[i]);
        must((*d)->apply(edits::removeIdeas((*d)->data(), gone), QStringLiteral("remove")));
    }
    return 0;
}

// Prints: RESULT size read plan apply total open rss ideasAfter flagged
int run(int size, const QString &dir, int iterations)
{
    const QString source = dir + QStringLiteral("/source.pamoja");
    QList<double> reads, plans, applies, totals, opens;
    int ideas = 0, flagged = 0;
    for (int n = 0; n < iterations; ++n) {
        const QString target = dir + QStringLiteral("/run-%1.pamoja").arg(n);
        QFile::remove(target);
        if (!QFile::copy(dir + QStringLiteral("/target.pamoja"), target))
            die(QStringLiteral("copy"));
        QElapsedTimer t;
        t.start();
        auto doc = Document::open(target);
        if (!doc)
            die(doc.error());
        opens.append(msSince(t));

        QElapsedTimer total;
        total.start();
        t.restart();
        auto src = merge::readSource(source, target);
        if (!src)
            die(src.error());
        auto history = (*doc)->store().history();
        if (!history)
            die(history.error());
        reads.append(msSince(t));
        t.restart();
        auto plan = merge::planMerge((*doc)->data(), *history, {merge::Side{QStringLiteral("source"), &src->data, src->history}});
        if (!plan)
            die(plan.error());
        plans.append(msSince(t));
        t.restart();
        must((*doc)->applyMerge(plan->changes, plan->learned, plan->mergeEntry, QStringLiteral("Merge workshop source.pamoja")));
        applies.append(msSince(t));
        totals.append(msSince(total));
        ideas = (*doc)->data().table<Idea>().size();
        flagged = plan->summary.flagged;
        doc->reset();
        WorkshopStore::removeWorkshopFiles(target);
    }
    std::printf("RESULT %d %.1f %.1f %.1f %.1f %.1f %lld %d %d\n", size, median(reads), median(plans), median(applies),
                median(totals), median(opens), peakRssKb(), ideas, flagged);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    pamoja::process::ensureRuntimeDir();
    pamoja::process::quietFontFallback();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int iterations = 5;
    QList<int> sizes{1000, 10000};
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1StringView("--iterations"))
            iterations = std::max(1, args[i + 1].toInt());
        if (args[i] == QLatin1StringView("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        }
    }
    if (args.size() > 3 && args[1] == QLatin1StringView("--build"))
        return build(args[2].toInt(), args[3]);
    if (args.size() > 3 && args[1] == QLatin1StringView("--run"))
        return run(args[2].toInt(), args[3], iterations);

    QTextStream out(stdout);
    out << "Pamoja merge benchmark: two workshops of N ideas each, N/2 shared (5% edited on each side, 1% on both,\n"
        << "1% deleted on each side); medians in ms of reading the source, planning, applying and the whole merge,\n"
        << "with opening the target as the reference; peak RSS of the merging process.\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("ideas/side"), 10)
               .arg(QStringLiteral("read"), 8)
               .arg(QStringLiteral("plan"), 8)
               .arg(QStringLiteral("apply"), 8)
               .arg(QStringLiteral("merge"), 8)
               .arg(QStringLiteral("open (ref)"), 11)
               .arg(QStringLiteral("peak RSS"), 10)
               .arg(QStringLiteral("ideas after"), 12)
               .arg(QStringLiteral("flagged"), 8);
    out.flush();
    bool ok = true;
    for (int size : sizes) {
        QTemporaryDir dir;
        auto child = [&](const QStringList &a) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(QCoreApplication::applicationFilePath(), a);
            if (!p.waitForFinished(1200000) || p.exitCode() != 0)
                return QByteArray();
            return p.readAllStandardOutput().trimmed();
        };
        child({QStringLiteral("--build"), QString::number(size), dir.path()});
        const QList<QByteArray> f = child({QStringLiteral("--run"), QString::number(size), dir.path(), QStringLiteral("--iterations"),
                                           QString::number(iterations)})
                                        .split(' ');
        if (f.size() != 10 || f[0] != "RESULT") {
            out << QStringLiteral("%1  failed to run\n").arg(size, 10);
            ok = false;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(size, 10)
                   .arg(QString::fromLatin1(f[2]), 8)
                   .arg(QString::fromLatin1(f[3]), 8)
                   .arg(QString::fromLatin1(f[4]), 8)
                   .arg(QString::fromLatin1(f[5]), 8)
                   .arg(QString::fromLatin1(f[6]), 11)
                   .arg(QStringLiteral("%1 MB").arg(f[7].toLongLong() / 1024), 10)
                   .arg(QString::fromLatin1(f[8]), 12)
                   .arg(QString::fromLatin1(f[9]), 8);
        out.flush();
    }
    return ok ? 0 : 1;
}
