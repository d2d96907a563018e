// The offline contribution form's page (core/live/contributionform.h): self-contained (no resource
// outside the file, a CSP whose hashes match the inline style and script), the chosen steps only,
// the workshop's words escaped, the strings of all five languages inside, written atomically.

#include "contributionform.h"
#include "document.h"
#include "edits.h"
#include "pagetext.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;

namespace {
QByteArray between(const QByteArray &page, const QByteArray &open, const QByteArray &close)
{
    const qsizetype from = page.indexOf(open);
    if (from < 0)
        return {};
    const qsizetype start = from + open.size();
    return page.mid(start, page.indexOf(close, start) - start);
}

QByteArray cspHash(const QByteArray &content)
{
    return "'sha256-" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toBase64() + "'";
}
} // namespace

class TestContributionForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        auto doc = Document::create(m_dir.filePath(QStringLiteral("w.pamoja")),
                                    QStringLiteral("Partners & <friends> </script>"));
        QVERIFY(doc);
        m_doc = std::move(*doc);
        const QUuid id = m_doc->data().workshop().id;
        QVERIFY(m_doc->apply(edits::modify<Workshop>(m_doc->data(), id,
                                                     [](Workshop &w) {
                                                         w.languages = QStringLiteral("fr,en");
                                                         w.anonymity = QStringLiteral("named");
                                                     }),
                             QStringLiteral("settings")));
    }

    void selfContained()
    {
        const QByteArray page = form::render(m_doc->data(), form::Options());
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.size() < 80 * 1024);
        // Nothing is loaded from anywhere: no src, no link, no url(), no @import, no external href.
        for (const char *bad : {" src=", "<link", "@import", "href=\"http", "fetch(", "XMLHttpRequest",
                                "WebSocket", "sendBeacon"})
            QVERIFY2(!page.contains(bad), bad);
        QVERIFY(!between(page, "<style>", "</style>").contains("url("));
        const QByteArray csp = between(page, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("script-src " + cspHash(between(page, "<script>", "</script>"))));
        QVERIFY(csp.contains("style-src " + cspHash(between(page, "<style>", "</style>"))));
        QCOMPARE(page, form::render(m_doc->data(), form::Options())); // deterministic
    }

    void escapedAndChosenSteps()
    {
        form::Options o;
        o.steps = {2, 1};
        const QByteArray page = form::render(m_doc->data(), o);
        QVERIFY(page.contains("<h1 dir=\"auto\">Partners &amp; &lt;friends&gt; &lt;/script&gt;</h1>"));
        QCOMPARE(page.count("</script>"), 2); // the data and the script; the title cannot close either
        for (int s = 1; s <= 3; ++s)
            for (const Prompt &p : m_doc->data().prompts(s))
                QCOMPARE(page.contains("data-prompt=\"" + idString(p.id).toUtf8() + '"'), s != 3);
        QVERIFY(page.contains("id=\"step1-h\""));
        QVERIFY(!page.contains("id=\"step3-h\""));
        QVERIFY(page.indexOf("step1-h") < page.indexOf("step2-h"));
    }

    // Without JavaScript the page says what to do; the script's data is valid JSON with every language.
    void noScriptAndData()
    {
        form::Options o;
        o.language = QStringLiteral("es");
        const QByteArray page = form::render(m_doc->data(), o);
        QVERIFY(page.contains("<html lang=\"es\">"));
        const PageText es(QStringLiteral("es"));
        QVERIFY(page.contains("<noscript><p data-t=\"formNoScript\""));
        QVERIFY(page.contains(es.text("formNoScript").toHtmlEscaped().toUtf8()));
        QVERIFY(page.contains(" required aria-describedby=\"name-hint\"")); // the workshop asks for names
        QJsonParseError error;
        const QJsonDocument data =
            QJsonDocument::fromJson(between(page, "id=\"pamoja-form-data\">", "</script>"), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o2 = data.object();
        QCOMPARE(o2.value(QStringLiteral("workshop")).toString(), idString(m_doc->data().workshop().id));
        QCOMPARE(o2.value(QStringLiteral("language")).toString(), QStringLiteral("es"));
        QCOMPARE(o2.value(QStringLiteral("anonymity")).toString(), QStringLiteral("named"));
        const QJsonObject texts = o2.value(QStringLiteral("texts")).toObject();
        QCOMPARE(texts.keys(), (QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                            QStringLiteral("nl"), QStringLiteral("pt")}));
        // Every key the page or its script asks for is in each language's list.
        const QByteArray js = between(page, "<script>", "</script>");
        static const QRegularExpression used(QStringLiteral("(?:data-t=\\\\?\"|\\bt\\(')([A-Za-z0-9]+)"));
        QStringList keys;
        for (auto it = used.globalMatch(QString::fromUtf8(page)); it.hasNext();)
            keys.append(it.next().captured(1));
        keys.removeDuplicates();
        QVERIFY(keys.size() > 20);
        for (const QString &code : texts.keys())
            for (const QString &k : keys)
                QVERIFY2(!texts.value(code).toObject().value(k).toString().isEmpty(),
                         qPrintable(code + QLatin1Char(' ') + k));
        QVERIFY(js.contains("getRandomValues"));
        QVERIFY(!js.contains("randomUUID(")); // not on file:// in every browser
    }

    // An anonymous workshop asks no name at all; one that leaves it open says how to stay anonymous.
    void anonymity()
    {
        const QUuid id = m_doc->data().workshop().id;
        auto set = [&](const char *mode) {
            return m_doc->apply(
                edits::modify<Workshop>(m_doc->data(), id,
                                        [mode](Workshop &w) { w.anonymity = QString::fromLatin1(mode); }),
                QStringLiteral("anonymity"));
        };
        QVERIFY(set("anonymous"));
        QByteArray page = form::render(m_doc->data(), form::Options());
        QVERIFY(!page.contains("id=\"name\""));
        QVERIFY(page.contains("data-t=\"allAnonymous\""));
        QVERIFY(page.contains("\"anonymity\":\"anonymous\""));
        QVERIFY(set("optional"));
        page = form::render(m_doc->data(), form::Options());
        QVERIFY(page.contains("id=\"name\""));
        QVERIFY(!page.contains(" required aria-describedby=\"name-hint\""));
        QVERIFY(page.contains("data-t=\"formNameAnonymous\""));
        QVERIFY(set("named"));
    }

    // The workshop's main language when none is asked for; English when it is not one of the five.
    void defaultLanguage()
    {
        QVERIFY(form::render(m_doc->data(), form::Options()).contains("<html lang=\"fr\">"));
        const QUuid id = m_doc->data().workshop().id;
        QVERIFY(m_doc->apply(edits::modify<Workshop>(m_doc->data(), id,
                                                     [](Workshop &w) { w.languages = QStringLiteral("sw"); }),
                             QStringLiteral("settings")));
        QVERIFY(form::render(m_doc->data(), form::Options()).contains("<html lang=\"en\">"));
    }

    void writtenAtomically()
    {
        const QString path = m_dir.filePath(QStringLiteral("form.html"));
        QVERIFY(form::write(m_doc->data(), form::Options(), path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), form::render(m_doc->data(), form::Options()));
        const Status s =
            form::write(m_doc->data(), form::Options(), m_dir.filePath(QStringLiteral("missing/form.html")));
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("missing/form.html")), qPrintable(s.error()));
        // A form that would ask nothing is not written.
        auto empty = Document::create(m_dir.filePath(QStringLiteral("empty.pamoja")), QStringLiteral("Empty"),
                                      Document::Seed::Empty);
        QVERIFY(empty);
        const Status none =
            form::write((*empty)->data(), form::Options(), m_dir.filePath(QStringLiteral("none.html")));
        QVERIFY(!none);
        QVERIFY2(none.error().contains(QStringLiteral("no prompts")), qPrintable(none.error()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.html"))));
    }
};

QTEST_GUILESS_MAIN(TestContributionForm)
#include "tst_contributionform.moc"
