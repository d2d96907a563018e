// The workshop settings dialog edits the workshop through the funnel, undoably and logged.

#include "workshop/workshopsettingsdialog.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;

class TestWorkshopSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Workspace> workspace()
    {
        auto ws = std::make_unique<Workspace>();
        auto doc = Document::create(m_dir.filePath(QStringLiteral("w%1.pamoja").arg(++m_n)), QStringLiteral("Before"));
        if (doc)
            ws->setDocument(std::move(*doc));
        return ws;
    }

private Q_SLOTS:
    void savesUndoablyAndLogsAnonymity()
    {
        auto ws = workspace();
        QVERIFY(ws->document());
        WorkshopSettingsDialog dialog(ws.get());
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("Après l’atelier"));
        auto *anonymity = dialog.findChildren<QComboBox *>().at(1);
        anonymity->setCurrentIndex(anonymity->findData(QStringLiteral("anonymous")));
        dialog.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(dialog.save());

        const Workshop &w = ws->document()->data().workshop();
        QCOMPARE(w.title, QStringLiteral("Après l’atelier"));
        QCOMPARE(w.anonymity, QStringLiteral("anonymous"));
        QVERIFY(w.privateWriting);
        const auto history = ws->document()->store().history(1).value();
        QCOMPARE(history.size(), 1);
        QVERIFY(history.first().description.contains(QStringLiteral("anonymity")));
        QVERIFY(history.first().changes.changes.first().before.value(QStringLiteral("anonymity")) ==
                QStringLiteral("optional"));

        QVERIFY(ws->document()->undo().isOk());
        QCOMPARE(ws->document()->data().workshop().title, QStringLiteral("Before"));
        QVERIFY(!ws->document()->data().workshop().privateWriting);
    }

    void rejectsEmptyTitleWithAMessage()
    {
        auto ws = workspace();
        QSignalSpy errors(ws.get(), &Workspace::errorOccurred);
        const qint64 before = ws->document()->store().historyCount().value();
        WorkshopSettingsDialog dialog(ws.get());
        dialog.findChild<QLineEdit *>()->setText(QStringLiteral("   "));
        QVERIFY(!dialog.save());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(ws->document()->data().workshop().title, QStringLiteral("Before"));
        QCOMPARE(ws->document()->store().historyCount().value(), before);
    }

    void unchangedFormChangesNothing()
    {
        auto ws = workspace();
        const qint64 before = ws->document()->store().historyCount().value();
        WorkshopSettingsDialog dialog(ws.get());
        QVERIFY(dialog.save());
        QCOMPARE(ws->document()->store().historyCount().value(), before);
        QVERIFY(!ws->document()->canUndo());
    }
};

QTEST_MAIN(TestWorkshopSettings)
#include "tst_workshopsettings.moc"
