// The offline contribution form in the window: File > Export Contribution Form... writes it, a packet
// dropped on the window or chosen in File > Import Contribution Packet... adds its ideas in one undo
// step, once; a packet for another workshop changes nothing and says why.
#include "uitestutil.h"

#include "common/messagebox.h"
#include "exchange/jsonexchange.h"

#include <QAction>
#include <QMimeData>
#include <QSettings>

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
        FileDialog::setNextFileName(out);
        w.action(QStringLiteral("exportForm"))->trigger();
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QVERIFY(page.contains("Partnerships 2030"));
        QVERIFY(page.contains("<html lang=\"en\">")); // the workshop's main language
        QVERIFY2(w.lastMessage().contains(QStringLiteral("form.html")), qPrintable(w.lastMessage()));
    }

    void dropAPacket()
    {
        MainWindow w;
        w.show();
        QVERIFY(!drop(w, data("valid.txt"))); // no workshop to import into: not taken
        openWorkshop(w, QStringLiteral("drop.pamoja"));
        QVERIFY(!drop(w, data("no-packet.txt"))); // not a packet: not taken
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
        QVERIFY2(w.lastMessage().contains(QStringLiteral("\"Another workshop\"")) && w.lastMessage().contains(QStringLiteral("\"Partnerships 2030\"")),
                 qPrintable(w.lastMessage()));
        FileDialog::setNextFileName(data("tampered-checksum.txt"));
        w.action(QStringLiteral("importPacket"))->trigger();
        QCOMPARE(ideas(w), 0);
        QVERIFY2(w.lastMessage().contains(QStringLiteral("changed after it was saved")), qPrintable(w.lastMessage()));
        FileDialog::setNextFileName(data("valid-crlf.txt"));
        w.action(QStringLiteral("importPacket"))->trigger();
        QCOMPARE(ideas(w), 3);
    }
};

QTEST_MAIN(TestForm)
#include "tst_form.moc"
