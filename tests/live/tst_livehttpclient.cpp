// The live server with Qt's own HTTP client, as a device app built on Qt would talk to it: join, then
// several ideas on one kept-alive connection. Not run under ThreadSanitizer: QNetworkAccessManager
// works in a thread of its own whose hand-overs are inside Debian's Qt, which TSan cannot see, and
// the server itself runs in the test's thread (docs/reliability.md).
#include "livetestsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace pamoja;
using namespace pamoja::testing;

class TestLiveHttpClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void networkAccessManagerClient()
    {
        auto doc = Document::create(m_dir.filePath(QStringLiteral("client.pamoja")), QStringLiteral("Live"));
        QVERIFY2(doc, qPrintable(doc.error()));
        LiveConfig config;
        config.limits = fastLimits();
        config.joinCode = QStringLiteral("ACD347");
        LiveServer server(doc->get());
        const Status s = server.start(config);
        QVERIFY2(s, qPrintable(s.error()));

        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/join").arg(server.port())));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(req, QByteArray(R"({"code":"ACD347","name":"Dede"})")));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray token = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString().toLatin1();
        for (int i = 0; i < 5; ++i) { // keep-alive: several requests on one connection
            QNetworkRequest idea(QUrl(QStringLiteral("http://127.0.0.1:%1/api/ideas").arg(server.port())));
            idea.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            idea.setRawHeader("Authorization", "Bearer " + token);
            reply.reset(nam.post(idea, newIdBody(QStringLiteral("Idea %1").arg(i))));
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }
        QCOMPARE((*doc)->data().table<Idea>().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestLiveHttpClient)
#include "tst_livehttpclient.moc"
