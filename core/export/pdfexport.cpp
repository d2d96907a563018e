#include "pdfnavigation.h"
#include "reportpages.h"
#include "reportrenderers.h"
#include "threadhandoff.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <numeric>

namespace pamoja {

namespace {

// Every part of the report is written by a QPdfWriter set up the same way.
class PartWriter
{
public:
    PartWriter(const Report &report, const PdfOptions &options) : m_buffer(&m_bytes)
    {
        m_buffer.open(QIODevice::WriteOnly);
        m_writer = std::make_unique<QPdfWriter>(&m_buffer);
        m_writer->setResolution(300);
        m_writer->setCreator(QStringLiteral("Pamoja"));
        m_writer->setTitle(report.title);
        if (options.pdfA)
            m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        const bool letter = options.paper.compare(QLatin1StringView("letter"), Qt::CaseInsensitive) == 0;
        m_writer->setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                                            QMarginsF(0, 0, 0, 0)));
    }

    QPdfWriter *device() const { return m_writer.get(); }

    // The finished file; the writer is gone after this.
    QByteArray take()
    {
        m_writer.reset();
        m_buffer.close();
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
};

// What the worker threads and the calling thread share. The sections are shared out among a few
// worker threads; each lays out its sections and paints them into its own PDF part, because Qt's
// text layout caches font engines per thread: the thread that lays a document out paints it. Once
// every section is laid out, the calling thread numbers the pages; the lightest worker also paints
// the cover and contents. The parts are then joined with qpdf.
struct Shared
{
    std::mutex mutex;
    std::condition_variable wake;
    std::atomic<bool> cancel{false};
    std::atomic<int> paintedPages{0};
    int laidOut = 0; // sections
    int finished = 0; // workers
    bool numbered = false;
    QList<int> pages;                     // per section
    QList<QList<PlacedHeading>> headings; // per section
    ReportPagination pagination;          // once numbered
    QList<PaintedLink> links;             // the contents entries, once painted
    QList<QByteArray> parts;              // per worker, when finished
    QList<QString> errors;                // per worker
};

struct Assignment
{
    QList<int> sections; // in report order
    bool front = false;  // this worker also paints the cover and the contents
};

// A worker costs its own font set-up and font subsets in the file: worth it only for a few hundred
// ideas each. Up to twice the cores, so two cores stay busy when the sections differ in size.
int automaticWorkers(const Report &report)
{
    constexpr int WeightPerWorker = 1500; // about 400 ideas, a third of a second on one core
    int weight = 0;
    for (int s = 0; s < reportSectionCount(report); ++s)
        weight += reportSectionWeight(report, s);
    return qBound(1, weight / WeightPerWorker, 2 * qMax(1, QThread::idealThreadCount()));
}

// Longest first, each to the least loaded worker; the cover goes to the lightest.
QList<Assignment> shareOut(const Report &report, int workers)
{
    const int sections = reportSectionCount(report);
    QList<int> order(sections);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return reportSectionWeight(report, a) > reportSectionWeight(report, b);
    });
    QList<Assignment> out(qBound(1, workers, qMax(1, sections)));
    QList<qint64> load(out.size(), 0);
    for (int s : order) {
        const auto lightest = std::min_element(load.begin(), load.end()) - load.begin();
        out[lightest].sections.append(s);
        load[lightest] += reportSectionWeight(report, s);
    }
    for (Assignment &a : out)
        std::sort(a.sections.begin(), a.sections.end());
    out[std::min_element(load.begin(), load.end()) - load.begin()].front = true;
    return out;
}

void worker(const Report &report, const PdfOptions &options, int index, const Assignment &work, Shared &shared)
{
    PartWriter part(report, options);
    const PageGeometry g = PageGeometry::of(part.device());
    std::vector<LaidOutSection> laid;
    for (int s : work.sections) {
        // Cancelled: the remaining sections count as laid out, without being built.
        if (shared.cancel.load())
            laid.emplace_back();
        else
            laid.push_back(layOutSection(report, s, part.device(), g, [&] { return shared.cancel.load(); }));
        {
            std::lock_guard lock(shared.mutex);
            shared.pages[s] = laid.back().pages;
            shared.headings[s] = laid.back().headings;
            ++shared.laidOut;
        }
        shared.wake.notify_all();
    }
    {
        std::unique_lock lock(shared.mutex);
        shared.wake.wait(lock, [&] { return shared.numbered || shared.cancel.load(); });
    }
    // Read without the lock from here: the pagination does not change once numbered.
    const ReportPagination &pagination = shared.pagination;
    QString error;
    QPainter p;
    if (shared.cancel.load()) {
        // Nothing to paint.
    } else if (!p.begin(part.device())) {
        error = QCoreApplication::translate("pamoja::Export", "Cannot start painting the report.");
        // The others need not finish a report that will not be written.
        std::lock_guard lock(shared.mutex);
        shared.cancel = true;
    } else {
        p.setRenderHint(QPainter::Antialiasing);
        bool first = true;
        const auto nextPage = [&] {
            if (!first)
                part.device()->newPage();
            first = false;
        };
        if (work.front) {
            QList<PaintedLink> links;
            nextPage();
            paintCover(p, g, report);
            for (int k = 0; k < pagination.contentsPages; ++k) {
                nextPage();
                paintContentsPage(p, g, report, pagination, k, &links);
            }
            std::lock_guard lock(shared.mutex);
            shared.links = links;
        }
        for (size_t i = 0; i < laid.size() && !shared.cancel.load(); ++i) {
            const int s = work.sections.at(qsizetype(i));
            for (int k = 0; k < laid.at(i).pages && !shared.cancel.load(); ++k) {
                nextPage();
                paintBodyPage(p, g, report, laid.at(i), k, pagination.sectionFirstPage.at(s) + k, pagination.pages);
                ++shared.paintedPages;
            }
        }
        if (!p.end())
            error = QCoreApplication::translate("pamoja::Export", "Cannot finish painting the report.");
    }
    laid.clear(); // the documents go in the thread that made them
    QByteArray bytes = part.take();
    {
        std::lock_guard lock(shared.mutex);
        shared.parts[index] = std::move(bytes);
        shared.errors[index] = error;
        ++shared.finished;
    }
    shared.wake.notify_all();
}

// Waits until done() holds, asking goOn() every 50 ms whether to go on. False when cancelled.
bool waitFor(Shared &shared, const std::function<bool()> &done, const std::function<bool()> &goOn)
{
    std::unique_lock lock(shared.mutex);
    while (!done()) {
        shared.wake.wait_for(lock, std::chrono::milliseconds(50));
        lock.unlock();
        const bool go = goOn();
        lock.lock();
        if (!go) {
            shared.cancel = true;
            shared.wake.notify_all();
            return false;
        }
    }
    return true;
}

// Where each page of the assembled file comes from: part and page within it.
QList<PdfPageSource> pageOrder(const QList<Assignment> &work, const QList<int> &sectionPages, int contentsPages)
{
    QList<PdfPageSource> sectionStart(sectionPages.size());
    QList<PdfPageSource> order;
    for (int w = 0; w < work.size(); ++w) {
        int next = 0;
        if (work.at(w).front)
            for (; next < 1 + contentsPages; ++next)
                order.append({w, next});
        for (int s : work.at(w).sections) {
            sectionStart[s] = {w, next};
            next += sectionPages.at(s);
        }
    }
    for (int s = 0; s < sectionPages.size(); ++s)
        for (int k = 0; k < sectionPages.at(s); ++k)
            order.append({sectionStart.at(s).part, sectionStart.at(s).page + k});
    return order;
}

} // namespace

Result<QByteArray> renderPdf(const Report &report, const PdfOptions &options)
{
    const auto cancelledError = Error{QCoreApplication::translate("pamoja::Export", "The export was cancelled.")};
    const int sections = reportSectionCount(report);
    const int workers = options.threads > 0 ? options.threads : automaticWorkers(report);
    const QList<Assignment> work = shareOut(report, workers);
    Shared shared;
    shared.pages.resize(sections);
    shared.headings.resize(sections);
    shared.parts.resize(work.size());
    shared.errors.resize(work.size());

    // QThreads, not std::threads: a text document starts Qt timers, which need a QThread.
    std::vector<std::unique_ptr<QThread>> threads;
    // Whatever way this function returns, the workers are told to stop and are joined.
    struct Joiner
    {
        Shared &shared;
        std::vector<std::unique_ptr<QThread>> &threads;
        ~Joiner()
        {
            {
                // Under the lock, or a worker between its check and its wait would miss the wake-up.
                std::lock_guard lock(shared.mutex);
                shared.cancel = true;
            }
            shared.wake.notify_all();
            for (auto &t : threads) {
                t->wait();
                tsan::tookOver(&shared);
            }
        }
    } joiner{shared, threads};
    for (int w = 0; w < work.size(); ++w) {
        tsan::handOff(&shared);
        threads.emplace_back(QThread::create([&report, &options, w, &work, &shared] {
            tsan::tookOver(&shared);
            worker(report, options, w, work.at(w), shared);
            tsan::handOff(&shared);
        }));
        threads.back()->start();
        if (!threads.back()->isRunning() && !threads.back()->isFinished())
            return Error{QCoreApplication::translate("pamoja::Export", "Cannot start the threads that draw the report.")};
    }

    const auto askStill = [&] { return !options.progress || options.progress(0, 0); };
    if (!waitFor(shared, [&] { return shared.laidOut == sections; }, askStill))
        return cancelledError;
    {
        std::lock_guard lock(shared.mutex);
        // Any part's device measures the same; fonts metrics for the contents need one.
        PartWriter measure(report, options);
        shared.pagination = paginate(shared.headings, shared.pages, measure.device(), PageGeometry::of(measure.device()));
        shared.numbered = true;
    }
    shared.wake.notify_all();

    const int bodyPages = shared.pagination.pages - 1 - shared.pagination.contentsPages;
    const auto reportPages = [&] { return !options.progress || options.progress(shared.paintedPages.load(), bodyPages); };
    if (!waitFor(shared, [&] { return shared.finished == int(work.size()); }, reportPages))
        return cancelledError;
    for (const QString &e : std::as_const(shared.errors))
        if (!e.isEmpty())
            return Error{e};
    for (const QByteArray &part : std::as_const(shared.parts))
        if (part.isEmpty())
            return Error{QCoreApplication::translate("pamoja::Export", "The PDF writer produced no output.")};

    PaintedReport painted = shared.pagination.painted;
    painted.links = shared.links;
    return assemblePdf(shared.parts, pageOrder(work, shared.pages, shared.pagination.contentsPages), painted);
}

} // namespace pamoja
