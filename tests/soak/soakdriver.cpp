// The soak driver (scripts/soak): a compressed workshop session driven through the real window
// offscreen, from a seeded random script, until it is killed.
//
//   pamoja_soak run WORKSHOP ACKLOG RSSLOG SEED ACTIONS_PER_HOUR HOURS
//     Opens (or creates) WORKSHOP in a MainWindow and acts: ideas typed into the capture bar,
//     merges, clusters, votes, moves, edits, removals, undo and redo, and exports. After every
//     change the window acknowledged, appends "ack ACTION SEQ SHA256" to ACKLOG and fsyncs it (SEQ:
//     the history entry, SHA256: of the whole workshop as exchange JSON). At the end of each
//     simulated hour appends "hour H ACTIONS IDEAS VmRSS_kB VmHWM_kB PID" to RSSLOG. The action
//     count goes on across restarts (it is read back from ACKLOG).
//   pamoja_soak verify WORKSHOP ACKLOG
//     After a kill: opens the workshop as the window would, undoes (in memory) the history entries
//     after the last acknowledged one, and checks the result is exactly what was acknowledged.

#include "capture/capturebar.h"
#include "document.h"
#include "edits.h"
#include "exchange/jsonexchange.h"
#include "exportformats.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QTest>

#include <cstdio>
#include <random>

#include <fcntl.h>
#include <unistd.h>

using namespace pamoja;

namespace {

QByteArray fingerprint(const WorkshopData &data)
{
    return QCryptographicHash::hash(exchange::toJson(data), QCryptographicHash::Sha256).toHex();
}

// Appends one line and waits until it is on the disk.
void appendSynced(const QString &path, const QByteArray &line)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0 || ::write(fd, line.constData(), size_t(line.size())) != line.size() || ::fsync(fd) != 0)
        qFatal("cannot write %s", qPrintable(path));
    ::close(fd);
}

// Complete lines of the acknowledgement log (a kill may leave half a line at the end).
QList<QList<QByteArray>> readAcks(const QString &path)
{
    QFile f(path);
    QList<QList<QByteArray>> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray all = f.readAll();
    for (const QByteArray &line : all.left(all.lastIndexOf('\n') + 1).split('\n'))
        if (line.startsWith("ack "))
            out.append(line.split(' '));
    return out;
}

QByteArray statusField(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return "0";
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).trimmed().split(' ').value(0);
    return "0";
}

class Driver
{
public:
    Driver(MainWindow &window, quint32 seed) : m_window(window), m_rng(seed) {}

    Workspace &ws() { return *m_window.workspace(); }
    Document &doc() { return *ws().document(); }
    const WorkshopData &data() { return doc().data(); }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    template <class T> const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }

    // Everything a session needs before it can vote: a few participants and an open round.
    void prepare()
    {
        while (data().table<Participant>().size() < 12) {
            Participant p;
            p.name = QStringLiteral("Participant %1").arg(data().table<Participant>().size() + 1);
            p.constituency = any(QList<QString>{QStringLiteral("south"), QStringLiteral("north"), QStringLiteral("donor")});
            ws().apply(edits::addParticipant(data(), p, QStringLiteral("Organisation %1").arg(pick(5))),
                       QStringLiteral("add participant"));
        }
        if (data().table<VotingRound>().size() == 0) {
            VotingRound r;
            r.title = QStringLiteral("Priorities");
            r.dotsPerParticipant = 5;
            r.maxPerItem = 3;
            ws().apply(edits::openRound(data(), r), QStringLiteral("open round"));
        }
    }

    // One scripted action, through the window and the workspace funnel.
    void act(int action)
    {
        const QList<Idea> ideas = data().ideas(1);
        const int r = pick(100);
        if (r < 40 || ideas.size() < 4) {
            QLineEdit *edit = m_window.captureBar()->lineEdit();
            edit->setText(QStringLiteral("Idea %1: %2 partners decide together").arg(action).arg(pick(1000)));
            QTest::keyClick(edit, Qt::Key_Return);
        } else if (r < 48) {
            const Idea &a = any(ideas), &b = any(ideas);
            if (a.id != b.id)
                ws().apply(edits::mergeIdeas(data(), a.id, {b.id}), QStringLiteral("merge"));
        } else if (r < 56) {
            QList<QUuid> members;
            for (int k = 0; k < 3; ++k)
                if (const QUuid id = any(ideas).id; !members.contains(id))
                    members.append(id);
            ws().apply(edits::createCluster(data(), 1, QStringLiteral("Cluster %1").arg(action), members), QStringLiteral("cluster"));
        } else if (r < 66) {
            prepare(); // undo may have taken the round or people back
            const QList<Participant> people = data().table<Participant>().all();
            const QUuid round = data().table<VotingRound>().all().value(0).id;
            ws().apply(edits::setDots(data(), round, any(people).id, any(ideas).id, pick(3)), QStringLiteral("vote"));
        } else if (r < 74) {
            ws().apply(edits::moveIdea(data(), any(ideas).id, pick(4000) - 2000, pick(3000) - 1500), QStringLiteral("move"),
                       QStringLiteral("move"));
        } else if (r < 79) {
            ws().apply(edits::editIdeaText(data(), any(ideas).id, QStringLiteral("Edited at %1").arg(action)), QStringLiteral("edit"));
        } else if (r < 82) {
            ws().apply(edits::removeIdeas(data(), {any(ideas).id}), QStringLiteral("remove"));
        } else if (r < 90) {
            m_window.action(QStringLiteral("undo"))->trigger();
        } else if (r < 96) {
            m_window.action(QStringLiteral("redo"))->trigger();
        } else if (r < 98) {
            m_window.showStep(1 + pick(3));
            m_window.showStep(1);
        } else {
            exportOnce(action);
        }
        QCoreApplication::processEvents();
    }

    void exportOnce(int action)
    {
        static const QStringList formats{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"),
                                         QStringLiteral("xlsx"), QStringLiteral("pdf")};
        ExportOptions o;
        o.format = formats.at(action % formats.size());
        o.output = QDir::temp().filePath(QStringLiteral("pamoja-soak-export.") + exportFileSuffix(o.format));
        if (Status s = exportWorkshop(doc(), o); !s)
            qFatal("export %s failed: %s", qPrintable(o.format), qPrintable(s.error()));
    }

private:
    MainWindow &m_window;
    std::mt19937 m_rng;
};

int run(const QStringList &args)
{
    const QString path = args.at(0), ackLog = args.at(1), rssLog = args.at(2);
    const quint32 seed = args.at(3).toUInt();
    const int perHour = args.at(4).toInt(), hours = args.at(5).toInt();
    const auto acks = readAcks(ackLog);
    int action = acks.isEmpty() ? 0 : acks.last().at(1).toInt() + 1;

    MainWindow window;
    window.show();
    const bool opened = QFileInfo::exists(path) ? window.openFile(path) : window.createWorkshop(QStringLiteral("Soak"), path);
    if (!opened || !window.workspace()->document() || window.workspace()->document()->isReadOnly())
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(window.lastMessage()));
    bool saved = false;
    QObject::connect(window.workspace()->document(), &Document::changed, &window, [&saved] { saved = true; });
    Driver driver(window, seed);
    driver.prepare();
    QCoreApplication::processEvents();
    for (; action < perHour * hours; ++action) {
        saved = false;
        driver.act(action);
        if (saved) {
            const qint64 seq = driver.doc().store().history(1).value().value(0).seq;
            appendSynced(ackLog, "ack " + QByteArray::number(action) + ' ' + QByteArray::number(seq) + ' ' +
                                     fingerprint(driver.data()) + '\n');
        }
        if ((action + 1) % perHour == 0)
            appendSynced(rssLog, "hour " + QByteArray::number((action + 1) / perHour) + ' ' + QByteArray::number(action + 1) +
                                     ' ' + QByteArray::number(driver.data().table<Idea>().size()) + ' ' +
                                     statusField("VmRSS:") + ' ' + statusField("VmHWM:") + ' ' +
                                     QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    }
    std::printf("session complete: %d actions\n", action);
    return 0;
}

int verify(const QStringList &args)
{
    const QString path = args.at(0), ackLog = args.at(1);
    const auto acks = readAcks(ackLog);
    auto doc = Document::open(path);
    if (!doc) {
        std::fprintf(stderr, "cannot open after the kill: %s\n", qPrintable(doc.error()));
        return 1;
    }
    if (acks.isEmpty()) {
        std::printf("verify: nothing acknowledged yet\n");
        return 0;
    }
    const qint64 lastSeq = acks.last().at(2).toLongLong();
    const QByteArray expected = acks.last().at(3);
    // A kill between the commit and the log line leaves the file ahead of the log: take back the
    // later history entries (they hold what they replaced) before comparing.
    WorkshopData data = (*doc)->data();
    const QList<HistoryEntry> history = (*doc)->store().history().value();
    if (history.isEmpty() || history.last().seq < lastSeq) {
        std::fprintf(stderr, "acknowledged change %lld is missing (history ends at %lld)\n", lastSeq,
                     history.isEmpty() ? 0LL : history.last().seq);
        return 1;
    }
    int ahead = 0;
    for (auto it = history.crbegin(); it != history.crend() && it->seq > lastSeq; ++it, ++ahead) {
        const ChangeSet back = it->changes.inverted();
        if (Status s = data.check(back); !s) {
            std::fprintf(stderr, "cannot take back history entry %lld: %s\n", it->seq, qPrintable(s.error()));
            return 1;
        }
        data.apply(back);
    }
    if (fingerprint(data) != expected) {
        std::fprintf(stderr, "the workshop differs from what was acknowledged at history entry %lld\n", lastSeq);
        return 1;
    }
    std::printf("verify: %lld acknowledged changes intact, %d saved but not yet logged, %d ideas\n",
                qlonglong(acks.size()), ahead, int((*doc)->data().table<Idea>().size()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1StringView("run") && args.size() == 7)
        return run(args.mid(1));
    if (args.value(0) == QLatin1StringView("verify") && args.size() == 3)
        return verify(args.mid(1));
    std::fprintf(stderr, "usage: pamoja_soak run WORKSHOP ACKLOG RSSLOG SEED ACTIONS_PER_HOUR HOURS\n"
                         "       pamoja_soak verify WORKSHOP ACKLOG\n");
    return 2;
}
