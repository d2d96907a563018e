// The PDF report is laid out and painted by several threads, one PDF part each, joined with qpdf.
// These tests check that the joined file is the same report whatever the number of threads: the
// same pages in the same order, every page numbered in sequence, every bookmark and contents link
// landing on the page that holds its heading; and that cancelling while the threads paint stops
// them and writes nothing.

#include "exportfixture.h"
#include "exporttesthelpers.h"
#include "exportformats.h"
#include "i18n.h"
#include "pdfnavigation.h"
#include "reportpainter.h"
#include "reportdocument.h"
#include "reportrenderers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTranslator>

#include <mutex>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

QString pageText(const QString &pdf, int page)
{
    const ToolResult r = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                                                               QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                                                               QStringLiteral("-")});
    return QString::fromUtf8(r.out).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

int pageCount(const QString &pdf)
{
    return runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-npages"), pdf}).out.trimmed().toInt();
}

struct Bookmark
{
    QString title;
    int page = 0; // from 1
};

QList<Bookmark> bookmarks(const QString &pdf)
{
    const ToolResult r = runTool(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), pdf});
    QList<Bookmark> out;
    std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            out.append({o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("destpageposfrom1")).toInt()});
            walk(o.value(QStringLiteral("kids")).toArray());
        }
    };
    walk(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("outlines")).toArray());
    return out;
}

// The report language's translator, counting who asks it what. QTranslator promises no thread
// safety, so only the thread that builds the report may ask it.
class RecordingTranslator : public QTranslator
{
public:
    explicit RecordingTranslator(std::unique_ptr<QTranslator> real) : m_real(std::move(real)) {}

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_calls;
            m_threads.insert(QThread::currentThread());
        }
        return m_real ? m_real->translate(context, source, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return !m_real || m_real->isEmpty(); }

    int calls() const
    {
        std::lock_guard lock(m_mutex);
        return m_calls;
    }
    QSet<QThread *> threads() const
    {
        std::lock_guard lock(m_mutex);
        return m_threads;
    }

private:
    std::unique_ptr<QTranslator> m_real;
    mutable std::mutex m_mutex;
    mutable int m_calls = 0;
    mutable QSet<QThread *> m_threads;
};

} // namespace

class ExportPdfThreadsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    QString m_single; // painted by one thread: the reference
    const QDateTime GeneratedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

    Status exportPdf(const QString &path, int threads, const std::function<bool(int, int)> &progress = {})
    {
        ExportOptions o;
        o.format = QStringLiteral("pdf");
        o.output = path;
        o.language = QStringLiteral("en");
        o.content.interventions = true;
        o.threads = threads;
        o.progress = progress;
        o.generatedAt = GeneratedAt;
        return exportWorkshop(*m_doc, o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 420 ideas: each step runs over several pages, in 35 clusters.
        m_doc = makeLargeWorkshop(m_dir.filePath(QStringLiteral("large.pamoja")), 420);
        m_single = m_dir.filePath(QStringLiteral("single.pdf"));
        const Status s = exportPdf(m_single, 1);
        QVERIFY2(s, qPrintable(s ? QString() : s.error()));
        QVERIFY(pageCount(m_single) > 12);
    }

    void sameReportWhateverTheThreads_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("more threads than sections") << 40;
        QTest::newRow("automatic") << 0;
    }

    void sameReportWhateverTheThreads()
    {
        QFETCH(int, threads);
        const QString pdf = m_dir.filePath(QStringLiteral("threads-%1.pdf").arg(threads));
        const Status s = exportPdf(pdf, threads);
        QVERIFY2(s, qPrintable(s ? QString() : s.error()));
        QVERIFY(runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode == 0);
        const int pages = pageCount(m_single);
        QCOMPARE(pageCount(pdf), pages);
        // Page by page the same text, and each page says which it is.
        for (int p = 1; p <= pages; ++p) {
            const QString text = pageText(pdf, p);
            QCOMPARE(text, pageText(m_single, p));
            if (p > 1)
                QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)), qPrintable(text.left(300)));
        }
        // The same bookmarks, to the same pages.
        const QList<Bookmark> marks = bookmarks(pdf), reference = bookmarks(m_single);
        QCOMPARE(marks.size(), reference.size());
        for (int i = 0; i < marks.size(); ++i) {
            QCOMPARE(marks.at(i).title, reference.at(i).title);
            QCOMPARE(marks.at(i).page, reference.at(i).page);
        }
    }

    // Every label is looked up once, before the workers start, on the thread that builds the report;
    // four workers then paint a French or Portuguese report without asking any translator.
    void labelsAreResolvedBeforeTheWorkersStart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("pt") << QStringLiteral("pt");
    }
    void labelsAreResolvedBeforeTheWorkersStart()
    {
        QFETCH(QString, language);
        RecordingTranslator translator(i18n::translator(language));
        QVERIFY(!translator.isEmpty());
        auto labels = std::make_shared<const ReportLabels>(language, &translator);
        const int resolved = translator.calls();
        QVERIFY(resolved >= ReportLabels::count());

        ReportInput in;
        in.language = language;
        in.content.interventions = true;
        in.generatedAt = GeneratedAt;
        in.history = m_doc->store().history().value();
        in.labels = labels;
        const Report report = buildReport(m_doc->data(), in);
        QVERIFY(reportSectionCount(report) >= 4);
        auto pdf = renderPdf(report, {QStringLiteral("a4"), false, {}, 4});
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error()));
        // Nobody asked again: not the report builder, not one of the four workers.
        QCOMPARE(translator.calls(), resolved);
        QCOMPARE(translator.threads(), QSet<QThread *>{QThread::currentThread()});

        // The pages the workers painted carry the labels in the report's language.
        const QString path = m_dir.filePath(QStringLiteral("labels-%1.pdf").arg(language));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();
        const int pages = pageCount(path);
        QVERIFY(pages > 12);
        const ReportLabels english(QStringLiteral("en"));
        // pdftotext writes a no-break space as a space, and ligatures (ﬁ) as one character.
        const auto flat = [](const QString &s) { return s.normalized(QString::NormalizationForm_KC).simplified(); };
        QString all;
        for (int p = 1; p <= pages; ++p) {
            const QString text = flat(pageText(path, p));
            if (p > 1)
                QVERIFY2(text.contains(flat(labels->text(Label::PageOf).arg(QString::number(p), QString::number(pages)))),
                         qPrintable(text.left(300)));
            all += text + QLatin1Char(' ');
        }
        for (const Label l : {Label::ReportTitle, Label::ActionPlan, Label::Balance, Label::FactorCoverage, Label::Appendix}) {
            QVERIFY2(labels->text(l) != english.text(l), english.text(l).toUtf8());
            QVERIFY2(all.contains(flat(labels->text(l))), qPrintable(labels->text(l) + QStringLiteral(" in ") + all.left(400)));
        }
        QVERIFY(labels->step(1) != english.step(1));
        QVERIFY(all.contains(flat(labels->step(1))));
    }

    // A heading's bookmark opens the page its heading is printed on.
    void bookmarksLandOnTheirHeadings()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("threads-2.pdf"));
        QVERIFY(QFile::exists(pdf));
        const QList<Bookmark> marks = bookmarks(pdf);
        QVERIFY(marks.size() > 30);
        for (const Bookmark &b : marks) {
            QVERIFY2(b.page > 1, qPrintable(b.title));
            QVERIFY2(pageText(pdf, b.page).contains(b.title), qPrintable(QStringLiteral("%1 on page %2").arg(b.title).arg(b.page)));
        }
        // The section headings are also listed in the contents (two pages here), with their page numbers.
        const QString contents = pageText(pdf, 2) + pageText(pdf, 3);
        QVERIFY(contents.contains(QStringLiteral("Action plan")));
        for (const Bookmark &b : marks)
            if (b.title == QStringLiteral("Action plan") || b.title.startsWith(QStringLiteral("1 ")))
                QVERIFY2(contents.contains(QRegularExpression(QRegularExpression::escape(b.title) + QStringLiteral("\\s+%1\\b").arg(b.page))),
                         qPrintable(contents.left(600)));
    }

    // The print preview paints the same report on any paged device, on one thread, without qpdf.
    void previewPaintsTheSamePages()
    {
        ReportInput in;
        in.language = QStringLiteral("en");
        in.content.interventions = true;
        in.generatedAt = GeneratedAt;
        in.history = m_doc->store().history().value();
        const Report report = buildReport(m_doc->data(), in);
        const QString pdf = m_dir.filePath(QStringLiteral("preview.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            int calls = 0;
            const auto painted = paintReport(report, &writer, [&](int, int) { return ++calls > 0; });
            QVERIFY2(painted, qPrintable(painted ? QString() : painted.error()));
            QVERIFY(calls > 0);
            QCOMPARE(painted->pages, pageCount(m_single));
            QVERIFY(painted->links.size() > 10);
            QVERIFY(painted->outline.size() > 30);
        }
        const int pages = pageCount(m_single);
        QCOMPARE(pageCount(pdf), pages);
        for (int p = 1; p <= pages; ++p)
            QCOMPARE(pageText(pdf, p), pageText(m_single, p));
        // Cancelled from its progress: an error, however far it got.
        QPdfWriter writer(m_dir.filePath(QStringLiteral("preview-cancelled.pdf")));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        const auto cancelled = paintReport(report, &writer, [](int done, int) { return done < 3; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().contains(QStringLiteral("cancelled")));
    }

    void cancelWhilePaintingWritesNothing_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("1") << 1;
        QTest::newRow("4") << 4;
    }

    void cancelWhilePaintingWritesNothing()
    {
        QFETCH(int, threads);
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled-%1.pdf").arg(threads));
        bool sawPainting = false;
        const Status s = exportPdf(pdf, threads, [&](int done, int total) {
            sawPainting |= total > 0 && done > 0;
            return !sawPainting;
        });
        QVERIFY(sawPainting);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("cancelled")), qPrintable(s.error()));
        QVERIFY(!QFile::exists(pdf));
    }

    void brokenPartsAreRefused_data()
    {
        QTest::addColumn<QList<QByteArray>>("parts");
        QTest::addColumn<int>("part");
        QTest::addColumn<int>("page");
        QFile file(m_single);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        QTest::newRow("no parts") << QList<QByteArray>{} << 0 << 0;
        QTest::newRow("empty part") << QList<QByteArray>{QByteArray()} << 0 << 0;
        QTest::newRow("not a PDF") << QList<QByteArray>{QByteArrayLiteral("%PDF-1.4\nnot really")} << 0 << 0;
        QTest::newRow("cut short") << QList<QByteArray>{good.left(good.size() / 3)} << 0 << 0;
        QTest::newRow("page beyond the part") << QList<QByteArray>{good} << 0 << 100000;
        QTest::newRow("part that is not there") << QList<QByteArray>{good} << 3 << 0;
        QTest::newRow("negative page") << QList<QByteArray>{good} << 0 << -1;
    }

    void brokenPartsAreRefused()
    {
        QFETCH(QList<QByteArray>, parts);
        QFETCH(int, part);
        QFETCH(int, page);
        PaintedReport painted;
        painted.pages = 1;
        painted.pageSize = QSizeF(595, 842);
        const auto result = assemblePdf(parts, {{part, page}}, painted);
        QVERIFY(!result);
        QVERIFY(!result.error().isEmpty());
    }
};

QTEST_MAIN(ExportPdfThreadsTest)
#include "tst_exportpdfthreads.moc"
