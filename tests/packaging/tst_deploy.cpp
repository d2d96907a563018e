// The reference deployment of several `pamoja serve` instances (packaging/deploy/), checked without
// Docker, nginx or the network: every instance gets the same join code and trusts only the proxy's
// address, the proxies balance without sticky sessions and pass WebSockets, the nginx upstream and
// the systemd instances name the same ports, no password is in a file, and every serve option the
// files use is one `pamoja serve --help` lists.
#include "../cli/clisupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

QString deployFile(const QString &name)
{
    QFile f(QStringLiteral(PAMOJA_SOURCE_DIR "/packaging/deploy/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList deployCaptures(const QString &text, const QString &pattern)
{
    QStringList out;
    auto it = QRegularExpression(pattern, QRegularExpression::MultilineOption).globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesExist_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"README.md", "docker-compose.yml", "Dockerfile", "Caddyfile", "env.example",
                              "pamoja-serve@.service", "serve.env.example", "pamoja-scale.nginx.conf"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void filesExist()
    {
        QFETCH(QString, name);
        QVERIFY2(!deployFile(name).isEmpty(), qPrintable(name));
    }

    void composeInstancesShareCodeAndTrustTheProxy()
    {
        const QString compose = deployFile(QStringLiteral("docker-compose.yml"));
        // Both instances come from the one command (a YAML anchor): the same code and location.
        QCOMPARE(compose.count(QStringLiteral("<<: *serve")), 2);
        QCOMPARE(compose.count(QStringLiteral("- --code")), 1);
        const QStringList proxy = deployCaptures(compose, QStringLiteral("- --trusted-proxy\\s*\\n\\s*- ([0-9.]+)"));
        QCOMPARE(proxy.size(), 1);
        const auto caddy = QRegularExpression(QStringLiteral("\\n  caddy:(.*?)\\n  [a-z]|\\n  caddy:(.*)$"),
                                              QRegularExpression::DotMatchesEverythingOption).match(compose);
        QVERIFY(caddy.hasMatch());
        QVERIFY2(caddy.captured(0).contains(QStringLiteral("ipv4_address: ") + proxy.first()), "the trusted proxy is Caddy's address");
        // The Caddyfile balances over the instances' addresses.
        const QString caddyfile = deployFile(QStringLiteral("Caddyfile"));
        for (const QString &ip : deployCaptures(compose, QStringLiteral("serve-[a-z]:\\n(?:.*\\n){0,3}\\s*ipv4_address: ([0-9.]+)")))
            QVERIFY2(caddyfile.contains(ip + QStringLiteral(":8765")), qPrintable(ip));
        QVERIFY(compose.contains(QStringLiteral("PGPASSWORD: ${POSTGRES_PASSWORD")));
    }

    void noStickySessions()
    {
        const QString caddy = deployFile(QStringLiteral("Caddyfile"));
        QVERIFY(caddy.contains(QStringLiteral("lb_policy round_robin")));
        QVERIFY(!caddy.contains(QRegularExpression(QStringLiteral("lb_policy\\s+(cookie|ip_hash|client_ip_hash|header|uri_hash)"))));
        const QString nginx = deployFile(QStringLiteral("pamoja-scale.nginx.conf"));
        QVERIFY(!nginx.contains(QRegularExpression(QStringLiteral("^\\s*(ip_hash|hash|sticky)\\b"), QRegularExpression::MultilineOption)));
        // WebSockets pass: the upgrade headers on /api/events.
        QVERIFY(nginx.contains(QStringLiteral("location = /api/events")));
        QVERIFY(nginx.contains(QStringLiteral("proxy_set_header Upgrade $http_upgrade")));
    }

    void nginxUpstreamMatchesTheSystemdInstances()
    {
        const QString nginx = deployFile(QStringLiteral("pamoja-scale.nginx.conf"));
        QStringList upstream = deployCaptures(nginx, QStringLiteral("^\\s*server 127\\.0\\.0\\.1:(\\d+)"));
        QStringList enabled = deployCaptures(deployFile(QStringLiteral("README.md")), QStringLiteral("pamoja-serve@(\\d+)"));
        enabled.removeDuplicates();
        upstream.sort();
        enabled.sort();
        QVERIFY(upstream.size() >= 2);
        QCOMPARE(upstream, enabled);
        const QString unit = deployFile(QStringLiteral("pamoja-serve@.service"));
        QVERIFY(unit.contains(QStringLiteral("--port %i")));
        QVERIFY(unit.contains(QStringLiteral("--trusted-proxy 127.0.0.1")));
    }

    void noPasswordInFiles()
    {
        // A location with a password (user:password@) appears in no file.
        for (const QString &name : {QStringLiteral("docker-compose.yml"), QStringLiteral("pamoja-serve@.service"),
                                    QStringLiteral("serve.env.example"), QStringLiteral("README.md")})
            QVERIFY2(!deployFile(name).contains(QRegularExpression(QStringLiteral("postgres(ql)?://[^/@\\s]+:[^/@\\s]+@"))), qPrintable(name));
    }

    void serveOptionsExist()
    {
        const Run help = runPamoja({QStringLiteral("serve"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString text = QString::fromUtf8(help.out);
        QStringList used = deployCaptures(deployFile(QStringLiteral("docker-compose.yml")), QStringLiteral("^\\s*- (--[a-z-]+)"));
        const QString unit = deployFile(QStringLiteral("pamoja-serve@.service"));
        const QString exec = deployCaptures(unit, QStringLiteral("^ExecStart=(.*)$")).value(0);
        QVERIFY(exec.startsWith(QStringLiteral("/usr/bin/pamoja serve ")));
        used += deployCaptures(exec, QStringLiteral("\\s(--[a-z-]+)"));
        QVERIFY(used.size() >= 8);
        for (const QString &option : std::as_const(used))
            QVERIFY2(text.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
