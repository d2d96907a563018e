#include "common/messagebox.h"
#include "export/exportdialog.h"
#include "exportfixture.h"
#include "exportformats.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;
using namespace pamoja::testing;

class ExportDialogTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Qt converts large images (the screenshots below) in its global thread pool. Its threads'
        // hand-overs are inside Debian's Qt, which ThreadSanitizer cannot see; one pool thread keeps
        // them from racing each other in its reports, without touching the export's own threads.
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        QVERIFY(m_dir.isValid());
        m_workspace.setDocument(makeRichWorkshop(m_dir.filePath(QStringLiteral("rich.pamoja"))));
    }

    void exportsOffTheGuiThread()
    {
        ExportDialog dialog(&m_workspace);
        dialog.setFormat(QStringLiteral("pdf"));
        const QString out = m_dir.filePath(QStringLiteral("dialog.pdf"));
        dialog.setOutput(out);
        dialog.show();
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(dialog.isExporting());
        dialog.grab().save(QStringLiteral(PAMOJA_BUILD_DIR "/screenshots/export-dialog-busy.png"));
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile(out).size() > 1000);
        // The worker's page count reached the progress bar (polled on the GUI thread): every page.
        const auto *bar = dialog.findChild<QProgressBar *>();
        QVERIFY(bar);
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        dialog.grab().save(QStringLiteral(PAMOJA_BUILD_DIR "/screenshots/export-dialog.png"));
    }

    void cancelLeavesNothing()
    {
        ExportDialog dialog(&m_workspace);
        dialog.setFormat(QStringLiteral("pdf"));
        const QString out = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        dialog.setOutput(out);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        dialog.cancelExport();
        QVERIFY(finished.wait(60000));
        // Cancelled in time: no file at all. Too late to cancel: a whole file.
        if (!finished.first().at(0).toBool())
            QVERIFY(!QFile::exists(out));
        else
            QVERIFY(QFile(out).size() > 1000);
    }

    // Browse... asks through the window's one dialog seam, so a test chooses the file.
    void browseGoesThroughTheSeam()
    {
        ExportDialog dialog(&m_workspace);
        dialog.setFormat(QStringLiteral("md"));
        dialog.setOutput(m_dir.filePath(QStringLiteral("first.md")));
        // Were a real file dialog opened past the seam, it is closed after a while: the test then
        // fails instead of hanging.
        QTimer guard;
        guard.setInterval(3000);
        connect(&guard, &QTimer::timeout, this, [] {
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
        });
        guard.start();
        auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("exportBrowse"));
        QVERIFY(browse);
        const QString chosen = m_dir.filePath(QStringLiteral("chosen.md"));
        FileDialog::setNextFileName(chosen);
        browse->click();
        QCOMPARE(dialog.options().output, chosen);
        // Cancelled: the name stays as it was.
        FileDialog::setNextFileName(QString());
        browse->click();
        QCOMPARE(dialog.options().output, chosen);
    }

    // The worker thread is deleted with the dialog, also when the dialog is closed mid-export.
    void threadIsDeletedWithTheDialog_data()
    {
        QTest::addColumn<bool>("waitForTheEnd");
        QTest::newRow("closed while exporting") << false;
        QTest::newRow("closed after exporting") << true;
    }
    void threadIsDeletedWithTheDialog()
    {
        QFETCH(bool, waitForTheEnd);
        QPointer<QThread> thread;
        {
            ExportDialog dialog(&m_workspace);
            dialog.setFormat(QStringLiteral("pdf"));
            dialog.setOutput(m_dir.filePath(QStringLiteral("closed.pdf")));
            QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
            dialog.startExport();
            thread = dialog.exportThread();
            QVERIFY(thread);
            if (waitForTheEnd) {
                QVERIFY(finished.wait(60000));
                QVERIFY(!dialog.exportThread());
            }
        }
        QVERIFY(thread.isNull());
    }

    void remembersLastChoices()
    {
        {
            ExportDialog dialog(&m_workspace);
            dialog.setFormat(QStringLiteral("xlsx"));
            dialog.setOutput(m_dir.filePath(QStringLiteral("book.xlsx")));
            QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
            dialog.startExport();
            QVERIFY(finished.wait(60000));
        }
        ExportDialog again(&m_workspace);
        QCOMPARE(again.options().format, QStringLiteral("xlsx"));
        QVERIFY(again.options().output.endsWith(QStringLiteral(".xlsx")));
    }
};

QTEST_MAIN(ExportDialogTest)
#include "tst_exportdialog.moc"
