// Measures how long Pamoja takes to write the PDF report of a workshop of 100, 1,000 and 10,000
// ideas, and compares it with LibreOffice (headless) converting the same workshop's ODT export to
// PDF, in the same run. Prints a table with sizes, medians and the ratio.
//
//   bench_report [--reps N] [--sizes 100,1000,10000] [--no-libreoffice] [--threads N]

#include "exportfixture.h"
#include "process/processsetup.h"
#include "exportformats.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

using namespace pamoja;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

// CPU seconds (user + system) of this process or of its finished children: fair on a busy machine.
double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString soffice()
{
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")})
        if (const QString p = QStandardPaths::findExecutable(name); !p.isEmpty())
            return p;
    return {};
}

// Returns wall seconds, or -1 when the conversion failed; *cpu gets the CPU seconds it used.
double convertWithLibreOffice(const QString &program, const QString &profile, const QString &odt, const QString &outDir,
                              double *cpu = nullptr)
{
    QProcess p;
    QElapsedTimer t;
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    t.start();
    p.start(program, {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
                      QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                      QStringLiteral("--outdir"), outDir, odt});
    if (!p.waitForFinished(1800 * 1000) || p.exitCode() != 0)
        return -1;
    const double wall = t.nsecsElapsed() / 1e9;
    if (cpu)
        *cpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    return wall;
}

// `pamoja export` as a process: start-up, opening the workshop, the report, exit. Wall seconds or -1.
double exportWithPamoja(const QString &workshop, const QString &pdf, double *cpu)
{
    QProcess p;
    QElapsedTimer t;
    const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
    t.start();
    p.start(QStringLiteral(PAMOJA_BINARY), {QStringLiteral("export"), workshop, QStringLiteral("--format"), QStringLiteral("pdf"),
                                            QStringLiteral("-o"), pdf});
    if (!p.waitForFinished(1800 * 1000) || p.exitCode() != 0) {
        QTextStream(stderr) << p.readAllStandardError();
        return -1;
    }
    const double wall = t.nsecsElapsed() / 1e9;
    *cpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
    return wall;
}

struct ToolPages
{
    int pages = 0;
};

ToolPages pageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("qpdf"), {QStringLiteral("--show-npages"), pdf});
    p.waitForFinished(60000);
    return {p.readAllStandardOutput().trimmed().toInt()};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The same quiet start as the pamoja binary: no runtime-folder or font-fallback notes in the tables.
    pamoja::process::ensureRuntimeDir();
    pamoja::process::quietFontFallback();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repsOpt(QStringLiteral("reps"), QStringLiteral("Repetitions per size."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"), QStringLiteral("Workshop sizes in ideas."), QStringLiteral("list"),
                                      QStringLiteral("100,1000,10000"));
    const QCommandLineOption noLoOpt(QStringLiteral("no-libreoffice"), QStringLiteral("Skip the LibreOffice reference."));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("PDF worker threads (0: twice the cores)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({repsOpt, sizesOpt, noLoOpt, threadsOpt});
    parser.process(app);
    const int reps = qMax(1, parser.value(repsOpt).toInt());
    const QString lo = parser.isSet(noLoOpt) ? QString() : soffice();

    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("lo-profile"));
    if (!lo.isEmpty()) {
        // LibreOffice's first start creates its profile; keep that out of the measurements.
        const QString warm = dir.filePath(QStringLiteral("warm.odt"));
        auto doc = testing::makeLargeWorkshop(dir.filePath(QStringLiteral("warm.pamoja")), 10);
        ExportOptions o;
        o.format = QStringLiteral("odt");
        o.output = warm;
        if (exportWorkshop(*doc, o))
            convertWithLibreOffice(lo, profile, warm, dir.filePath(QStringLiteral("warm-out")));
    }

    out << "PDF report: Pamoja (QPdfWriter + qpdf outline) vs LibreOffice headless converting the ODT export\n";
    out << QStringLiteral("medians over %1 run(s); LibreOffice: %2\n\n").arg(reps).arg(lo.isEmpty() ? QStringLiteral("not found (install libreoffice-writer-nogui)") : lo);
    out << "wall = elapsed seconds, cpu = user+system CPU seconds (the fair measure when the machine is shared)\n";
    out << "in-process = exportWorkshop() on an open workshop; process = `pamoja export` (start, open, export, exit),\n";
    out << "like LibreOffice's process (start, open the ODT, convert, exit); the ratios compare the two processes\n\n";
    out << "ideas  | pages | in-process wall | process wall | process cpu | PDF KiB | ODT KiB | LO wall | LO cpu | LO PDF KiB | LO/Pamoja wall | LO/Pamoja cpu\n";
    out << "-------|-------|-----------------|--------------|-------------|---------|---------|---------|--------|------------|----------------|--------------\n";
    out.flush();
    int status = 0;
    for (const QString &s : parser.value(sizesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = s.toInt();
        QFile::remove(dir.filePath(QStringLiteral("w%1.pamoja").arg(n)));
        auto doc = testing::makeLargeWorkshop(dir.filePath(QStringLiteral("w%1.pamoja").arg(n)), n);
        QList<double> pamoja, process, processCpu, libre, libreCpu;
        qint64 pdfSize = 0, odtSize = 0, loSize = 0;
        const QString pdf = dir.filePath(QStringLiteral("w%1.pdf").arg(n));
        const QString odt = dir.filePath(QStringLiteral("w%1.odt").arg(n));
        for (int r = 0; r < reps; ++r) {
            ExportOptions o;
            o.format = QStringLiteral("pdf");
            o.output = pdf;
            o.threads = parser.value(threadsOpt).toInt();
            QElapsedTimer t;
            t.start();
            if (Status st = exportWorkshop(*doc, o); !st) {
                QTextStream(stderr) << st.error() << '\n';
                status = 1;
                break;
            }
            pamoja.append(t.nsecsElapsed() / 1e9);
        }
        for (int r = 0; r < reps; ++r) {
            double cpu = 0;
            const double secs = exportWithPamoja(dir.filePath(QStringLiteral("w%1.pamoja").arg(n)),
                                                 dir.filePath(QStringLiteral("cli%1.pdf").arg(n)), &cpu);
            if (secs < 0) {
                status = 1;
                break;
            }
            process.append(secs);
            processCpu.append(cpu);
        }
        pdfSize = QFileInfo(pdf).size();
        ExportOptions o;
        o.format = QStringLiteral("odt");
        o.output = odt;
        if (exportWorkshop(*doc, o))
            odtSize = QFileInfo(odt).size();
        const QString loOut = dir.filePath(QStringLiteral("lo%1").arg(n));
        for (int r = 0; !lo.isEmpty() && odtSize && r < reps; ++r) {
            double cpu = 0;
            const double secs = convertWithLibreOffice(lo, profile, odt, loOut, &cpu);
            if (secs < 0)
                break;
            libre.append(secs);
            libreCpu.append(cpu);
        }
        loSize = QFileInfo(QDir(loOut).filePath(QStringLiteral("w%1.pdf").arg(n))).size();
        const double pm = median(pamoja), xm = median(process), xc = median(processCpu), lm = median(libre),
                     lc = median(libreCpu);
        const ToolPages pages = pageCount(pdf);
        auto num = [](double v, int prec = 2) { return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', prec); };
        auto ratio = [](double a, double b) { return a < 0 || b <= 0 ? QStringLiteral("n/a") : QStringLiteral("%1x").arg(a / b, 0, 'f', 1); };
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12\n")
                   .arg(n, 6)
                   .arg(pages.pages, 5)
                   .arg(num(pm), 15)
                   .arg(num(xm), 12)
                   .arg(num(xc), 11)
                   .arg(pdfSize / 1024, 7)
                   .arg(odtSize / 1024, 7)
                   .arg(num(lm), 7)
                   .arg(num(lc), 6)
                   .arg(lm < 0 ? QStringLiteral("n/a") : QString::number(loSize / 1024), 10)
                   .arg(ratio(lm, xm), 14)
                   .arg(ratio(lc, xc), 13);
        out.flush();
    }
    return status;
}
