// bench_tagsuggest: theme and factor suggestions (core/catalogue/tagsuggester) for 5,000 ideas, with
// their language given and without, the time to build the index, and the precision of the first
// suggested theme on the labelled ideas (tests/data/language/themed-ideas.tsv), per language. The
// 5,000 ideas are the 200 labelled ones over and over, each with a running number so no two are the
// same text. Median of five runs.
//
//   bench_tagsuggest [--ideas 5000]

#include "catalogue/defaultcatalogue.h"
#include "catalogue/tagsuggester.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace pamoja;

namespace {

constexpr double TargetMs = 1000.0; // "well under a second" for 5,000 ideas

struct Labelled
{
    QString theme, language, text;
};

QList<Labelled> themedIdeas()
{
    QList<Labelled> out;
    QFile f(QStringLiteral(PAMOJA_TEST_DATA "/language/themed-ideas.tsv"));
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
    const QList<Labelled> labelled = themedIdeas();
    if (labelled.isEmpty()) {
        std::fprintf(stderr, "bench_tagsuggest: cannot read themed-ideas.tsv\n");
        return 1;
    }
    QList<Labelled> ideas;
    for (int i = 0; i < count; ++i) {
        Labelled l = labelled.at(i % labelled.size());
        l.text += QStringLiteral(" (%1)").arg(i);
        ideas.append(l);
    }
    const QList<CatalogueItem> catalogue = defaultCatalogue();
    const QStringList tagKinds{QStringLiteral("theme"), QStringLiteral("factor")};

    QList<double> build, known, unknown;
    int suggestions = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        TagSuggester s(catalogue, tagKinds);
        build.append(t.nsecsElapsed() / 1e6);
        t.restart();
        suggestions = 0;
        for (const Labelled &l : ideas)
            suggestions += int(s.suggest(l.text, l.language, 3).size());
        known.append(t.nsecsElapsed() / 1e6);
        t.restart();
        for (const Labelled &l : ideas)
            s.suggest(l.text, QString(), 3);
        unknown.append(t.nsecsElapsed() / 1e6);
    }

    std::printf("bench_tagsuggest: %d ideas, %lld catalogue items (themes and factors)\n", count,
                static_cast<long long>(TagSuggester(catalogue, tagKinds).itemCount()));
    std::printf("%-44s %10s %10s\n", "what", "ms", "target");
    std::printf("%-44s %10.2f %10s\n", "build the index (5 languages)", median(build), "-");
    std::printf("%-44s %10.1f %10.0f %s\n", "suggest, language given", median(known), TargetMs,
                median(known) < TargetMs ? "ok" : "SLOW");
    std::printf("%-44s %10.1f %10.0f %s\n", "suggest, language unknown (all five tried)", median(unknown),
                TargetMs, median(unknown) < TargetMs ? "ok" : "SLOW");
    std::printf("%-44s %10d\n", "suggestions made (language given)", suggestions);

    // Precision of the first theme on the labelled ideas.
    TagSuggester themes(catalogue, {QStringLiteral("theme")});
    std::printf("\n%-10s %8s %8s %10s\n", "language", "right", "of", "precision@1");
    int allRight = 0;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"),
                                QStringLiteral("es"), QStringLiteral("pt")}) {
        int right = 0, total = 0;
        for (const Labelled &l : labelled) {
            if (l.language != lang)
                continue;
            ++total;
            const auto top = themes.suggest(l.text, l.language, 1);
            right += !top.isEmpty() && top.first().code == l.theme;
        }
        allRight += right;
        std::printf("%-10s %8d %8d %10.3f\n", qPrintable(lang), right, total,
                    double(right) / std::max(1, total));
    }
    std::printf("%-10s %8d %8lld %10.3f\n", "all", allRight, static_cast<long long>(labelled.size()),
                double(allRight) / double(labelled.size()));
    return median(known) < TargetMs && median(unknown) < TargetMs ? 0 : 1;
}
