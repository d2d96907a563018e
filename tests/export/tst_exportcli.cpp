#include "exportfixture.h"
#include "exportformats.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;
using namespace pamoja::testing;

// `pamoja export` on a machine with no display at all.
class ExportCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    int run(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PAMOJA_BINARY), args);
        p.waitForFinished(120000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("rich.pamoja"));
        makeRichWorkshop(m_file); // closed again when the document goes
    }

    void exportsEveryFormatWithoutDisplay_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : exportFormatCodes())
            QTest::newRow(qPrintable(f)) << f;
    }
    void exportsEveryFormatWithoutDisplay()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(QStringLiteral("cli.") + format);
        QByteArray err;
        QCOMPARE(run({QStringLiteral("export"), m_file, QStringLiteral("--format"), format, QStringLiteral("--lang"),
                      QStringLiteral("fr"), QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("-o"), out},
                     &err),
                 0);
        const QStringList files = format == QLatin1StringView("csv") ? csvOutputPaths(out) : QStringList{out};
        for (const QString &f : files)
            QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f + QLatin1Char(' ') + QString::fromUtf8(err)));
        // Qt's notes about passing over fonts on the way to one for Devanagari stay out of the terminal.
        QVERIFY2(!err.contains("OpenType support missing"), err.constData());
    }

    void wrongUsageIsRefused()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        QCOMPARE(run({QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("-o"), out}), 2);
        QCOMPARE(run({QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--paper"),
                      QStringLiteral("a3"), QStringLiteral("-o"), out}), 2);
        QByteArray err;
        QCOMPARE(run({QStringLiteral("export"), m_file, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--lang"),
                      QStringLiteral("xx"), QStringLiteral("-o"), out}, &err), 1);
        QVERIFY(!err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(ExportCliTest)
#include "tst_exportcli.moc"
