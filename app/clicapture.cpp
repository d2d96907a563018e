// `pamoja capture FILE`: the quick-capture window on its own, for a note-taker's laptop (a copy of the
// facilitator's workshop, merged back later) or next to the facilitator's window.
#include "clicommand.h"

#include "capture/quickcapturewindow.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>

namespace pamoja::cli {

int cmdCapture(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Opens the quick-capture window on a workshop: one line per idea, Enter saves it."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    const auto stepOption = c.add(QStringLiteral("step"), QCoreApplication::translate("pamoja::Cli", "The step to capture into (1, 2 or 3)."),
                                  QStringLiteral("n"));
    QStringList rest = args.mid(2);
    rest.prepend(args.first());
    if (auto code = c.parse(rest, 1))
        return *code;
    int step = 0;
    if (c.parser.isSet(stepOption)) {
        bool ok = false;
        step = c.parser.value(stepOption).toInt(&ok);
        if (!ok || step < 1 || step > 3)
            return fail(QCoreApplication::translate("pamoja::Cli", "--step must be 1, 2 or 3."), Usage);
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("pamoja::Cli", "the capture window needs a display."));
    const QString path = QFileInfo(c.parser.positionalArguments().first()).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return fail(QCoreApplication::translate("pamoja::Cli", "%1 does not exist. Make a copy of the workshop file first (File > Save a Copy).").arg(path));
    auto doc = Document::open(path, WorkshopStore::Access::ReadWrite);
    if (!doc)
        return fail(doc.error());
    Workspace workspace;
    workspace.setDocument(std::move(*doc));
    if (step)
        workspace.setStep(step);
    QuickCaptureWindow window(&workspace);
    window.show();
    return QApplication::exec();
}

} // namespace pamoja::cli
