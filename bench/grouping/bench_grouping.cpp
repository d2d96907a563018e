// bench_grouping: the suggested grouping across languages (core/grouping/ideagrouper) against the
// theme labels of the two labelled sets (tests/data/language/themed-ideas.tsv, on which the catalogue
// keywords were tuned, and grouping-ideas.tsv, held out), per language and mixed, as the adjusted
// Rand index (ARI); beside it, in the same run, scikit-learn's TF-IDF with agglomerative clustering
// (bench/grouping/baseline.py, Debian's python3-sklearn) with the number of labels as n_clusters. Ours
// is asked for the same number of groups; "auto" is ours choosing the number itself. An idea ours
// leaves out of every group counts as a group of its own. Then the time to group 5,000 ideas (the
// labelled ones over and over, each with a running number), median of five runs.
//
//   bench_grouping [--ideas 5000]

#include "catalogue/defaultcatalogue.h"
#include "grouping/adjustedrand.h"
#include "grouping/ideagrouper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace pamoja;

namespace {

constexpr double TargetMs = 1000.0;

struct Labelled
{
    QString theme, language, text;
};

QList<Labelled> readSet(const QString &name)
{
    QList<Labelled> out;
    QFile f(QStringLiteral(PAMOJA_TEST_DATA "/language/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    f.readLine();
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cols.size() == 3)
            out.append({cols[0], cols[1], cols[2]});
    }
    return out;
}

QUuid idOf(int i)
{
    return QUuid::createUuidV5(QUuid(), QString::number(i));
}

// Groups asked for (0: ours chooses), the ARI and the number of groups proposed.
QPair<double, int> ours(const IdeaGrouper &grouper, const QList<Labelled> &set, int groups)
{
    QList<GroupingIdea> ideas;
    QHash<QUuid, int> truth;
    QSet<QString> themes;
    for (int i = 0; i < set.size(); ++i) {
        ideas.append({idOf(i), set[i].text, set[i].language, {}, {}});
        truth.insert(idOf(i), int(set[i].theme.mid(1).toInt()));
    }
    const GroupingResult r = grouper.group(ideas, QStringLiteral("en"), groups);
    QHash<QUuid, int> predicted;
    for (int g = 0; g < r.groups.size(); ++g)
        for (const QUuid &id : r.groups[g].ideas)
            predicted.insert(id, g);
    QList<int> a, b;
    int alone = -1;
    for (int i = 0; i < set.size(); ++i) {
        a.append(truth.value(idOf(i)));
        b.append(predicted.value(idOf(i), alone--));
    }
    return {adjustedRandIndex(a, b), int(r.groups.size())};
}

QString python()
{
    // Debian's interpreter, where python3-sklearn installs; a shim earlier on PATH may lack it.
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

// The baseline's ARI as text, or why there is none.
QString baseline(const QString &setName, const QString &language, double *value)
{
    QProcess p;
    p.start(python(), {QStringLiteral(PAMOJA_BENCH_DIR "/baseline.py"),
                       QStringLiteral(PAMOJA_TEST_DATA "/language/") + setName, language});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        return QStringLiteral("failed");
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (p.exitCode() == 3)
        return QStringLiteral("not installed");
    bool ok = false;
    *value = out.toDouble(&ok);
    return ok && p.exitCode() == 0 ? QString::asprintf("%.3f", *value) : QStringLiteral("failed");
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 5000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--ideas")); i >= 0 && i + 1 < args.size())
        count = std::max(1, args[i + 1].toInt());
    const QList<CatalogueItem> catalogue = defaultCatalogue();
    IdeaGrouper grouper(catalogue);

    std::printf("bench_grouping: adjusted Rand index against the theme labels\n");
    std::printf("%-10s %-8s %6s %7s %9s %9s %10s %12s %8s\n", "set", "language", "ideas", "groups",
                "ARI ours", "auto ARI", "(groups)", "ARI sklearn", "ratio");
    QList<Labelled> all;
    for (const QString &setName :
         {QStringLiteral("themed-ideas.tsv"), QStringLiteral("grouping-ideas.tsv")}) {
        const QList<Labelled> set = readSet(setName);
        if (set.isEmpty()) {
            std::fprintf(stderr, "bench_grouping: cannot read %s\n", qPrintable(setName));
            return 1;
        }
        all += set;
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("es"),
              QStringLiteral("pt"), QStringLiteral("mixed")}) {
            QList<Labelled> subset;
            QSet<QString> themes;
            for (const Labelled &l : set)
                if (language == QLatin1StringView("mixed") || l.language == language) {
                    subset.append(l);
                    themes.insert(l.theme);
                }
            const auto [ari, groups] = ours(grouper, subset, int(themes.size()));
            const auto [auto_, autoGroups] = ours(grouper, subset, 0);
            double base = 0;
            const QString baseText = baseline(setName, language, &base);
            const QString ratio =
                baseText.front().isDigit() || baseText.front() == QLatin1Char('-')
                    ? (base > 0 ? QString::asprintf("%.1f", ari / base) : QStringLiteral("-"))
                    : QStringLiteral("-");
            std::printf("%-10s %-8s %6lld %7d %9.3f %9.3f %10d %12s %8s\n",
                        qPrintable(setName.section(QLatin1Char('-'), 0, 0)), qPrintable(language),
                        static_cast<long long>(subset.size()), groups, ari, auto_, autoGroups,
                        qPrintable(baseText), qPrintable(ratio));
        }
    }

    QList<GroupingIdea> many;
    for (int i = 0; i < count; ++i) {
        const Labelled &l = all.at(i % all.size());
        many.append({idOf(i), l.text + QStringLiteral(" (%1)").arg(i), l.language, {}, {}});
    }
    QList<double> times;
    qsizetype groups = 0, duplicates = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        IdeaGrouper g(catalogue);
        const GroupingResult r = g.group(many, QStringLiteral("en"));
        times.append(t.nsecsElapsed() / 1e6);
        groups = r.groups.size();
        duplicates = r.duplicates.size();
    }
    std::printf("\n%-52s %10s %10s\n", "what", "ms", "target");
    std::printf("%-52s %10.1f %10.0f %s\n",
                qPrintable(QStringLiteral("group %1 ideas (grouper built, median of 5)").arg(count)),
                median(times), TargetMs, median(times) < TargetMs ? "ok" : "SLOW");
    std::printf("%-52s %10lld\n", "groups proposed", static_cast<long long>(groups));
    std::printf("%-52s %10lld\n", "near-duplicate pairs", static_cast<long long>(duplicates));
    return median(times) < TargetMs ? 0 : 1;
}
