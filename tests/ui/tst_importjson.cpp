// File > Import Workshop Data (JSON) in the real window: a Pamoja JSON export is previewed by a
// question, then its new entities come in as one undo step; importing it again adds nothing; a
// broken or hostile export is refused whole with the reason and changes nothing; a dropped export
// and one chosen in File > Import Ideas take the same way.
#include "uitestutil.h"

#include "common/messagebox.h"
#include "exchange/jsonexchange.h"

#include <QAction>
#include <QDir>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

using namespace pamoja;
using namespace pamoja::uitest;

namespace {
QString json(const QString &name)
{
    return QStringLiteral(PAMOJA_TEST_DATA "/json/") + name;
}

int ideas(MainWindow &w)
{
    return int(w.workspace()->document()->data().table<Idea>().size());
}

qint64 entries(MainWindow &w)
{
    return w.workspace()->document()->store().historyCount().value();
}
} // namespace

class TestImportJson : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    void openEmpty(MainWindow &w)
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.pamoja").arg(++m_n));
        QVERIFY(Document::create(path, QStringLiteral("Import target"), Document::Seed::Empty));
        QVERIFY(w.openFile(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MessageBox::setTestMode(true);
    }

    void menuPreviewsImportsAndUndoes()
    {
        MainWindow w;
        w.show();
        QVERIFY(!w.action(QStringLiteral("importJson"))->isEnabled()); // no workshop yet
        openEmpty(w);
        QAction *import = w.action(QStringLiteral("importJson"));
        QVERIFY(import->isEnabled());
        const int before = ideas(w);
        const qint64 logged = entries(w);

        FileDialog::setNextFileName(json(QStringLiteral("valid.json")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        import->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("valid.json")), qPrintable(MessageBox::lastText()));
        QCOMPARE(ideas(w), before + 2);
        QCOMPARE(entries(w), logged + 1); // one change in the history
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Imported")));

        // One undo step takes all of it back.
        w.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(ideas(w), before);
        w.action(QStringLiteral("redo"))->trigger();
        QCOMPARE(ideas(w), before + 2);

        // The same export again: nothing to import, no question, no change.
        const qint64 afterImport = entries(w);
        FileDialog::setNextFileName(json(QStringLiteral("valid.json")));
        import->trigger();
        QCOMPARE(ideas(w), before + 2);
        QCOMPARE(entries(w), afterImport);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Nothing to import")),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    void cancelChangesNothing()
    {
        MainWindow w;
        w.show();
        openEmpty(w);
        const int before = ideas(w);
        const qint64 logged = entries(w);
        FileDialog::setNextFileName(json(QStringLiteral("valid.json")));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        w.action(QStringLiteral("importJson"))->trigger();
        QCOMPARE(ideas(w), before);
        QCOMPARE(entries(w), logged);
    }

    // Every broken export of the exchange corpus: refused whole, the reason shown, nothing changed.
    void brokenExportsChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(PAMOJA_TEST_DATA "/json")).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() > 30);
        for (const QString &f : files)
            if (f != QLatin1StringView("valid.json"))
                QTest::newRow(qPrintable(f)) << f;
    }
    void brokenExportsChangeNothing()
    {
        QFETCH(QString, file);
        MainWindow w;
        w.show();
        openEmpty(w);
        const QByteArray before = exchange::toJson(w.workspace()->document()->data());
        const qint64 logged = entries(w);
        // A question would mean the import was about to go ahead: answer Yes so that it would.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!w.importWorkshopJsonFile(json(file)));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Nothing was imported")), qPrintable(MessageBox::lastText()));
        QCOMPARE(exchange::toJson(w.workspace()->document()->data()), before);
        QCOMPARE(entries(w), logged);
    }

    void dropAndImportIdeasTakeTheSameWay()
    {
        MainWindow w;
        w.show();
        openEmpty(w);
        const int before = ideas(w);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(json(QStringLiteral("valid.json")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QApplication::sendEvent(&w, &drop);
        QCOMPARE(ideas(w), before + 2);
        QCOMPARE(w.workspace()->document()->path(), m_dir.filePath(QStringLiteral("w%1.pamoja").arg(m_n))); // not opened as a workshop

        // Chosen in File > Import Ideas: the export is recognised by its content and imported the same way.
        w.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(ideas(w), before);
        FileDialog::setNextFileName(json(QStringLiteral("valid.json")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!w.importIdeasDialog());
        QCOMPARE(ideas(w), before + 2);
    }
};

QTEST_MAIN(TestImportJson)
#include "tst_importjson.moc"
