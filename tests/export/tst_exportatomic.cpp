#include "exportfixture.h"
#include "exportformats.h"
#include "exportwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

    // The three CSV files belong together: a failure while moving the second or third into place
    // leaves every file as it was before, the ones already moved included.
    void csvSetIsAllOrNothing_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::addColumn<bool>("existed");
        QTest::newRow("second fails, files were there") << 1 << true;
        QTest::newRow("third fails, files were there") << 2 << true;
        QTest::newRow("second fails, new files") << 1 << false;
    }
    void csvSetIsAllOrNothing()
    {
        QFETCH(int, failAt);
        QFETCH(bool, existed);
        QTemporaryDir dir;
        const QStringList paths = csvOutputPaths(dir.filePath(QStringLiteral("set.csv")));
        QList<QPair<QString, QByteArray>> files;
        for (int i = 0; i < paths.size(); ++i) {
            if (existed) {
                QFile old(paths.at(i));
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("previous " + QByteArray::number(i));
            }
            files.append({paths.at(i), "new " + QByteArray::number(i)});
        }
        QList<int> steps;
        const Status s = writeAllAtomically(files, [&](int index, const QString &path) -> Status {
            steps.append(index);
            if (!QFile::exists(path) && existed)
                return Error{QStringLiteral("a target vanished")};
            return index == failAt ? Status(Error{QStringLiteral("injected failure")}) : Status::ok();
        });
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("injected failure")), qPrintable(s.error()));
        QCOMPARE(steps.size(), failAt + 1);
        for (int i = 0; i < paths.size(); ++i) {
            if (existed)
                QCOMPARE(read(paths.at(i)), "previous " + QByteArray::number(i));
            else
                QVERIFY2(!QFile::exists(paths.at(i)), qPrintable(paths.at(i)));
        }
        // No temporary file or backup is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), existed ? 3 : 0);
    }

    // A real failure: the second target is a folder, so the new file cannot be moved onto it, after
    // the first file was already moved into place.
    void csvExportWithAFolderInTheWay()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("tables.csv"));
        const QStringList paths = csvOutputPaths(target);
        QFile first(paths.at(0));
        QVERIFY(first.open(QIODevice::WriteOnly));
        first.write("the facilitator's previous ideas table");
        first.close();
        QVERIFY(QDir().mkdir(paths.at(1)));
        ExportOptions o;
        o.format = QStringLiteral("csv");
        o.output = target;
        const Status s = exportWorkshop(*m_doc, o);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("Cannot write")), qPrintable(s.error()));
        QCOMPARE(read(paths.at(0)), QByteArray("the facilitator's previous ideas table"));
        QVERIFY(QFileInfo(paths.at(1)).isDir());
        QVERIFY(!QFile::exists(paths.at(2)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(paths.at(0)).fileName()});
    }

    // When it works, every file is replaced, and a replaced file keeps its permissions.
    void csvSetReplacesAll()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("tables.csv"));
        const QStringList paths = csvOutputPaths(target);
        QFile first(paths.at(0));
        QVERIFY(first.open(QIODevice::WriteOnly));
        first.write("old");
        first.close();
        const auto restricted = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
        QVERIFY(first.setPermissions(restricted));
        ExportOptions o;
        o.format = QStringLiteral("csv");
        o.output = target;
        const Status s = exportWorkshop(*m_doc, o);
        QVERIFY2(s, qPrintable(s.error()));
        for (const QString &p : paths)
            QVERIFY2(read(p).startsWith("\""), qPrintable(p));
        QCOMPARE(QFile::permissions(paths.at(0)) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), restricted);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
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
