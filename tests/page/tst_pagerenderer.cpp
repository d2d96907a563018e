// The participant page rendered on the server: the join form as the workshop asks it, the joined page's
// forms posting to the contract's routes, every user string escaped, no inline script or style, and a
// first load well under the page's weight budget.

#include "i18n.h"
#include "pagerenderer.h"
#include "pagetext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using pamoja::PageRenderer;
using pamoja::ParticipantView;

namespace {
QString html(const ParticipantView &v)
{
    return QString::fromUtf8(PageRenderer::render(v));
}

ParticipantView joinedView()
{
    ParticipantView v;
    v.joined = true;
    v.csrf = QStringLiteral("csrf-token-1");
    v.displayName = QStringLiteral("Amina");
    v.nextIdeaId = QStringLiteral("7f0e6f1e-0000-4000-8000-000000000001");
    v.title = QStringLiteral("Partnerships 2030");
    v.step = 2;
    v.promptText = QStringLiteral("What has to change?");
    v.mine = {{QStringLiteral("id-held"), QStringLiteral("Shared budgets"), false, QStringLiteral("held")},
              {QStringLiteral("id-shown"), QStringLiteral("Joint calls"), true, QStringLiteral("saved")}};
    ParticipantView::Round r;
    r.id = QStringLiteral("round-1");
    r.title = QStringLiteral("Priorities");
    r.dots = 3;
    r.maxPerItem = 2;
    r.remaining = 1;
    r.items = {{QStringLiteral("item-a"), QStringLiteral("Local leadership"), 2},
               {QStringLiteral("item-b"), QStringLiteral("Direct funding"), 0}};
    v.round = r;
    v.clusters = {{QStringLiteral("c1"), QStringLiteral("Money"),
                   {{QStringLiteral("i1"), QStringLiteral("Pooled funds"), QStringLiteral("en"), QString()},
                    {QStringLiteral("i2"), QStringLiteral("تمويل مباشر"), QStringLiteral("ar"), QStringLiteral("Karim")}}}};
    v.loose = {{QStringLiteral("i3"), QStringLiteral("Fonds partagés"), QStringLiteral("fr"), QString()}};
    v.reportPublished = true;
    v.reportLanguages = {QStringLiteral("en"), QStringLiteral("fr")};
    return v;
}
} // namespace

class TestPageRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinFormAsTheWorkshopAsks_data()
    {
        QTest::addColumn<QString>("anonymity");
        QTest::addColumn<bool>("askConstituency");
        QTest::addColumn<bool>("nameField");
        QTest::addColumn<bool>("nameRequired");
        QTest::addColumn<bool>("anonymousBox");
        QTest::newRow("optional") << QStringLiteral("optional") << false << true << false << true;
        QTest::newRow("named") << QStringLiteral("named") << false << true << true << false;
        QTest::newRow("anonymous") << QStringLiteral("anonymous") << true << false << false << false;
    }

    void joinFormAsTheWorkshopAsks()
    {
        QFETCH(QString, anonymity);
        QFETCH(bool, askConstituency);
        QFETCH(bool, nameField);
        QFETCH(bool, nameRequired);
        QFETCH(bool, anonymousBox);
        ParticipantView v;
        v.anonymity = anonymity;
        v.askConstituency = askConstituency;
        v.joinCode = QStringLiteral("ACD347");
        const QString h = html(v);
        QVERIFY(h.contains(QLatin1StringView("<form id=\"join-form\" method=\"post\" action=\"/join\">")));
        QVERIFY(h.contains(QLatin1StringView("name=\"code\" value=\"ACD347\"")));
        QCOMPARE(h.contains(QLatin1StringView("id=\"name\" name=\"name\"")), nameField);
        QCOMPARE(h.contains(QLatin1StringView("dir=\"auto\" required")), nameRequired);
        QCOMPARE(h.contains(QLatin1StringView("type=\"checkbox\" id=\"anonymous\" name=\"anonymous\" value=\"1\"")), anonymousBox);
        QCOMPARE(h.contains(QLatin1StringView("type=\"hidden\" name=\"anonymous\" value=\"1\"")), anonymity == QLatin1StringView("anonymous"));
        QCOMPARE(h.count(QLatin1StringView("name=\"constituency\"")), askConstituency ? 4 : 0);
        for (const QString &code : pamoja::i18n::supportedLanguages())
            QVERIFY(h.contains(QStringLiteral("<option value=\"%1\"").arg(code)));
        // The script builds the joined page from this template after /api/join.
        QVERIFY(h.contains(QLatin1StringView("<template id=\"joined-template\">")));
        QVERIFY(!h.contains(QLatin1StringView("data-joined")));
    }

    void joinedPageForms()
    {
        const QString h = html(joinedView());
        QVERIFY(h.contains(QLatin1StringView("data-joined=\"1\"")));
        QVERIFY(!h.contains(QLatin1StringView("id=\"join-form\"")));
        QVERIFY(!h.contains(QLatin1StringView("<template")));
        QVERIFY(h.contains(QLatin1StringView("<form id=\"idea-form\" method=\"post\" action=\"/ideas\">")));
        QVERIFY(h.contains(QLatin1StringView("name=\"id\" value=\"7f0e6f1e-0000-4000-8000-000000000001\"")));
        // Every form that posts carries the session's CSRF token.
        const int forms = int(h.count(QLatin1StringView("method=\"post\"")));
        QCOMPARE(forms, 1 /* idea */ + 2 /* edit + withdraw of the held idea */ + 1 /* votes */);
        QCOMPARE(int(h.count(QLatin1StringView("name=\"csrf\" value=\"csrf-token-1\""))), forms);
        // Only the idea not yet revealed can be edited or withdrawn.
        QVERIFY(h.contains(QLatin1StringView("action=\"/ideas/id-held/withdraw\"")));
        QVERIFY(h.contains(QLatin1StringView("action=\"/ideas/id-held\"")));
        QVERIFY(!h.contains(QLatin1StringView("/ideas/id-shown")));
        // Votes: one select per item, the current dots selected, no choice beyond what is left.
        QVERIFY(h.contains(QLatin1StringView("action=\"/votes\"")));
        QVERIFY(h.contains(QLatin1StringView("name=\"round\" value=\"round-1\"")));
        QVERIFY(h.contains(QLatin1StringView("name=\"dots_item-a\"><option value=\"0\">0</option><option value=\"1\">1</option>"
                                             "<option value=\"2\" selected>2</option></select>")));
        QVERIFY(h.contains(QLatin1StringView("name=\"dots_item-b\"><option value=\"0\" selected>0</option><option value=\"1\">1</option></select>")));
        QVERIFY(h.contains(QLatin1StringView("Dots left: 1 of 3")));
        // The board: user text keeps its own direction and language; a consenting author is named.
        QVERIFY(h.contains(QStringLiteral("<li dir=\"auto\" lang=\"ar\">تمويل مباشر <span class=\"author\" dir=\"auto\">Karim</span></li>")));
        QVERIFY(h.contains(QLatin1StringView("<h3 dir=\"auto\">Money</h3>")));
        QVERIFY(h.contains(QLatin1StringView("Not in a group")));
        QVERIFY(h.contains(QLatin1StringView("href=\"/report.pdf?lang=fr\"")));
        QVERIFY(h.contains(QLatin1StringView("Step 2: System change")));
        QVERIFY(h.contains(QLatin1StringView("<b dir=\"auto\">Amina</b>")));
    }

    void nothingOptionalWhenAbsent()
    {
        ParticipantView v = joinedView();
        v.round.reset();
        v.clusters.clear();
        v.loose.clear();
        v.mine.clear();
        v.reportPublished = false;
        const QString h = html(v);
        QVERIFY(!h.contains(QLatin1StringView("action=\"/votes\"")));
        QVERIFY(h.contains(QLatin1StringView("id=\"vote\" aria-labelledby=\"vote-h\" hidden")));
        QVERIFY(h.contains(QLatin1StringView("<p class=\"empty\" id=\"board-empty\">")));
        QVERIFY(h.contains(QLatin1StringView("<p class=\"empty\" id=\"mine-empty\">")));
        QVERIFY(h.contains(QLatin1StringView("id=\"report\" aria-labelledby=\"report-h\" hidden")));
        QVERIFY(!h.contains(QLatin1StringView("report.pdf")));
    }

    void hostileTextIsEscaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
        QTest::newRow("attribute break") << QStringLiteral("\"><img src=x onerror=alert(1)>");
        QTest::newRow("single quote") << QStringLiteral("' onmouseover='alert(1)");
        QTest::newRow("entity") << QStringLiteral("&lt;b&gt; & </textarea><b>");
        QTest::newRow("comment") << QStringLiteral("--><!-- <style>");
    }

    void hostileTextIsEscaped()
    {
        QFETCH(QString, text);
        ParticipantView v = joinedView();
        v.title = v.promptText = v.displayName = v.csrf = v.nextIdeaId = text;
        v.mine[0].text = v.mine[0].id = text;
        v.round->title = v.round->id = v.round->items[0].text = v.round->items[0].id = text;
        v.clusters[0].title = v.clusters[0].ideas[0].text = v.clusters[0].ideas[1].author = text;
        v.clusters[0].ideas[0].language = v.loose[0].text = v.notice = text;
        v.reportLanguages = {text};
        ParticipantView join;
        join.joinCode = join.title = join.notice = text;
        for (const ParticipantView &view : {v, join}) {
            const QString h = html(view);
            QVERIFY2(!h.contains(text), qPrintable(text));
            QVERIFY(h.contains(PageRenderer::escape(text)));
        }
    }

    void escape()
    {
        QCOMPARE(PageRenderer::escape(QStringLiteral("a<b>&\"'c")), QStringLiteral("a&lt;b&gt;&amp;&quot;&#39;c"));
        QCOMPARE(PageRenderer::escape(QString(QChar(0))), QString(QChar(0xFFFD)));
    }

    // The CSP forbids inline script and style: only the page's own files are referenced.
    void noInlineScriptOrStyle()
    {
        ParticipantView join;
        join.askConstituency = true;
        for (const ParticipantView &view : {joinedView(), join}) {
            const QString h = html(view);
            QCOMPARE(int(h.count(QLatin1StringView("<script"))), 1);
            QVERIFY(h.contains(QLatin1StringView("<script src=\"/static/app.js\"></script>")));
            QVERIFY(!h.contains(QLatin1StringView("<style")));
            QVERIFY(!h.contains(QRegularExpression(QStringLiteral("\\s(style|on[a-z]+)="))));
            QVERIFY(!h.contains(QRegularExpression(QStringLiteral("(src|href)=\"(https?:)?//"))));
        }
    }

    void everyLanguage_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : pamoja::i18n::supportedLanguages())
            QTest::newRow(qPrintable(code)) << code;
        QTest::newRow("unknown") << QStringLiteral("xx\"><b>");
    }

    // Every page string the renderer asks for exists, in every language and state.
    void everyLanguage()
    {
        QFETCH(QString, code);
        ParticipantView join;
        join.language = code;
        join.askConstituency = true;
        ParticipantView joined = joinedView();
        joined.language = code;
        joined.paused = true;
        joined.notice = QStringLiteral("n");
        for (const ParticipantView &view : {join, joined}) {
            const QString h = html(view);
            const QString lang = pamoja::i18n::supportedLanguages().contains(code) ? code : QStringLiteral("en");
            QVERIFY(h.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"ltr\">").arg(lang)));
            QVERIFY(h.contains(QStringLiteral("aria-current=\"true\">%1</a>").arg(PageRenderer::languageName(lang))));
            const auto unknown = QRegularExpression(QStringLiteral("\\[[A-Za-z0-9]+\\]")).match(h);
            QVERIFY2(!unknown.hasMatch(), qPrintable(unknown.captured()));
            QVERIFY(h.contains(QLatin1StringView("<main id=\"main\"")));
            QVERIFY(h.contains(QLatin1StringView("role=\"status\" aria-live=\"polite\"")));
        }
    }

    // A first load (page + script + style) stays far below 60 KB even uncompressed.
    void firstLoadWeight()
    {
        ParticipantView v = joinedView();
        for (int i = 0; i < 40; ++i)
            v.loose.append({QStringLiteral("x%1").arg(i), QStringLiteral("An idea of about sixty characters, as people write them."),
                            QStringLiteral("en"), QString()});
        qint64 total = PageRenderer::render(v).size();
        for (const char *name : {"app.js", "app.css"}) {
            QFile f(QStringLiteral(PAMOJA_SOURCE_DIR "/core/live/web/") + QLatin1StringView(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            total += f.size();
        }
        qInfo("first load, uncompressed: %lld bytes", total);
        QVERIFY2(total < 60 * 1024, qPrintable(QString::number(total)));
    }
};

QTEST_GUILESS_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
