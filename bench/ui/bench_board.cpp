// bench_board: a board of 5,000 notes in 200 clusters. Prints a table of medians against targets.
#include "board/boardscene.h"
#include "process/processsetup.h"
#include "board/boardview.h"
#include "board/boardwidget.h"
#include "board/noteitem.h"
#include "capture/capturebar.h"
#include "document.h"
#include "domain/constituency.h"
#include "mainwindow.h"
#include "outline/outlineview.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace pamoja;

namespace {

constexpr int Ideas = 5000;
constexpr int Clusters = 200;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

QList<double> repeat(int n, const std::function<void()> &fn)
{
    QList<double> out;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        out.append(t.nsecsElapsed() / 1e6);
    }
    return out;
}

long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// One change set, one transaction: 200 clusters on a grid, 25 ideas each, constituencies mixed.
ChangeSet bigBoard(const WorkshopData &data)
{
    ChangeSet cs;
    const QStringList cons = constituency::codes();
    const QUuid prompt = data.prompts(1).first().id;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int c = 0; c < Clusters; ++c) {
        Cluster cl;
        cl.id = newId();
        cl.step = 1;
        cl.title = QStringLiteral("Theme %1: who decides on money").arg(c + 1);
        cl.x = (c % 10) * 1050;
        cl.y = (c / 10) * 700;
        cs.insert(cl);
        for (int k = 0; k < Ideas / Clusters; ++k) {
            Idea i;
            i.id = newId();
            i.step = 1;
            i.promptId = prompt;
            i.text = i.originalText =
                QStringLiteral("Idea %1: Southern partners co-decide how funds are allocated and reported").arg(c * 25 + k);
            i.language = QStringLiteral("en");
            i.constituency = cons[(c + k) % cons.size()];
            i.created = i.modified = t0.addMSecs(c * 25 + k);
            i.clusterId = cl.id;
            cs.insert(i);
        }
    }
    return cs;
}

void row(QTextStream &out, const QString &what, const QString &size, double ms, const QString &target)
{
    out << QStringLiteral("| %1 | %2 | %3 ms | %4 |\n").arg(what, -44).arg(size, -22).arg(ms, 8, 'f', 2).arg(target, -10);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The same quiet start as the pamoja binary: no runtime-folder or font-fallback notes in the tables.
    pamoja::process::ensureRuntimeDir();
    pamoja::process::quietFontFallback();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.pamoja"));
    {
        auto doc = Document::create(path, QStringLiteral("Bench"));
        if (!doc || !(*doc)->apply(bigBoard((*doc)->data()), QStringLiteral("bench data"), Document::Undoable::No)) {
            out << "could not create the benchmark workshop\n";
            return 1;
        }
    }
    const long baseKb = peakKb();

    Workspace ws;
    auto opened = Document::open(path);
    if (!opened) {
        out << opened.error() << "\n";
        return 1;
    }
    ws.setDocument(std::move(*opened));

    // Scene build: a fresh scene from the document, as on opening or switching steps.
    QList<double> build;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        BoardScene scene(&ws, BoardMode::Facilitator);
        build.append(t.nsecsElapsed() / 1e6);
        if (scene.noteCount() != Ideas) {
            out << "scene has " << scene.noteCount() << " notes\n";
            return 1;
        }
    }

    BoardScene scene(&ws, BoardMode::Facilitator);
    BoardView view(&scene);
    view.resize(1600, 1000);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto render = [&] {
        QPainter p(&frame);
        view.viewport()->render(&p);
    };
    view.fitAll();
    render(); // warm caches
    const QList<double> fit = repeat(15, render);
    view.setZoom(1.0);
    view.centerOn(QPointF(2000, 1400));
    render();
    const QList<double> full = repeat(15, render);

    // Capture with the board, outline and capture bar alone (no side panels).
    QList<double> captureBoard;
    {
        Workspace *w = &ws;
        BoardWidget board(w);
        OutlineView outline(w);
        CaptureBar bar(w);
        bar.show();
        QLineEdit *e = bar.lineEdit();
        for (int i = 0; i < 40; ++i) {
            e->setText(QStringLiteral("Board-only idea %1 with a few words").arg(i));
            QElapsedTimer t;
            t.start();
            QTest::keyClick(e, Qt::Key_Return);
            captureBoard.append(t.nsecsElapsed() / 1e6);
            if (board.scene()->noteCount() != Ideas + i + 1) {
                out << "board-only capture failed\n";
                return 1;
            }
        }
    }

    // Capture: Enter in the real window's bar until the note is in the scene and committed.
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    view.hide();
    ws.setDocument(nullptr); // let go of the file so the window can open it
    if (!window.openFile(path)) {
        out << "window could not open the workshop: " << window.lastMessage() << "\n";
        return 1;
    }
    Document *doc = window.workspace()->document();
    QLineEdit *edit = window.captureBar()->lineEdit();
    edit->setFocus();
    QList<double> capture;
    for (int i = 0; i < 40; ++i) {
        edit->setText(QStringLiteral("Captured idea number %1 with a few words").arg(i));
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, Qt::Key_Return);
        const double ms = t.nsecsElapsed() / 1e6;
        const auto ideas = doc->data().table<Idea>().size();
        if (ideas != Ideas + 40 + i + 1 || !edit->text().isEmpty()) {
            out << "capture failed: " << window.lastMessage() << "\n";
            return 1;
        }
        capture.append(ms);
        QCoreApplication::processEvents();
    }
    const QUuid last = doc->data().ideas(1).last().id;
    if (!window.board()->scene()->note(last)) {
        out << "the captured note is not on the board\n";
        return 1;
    }

    const QString size = QStringLiteral("%1 notes, %2 clusters").arg(Ideas).arg(Clusters);
    out << "\nbench_board (medians; " << QSysInfo::prettyProductName() << ")\n\n";
    out << "| measure                                      | size                   | median      | target     |\n";
    out << "|----------------------------------------------|------------------------|-------------|------------|\n";
    row(out, QStringLiteral("build the scene"), size, median(build), QStringLiteral("-"));
    row(out, QStringLiteral("render 1600x1000 frame, fit to view"), size, median(fit), QStringLiteral("< 16 ms"));
    row(out, QStringLiteral("render 1600x1000 frame, 100 %"), size, median(full), QStringLiteral("< 16 ms"));
    row(out, QStringLiteral("Enter -> on board + saved (board, outline)"), size, median(captureBoard), QStringLiteral("< 5 ms"));
    row(out, QStringLiteral("Enter -> on board + saved (whole window)"), size, median(capture), QStringLiteral("< 5 ms"));
    out << QStringLiteral("\npeak memory (getrusage): %1 MB (%2 MB before the board and window)\n")
               .arg(peakKb() / 1024.0, 0, 'f', 1)
               .arg(baseKb / 1024.0, 0, 'f', 1);
    out << QStringLiteral("repetitions: build 5, render 15 each, capture 40 (full main window with panels)\n");
    const bool ok = median(fit) < 16 && median(full) < 16 && median(captureBoard) < 5 && median(capture) < 5;
    out << (ok ? "all targets met\n" : "some targets missed\n");
    return 0;
}
