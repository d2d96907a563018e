// `pamoja form` and `pamoja import` of contribution packets, through the real binary: the form file,
// its options and refusals; a packet imported once, a second time with no change, and refused whole
// when it is for another workshop, truncated or tampered with.

#include "clisupport.h"

#include "document.h"

#include <QRegularExpression>

using namespace pamoja;
using namespace pamoja::testing;

namespace {
QString data(const char *name)
{
    return QStringLiteral(PAMOJA_TEST_DATA "/packets/") + QString::fromLatin1(name);
}

// English plurals come from the translation pass ("3 ideas"); before it, "3 idea(s)".
QRegularExpression says(const QString &text)
{
    QString p = QRegularExpression::escape(text);
    p.replace(QStringLiteral("idea\\(s\\)"), QStringLiteral("idea(?:s|\\(s\\))?"));
    return QRegularExpression(p);
}
} // namespace

class TestCliForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

    int ideas(const QString &file)
    {
        auto doc = Document::open(file, WorkshopStore::Access::ReadOnly);
        return doc ? int((*doc)->data().table<Idea>().size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("w.pamoja"));
        const Run r = runPamoja({QStringLiteral("import"), m_file, data("workshop.json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void form()
    {
        const QString out = m_dir.filePath(QStringLiteral("form.html"));
        Run r = runPamoja({QStringLiteral("form"), m_file, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QVERIFY(page.contains("<html lang=\"en\">"));
        QVERIFY(page.contains("Partnerships 2030"));
        QVERIFY(page.contains("Imagine a balanced partnership.") && page.contains("What will we do?"));
        f.close();
        r = runPamoja({QStringLiteral("form"), m_file, QStringLiteral("-o"), out, QStringLiteral("--steps"),
                       QStringLiteral("change"), QStringLiteral("--language"), QStringLiteral("pt")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray second = f.readAll();
        QVERIFY(second.contains("<html lang=\"pt\">"));
        QVERIFY(second.contains("What has to change in the system?"));
        QVERIFY(!second.contains("Imagine a balanced partnership."));
    }

    void formRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("x.html");
        QTest::newRow("no -o") << QStringList{QStringLiteral("form"), QStringLiteral("W")} << 2
                               << "-o is required";
        QTest::newRow("step 4") << QStringList{QStringLiteral("form"),    QStringLiteral("W"),
                                               QStringLiteral("-o"),      out,
                                               QStringLiteral("--steps"), QStringLiteral("1,4")}
                                << 2 << "--steps takes";
        QTest::newRow("no steps") << QStringList{QStringLiteral("form"),    QStringLiteral("W"),
                                                 QStringLiteral("-o"),      out,
                                                 QStringLiteral("--steps"), QStringLiteral(",")}
                                  << 2 << "--steps takes";
        QTest::newRow("language") << QStringList{QStringLiteral("form"),       QStringLiteral("W"),
                                                 QStringLiteral("-o"),         out,
                                                 QStringLiteral("--language"), QStringLiteral("sw")}
                                  << 2 << "--language must be one of en, nl, fr, es, pt";
        QTest::newRow("no workshop") << QStringList{QStringLiteral("form"), QStringLiteral("missing.pamoja"),
                                                    QStringLiteral("-o"), out}
                                     << 1 << "missing.pamoja";
        QTest::newRow("unwritable") << QStringList{QStringLiteral("form"), QStringLiteral("W"),
                                                   QStringLiteral("-o"),
                                                   QStringLiteral("/nonexistent/dir/f.html")}
                                    << 1 << "Cannot write the contribution form";
    }

    void formRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^W$")), m_file);
        args.replaceInStrings(QRegularExpression(QStringLiteral("^x.html$")),
                              m_dir.filePath(QStringLiteral("x.html")));
        const Run r = runPamoja(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.html"))));
    }

    void importOnce()
    {
        const QString file = m_dir.filePath(QStringLiteral("once.pamoja"));
        QVERIFY(QFile::copy(m_file, file));
        Run r = runPamoja(
            {QStringLiteral("import"), file, data("valid-quoted.eml"), QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(
                     says(QStringLiteral("Would import 3 idea(s) from the contribution packet"))),
                 r.out.constData());
        QCOMPARE(ideas(file), 0);
        r = runPamoja({QStringLiteral("import"), file, data("valid-quoted.eml")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(says(
                     QStringLiteral("Imported 3 idea(s) from the contribution packet; 0 already present."))),
                 r.out.constData());
        QVERIFY2(r.err.contains("added as participants: Joseph Mwangi"),
                 r.err.constData()); // a warning, not a failure
        QCOMPARE(ideas(file), 3);
        for (const char *again : {"valid.txt", "valid-crlf.txt", "valid-utf16.txt"}) {
            r = runPamoja({QStringLiteral("import"), file, data(again)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(QString::fromUtf8(r.out).contains(says(QStringLiteral(
                         "Nothing to import: the 3 idea(s) of this packet are already in the workshop."))),
                     r.out.constData());
        }
        QCOMPARE(ideas(file), 3);
        r = runPamoja({QStringLiteral("check"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void importRefused_data()
    {
        QTest::addColumn<QString>("packet");
        QTest::addColumn<QString>("message");
        QTest::newRow("other workshop")
            << data("wrong-workshop.txt")
            << "is for the workshop \"Another workshop\" (0f0f0f0f-1111-4111-8111-0000000000ff), not for "
               "\"Partnerships 2030\"";
        QTest::newRow("truncated") << data("truncated-end.txt") << "is truncated";
        QTest::newRow("line lost") << data("truncated-middle.txt")
                                   << "is truncated: it holds 848 of its 896 bytes";
        QTest::newRow("tampered") << data("tampered-text.txt") << "was changed after it was saved";
        QTest::newRow("newer") << data("unknown-version.txt") << "newer version of Pamoja";
        QTest::newRow("duplicate ids") << data("duplicate-ids.txt") << "the same id";
    }

    void importRefused()
    {
        QFETCH(QString, packet);
        QFETCH(QString, message);
        const QString file = m_dir.filePath(QStringLiteral("refused.pamoja"));
        QFile::remove(file);
        QVERIFY(QFile::copy(m_file, file));
        const Run r = runPamoja({QStringLiteral("import"), file, packet});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY2(r.err.contains("Nothing was imported."), r.err.constData());
        QCOMPARE(ideas(file), 0);
    }

    // A packet is imported into the workshop it was made for: never a new file.
    void noNewFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("new.pamoja"));
        const Run r = runPamoja({QStringLiteral("import"), file, data("valid.txt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestCliForm)
#include "tst_cliform.moc"
