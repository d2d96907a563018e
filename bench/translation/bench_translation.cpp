// bench_translation: translating N short ideas with Apertium as Pamoja does (core/translation: one
// process per hop for a chunk of ideas kept apart by a separator), en->fr (through Spanish, two
// hops) and es->pt (direct). The reference, in the same run: one `apertium` pipeline per idea (what
// a naive caller would do), on the first 96 ideas only. Medians of the iterations.
//
//   bench_translation [--sizes 96,1000] [--iterations 3]

#include "process/processsetup.h"
#include "translation/batchtranslator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace pamoja;
using namespace pamoja::translation;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QList<SourceText> ideas(int n, const QString &from)
{
    static const QStringList en{QStringLiteral("Southern partners set the agenda"), QStringLiteral("Clean water for every village"),
                                QStringLiteral("The women decide the budget"), QStringLiteral("Direct funding to local organisations"),
                                QStringLiteral("Shared risk, not transferred risk"), QStringLiteral("Long-term trust between partners")};
    static const QStringList es{QStringLiteral("Los socios del Sur fijan la agenda"), QStringLiteral("Agua limpia para cada pueblo"),
                                QStringLiteral("Las mujeres deciden el presupuesto"), QStringLiteral("Financiación directa a organizaciones locales"),
                                QStringLiteral("Riesgo compartido, no trasladado"), QStringLiteral("Confianza a largo plazo entre socios")};
    const QStringList &words = from == QLatin1String("en") ? en : es;
    QList<SourceText> out;
    for (int i = 0; i < n; ++i)
        out.append({QString::number(i), words.at(i % words.size()) + QStringLiteral(" %1").arg(i), from});
    return out;
}

// The naive way: one pipeline (a shell, one apertium per hop) per idea.
double onePerIdea(const Apertium &a, const QList<SourceText> &texts, const QString &to)
{
    const Route r = *a.route(texts.first().from, to);
    QStringList modes;
    for (const Mode &m : r.hops)
        modes << QStringLiteral("apertium -u %1").arg(m.name);
    QElapsedTimer t;
    t.start();
    for (const SourceText &s : texts) {
        QProcess p;
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), modes.join(QStringLiteral(" | "))});
        p.write(s.text.toUtf8() + '\n');
        p.closeWriteChannel();
        p.waitForFinished(60000);
    }
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    process::ensureRuntimeDir();
    QCoreApplication app(argc, argv);
    QList<int> sizes{96, 1000};
    int iterations = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args.at(i + 1).split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args.at(i) == QLatin1String("--iterations")) {
            iterations = std::max(1, args.at(i + 1).toInt());
        }
    }
    const Apertium a = Apertium::installed();
    if (!a.available()) {
        std::fprintf(stderr, "bench_translation: %s\n", qPrintable(a.available().error()));
        return 1;
    }
    std::printf("%-10s %7s %6s %12s %14s %22s\n", "direction", "ideas", "hops", "median (s)", "ideas per s", "one process per idea (s)");
    for (const auto &[from, to] : {std::pair{"en", "fr"}, std::pair{"es", "pt"}}) {
        const QString f = QLatin1String(from), t = QLatin1String(to);
        for (int n : sizes) {
            const QList<SourceText> texts = ideas(n, f);
            QList<double> times;
            int translated = 0;
            for (int it = 0; it < iterations; ++it) {
                BatchTranslator b(a);
                QElapsedTimer timer;
                timer.start();
                b.run(texts, t);
                times.append(double(timer.nsecsElapsed()) / 1e9);
                if (!b.error().isEmpty()) {
                    std::fprintf(stderr, "bench_translation: %s\n", qPrintable(b.error()));
                    return 1;
                }
                translated = int(b.results().size());
            }
            if (translated != n) {
                std::fprintf(stderr, "bench_translation: %d of %d translated\n", translated, n);
                return 1;
            }
            const double m = median(times);
            const QString naive = n == 96 ? QString::number(onePerIdea(a, texts, t), 'f', 2) : QStringLiteral("-");
            std::printf("%-10s %7d %6lld %12.2f %14.0f %22s\n", qPrintable(f + QStringLiteral("->") + t), n,
                        static_cast<long long>(a.route(f, t)->hops.size()), m, n / m, qPrintable(naive));
        }
    }
    return 0;
}
