// Helper for core_crash and core_concurrency: a second process that writes to or holds a workshop.
//   core_crashwriter write FILE   adds ideas through Document in a loop; prints each id once it is saved
//   core_crashwriter hold FILE [APP]   opens FILE for writing (as application APP), prints "ready", waits

#include "document.h"
#include "edits.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace pamoja;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    if (args.size() > 3)
        QCoreApplication::setApplicationName(args.at(3));
    auto doc = Document::open(args.at(2));
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(doc.error()));
        return 1;
    }
    if (args.at(1) == QLatin1StringView("hold")) {
        std::printf("ready\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    for (int n = 0; n < 1000000; ++n) {
        edits::IdeaDraft d;
        d.step = 1 + n % 3;
        d.text = QStringLiteral("Crash-test idea %1 from process %2").arg(n).arg(QCoreApplication::applicationPid());
        QUuid id;
        auto cs = edits::addIdea((*doc)->data(), d, &id);
        if (!cs)
            return 3;
        if (!(*doc)->apply(*cs, QStringLiteral("Add idea")))
            return 4;
        // Acknowledged only now, after the funnel returned ok.
        std::printf("%s\n", qPrintable(idString(id)));
        std::fflush(stdout);
    }
    return 0;
}
