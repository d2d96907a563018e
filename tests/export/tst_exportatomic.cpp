#include "exportfixture.h"
#include "exportformats.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pamoja;
using namespace pamoja::testing;

class ExportAtomicTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_doc = makeRichWorkshop(m_dir.filePath(QStringLiteral("rich.pamoja")));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : exportFormatCodes())
            QTest::newRow(qPrintable(f)) << f;
    }

    // A folder nobody can write in (or, as root, a "folder" that is a file): a clear message, no file.
    void unwritableFolderFailsCleanly_data() { formats_data(); }
    void unwritableFolderFailsCleanly()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        QString target;
        if (geteuid() != 0) {
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            target = dir.filePath(QStringLiteral("out.") + format);
        } else {
            // Root writes anywhere; a path under a regular file cannot be created by anyone.
            const QString blocker = dir.filePath(QStringLiteral("blocker"));
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            target = blocker + QStringLiteral("/out.") + format;
        }
        ExportOptions o;
        o.format = format;
        o.output = target;
        const Status s = exportWorkshop(*m_doc, o);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("Cannot write")), qPrintable(s.error()));
        QVERIFY(!QFile::exists(target));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
        left.removeAll(QStringLiteral("blocker"));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    // A cancelled export leaves the file that was there, byte for byte, and no temporary files.
    void existingFileSurvivesCancel_data() { formats_data(); }
    void existingFileSurvivesCancel()
    {
        QFETCH(QString, format);
        if (format == QLatin1StringView("json"))
            return; // instantaneous: nothing to cancel (its failure path is covered above)
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.") + format);
        const QStringList files = format == QLatin1StringView("csv") ? csvOutputPaths(target) : QStringList{target};
        for (const QString &f : files) {
            QFile old(f);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the facilitator's previous export");
        }
        std::atomic_bool cancel{true};
        ExportOptions o;
        o.format = format;
        o.output = target;
        o.cancel = &cancel;
        const Status s = exportWorkshop(*m_doc, o);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("cancelled")), qPrintable(s.error()));
        for (const QString &f : files)
            QCOMPARE(read(f), QByteArray("the facilitator's previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), files.size());
    }

    void progressIsReportedAndCanCancelMidway()
    {
        int calls = 0;
        ExportOptions o;
        o.format = QStringLiteral("pdf");
        o.output = m_dir.filePath(QStringLiteral("midway.pdf"));
        o.progress = [&](int done, int total) {
            ++calls;
            return !(total > 0 && done >= 2);
        };
        const Status s = exportWorkshop(*m_doc, o);
        QVERIFY(!s);
        QVERIFY(calls > 2);
        QVERIFY(!QFile::exists(o.output));
    }

    void overwritesWhenItWorks()
    {
        const QString target = m_dir.filePath(QStringLiteral("again.md"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        ExportOptions o;
        o.format = QStringLiteral("md");
        o.output = target;
        QVERIFY(exportWorkshop(*m_doc, o));
        QVERIFY(read(target).startsWith("# "));
    }

    void badOptionsAreRefused()
    {
        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("x"));
        o.format = QStringLiteral("doc");
        QVERIFY(!exportWorkshop(*m_doc, o));
        o.format = QStringLiteral("pdf");
        o.language = QStringLiteral("xx");
        QVERIFY(!exportWorkshop(*m_doc, o));
        o.language.clear();
        o.paper = QStringLiteral("a3");
        QVERIFY(!exportWorkshop(*m_doc, o));
        QVERIFY(!QFile::exists(o.output));
    }
};

QTEST_MAIN(ExportAtomicTest)
#include "tst_exportatomic.moc"
