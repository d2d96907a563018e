// Two programs and one workshop: one writer at a time, readers always, stale locks never block,
// and "Save as" writes a consistent copy.

#include "testsupport.h"

#include "exchange/jsonexchange.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

const QString Helper = QStringLiteral(PAMOJA_BUILD_DIR "/tests/core/core_crashwriter");

bool startHolder(QProcess &p, const QString &path, const QString &appName)
{
    p.start(Helper, {QStringLiteral("hold"), path, appName});
    if (!p.waitForStarted(10000))
        return false;
    while (!p.canReadLine())
        if (!p.waitForReadyRead(30000))
            return false;
    return p.readLine().trimmed() == "ready";
}

void killHard(QProcess &p)
{
    p.kill(); // SIGKILL: no destructors, the lock file stays behind
    p.waitForFinished(10000);
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString makeWorkshop()
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.pamoja").arg(++m_n));
        auto doc = Document::create(path, QStringLiteral("Shared"));
        if (!doc)
            qFatal("create");
        fillRich(**doc);
        return path;
    }

private Q_SLOTS:
    void secondWriterInSameProcess()
    {
        const QString path = makeWorkshop();
        auto first = Document::open(path);
        QVERIFY2(first, qPrintable(first.error()));
        const QByteArray hash = fileHash(path);
        auto second = Document::open(path);
        QVERIFY(!second);
        QVERIFY2(second.error().contains(QStringLiteral("is open in another Pamoja")), qPrintable(second.error()));
        QVERIFY(second.error().contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(fileHash(path), hash);

        auto reader = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QCOMPARE(exchange::toJson((*reader)->data()), exchange::toJson((*first)->data()));

        // The writer goes on writing while a reader is open; a new reader sees it.
        edits::IdeaDraft d;
        d.text = QStringLiteral("written while read");
        QUuid id;
        QVERIFY((*first)->apply(*edits::addIdea((*first)->data(), d, &id), QStringLiteral("Add")));
        auto reader2 = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY(reader2);
        QVERIFY((*reader2)->data().contains(EntityKind::Idea, id));

        // Once the writer closes, another can open for writing.
        first->reset();
        QVERIFY(Document::open(path));
    }

    void otherProcess_data()
    {
        QTest::addColumn<QString>("appName");
        QTest::newRow("the Pamoja application") << QStringLiteral("Pamoja");
        QTest::newRow("a helper named like its executable") << QStringLiteral("core_crashwriter");
    }
    void otherProcess()
    {
        QFETCH(QString, appName);
        const QString path = makeWorkshop();
        QProcess holder;
        QVERIFY2(startHolder(holder, path, appName), holder.readAllStandardError().constData());
        const QByteArray hash = fileHash(path);

        auto writer = WorkshopStore::open(path, WorkshopStore::Access::ReadWrite);
        QVERIFY2(!writer, "a second program could open the workshop for writing");
        QVERIFY2(writer.error().contains(QStringLiteral("is open in another Pamoja")), qPrintable(writer.error()));
        QVERIFY(writer.error().contains(QString::number(holder.processId())));
        QCOMPARE(fileHash(path), hash);

        auto reader = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(reader, qPrintable(reader.error()));
        QVERIFY((*reader)->data().table<Idea>().size() > 0);
        reader->reset();

        // Killed without a chance to clean up: its lock is stale and must not block.
        killHard(holder);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
        auto after = Document::open(path);
        QVERIFY2(after, qPrintable(after.error()));
        QVERIFY((*after)->store().integrityProblems().isEmpty());
    }

    void saveCopy()
    {
        const QString path = makeWorkshop();
        auto doc = Document::open(path);
        QVERIFY(doc);
        // Uncheckpointed changes (still in the WAL) are part of the copy.
        edits::IdeaDraft d;
        d.text = QStringLiteral("just before saving a copy");
        QUuid id;
        QVERIFY((*doc)->apply(*edits::addIdea((*doc)->data(), d, &id), QStringLiteral("Add")));
        const QString copy = m_dir.filePath(QStringLiteral("copy.pamoja"));
        QVERIFY((*doc)->store().saveCopy(copy));
        {
            auto c = Document::open(copy);
            QVERIFY2(c, qPrintable(c.error()));
            QCOMPARE(exchange::toJson((*c)->data()), exchange::toJson((*doc)->data()));
            QVERIFY((*c)->data().contains(EntityKind::Idea, id));
            QVERIFY((*c)->store().integrityProblems().isEmpty());
            QCOMPARE((*c)->store().historyCount().value(), (*doc)->store().historyCount().value());
        }
        // Replacing an older copy is fine.
        QVERIFY((*doc)->apply(edits::editIdeaText((*doc)->data(), id, QStringLiteral("edited")), QStringLiteral("Edit")));
        QVERIFY((*doc)->store().saveCopy(copy));
        {
            auto c = Document::open(copy, WorkshopStore::Access::ReadOnly);
            QVERIFY(c);
            QCOMPARE((*c)->data().table<Idea>().find(id)->text, QStringLiteral("edited"));
        }
        QVERIFY(!QDir(m_dir.path()).entryList({QStringLiteral("*.part-*")}).size());
    }

    void saveCopyRefusesSource_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("same path") << QStringLiteral("%1/%2");
        QTest::newRow("with ./") << QStringLiteral("%1/./%2");
        QTest::newRow("with ..") << QStringLiteral("%1/sub/../%2");
        QTest::newRow("through a symlink to the folder") << QStringLiteral("%1/link/%2");
        QTest::newRow("a symlink to the file") << QStringLiteral("symlink");
        QTest::newRow("a hard link to the file") << QStringLiteral("hardlink");
    }
    void saveCopyRefusesSource()
    {
        QFETCH(QString, spelling);
        const QString path = makeWorkshop();
        QDir().mkpath(m_dir.filePath(QStringLiteral("sub")));
        QFile::link(m_dir.path(), m_dir.filePath(QStringLiteral("link")));
        auto doc = Document::open(path);
        QVERIFY(doc);
        const QByteArray hash = fileHash(path);
        QString target = spelling.arg(m_dir.path(), QFileInfo(path).fileName());
        if (spelling == QLatin1StringView("symlink")) {
            target = path + QStringLiteral(".symlink");
            QVERIFY(QFile::link(path, target));
        } else if (spelling == QLatin1StringView("hardlink")) {
            target = path + QStringLiteral(".hardlink");
            QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(target).constData()), 0);
        }
        const Status s = (*doc)->store().saveCopy(target);
        QVERIFY2(!s, qPrintable(target));
        QVERIFY(s.error().contains(QStringLiteral("different file name")));
        QCOMPARE(fileHash(path), hash);
        QVERIFY((*doc)->apply(edits::moveIdea((*doc)->data(), (*doc)->data().ideas(1).first().id, 1, 1), QStringLiteral("Still works")));
    }

    void saveCopyIntoMissingFolder()
    {
        const QString path = makeWorkshop();
        auto doc = Document::open(path);
        QVERIFY(doc);
        const Status s = (*doc)->store().saveCopy(m_dir.filePath(QStringLiteral("no/such/folder/x.pamoja")));
        QVERIFY(!s);
        QVERIFY(!s.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
