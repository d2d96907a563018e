// The facilitator's side of a live session, end to end: Session > Start Live Session... through the
// dialog, a device joining and sending ideas over HTTP to the address the panel shows, the board
// following by itself, pause, moderation, blocking, the QR code, the presenter's join card and
// publishing the report.
#include "uitestutil.h"

#include "common/messagebox.h"
#include "edits.h"
#include "live/livepanel.h"
#include "live/livesession.h"
#include "live/livesessiondialog.h"
#include "live/qrcode.h"
#include "live/qrcodewidget.h"
#include "liveserver.h"
#include "presenter/joininfooverlay.h"
#include "presenter/presentercanvas.h"
#include "presenter/presenterwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>

using namespace pamoja;
using namespace pamoja::uitest;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

// One request, waiting for the answer while the window's event loop (and the server in it) runs.
Answer send(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QJsonObject &body,
            const QString &token = {})
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = verb == "GET" ? nam.get(req)
                                         : nam.sendCustomRequest(req, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    reply->deleteLater();
    return a;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

NetworkChoice loopbackChoice()
{
    NetworkChoice c;
    c.interfaceName = QStringLiteral("lo");
    c.humanName = QStringLiteral("lo");
    c.address = QHostAddress(QHostAddress::LocalHost);
    c.loopback = true;
    c.up = true;
    return c;
}

bool boardHasNote(MainWindow *w, const QString &text)
{
    BoardScene *scene = w->board()->scene();
    const auto ids = scene->noteIds();
    return std::any_of(ids.cbegin(), ids.cend(), [&](const QUuid &id) { return scene->note(id)->text() == text; });
}

const Idea *ideaWithText(MainWindow *w, const QString &text)
{
    for (const Idea &i : w->workspace()->document()->data().table<Idea>().items())
        if (i.text == text)
            return &i;
    return nullptr;
}

QJsonObject idea(const QString &text)
{
    return QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("anonymous"), true}};
}

} // namespace

class TestLive : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    // Starts a live session from the menu through the dialog, on loopback and the given port.
    LiveSession *startFromMenu(MainWindow &w, quint16 port, bool moderation = false)
    {
        LiveSession *live = w.findChild<LiveSession *>();
        if (!live)
            return nullptr;
        w.action(QStringLiteral("liveStart"))->trigger();
        LiveSessionDialog *dlg = live->dialog();
        if (!dlg || !dlg->isVisible())
            return nullptr;
        dlg->setChoices({loopbackChoice()});
        dlg->portBox()->setValue(port);
        dlg->moderationBox()->setChecked(moderation);
        dlg->startButton()->click();
        return live;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    void networkChoicesPreferTheRoomsNetwork()
    {
        auto make = [](const QString &name, const QString &ip, bool loopback, bool up, bool virt) {
            NetworkChoice c;
            c.interfaceName = name;
            c.humanName = name;
            c.address = QHostAddress(ip);
            c.loopback = loopback;
            c.up = up;
            c.isVirtual = virt;
            return c;
        };
        QList<NetworkChoice> choices{make(QStringLiteral("lo"), QStringLiteral("127.0.0.1"), true, true, false),
                                     make(QStringLiteral("docker0"), QStringLiteral("172.17.0.1"), false, true, true),
                                     make(QStringLiteral("eth1"), QStringLiteral("10.9.0.4"), false, false, false),
                                     make(QStringLiteral("wlan0"), QStringLiteral("192.168.1.20"), false, true, false)};
        sortNetworkChoices(choices);
        QStringList order;
        for (const NetworkChoice &c : choices)
            order << c.interfaceName;
        QCOMPARE(order, (QStringList{QStringLiteral("wlan0"), QStringLiteral("docker0"), QStringLiteral("eth1"),
                                     QStringLiteral("lo")}));

        QSettings().remove(QStringLiteral("live"));
        LiveSessionDialog dlg;
        dlg.setChoices(choices);
        QCOMPARE(dlg.address(), QHostAddress(QStringLiteral("192.168.1.20")));
        QCOMPARE(dlg.port(), LiveSessionDialog::DefaultPort);
        QCOMPARE(dlg.interfaceBox()->count(), 4);
        QVERIFY(dlg.interfaceBox()->itemText(3).contains(QStringLiteral("127.0.0.1")));
        // Remembered: the network and port chosen last time.
        dlg.interfaceBox()->setCurrentIndex(2);
        dlg.portBox()->setValue(8765);
        dlg.moderationBox()->setChecked(true);
        dlg.saveSettings();
        LiveSessionDialog again;
        again.setChoices(choices);
        QCOMPARE(again.port(), 8765);
        QVERIFY(again.moderation());
        // eth1 is not connected now: the dialog does not pick a dead network.
        QCOMPARE(again.address(), QHostAddress(QStringLiteral("192.168.1.20")));
        dlg.interfaceBox()->setCurrentIndex(1);
        dlg.saveSettings();
        LiveSessionDialog third;
        third.setChoices(choices);
        QCOMPARE(third.address(), QHostAddress(QStringLiteral("172.17.0.1")));
        // Only loopback (no network at all): that is what is offered.
        LiveSessionDialog none;
        none.setChoices({loopbackChoice()});
        QCOMPARE(none.address(), QHostAddress(QHostAddress::LocalHost));
        QSettings().remove(QStringLiteral("live"));
        // The system's own list always has at least loopback.
        QVERIFY(!networkChoices().isEmpty());
    }

    void portInUseKeepsTheDialogOpen()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.action(QStringLiteral("liveStart"))->isEnabled()); // no workshop yet
        QVERIFY(w.createWorkshop(QStringLiteral("Busy port"), dir.filePath(QStringLiteral("b.pamoja"))));
        QVERIFY(w.action(QStringLiteral("liveStart"))->isEnabled());

        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        LiveSession *live = startFromMenu(w, squatter.serverPort());
        QVERIFY(live);
        QVERIFY(!live->isRunning());
        QPointer<LiveSessionDialog> dlg = live->dialog();
        QVERIFY(dlg && dlg->isVisible());
        QVERIFY2(!dlg->errorText().isEmpty(), "the dialog says why");
        QVERIFY2(dlg->errorText().contains(QString::number(squatter.serverPort())), qPrintable(dlg->errorText()));
        QVERIFY(!live->dock() || !live->dock()->isVisible());
        QCOMPARE(w.statusBar()->currentMessage(), dlg->errorText());

        // Another port: it starts, the dialog closes, the panel shows.
        dlg->portBox()->setValue(freePort());
        QVERIFY(dlg->errorText().isEmpty()); // editing the port clears the old complaint
        dlg->startButton()->click();
        QVERIFY(live->isRunning());
        QTRY_VERIFY(!dlg);
        QVERIFY(live->dock()->isVisible());
        QCOMPARE(live->panel()->state(), LivePanel::State::Running);
        QVERIFY(live->statusLabel()->isVisible());
        // The server stopping by itself is said in the panel, the status bar and the message bar.
        live->server()->stop();
        QCOMPARE(live->panel()->state(), LivePanel::State::Failed);
        QVERIFY(live->panel()->statusText().contains(QStringLiteral("stopped")));
        QVERIFY(live->statusLabel()->isVisible());
        QVERIFY(live->statusLabel()->text().contains(QStringLiteral("stopped")));
        QCOMPARE(w.lastMessage(), live->panel()->statusText());
        QVERIFY(w.action(QStringLiteral("liveStart"))->isEnabled()); // and can be started again
        QVERIFY(live->start(QHostAddress(QHostAddress::LocalHost), freePort(), false, nullptr));
        QCOMPARE(live->panel()->state(), LivePanel::State::Running);

        w.action(QStringLiteral("liveStop"))->trigger(); // nothing waiting: no question
        QVERIFY(!live->isRunning());
        QVERIFY(!live->dock()->isVisible());
        QVERIFY(!live->statusLabel()->isVisible());
    }

    void devicesJoinAndTheBoardFollows()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.createWorkshop(QStringLiteral("Shirika live"), dir.filePath(QStringLiteral("l.pamoja"))));
        Workspace *ws = w.workspace();
        {
            const QUuid wid = ws->document()->data().workshop().id;
            QVERIFY(ws->apply(edits::modify<Workshop>(ws->document()->data(), wid,
                                                      [](Workshop &x) { x.languages = QStringLiteral("en,fr"); }),
                              QStringLiteral("languages")));
        }
        LiveSession *live = startFromMenu(w, freePort());
        QVERIFY(live);
        QVERIFY(live->isRunning());
        LivePanel *panel = live->panel();

        // What the panel tells the room.
        const QString code = panel->codeText();
        QVERIFY2(QRegularExpression(QStringLiteral("^[ACDEFHJKMNPQRTUVWXY34679]{6}$")).match(code).hasMatch(),
                 qPrintable(code));
        const QUrl joinUrl(panel->joinUrl());
        QCOMPARE(joinUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(joinUrl.query().contains(QStringLiteral("code=") + code));
        QVERIFY(joinUrl.toString().startsWith(panel->addressText()));
        QVERIFY(!panel->addressText().contains(QLatin1Char('?')));
        // The QR code encodes exactly that URL, and says so to a screen reader.
        QrCodeWidget *qr = panel->qrCode();
        QVERIFY(qr->isVisible());
        QCOMPARE(qr->code().text(), joinUrl.toString());
        QCOMPARE(qr->accessibleDescription(), joinUrl.toString());
        const QrCode expected = QrCode::encode(joinUrl.toString());
        QCOMPARE(qr->code().size(), expected.size());
        for (int y = 0; y < expected.size(); ++y)
            for (int x = 0; x < expected.size(); ++x)
                QCOMPARE(qr->code().isDark(x, y), expected.isDark(x, y));
        QCOMPARE(panel->connectedCount(), 0);

        // A device joins with the code from the panel and sends an idea to the panel's address.
        QUrl api = joinUrl;
        api.setQuery(QString());
        auto route = [&](const QString &path) {
            QUrl u = api;
            u.setPath(path);
            return u;
        };
        const Answer joined = send(m_nam, "POST", route(QStringLiteral("/api/join")),
                                   {{QStringLiteral("code"), code.toLower()},
                                    {QStringLiteral("anonymous"), true},
                                    {QStringLiteral("language"), QStringLiteral("en")}});
        QCOMPARE(joined.status, 200);
        const QString token = joined.json.value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        const QString text = QStringLiteral("Shared budgets decided together");
        const Answer saved = send(m_nam, "POST", route(QStringLiteral("/api/ideas")), idea(text), token);
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json.value(QStringLiteral("status")).toString(), QStringLiteral("saved"));
        // Through Document::changed: the board and the count follow with no help from the panel.
        QVERIFY(boardHasNote(&w, text));
        QTRY_COMPARE(panel->connectedCount(), 1);
        QVERIFY(panel->deviceCountText().contains(QLatin1Char('1')));
        QCOMPARE(panel->deviceList()->count(), 1);
        QVERIFY(live->statusLabel()->text().contains(QLatin1Char('1')));

        // Paused: refused, nothing stored.
        QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
        QVERIFY(live->server()->isPaused());
        QCOMPARE(panel->state(), LivePanel::State::Paused);
        QVERIFY(w.action(QStringLiteral("livePause"))->isChecked());
        QVERIFY(live->statusLabel()->text().contains(QStringLiteral("paused"), Qt::CaseInsensitive));
        const QString pausedText = QStringLiteral("Sent while paused");
        const Answer refused = send(m_nam, "POST", route(QStringLiteral("/api/ideas")), idea(pausedText), token);
        QVERIFY2(refused.status >= 400, qPrintable(QString::number(refused.status)));
        QVERIFY(!ideaWithText(&w, pausedText));
        QVERIFY(!boardHasNote(&w, pausedText));
        w.action(QStringLiteral("livePause"))->trigger(); // the menu resumes too
        QVERIFY(!live->server()->isPaused());
        QCOMPARE(panel->state(), LivePanel::State::Running);

        // Moderation: held ideas wait in the inbox; Enter approves, Delete rejects, Approve All.
        panel->moderationBox()->click();
        QVERIFY(live->server()->isModerated());
        QVERIFY(panel->heldList()->isVisibleTo(panel));
        const QString heldText = QStringLiteral("Southern partners hold the contract");
        const QString rejectText = QStringLiteral("Spam spam spam");
        const Answer held = send(m_nam, "POST", route(QStringLiteral("/api/ideas")), idea(heldText), token);
        QCOMPARE(held.status, 200);
        QCOMPARE(held.json.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        QCOMPARE(send(m_nam, "POST", route(QStringLiteral("/api/ideas")), idea(rejectText), token).status, 200);
        QTRY_COMPARE(panel->heldList()->count(), 2);
        QVERIFY(panel->heldList()->item(0)->text().contains(heldText));
        QVERIFY(ideaWithText(&w, heldText) && ideaWithText(&w, heldText)->hidden);
        QVERIFY(!w.presenter() || !w.presenter()->canvas()->shownIdeaIds().contains(ideaWithText(&w, heldText)->id));

        panel->heldList()->setFocus();
        panel->heldList()->setCurrentRow(1, QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(panel->heldList(), Qt::Key_Delete);
        QTRY_COMPARE(panel->heldList()->count(), 1);
        QVERIFY(!ideaWithText(&w, rejectText));
        QVERIFY(!boardHasNote(&w, rejectText));
        panel->heldList()->setCurrentRow(0, QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(panel->heldList(), Qt::Key_Return);
        QTRY_COMPARE(panel->heldList()->count(), 0);
        QVERIFY(ideaWithText(&w, heldText) && !ideaWithText(&w, heldText)->hidden);
        QVERIFY(boardHasNote(&w, heldText));

        const QString a1 = QStringLiteral("Co-written calls for proposals"), a2 = QStringLiteral("Risk shared both ways");
        QCOMPARE(send(m_nam, "POST", route(QStringLiteral("/api/ideas")), idea(a1), token).status, 200);
        QCOMPARE(send(m_nam, "POST", route(QStringLiteral("/api/ideas")), idea(a2), token).status, 200);
        QTRY_COMPARE(panel->heldList()->count(), 2);
        QVERIFY(panel->approveAllButton()->isEnabled());
        QVERIFY(saveScreenshot(live->dock(), QStringLiteral("live-panel-inbox")));
        // Stopping with ideas still waiting asks first; No keeps the session.
        MessageBox::setNextAnswer(QMessageBox::No);
        w.action(QStringLiteral("liveStop"))->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("approval")));
        QVERIFY(live->isRunning());
        panel->approveAllButton()->click();
        QTRY_COMPARE(panel->heldList()->count(), 0);
        QVERIFY(boardHasNote(&w, a1) && boardHasNote(&w, a2));
        panel->moderationBox()->click();
        QVERIFY(!live->server()->isModerated());

        // Publishing the report: exported in the workshop's languages, then downloadable by devices.
        QCOMPARE(send(m_nam, "GET", route(QStringLiteral("/report.pdf")), {}, token).status, 404);
        QSignalSpy published(live, &LiveSession::reportPublished);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        panel->publishButton()->click();
        QVERIFY(live->isPublishing());
        QVERIFY(!panel->publishButton()->isEnabled()); // one export at a time
        QVERIFY(published.wait(120000));
        QVERIFY(panel->publishButton()->isEnabled());
        QCOMPARE(published.first().first().toStringList(), (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
        QCOMPARE(live->server()->publishedReportLanguages().size(), 2);
        QUrl pdfUrl = route(QStringLiteral("/report.pdf"));
        pdfUrl.setQuery(QStringLiteral("lang=fr"));
        const Answer pdf = send(m_nam, "GET", pdfUrl, {}, token);
        QCOMPARE(pdf.status, 200);
        QVERIFY(pdf.body.startsWith("%PDF"));

        // Screenshot of the panel with one device.
        live->dock()->resize(380, 900);
        QVERIFY(saveScreenshot(live->dock(), QStringLiteral("live-panel")));

        // The presenter shows the join card on demand: the same QR modules, the code, the address.
        QAction *joinInfo = w.action(QStringLiteral("liveJoinInfo"));
        QVERIFY(joinInfo->isEnabled());
        joinInfo->trigger();
        PresenterWindow *p = w.presenter();
        QVERIFY(p && p->isVisible());
        QVERIFY(p->isJoinInfoShown());
        QVERIFY(panel->presenterButton()->isChecked());
        JoinInfoOverlay *card = p->joinInfo();
        QCOMPARE(card->url(), joinUrl.toString());
        QCOMPARE(card->code(), code);
        QCOMPARE(card->qrImage(), expected.image(1));
        QVERIFY(card->accessibleDescription().contains(code));
        p->resize(1280, 720);
        QVERIFY(card->geometry().right() < p->width() && card->geometry().bottom() < p->height());
        QVERIFY(card->height() >= 720 * 40 / 100);
        QVERIFY(saveScreenshot(p, QStringLiteral("presenter-join")));
        panel->presenterButton()->click(); // off again from the panel
        QVERIFY(!p->isJoinInfoShown());
        QVERIFY(!joinInfo->isChecked());

        // Blocking a device: its token is refused from then on.
        panel->deviceList()->setCurrentRow(0);
        QVERIFY(panel->blockButton()->isEnabled());
        panel->blockButton()->click();
        QTRY_VERIFY(panel->deviceList()->item(0)->text().contains(QStringLiteral("blocked")));
        QVERIFY(!panel->blockButton()->isEnabled());
        const QString blockedText = QStringLiteral("From a blocked phone");
        const Answer blocked = send(m_nam, "POST", route(QStringLiteral("/api/ideas")), idea(blockedText), token);
        QVERIFY2(blocked.status == 401 || blocked.status == 403, qPrintable(QString::number(blocked.status)));
        QVERIFY(!ideaWithText(&w, blockedText));
        QTRY_COMPARE(panel->connectedCount(), 0);

        // Closing the workshop ends the session.
        w.closeWorkshop();
        QVERIFY(!live->isRunning());
        QVERIFY(!live->server());
        QVERIFY(!w.action(QStringLiteral("liveStart"))->isEnabled());
    }
};

QTEST_MAIN(TestLive)
#include "tst_live.moc"
