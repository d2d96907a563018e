// The offline contribution form in the window: File > Export Contribution Form... writes it, a packet
// dropped on the window or chosen in File > Import Contribution Packet... adds its ideas in one undo
// step, once; a packet for another workshop changes nothing and says why.
#include "uitestutil.h"

#include "common/messagebox.h"
#include "exchange/jsonexchange.h"
#include "export/exportformdialog.h"
#include "import/importideasdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMimeData>
#include <QSettings>
#include <QTimer>

using namespace pamoja;
using namespace pamoja::uitest;

namespace {
QString data(const char *name)
{
    return QStringLiteral(PAMOJA_TEST_DATA "/packets/") + QString::fromLatin1(name);
}

bool drop(MainWindow &w, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &event);
    return true;
}
} // namespace

class TestForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The workshop of the packet corpus, open in a window.
    void openWorkshop(MainWindow &w, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        {
            auto doc = Document::create(path, QString(), Document::Seed::Empty);
            QVERIFY(doc);
            QFile f(data("workshop.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto plan = exchange::planImport(f.readAll(), (*doc)->data());
            QVERIFY(plan);
            QVERIFY((*doc)->apply(plan->changes, QStringLiteral("seed")));
        }
        QVERIFY(w.openFile(path));
    }

    int ideas(MainWindow &w) { return int(w.workspace()->document()->data().table<Idea>().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MessageBox::setTestMode(true);
    }

    void exportForm()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.action(QStringLiteral("exportForm"))->isEnabled()); // no workshop yet
        openWorkshop(w, QStringLiteral("export.pamoja"));
        QVERIFY(w.action(QStringLiteral("exportForm"))->isEnabled());
        const QString out = m_dir.filePath(QStringLiteral("form.html"));
        // The dialog itself: the workshop's main language and every step with prompts to begin with;
        // step 1 unticked and Spanish chosen.
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            auto *dlg = qobject_cast<ExportFormDialog *>(QApplication::activeModalWidget());
            QVERIFY(dlg);
            shown = true;
            QCOMPARE(dlg->languageBox()->currentData().toString(), QStringLiteral("en"));
            for (int s = 1; s <= 3; ++s)
                QVERIFY(dlg->stepBox(s)->isChecked());
            dlg->stepBox(1)->setChecked(false);
            dlg->languageBox()->setCurrentIndex(dlg->languageBox()->findData(QStringLiteral("es")));
            FileDialog::setNextFileName(out);
            dlg->accept();
        });
        w.action(QStringLiteral("exportForm"))->trigger();
        QVERIFY(shown);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QVERIFY(page.contains("Partnerships 2030"));
        QVERIFY(page.contains("<html lang=\"es\">"));
        QVERIFY(!page.contains("Imagine a balanced partnership."));
        QVERIFY(page.contains("What has to change in the system?"));
        QVERIFY2(w.lastMessage().contains(QStringLiteral("form.html")), qPrintable(w.lastMessage()));
        f.close();
        // Cancelled: nothing written.
        QVERIFY(QFile::remove(out));
        ExportFormDialog::setNextAnswer(std::nullopt);
        w.action(QStringLiteral("exportForm"))->trigger();
        QVERIFY(!QFile::exists(out));
        form::Options only3;
        only3.steps = {3};
        ExportFormDialog::setNextAnswer(only3);
        FileDialog::setNextFileName(out);
        w.action(QStringLiteral("exportForm"))->trigger();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("What will we do?"));
    }

    void dropAPacket()
    {
        MainWindow w;
        w.show();
        QVERIFY(!drop(w, data("valid.txt"))); // no workshop to import into: not taken
        openWorkshop(w, QStringLiteral("drop.pamoja"));
        // Not a packet: a text file is a list of ideas, shown in the import preview; nothing changes
        // until it is confirmed.
        QVERIFY(drop(w, data("no-packet.txt")));
        auto *preview = w.findChild<ImportIdeasDialog *>();
        QVERIFY(preview);
        preview->reject();
        QCOMPARE(ideas(w), 0);
        QVERIFY(drop(w, data("valid-quoted.eml")));
        QCOMPARE(ideas(w), 3);
        QVERIFY2(w.lastMessage().contains(QStringLiteral("Imported 3 idea")), qPrintable(w.lastMessage()));
        QVERIFY(drop(w, data("valid.txt")));
        QCOMPARE(ideas(w), 3);
        QVERIFY2(w.lastMessage().contains(QStringLiteral("Nothing to import")), qPrintable(w.lastMessage()));
        // One undo step takes the whole packet back.
        w.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(ideas(w), 0);
    }

    void importFromTheMenu()
    {
        MainWindow w;
        w.show();
        openWorkshop(w, QStringLiteral("menu.pamoja"));
        FileDialog::setNextFileName(data("wrong-workshop.txt"));
        w.action(QStringLiteral("importPacket"))->trigger();
        QCOMPARE(ideas(w), 0);
        QVERIFY2(w.lastMessage().contains(QStringLiteral("\"Another workshop\"")) &&
                     w.lastMessage().contains(QStringLiteral("\"Partnerships 2030\"")),
                 qPrintable(w.lastMessage()));
        FileDialog::setNextFileName(data("tampered-checksum.txt"));
        w.action(QStringLiteral("importPacket"))->trigger();
        QCOMPARE(ideas(w), 0);
        QVERIFY2(w.lastMessage().contains(QStringLiteral("changed after it was saved")),
                 qPrintable(w.lastMessage()));
        FileDialog::setNextFileName(data("valid-crlf.txt"));
        w.action(QStringLiteral("importPacket"))->trigger();
        QCOMPARE(ideas(w), 3);
    }
};

QTEST_MAIN(TestForm)
#include "tst_form.moc"
