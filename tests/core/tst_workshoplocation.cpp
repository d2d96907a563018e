// Workshop locations: file paths and postgresql:// URIs (issue 10). Valid forms are read into their
// parts; every malformed or hostile one is refused with a message, never taken as a file; the
// password never appears in what is shown.
#include "store/workshoplocation.h"

#include <QTest>

using namespace pamoja;

class TestWorkshopLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("relative") << QStringLiteral("workshop.pamoja");
        QTest::newRow("absolute") << QStringLiteral("/home/amina/Workshops/Nairobi 2026.pamoja");
        QTest::newRow("colon in name") << QStringLiteral("notes:day1.pamoja");
        QTest::newRow("scheme without slashes") << QStringLiteral("postgresql:thing.pamoja");
        QTest::newRow("non-latin") << QStringLiteral("ورشة عمل.pamoja");
    }
    void files()
    {
        QFETCH(QString, text);
        const auto l = WorkshopLocation::parse(text);
        QVERIFY2(l, qPrintable(l.error()));
        QVERIFY(l->isFile());
        QCOMPARE(l->path, text);
        QCOMPARE(l->display(), text);
    }

    void uris_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("workshop");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("display");
        const QString id = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        QTest::newRow("full") << QStringLiteral("postgresql://amina:s3cret@db.example.org:5433/cop?workshop=") + id
                              << QStringLiteral("db.example.org") << 5433 << QStringLiteral("amina") << QStringLiteral("s3cret")
                              << QStringLiteral("cop") << id << QString()
                              << QStringLiteral("postgresql://amina@db.example.org:5433/cop?workshop=") + id;
        QTest::newRow("short scheme, no user") << QStringLiteral("postgres://localhost/pamoja") << QStringLiteral("localhost") << 0
                                               << QString() << QString() << QStringLiteral("pamoja") << QString() << QString()
                                               << QStringLiteral("postgresql://localhost/pamoja");
        QTest::newRow("encoded password with @ and :")
            << QStringLiteral("postgresql://ops:p%40ss%3Aword@10.0.0.5/db") << QStringLiteral("10.0.0.5") << 0 << QStringLiteral("ops")
            << QStringLiteral("p@ss:word") << QStringLiteral("db") << QString() << QString()
            << QStringLiteral("postgresql://ops@10.0.0.5/db");
        QTest::newRow("ipv6 with port") << QStringLiteral("postgresql://[::1]:6543/db") << QStringLiteral("::1") << 6543 << QString()
                                        << QString() << QStringLiteral("db") << QString() << QString()
                                        << QStringLiteral("postgresql://[::1]:6543/db");
        QTest::newRow("options") << QStringLiteral("postgresql://h/db?sslmode=verify-full&sslrootcert=/etc/ssl/root.crt&connect_timeout=5")
                                 << QStringLiteral("h") << 0 << QString() << QString() << QStringLiteral("db") << QString()
                                 << QStringLiteral("sslmode=verify-full;sslrootcert=/etc/ssl/root.crt;connect_timeout=5")
                                 << QStringLiteral("postgresql://h/db?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Froot.crt&connect_timeout=5");
        QTest::newRow("keepalives") << QStringLiteral("postgresql://h/db?keepalives_idle=10&keepalives_interval=5&keepalives_count=3&tcp_user_timeout=15000")
                                    << QStringLiteral("h") << 0 << QString() << QString() << QStringLiteral("db") << QString()
                                    << QStringLiteral("keepalives_idle=10;keepalives_interval=5;keepalives_count=3;tcp_user_timeout=15000")
                                    << QStringLiteral("postgresql://h/db?keepalives_idle=10&keepalives_interval=5&keepalives_count=3&tcp_user_timeout=15000");
        QTest::newRow("empty host: the local socket") << QStringLiteral("postgresql:///db") << QString() << 0 << QString() << QString()
                                                      << QStringLiteral("db") << QString() << QString()
                                                      << QStringLiteral("postgresql:///db");
        QTest::newRow("braced workshop id") << QStringLiteral("postgresql://h/db?workshop={") + id + QLatin1Char('}')
                                            << QStringLiteral("h") << 0 << QString() << QString() << QStringLiteral("db") << id
                                            << QString() << QStringLiteral("postgresql://h/db?workshop=") + id;
        QTest::newRow("non-latin database") << QStringLiteral("postgresql://h/%C3%A9quipe") << QStringLiteral("h") << 0 << QString()
                                            << QString() << QStringLiteral("équipe") << QString() << QString()
                                            << QStringLiteral("postgresql://h/%C3%A9quipe");
    }
    void uris()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QString, workshop);
        QFETCH(QString, options);
        QFETCH(QString, display);
        const auto l = WorkshopLocation::parse(text);
        QVERIFY2(l, qPrintable(l.error()));
        QVERIFY(!l->isFile());
        QCOMPARE(l->host, host);
        QCOMPARE(l->port, port);
        QCOMPARE(l->user, user);
        QCOMPARE(l->password, password);
        QCOMPARE(l->database, database);
        QCOMPARE(l->workshop, workshop.isEmpty() ? QUuid() : QUuid::fromString(workshop));
        QCOMPARE(l->connectOptions(), options);
        QCOMPARE(l->display(), display);
        if (!password.isEmpty())
            QVERIFY(!l->display().contains(password));
        // What is shown reads back as the same place.
        const auto again = WorkshopLocation::parse(l->display());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->display(), display);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message"); // a part of the message
        QTest::newRow("empty") << QString() << QStringLiteral("No workshop given");
        QTest::newRow("other scheme") << QStringLiteral("mysql://h/db") << QStringLiteral("\"mysql://\" is neither");
        QTest::newRow("http") << QStringLiteral("https://example.org/w.pamoja") << QStringLiteral("neither");
        QTest::newRow("no database") << QStringLiteral("postgresql://h") << QStringLiteral("needs a database name");
        QTest::newRow("empty database") << QStringLiteral("postgresql://h/") << QStringLiteral("needs a database name");
        QTest::newRow("slash in database") << QStringLiteral("postgresql://h/a/b") << QStringLiteral("slash");
        QTest::newRow("fragment") << QStringLiteral("postgresql://h/db#x") << QStringLiteral("#");
        QTest::newRow("two hosts") << QStringLiteral("postgresql://a,b/db") << QStringLiteral("one host");
        QTest::newRow("port zero") << QStringLiteral("postgresql://h:0/db") << QStringLiteral("1 to 65535");
        QTest::newRow("port too big") << QStringLiteral("postgresql://h:70000/db") << QStringLiteral("1 to 65535");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://h:54x/db") << QStringLiteral("1 to 65535");
        QTest::newRow("port sign") << QStringLiteral("postgresql://h:+5432/db") << QStringLiteral("1 to 65535");
        QTest::newRow("empty port") << QStringLiteral("postgresql://h:/db") << QStringLiteral("empty");
        QTest::newRow("ipv6 unclosed") << QStringLiteral("postgresql://[::1/db") << QStringLiteral("closing ]");
        QTest::newRow("ipv6 junk") << QStringLiteral("postgresql://[zz]/db") << QStringLiteral("IPv6");
        QTest::newRow("ipv6 without a colon") << QStringLiteral("postgresql://[.A0]/l") << QStringLiteral("IPv6"); // found by fuzzing
        QTest::newRow("ipv6 too many groups") << QStringLiteral("postgresql://[1:2:3:4:5:6:7:8:9]/db") << QStringLiteral("IPv6");
        QTest::newRow("ipv6 trailing") << QStringLiteral("postgresql://[::1]x/db") << QStringLiteral(":port");
        QTest::newRow("host with space") << QStringLiteral("postgresql://my host/db") << QStringLiteral("not valid");
        QTest::newRow("host injection") << QStringLiteral("postgresql://h%20dbname%3Dx/db") << QStringLiteral("not valid");
        QTest::newRow("host with quote") << QStringLiteral("postgresql://h'/db") << QStringLiteral("not valid");
        QTest::newRow("broken escape") << QStringLiteral("postgresql://u:%zz@h/db") << QStringLiteral("percent escape");
        QTest::newRow("escape at end") << QStringLiteral("postgresql://h/db%4") << QStringLiteral("percent escape");
        QTest::newRow("escape with sign") << QStringLiteral("postgresql://h/db%+1") << QStringLiteral("percent escape");
        QTest::newRow("not utf-8") << QStringLiteral("postgresql://h/%C3%28") << QStringLiteral("UTF-8");
        QTest::newRow("control character") << QStringLiteral("postgresql://u%0A@h/db") << QStringLiteral("control character");
        QTest::newRow("nul in password") << QStringLiteral("postgresql://u:a%00b@h/db") << QStringLiteral("control character");
        QTest::newRow("empty user") << QStringLiteral("postgresql://:pw@h/db") << QStringLiteral("user name");
        QTest::newRow("parameter without value") << QStringLiteral("postgresql://h/db?sslmode") << QStringLiteral("name=value");
        QTest::newRow("empty parameter") << QStringLiteral("postgresql://h/db?sslmode=require&&connect_timeout=5") << QStringLiteral("name=value");
        QTest::newRow("unknown parameter") << QStringLiteral("postgresql://h/db?options=-c%20x") << QStringLiteral("does not know");
        QTest::newRow("password parameter") << QStringLiteral("postgresql://h/db?password=x") << QStringLiteral("does not know");
        QTest::newRow("twice") << QStringLiteral("postgresql://h/db?sslmode=require&sslmode=disable") << QStringLiteral("twice");
        QTest::newRow("bad tcp_user_timeout") << QStringLiteral("postgresql://h/db?tcp_user_timeout=-1") << QStringLiteral("not valid");
        QTest::newRow("keepalives injection") << QStringLiteral("postgresql://h/db?keepalives_count=3%20host%3Devil") << QStringLiteral("not valid");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://h/db?sslmode=maybe") << QStringLiteral("not valid");
        QTest::newRow("value injection") << QStringLiteral("postgresql://h/db?application_name=a%20host%3Devil") << QStringLiteral("not valid");
        QTest::newRow("path with space") << QStringLiteral("postgresql://h/db?sslrootcert=/my%20certs/r.crt") << QStringLiteral("not valid");
        QTest::newRow("bad workshop id") << QStringLiteral("postgresql://h/db?workshop=nairobi") << QStringLiteral("workshop's id");
        QTest::newRow("too long") << QStringLiteral("postgresql://h/") + QString(5000, QLatin1Char('a')) << QStringLiteral("longer than");
        QTest::newRow("long host label") << QStringLiteral("postgresql://") + QString(64, QLatin1Char('a')) + QStringLiteral("/db")
                                         << QStringLiteral("not valid");
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto l = WorkshopLocation::parse(text);
        QVERIFY2(!l, qPrintable(text));
        QVERIFY2(l.error().contains(message), qPrintable(l.error()));
        QVERIFY(!l.error().contains(QLatin1StringView("s3cret")));
    }

    void passwordNeverShown()
    {
        const auto l = WorkshopLocation::parse(QStringLiteral("postgresql://amina:s3cret@h/db?sslmode=require"));
        QVERIFY(l);
        QVERIFY(!l->display().contains(QLatin1StringView("s3cret")));
        QVERIFY(!l->connectOptions().contains(QLatin1StringView("s3cret")));
        const WorkshopLocation other = l->withWorkshop(QUuid::createUuid());
        QCOMPARE(other.password, QStringLiteral("s3cret"));
        QVERIFY(!other.display().contains(QLatin1StringView("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopLocation)
#include "tst_workshoplocation.moc"
