// The offline contribution form: File > Export Contribution Form... writes it, File > Import
// Contribution Packet... and a packet dropped on the window bring the ideas back (one undo step).
#include "mainwindow.h"

#include "common/messagebox.h"
#include "contributionform.h"
#include "document.h"
#include "exchange/packet.h"
#include "export/exportformdialog.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pamoja {

bool MainWindow::isPacketFile(const QString &path)
{
    if (path.endsWith(QLatin1StringView(".pamoja"), Qt::CaseInsensitive))
        return false;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && packet::contains(f.read(packet::MaxBytes));
}

void MainWindow::exportFormDialog()
{
    const Document *doc = m_workspace->document();
    form::Options options;
    if (!doc || !ExportFormDialog::ask(this, doc->data(), &options))
        return;
    const QFileInfo fi(doc->path());
    const QString suggestion =
        fi.dir().filePath(tr("%1 contribution form").arg(fi.completeBaseName()) + QStringLiteral(".html"));
    const QString path = FileDialog::getSaveFileName(this, tr("Export Contribution Form"), suggestion,
                                                     tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    if (Status s = form::write(doc->data(), options, path); !s)
        showMessage(s.error());
    else
        showMessage(tr("The contribution form was saved as %1. Send it to participants; they send back a "
                       "contribution packet to import.")
                        .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::importPacketDialog()
{
    if (!m_workspace->document())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Import Contribution Packet"), QString(),
                                                     tr("Contribution packets (*.txt *.eml);;All files (*)"));
    if (!path.isEmpty())
        importPacketFile(path);
}

bool MainWindow::importPacketFile(const QString &path)
{
    Document *doc = m_workspace->document();
    if (!doc) {
        showMessage(tr("Open the workshop the contribution packet is for first, then import it."));
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    auto parsed = packet::parse(f.read(packet::MaxBytes + 1));
    auto plan = parsed ? packet::plan(doc->data(), *parsed) : Result<packet::Plan>(Error{parsed.error()});
    if (!plan) {
        showMessage(tr("%1: %2 Nothing was imported.").arg(QFileInfo(path).fileName(), plan.error()));
        return false;
    }
    if (plan->added == 0) {
        showMessage(
            tr("Nothing to import: the %n idea(s) of this contribution packet are already in the workshop.",
               nullptr, plan->alreadyPresent));
        return true;
    }
    if (!m_workspace->apply(plan->changes,
                            tr("Import contribution packet %1").arg(QFileInfo(path).fileName())))
        return false;
    QString message = tr("Imported %n idea(s) from the contribution packet.", nullptr, plan->added);
    if (plan->alreadyPresent)
        message += QLatin1Char(' ') + tr("%n were already in the workshop.", nullptr, plan->alreadyPresent);
    for (const QString &w : plan->warnings)
        message += QLatin1Char(' ') + w;
    showMessage(message);
    return true;
}

} // namespace pamoja
