// The workshop store under real faults: a full disk, a medium that turned read-only, a log file
// that cannot be written (through the SQLite VFS in faultyvfs.cpp: the error codes the unix VFS
// returns for ENOSPC, EROFS and EACCES), and the file deleted or replaced by another program while
// open (real file operations). Each change made during a fault gets a clear message from
// Document::apply, the process and the document stay usable, and nothing acknowledged is lost.

#include "document.h"
#include "edits.h"
#include "faultyvfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace pamoja;
using namespace pamoja::testing;

Q_DECLARE_METATYPE(pamoja::testing::Fault)

namespace {

Result<QUuid> addIdea(Document &doc, const QString &text)
{
    edits::IdeaDraft d;
    d.text = text;
    QUuid id;
    auto cs = edits::addIdea(doc.data(), d, &id);
    if (!cs)
        return Error{cs.error()};
    if (Status s = doc.apply(*cs, QStringLiteral("add idea")); !s)
        return Error{s.error()};
    return id;
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_next = 0;

    QString nextPath() { return m_dir.filePath(QStringLiteral("w%1.pamoja").arg(++m_next)); }

    // A workshop with some acknowledged ideas; their ids in 'acknowledged'.
    std::unique_ptr<Document> workshop(const QString &path, QList<QUuid> &acknowledged)
    {
        auto doc = Document::create(path, QStringLiteral("Faults"));
        if (!doc)
            qFatal("create: %s", qPrintable(doc.error()));
        for (int i = 0; i < 20; ++i) {
            auto id = addIdea(**doc, QStringLiteral("Acknowledged idea %1").arg(i));
            if (!id)
                qFatal("add: %s", qPrintable(id.error()));
            acknowledged.append(*id);
        }
        return std::move(*doc);
    }

    // Reopens the file and checks every acknowledged idea is there and nothing else was added.
    void verifyOnDisk(const QString &path, const QList<QUuid> &acknowledged, const QStringList &absentTexts)
    {
        auto doc = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(doc, qPrintable(doc.error()));
        const auto &ideas = (*doc)->data().table<Idea>();
        for (const QUuid &id : acknowledged)
            QVERIFY2(ideas.contains(id), qPrintable(path + QStringLiteral(": ") + id.toString()));
        QCOMPARE(ideas.size(), acknowledged.size());
        for (const Idea &i : ideas.items())
            QVERIFY2(!absentTexts.contains(i.text), qPrintable(i.text));
        QCOMPARE((*doc)->store().integrityProblems(), QStringList());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(installFaultyVfs());
    }
    void cleanup() { setFault(Fault::None); }

    void faultWhileOpen_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("disk full") << Fault::DiskFull << QStringLiteral("The disk is full");
        QTest::newRow("medium turned read-only") << Fault::ReadOnlyMedia << QStringLiteral("could not be written");
        QTest::newRow("log file unwritable") << Fault::WalUnwritable << QStringLiteral("could not be written");
    }
    void faultWhileOpen()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, message);
        const QString path = nextPath();
        QList<QUuid> acknowledged;
        auto doc = workshop(path, acknowledged);
        const int ideasBefore = doc->data().table<Idea>().size();
        const qint64 historyBefore = doc->store().historyCount().value();

        setFault(fault);
        QStringList refused;
        for (int i = 0; i < 3; ++i) {
            const QString text = QStringLiteral("Refused idea %1").arg(i);
            auto id = addIdea(*doc, text);
            QVERIFY2(!id, "a change was acknowledged although it could not be written");
            QVERIFY2(id.error().contains(message), qPrintable(id.error()));
            QVERIFY2(id.error().contains(QStringLiteral("not made")), qPrintable(id.error()));
            QVERIFY(!id.error().contains(QLatin1Char('\n')));
            refused.append(text);
        }
        QVERIFY(injectedFailures() > 0);
        // Undo of an acknowledged change is refused the same way, and stays possible.
        QVERIFY(doc->canUndo());
        const Status undo = doc->undo();
        QVERIFY(!undo);
        QVERIFY2(undo.error().contains(message), qPrintable(undo.error()));
        QVERIFY(doc->canUndo());
        QCOMPARE(doc->data().table<Idea>().size(), ideasBefore);

        // The fault goes (space freed, medium back): the same document takes changes again.
        setFault(Fault::None);
        auto after = addIdea(*doc, QStringLiteral("After the fault"));
        QVERIFY2(after, qPrintable(after.error()));
        acknowledged.append(*after);
        QCOMPARE(doc->store().historyCount().value(), historyBefore + 1);
        doc.reset();
        verifyOnDisk(path, acknowledged, refused);
    }

    void logCannotBeCreatedOnOpen()
    {
        const QString path = nextPath();
        QList<QUuid> acknowledged;
        workshop(path, acknowledged).reset();
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        setFault(Fault::WalUnwritable);
        auto refused = Document::open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QDir::toNativeSeparators(path)), qPrintable(refused.error()));
        QVERIFY2(!refused.error().contains(QStringLiteral("damaged")), qPrintable(refused.error()));
        setFault(Fault::None);
        verifyOnDisk(path, acknowledged, {});
    }

    void fileDeletedWhileOpen()
    {
        const QString path = nextPath();
        QList<QUuid> acknowledged;
        auto doc = workshop(path, acknowledged);
        QVERIFY(QFile::remove(path));
        auto id = addIdea(*doc, QStringLiteral("Into a deleted file"));
        QVERIFY2(!id, "a change was acknowledged into a file that no longer exists");
        QVERIFY2(id.error().contains(QStringLiteral("deleted, moved or replaced")), qPrintable(id.error()));
        QVERIFY2(id.error().contains(QStringLiteral("Save a Copy")), qPrintable(id.error()));
        // What was acknowledged is still reachable through the open file: a copy rescues all of it.
        const QString rescue = nextPath();
        const Status copied = doc->store().saveCopy(rescue);
        QVERIFY2(copied, qPrintable(copied.error()));
        doc.reset();
        verifyOnDisk(rescue, acknowledged, {QStringLiteral("Into a deleted file")});
    }

    void fileReplacedWhileOpen()
    {
        const QString path = nextPath();
        QList<QUuid> acknowledged;
        auto doc = workshop(path, acknowledged);
        // Another program (a sync tool, a second copy dragged over it) puts another workshop there.
        const QString other = nextPath();
        QList<QUuid> otherIdeas;
        workshop(other, otherIdeas).reset();
        QVERIFY(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
        auto id = addIdea(*doc, QStringLiteral("Into a replaced file"));
        QVERIFY2(!id, "a change was acknowledged into a file that was replaced");
        QVERIFY2(id.error().contains(QStringLiteral("deleted, moved or replaced")), qPrintable(id.error()));
        const QString rescue = nextPath();
        const Status copied = doc->store().saveCopy(rescue);
        QVERIFY2(copied, qPrintable(copied.error()));
        doc.reset();
        verifyOnDisk(rescue, acknowledged, {QStringLiteral("Into a replaced file")});
        // The file now at the path is the other program's, untouched. (Read after closing ours:
        // until then our log file lies beside it under the old name.)
        verifyOnDisk(path, otherIdeas, {QStringLiteral("Into a replaced file")});
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
