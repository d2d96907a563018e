// Which command lines open the window and which run a subcommand (issue 12): a mistyped command must
// say so and exit 2, never open a window that leaves a script waiting; and a command-line run prints
// only what its user needs, also as root without XDG_RUNTIME_DIR.

#include "clisupport.h"

#include "../core/testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

namespace {
// Without any display: what a script on a server or in CI sees.
const QStringList NoDisplay{QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")};
// Short: a window that opened by mistake would wait forever.
constexpr int Timeout = 20000;
} // namespace

class TestCliRouting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("workshop.pamoja"));
        auto doc = Document::create(m_file, QStringLiteral("Routing"));
        QVERIFY2(doc, qPrintable(doc.error()));
        fillRich(**doc);
    }

    void unknownCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("display");
        const QString f = QStringLiteral("{file}");
        for (bool display : {false, true}) {
            const char *suffix = display ? ", display" : ", no display";
            QTest::newRow(qPrintable(QStringLiteral("typo%1").arg(QLatin1StringView(suffix))))
                << QStringList{QStringLiteral("exprot"), f} << QStringLiteral("exprot") << display;
            QTest::newRow(qPrintable(QStringLiteral("future command%1").arg(QLatin1StringView(suffix))))
                << QStringList{QStringLiteral("sync"), f, f} << QStringLiteral("sync") << display;
            QTest::newRow(qPrintable(QStringLiteral("a word alone%1").arg(QLatin1StringView(suffix))))
                << QStringList{QStringLiteral("workshop")} << QStringLiteral("workshop") << display;
            QTest::newRow(qPrintable(QStringLiteral("unknown verb%1").arg(QLatin1StringView(suffix))))
                << QStringList{QStringLiteral("idea"), QStringLiteral("remove"), f} << QStringLiteral("idea remove") << display;
        }
    }
    void unknownCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, word);
        QFETCH(bool, display);
        args.replaceInStrings(QStringLiteral("{file}"), m_file);
        const QByteArray before = fileHash(m_file);
        // With a display (ctest runs offscreen) the old code opened a window here and never returned.
        const Run r = runPamoja(args, Timeout, display ? QStringList() : NoDisplay);
        QVERIFY2(!r.crashed, "pamoja hung or crashed instead of refusing the command");
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("pamoja: unknown command \"%1\"; see pamoja help\n").arg(word));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileHash(m_file), before);
    }

    // A file to open is a path: it exists, has a folder in it or ends in .pamoja. Without a display
    // such a command line is a window that cannot open ("no display"), not an unknown command.
    void pathsAreForTheWindow_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::newRow("existing file") << QStringLiteral("{file}");
        QTest::newRow("new name ending in .pamoja") << QStringLiteral("later.pamoja");
        QTest::newRow("relative path with a folder") << QStringLiteral("some/where");
        QTest::newRow("existing file without extension, relative") << QStringLiteral("{plain}");
    }
    void pathsAreForTheWindow()
    {
        QFETCH(QString, arg);
        const QString plain = m_dir.filePath(QStringLiteral("notes"));
        {
            QFile f(plain);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        arg.replace(QStringLiteral("{file}"), m_file);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), privateRuntimeDir());
        for (const QString &v : NoDisplay)
            env.remove(v);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(PAMOJA_BINARY), {arg == QLatin1StringView("{plain}") ? QStringLiteral("notes") : arg});
        QVERIFY(p.waitForFinished(Timeout));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("no display found")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("unknown command")), qPrintable(err));
    }

    // Run as root without XDG_RUNTIME_DIR (a container, a CI job), Qt used to warn on every command;
    // an export also listed every font it passed over.
    void quietWithoutRuntimeDir_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("{file}")} << 0;
        QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("{file}")} << 0;
        QTest::newRow("help") << QStringList{QStringLiteral("help")} << 0;
        QTest::newRow("export pdf") << QStringList{QStringLiteral("export"), QStringLiteral("{file}"), QStringLiteral("--format"),
                                                   QStringLiteral("pdf"), QStringLiteral("-o"), QStringLiteral("{out}.pdf")}
                                    << 0;
        QTest::newRow("export html") << QStringList{QStringLiteral("export"), QStringLiteral("{file}"), QStringLiteral("--format"),
                                                    QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("{out}.html")}
                                     << 0;
    }
    void quietWithoutRuntimeDir()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        args.replaceInStrings(QStringLiteral("{file}"), m_file);
        args.replaceInStrings(QStringLiteral("{out}"), m_dir.filePath(QStringLiteral("out")));
        QStringList unset = NoDisplay;
        unset.append(QStringLiteral("XDG_RUNTIME_DIR"));
        const Run r = runPamoja(args, 120000, unset);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRouting)
#include "tst_clirouting.moc"
