// Desktop integration, checked without building a package: the desktop entry, the AppStream metainfo
// and the MIME type pass their validators and agree with the code (the store's application id, the
// project version); the man page lists every command `pamoja help` lists; help and version need no
// display; the About box and the report carry the version. scripts/package --test checks the package.

#include "document.h"
#include "mainwindow.h"
#include "common/messagebox.h"
#include "pamojaversion.h"
#include "store/schema.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pamoja;

namespace {

const QString Source = QStringLiteral(PAMOJA_SOURCE_DIR "/packaging");
const QString Built = QStringLiteral(PAMOJA_BUILD_DIR "/packaging");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a tool or pamoja itself; headless drops every hint of a display, as on a build machine.
Run run(const QString &program, const QStringList &args, bool headless = false)
{
    static QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    if (headless) {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The commands on the usage lines of `pamoja help`: the lowercase words after "pamoja".
QStringList helpCommands(const QByteArray &help)
{
    static const QRegularExpression usage(QStringLiteral("^(?:Usage:)?\\s*pamoja ([a-z]+(?: [a-z]+)?)(?: |$)"));
    QStringList commands;
    for (const QString &line : QString::fromUtf8(help).split(QLatin1Char('\n'))) {
        const auto m = usage.match(line);
        if (m.hasMatch())
            commands.append(m.captured(1));
    }
    return commands;
}

// The attribute of the first element with that name.
QString firstAttribute(const QByteArray &xml, const QString &element, const QString &attribute)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.attributes().value(attribute).toString();
    }
    return {};
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void desktopEntryIsValid()
    {
        const Run r = run(QStringLiteral("desktop-file-validate"), {Source + QStringLiteral("/org.pamoja.Pamoja.desktop")});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QVERIFY2(!r.out.contains("error"), r.out.constData());
    }

    void desktopEntryNamesTheMimeTypeAndIcon()
    {
        const QString entry = QString::fromUtf8(readAll(Source + QStringLiteral("/org.pamoja.Pamoja.desktop")));
        QVERIFY(entry.contains(QStringLiteral("\nMimeType=application/x-pamoja;\n")));
        QVERIFY(entry.contains(QStringLiteral("\nIcon=org.pamoja.Pamoja\n")));
        QVERIFY(entry.contains(QStringLiteral("\nExec=pamoja %f\n")));
        QCOMPARE(firstAttribute(readAll(Source + QStringLiteral("/org.pamoja.Pamoja.mime.xml")), QStringLiteral("mime-type"), QStringLiteral("type")),
                 QStringLiteral("application/x-pamoja"));
    }

    void metainfoIsValid()
    {
        const Run r = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), Built + QStringLiteral("/org.pamoja.Pamoja.metainfo.xml")});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
    }

    void metainfoNewestReleaseIsTheProjectVersion()
    {
        const QByteArray xml = readAll(Built + QStringLiteral("/org.pamoja.Pamoja.metainfo.xml"));
        QCOMPARE(firstAttribute(xml, QStringLiteral("release"), QStringLiteral("version")), QStringLiteral(PAMOJA_VERSION));
    }

    void metainfoScreenshotsAreInDocs()
    {
        static const QRegularExpression image(QStringLiteral("<image[^>]*>[^<]*/screenshots/([^<]+)</image>"));
        const QString xml = QString::fromUtf8(readAll(Source + QStringLiteral("/org.pamoja.Pamoja.metainfo.xml.in")));
        int images = 0;
        for (const auto &m : image.globalMatch(xml)) {
            ++images;
            QVERIFY2(QFile::exists(QStringLiteral(PAMOJA_SOURCE_DIR "/docs/screenshots/") + m.captured(1)), qPrintable(m.captured(1)));
        }
        QVERIFY(images >= 3);
    }

    void changelogComesFromTheReleaseNotes()
    {
        const Run r = run(QStringLiteral("dpkg-parsechangelog"), {QStringLiteral("-l"), Built + QStringLiteral("/changelog"), QStringLiteral("-S"), QStringLiteral("Version")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray(PAMOJA_VERSION));
    }

    // shared-mime-info's own DTD (inside its freedesktop.org.xml) with xmllint, then its compiler.
    void mimeTypeIsValid()
    {
        const QByteArray freedesktop = readAll(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"));
        const qsizetype begin = freedesktop.indexOf("<!DOCTYPE mime-info [");
        const qsizetype end = freedesktop.indexOf("]>", begin);
        QVERIFY2(begin >= 0 && end > begin, "shared-mime-info is not installed");
        QFile dtd(m_dir.filePath(QStringLiteral("shared-mime-info.dtd")));
        QVERIFY(dtd.open(QIODevice::WriteOnly));
        dtd.write(freedesktop.mid(begin + 21, end - begin - 21));
        dtd.close();
        Run r = run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--dtdvalid"), dtd.fileName(), Source + QStringLiteral("/org.pamoja.Pamoja.mime.xml")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(compileMimeDatabase());
    }

    void mimeMagicIsTheStoresApplicationId()
    {
        static const QRegularExpression big32(QStringLiteral("type=\"big32\" value=\"0x([0-9a-fA-F]+)\" offset=\"68\""));
        const auto m = big32.match(QString::fromUtf8(readAll(Source + QStringLiteral("/org.pamoja.Pamoja.mime.xml"))));
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toUInt(nullptr, 16), uint(schema::ApplicationId));
    }

    void mimeTypeByContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("type");
        QTest::newRow("workshop") << QStringLiteral("workshop.pamoja") << QStringLiteral("application/x-pamoja");
        QTest::newRow("workshop, renamed") << QStringLiteral("workshop.bin") << QStringLiteral("application/x-pamoja");
        QTest::newRow("workshop, no extension") << QStringLiteral("workshop") << QStringLiteral("application/x-pamoja");
        QTest::newRow("other SQLite file") << QStringLiteral("other.bin") << QStringLiteral("application/vnd.sqlite3");
        QTest::newRow("other SQLite file named .sqlite3") << QStringLiteral("other.sqlite3") << QStringLiteral("application/vnd.sqlite3");
    }
    void mimeTypeByContent()
    {
        QFETCH(QString, file);
        QFETCH(QString, type);
        QVERIFY(prepareMimeFiles());
        QMimeDatabase db;
        QCOMPARE(db.mimeTypeForFile(m_dir.filePath(file), QMimeDatabase::MatchContent).name(), type);
        // By name too, where the name does not point elsewhere.
        if (!file.endsWith(QLatin1StringView(".bin")))
            QCOMPARE(db.mimeTypeForFile(m_dir.filePath(file)).name(), type);
    }

    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
        QTest::newRow("help") << QStringList{QStringLiteral("help")};
        const Run help = run(QStringLiteral(PAMOJA_BINARY), {QStringLiteral("help")}, true);
        for (const QString &command : helpCommands(help.out))
            QTest::newRow(qPrintable(command + QStringLiteral(" --help"))) << (command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
    }
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QStringList, args);
        const Run r = run(QStringLiteral(PAMOJA_BINARY), args, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.trimmed().isEmpty());
        if (args.first() == QLatin1StringView("--version"))
            QCOMPARE(r.out.trimmed(), QByteArray("pamoja " PAMOJA_VERSION));
    }

    void manPageListsEveryCommand()
    {
        const QString page = QString::fromUtf8(readAll(Built + QStringLiteral("/pamoja.1")));
        QVERIFY2(!page.isEmpty(), "the man page was not built");
        QVERIFY(page.startsWith(QStringLiteral(".TH PAMOJA 1 ")));
        QVERIFY(page.contains(QStringLiteral("\"Pamoja " PAMOJA_VERSION "\"")));
        const Run help = run(QStringLiteral(PAMOJA_BINARY), {QStringLiteral("help")}, true);
        const QStringList commands = helpCommands(help.out);
        QVERIFY2(commands.size() >= 7, help.out.constData());
        static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]*)"));
        for (const QString &command : commands) {
            QVERIFY2(page.contains(QStringLiteral(".SS \"pamoja %1\"").arg(command)), qPrintable(command));
            const Run r = run(QStringLiteral(PAMOJA_BINARY), command.split(QLatin1Char(' ')) << QStringLiteral("--help"), true);
            QCOMPARE(r.exitCode, 0);
            for (const auto &m : option.globalMatch(QString::fromUtf8(r.out))) {
                const QString escaped = QStringLiteral("\\-\\-") + QString(m.captured(1)).replace(QLatin1Char('-'), QStringLiteral("\\-"));
                QVERIFY2(page.contains(escaped), qPrintable(command + QStringLiteral(": ") + m.captured(0)));
            }
        }
    }

    void iconsAreDrawnInEverySize()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QImage icon(Built + QStringLiteral("/icons/%1x%1/apps/org.pamoja.Pamoja.png").arg(size));
            QCOMPARE(icon.size(), QSize(size, size));
            // The corner is (nearly, antialiased) transparent as it is rounded; the middle is painted.
            QVERIFY2(qAlpha(icon.pixel(0, 0)) < 32, qPrintable(QString::number(size)));
            QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
        }
    }

    void aboutBoxShowsTheVersion()
    {
        MainWindow window;
        auto *about = window.findChild<QAction *>(QStringLiteral("about"));
        QVERIFY(about);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        about->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Pamoja " PAMOJA_VERSION)), qPrintable(MessageBox::lastText()));
    }

    void reportFooterShowsTheVersion()
    {
        const QString file = m_dir.filePath(QStringLiteral("footer.pamoja"));
        const QString pdf = m_dir.filePath(QStringLiteral("footer.pdf"));
        Run r = run(QStringLiteral(PAMOJA_BINARY), {QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("Footer")}, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run(QStringLiteral(PAMOJA_BINARY), {QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf}, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), pdf, QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Pamoja " PAMOJA_VERSION), r.out.constData());
    }

private:
    // A private MIME database: shared-mime-info's types and Pamoja's, compiled, and the only one Qt sees.
    bool compileMimeDatabase()
    {
        // Qt (here) and update-mime-database (which notes a folder outside the search path) see only it.
        qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("share")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("no-user-data")).toLocal8Bit());
        const QString packages = m_dir.filePath(QStringLiteral("share/mime/packages"));
        if (QFile::exists(packages + QStringLiteral("/../mime.cache")))
            return true;
        if (!QDir().mkpath(packages))
            return false;
        QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"), packages + QStringLiteral("/freedesktop.org.xml"));
        QFile::copy(Source + QStringLiteral("/org.pamoja.Pamoja.mime.xml"), packages + QStringLiteral("/org.pamoja.Pamoja.xml"));
        const Run r = run(QStringLiteral("update-mime-database"), {m_dir.filePath(QStringLiteral("share/mime"))});
        if (r.exitCode != 0 || !r.err.trimmed().isEmpty()) {
            qWarning() << r.err;
            return false;
        }
        return true;
    }

    bool prepareMimeFiles()
    {
        if (!compileMimeDatabase())
            return false;
        const QString workshop = m_dir.filePath(QStringLiteral("workshop.pamoja"));
        if (QFile::exists(workshop))
            return true;
        {
            auto doc = Document::create(workshop, QStringLiteral("MIME"));
            if (!doc)
                return false;
        }
        for (const char *copy : {"workshop.bin", "workshop"})
            QFile::copy(workshop, m_dir.filePath(QString::fromLatin1(copy)));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("other.bin")));
            if (!db.open())
                return false;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE TABLE t(x)")))
                return false;
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        return QFile::copy(m_dir.filePath(QStringLiteral("other.bin")), m_dir.filePath(QStringLiteral("other.sqlite3")));
    }
};

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
