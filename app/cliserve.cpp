#include "clicommand.h"

#include "edits.h"
#include "liveserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace pamoja::cli {

namespace {

// SIGINT and SIGTERM end `pamoja serve` through the event loop: the handler only writes a byte to a
// socket pair, which a QSocketNotifier turns into quit(); everything acknowledged is committed already.
int g_signalFd[2] = {-1, -1};

void onStopSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &b, 1);
}

// One facilitator command typed into `pamoja serve`; returns what to print.
QString serveCommand(Document &doc, LiveServer &server, const QStringList &words)
{
    const QString cmd = words.value(0);
    const int step = doc.data().workshop().activeStep;
    Status s;
    if (cmd == QLatin1StringView("reveal")) {
        const ChangeSet cs = edits::revealStep(doc.data(), step);
        if (!cs.isEmpty())
            s = doc.apply(cs, QCoreApplication::translate("pamoja::Cli", "Reveal ideas"));
    } else if (cmd == QLatin1StringView("pause") || cmd == QLatin1StringView("resume")) {
        server.setPaused(cmd == QLatin1StringView("pause"));
    } else if (cmd == QLatin1StringView("round") && words.value(1) == QLatin1StringView("open")) {
        VotingRound r;
        r.id = newId();
        r.step = step;
        r.title = QCoreApplication::translate("pamoja::Cli", "Vote");
        r.dotsPerParticipant = words.size() > 2 ? std::clamp(words.at(2).toInt(), 1, 100) : 3;
        r.maxPerItem = words.size() > 3 ? std::clamp(words.at(3).toInt(), 1, r.dotsPerParticipant) : 1;
        s = doc.apply(edits::openRound(doc.data(), r), QCoreApplication::translate("pamoja::Cli", "Open voting round"));
    } else if (cmd == QLatin1StringView("round") && words.value(1) == QLatin1StringView("close")) {
        ChangeSet cs;
        for (const VotingRound &r : doc.data().table<VotingRound>().items())
            if (r.open)
                cs.append(edits::modify<VotingRound>(doc.data(), r.id, [](VotingRound &x) { x.open = false; }));
        if (!cs.isEmpty())
            s = doc.apply(cs, QCoreApplication::translate("pamoja::Cli", "Close voting round"));
    } else if (!cmd.isEmpty()) {
        return QCoreApplication::translate("pamoja::Cli", "unknown command \"%1\"; use reveal, pause, resume, round open [DOTS [MAX]] or round close.").arg(cmd.left(40));
    } else {
        return {};
    }
    return s ? QCoreApplication::translate("pamoja::Cli", "ok") : s.error();
}

} // namespace

int cmdServe(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Let participants join a workshop from their own phones, without the window. "
                                                         "Prints the join address and code on the first line; Ctrl+C stops."));
    const auto bind = c.add(QStringLiteral("bind"), QCoreApplication::translate("pamoja::Cli", "The address to listen on (default 127.0.0.1; 0.0.0.0 for every network)."), QCoreApplication::translate("pamoja::Cli", "address"));
    const auto port = c.add(QStringLiteral("port"), QCoreApplication::translate("pamoja::Cli", "The port (default: any free port)."), QCoreApplication::translate("pamoja::Cli", "port"));
    const auto code = c.add(QStringLiteral("code"), QCoreApplication::translate("pamoja::Cli", "The join code (default: a new random code)."), QCoreApplication::translate("pamoja::Cli", "code"));
    const auto proxy = c.add(QStringLiteral("trusted-proxy"), QCoreApplication::translate("pamoja::Cli", "The address of a reverse proxy whose X-Forwarded-For and X-Forwarded-Proto headers are believed."), QCoreApplication::translate("pamoja::Cli", "address"));
    const auto publicUrl = c.add(QStringLiteral("public-url"), QCoreApplication::translate("pamoja::Cli", "The address participants use when a proxy is in front, e.g. https://workshop.example.org/."), QCoreApplication::translate("pamoja::Cli", "url"));
    const auto moderate = c.add(QStringLiteral("moderate"), QCoreApplication::translate("pamoja::Cli", "Hold participants' ideas until a facilitator approves them (in the window)."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;

    LiveConfig config;
    if (c.parser.isSet(bind) && !config.address.setAddress(c.parser.value(bind)))
        return fail(QCoreApplication::translate("pamoja::Cli", "--bind needs an IP address such as 0.0.0.0 or 192.168.1.10."), Usage);
    if (c.parser.isSet(port)) {
        bool ok = false;
        const uint p = c.parser.value(port).toUInt(&ok);
        if (!ok || p > 65535)
            return fail(QCoreApplication::translate("pamoja::Cli", "--port must be a number from 0 to 65535."), Usage);
        config.port = quint16(p);
    }
    if (c.parser.isSet(proxy) && !config.trustedProxy.setAddress(c.parser.value(proxy)))
        return fail(QCoreApplication::translate("pamoja::Cli", "--trusted-proxy needs an IP address."), Usage);
    config.joinCode = c.parser.value(code);
    config.publicUrl = c.parser.value(publicUrl);
    config.moderation = c.parser.isSet(moderate);

    auto doc = Document::open(c.parser.positionalArguments().first(), WorkshopStore::Access::ReadWrite);
    if (!doc)
        return fail(doc.error());
    LiveServer server(doc->get());
    if (Status s = server.start(config); !s)
        return fail(s.error());

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return fail(QCoreApplication::translate("pamoja::Cli", "could not set up signal handling."));
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char b;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &b, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);

    // Facilitator commands on standard input, one per line, for a session without the window (and
    // for the browser tests): reveal, pause, resume, round open [DOTS [MAX]], round close.
    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, QCoreApplication::instance(), [&] {
        char buf[512];
        const auto n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            input.setEnabled(false); // end of input: keep serving until a signal
            return;
        }
        pending.append(buf, n);
        if (pending.size() > 4096)
            pending.clear();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QStringList words = QString::fromUtf8(pending.left(nl)).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            pending.remove(0, nl + 1);
            if (const QString m = serveCommand(**doc, server, words); !m.isEmpty())
                out(m);
        }
    });

    // The first line is for people and scripts alike: the address to open and the code.
    out(QCoreApplication::translate("pamoja::Cli", "Join at %1 with code %2").arg(server.joinUrl().toString(), server.joinCode()));
    QObject::connect(&server, &LiveServer::problem, QCoreApplication::instance(), [](const QString &m) { fail(m); });
    QCoreApplication::exec();
    server.stop();
    out(QCoreApplication::translate("pamoja::Cli", "Stopped; every acknowledged contribution is saved."));
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::close(g_signalFd[0]);
    ::close(g_signalFd[1]);
    return Ok;
}

} // namespace pamoja::cli
