// `pamoja copy`, `pamoja repo list` and the other commands on a postgresql:// location (issue 10),
// against the throwaway cluster of scripts/test (PAMOJA_TEST_POSTGRES). The password never appears
// in what the commands print.
#include "../core/postgrestestsupport.h"
#include "clisupport.h"
#include "store/workshoplocation.h"

#include <QRegularExpression>
#include <QUuid>

using namespace pamoja::testing;

class TestCliRepo : public QObject
{
    Q_OBJECT
    QString m_base;
    QString m_password;
    QTemporaryDir m_dir;

    void noPassword(const Run &r)
    {
        QVERIFY2(!r.out.contains(m_password.toUtf8()), r.out.constData());
        QVERIFY2(!r.err.contains(m_password.toUtf8()), r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = pamoja::test::clusterLocation();
        if (m_base.isEmpty())
            return;
        m_password = pamoja::WorkshopLocation::parse(m_base)->password;
        QVERIFY(m_password.size() >= 8);
    }

    void copyInUseAndBack()
    {
        const QString file = m_dir.filePath(QStringLiteral("w.pamoja"));
        QCOMPARE(runPamoja({QStringLiteral("new"), file, QStringLiteral("--title"), QStringLiteral("Lusaka 2027")}).exitCode, 0);
        QCOMPARE(runPamoja({QStringLiteral("idea"), QStringLiteral("add"), file, QStringLiteral("--step"), QStringLiteral("envision"),
                            QStringLiteral("--text"), QStringLiteral("Southern partners set the agenda")})
                     .exitCode,
                 0);

        // Into the database: the location printed has the workshop's id and no password.
        Run r = runPamoja({QStringLiteral("copy"), file, m_base});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        noPassword(r);
        const QString location = QString::fromUtf8(r.out).trimmed();
        QVERIFY(location.startsWith(QLatin1StringView("postgresql://")));
        QVERIFY(location.contains(QLatin1StringView("?workshop=")));
        const QString id = location.section(QStringLiteral("workshop="), 1);
        const QString withPassword = m_base + QStringLiteral("?workshop=") + id;

        r = runPamoja({QStringLiteral("repo"), QStringLiteral("list"), m_base});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        noPassword(r);
        QVERIFY2(QRegularExpression(QStringLiteral("^%1  v\\d+  \\d{4}-\\d\\d-\\d\\d  Lusaka 2027$").arg(id), QRegularExpression::MultilineOption)
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());

        r = runPamoja({QStringLiteral("idea"), QStringLiteral("add"), withPassword, QStringLiteral("--step"), QStringLiteral("envision"),
                       QStringLiteral("--text"), QStringLiteral("Added in the database")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runPamoja({QStringLiteral("check"), withPassword});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("ok: schema version"));
        r = runPamoja({QStringLiteral("info"), withPassword, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Lusaka 2027"));
        // The location as printed, with the password where libpq looks for it.
        qputenv("PGPASSWORD", m_password.toUtf8());
        r = runPamoja({QStringLiteral("info"), location});
        qunsetenv("PGPASSWORD");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Lusaka 2027"));

        // Back into a file, and the file has both ideas.
        const QString back = m_dir.filePath(QStringLiteral("back.pamoja"));
        r = runPamoja({QStringLiteral("copy"), withPassword, back});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), back);
        r = runPamoja({QStringLiteral("export"), back, QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"),
                       m_dir.filePath(QStringLiteral("back.md"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile md(m_dir.filePath(QStringLiteral("back.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray text = md.readAll();
        QVERIFY(text.contains("Southern partners set the agenda"));
        QVERIFY(text.contains("Added in the database"));

        // Copying onto something that exists changes nothing and says so.
        r = runPamoja({QStringLiteral("copy"), file, m_base});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already holds"), r.err.constData());
        noPassword(r);
        r = runPamoja({QStringLiteral("copy"), file, back});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("already exists"), r.err.constData());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString unknown = QStringLiteral("?workshop=") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("info of an unknown workshop") << QStringList{QStringLiteral("info"), QStringLiteral("{base}") + unknown} << 1
                                                     << QStringLiteral("no workshop with the id");
        QTest::newRow("check without a workshop") << QStringList{QStringLiteral("check"), QStringLiteral("{base}")} << 1
                                                  << QStringLiteral("?workshop=ID");
        QTest::newRow("repo list of a file") << QStringList{QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("w.pamoja")} << 1
                                             << QStringLiteral("postgresql://");
        QTest::newRow("repo without list") << QStringList{QStringLiteral("repo"), QStringLiteral("show"), QStringLiteral("{base}")} << 2
                                           << QStringLiteral("unknown command");
        QTest::newRow("other scheme") << QStringList{QStringLiteral("info"), QStringLiteral("mysql://h/db")} << 1
                                      << QStringLiteral("neither");
        QTest::newRow("wrong password") << QStringList{QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("{wrong}")} << 1
                                        << QStringLiteral("Could not connect to postgresql://");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto l = *pamoja::WorkshopLocation::parse(m_base);
        const QString wrong = QStringLiteral("postgresql://%1:not-the-password@%2:%3/%4").arg(l.user, l.host, QString::number(l.port), l.database);
        for (QString &a : args)
            a.replace(QStringLiteral("{base}"), m_base).replace(QStringLiteral("{wrong}"), wrong);
        const Run r = runPamoja(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("not-the-password"));
        noPassword(r);
    }
};

QTEST_GUILESS_MAIN(TestCliRepo)
#include "tst_clirepo.moc"
