#include "pagerenderer.h"

#include "i18n.h"
#include "pagetext.h"

#include <QHash>

#include <algorithm>

namespace pamoja {

namespace {
QString e(const QString &s)
{
    return PageRenderer::escape(s);
}

// Attributes for a text that came from a person: its own direction, and its language when known.
QString userText(const QString &language)
{
    if (language.isEmpty())
        return QStringLiteral(" dir=\"auto\"");
    return QStringLiteral(" dir=\"auto\" lang=\"%1\"").arg(e(language));
}

QString checkbox(const QString &id, const QString &name, const QString &label, const QString &hint = {})
{
    QString out = QStringLiteral("<div class=\"check\"><input type=\"checkbox\" id=\"%1\" name=\"%2\" value=\"1\"%3>"
                                 "<label for=\"%1\">%4</label></div>")
                      .arg(id, name, hint.isEmpty() ? QString() : QStringLiteral(" aria-describedby=\"%1-hint\"").arg(id),
                           e(label));
    if (!hint.isEmpty())
        out += QStringLiteral("<p class=\"hint\" id=\"%1-hint\">%2</p>").arg(id, e(hint));
    return out;
}

QString csrfField(const ParticipantView &v)
{
    return QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"%1\">").arg(e(v.csrf));
}
} // namespace

QString PageRenderer::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1StringView("&amp;"); break;
        case '<': out += QLatin1StringView("&lt;"); break;
        case '>': out += QLatin1StringView("&gt;"); break;
        case '"': out += QLatin1StringView("&quot;"); break;
        case '\'': out += QLatin1StringView("&#39;"); break;
        case 0: out += QChar(0xFFFD); break; // a NUL would end the text in some parsers
        default: out += c;
        }
    }
    return out;
}

QString PageRenderer::languageName(const QString &code)
{
    // QLocale adds the country ("American English", "español de España"); the language alone is meant.
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("nl"), QStringLiteral("Nederlands")},
                                               {QStringLiteral("fr"), QStringLiteral("Français")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("pt"), QStringLiteral("Português")}};
    const auto it = names.constFind(code);
    return it != names.constEnd() ? *it : i18n::nativeName(code);
}

QByteArray PageRenderer::render(const ParticipantView &v)
{
    const PageText t(v.language);
    const QString lang = t.language();
    const QString title = v.title.isEmpty() ? t.text("brand") : v.title;

    QString html;
    html.reserve(8192);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<title>%2</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n"
                           "<script src=\"/static/app.js\"></script>\n</head>\n")
                .arg(lang, e(title));
    html += QStringLiteral("<body data-version=\"%1\"%2>\n<a class=\"skip\" href=\"#main\">%3</a>\n")
                .arg(QString::number(v.version), v.joined ? QStringLiteral(" data-joined=\"1\"") : QString(),
                     e(t.text("skip")));

    // Header: the workshop and the page's languages (each named in its own language).
    html += QStringLiteral("<header class=\"top\">\n<p class=\"brand\">%1</p>\n<h1 dir=\"auto\">%2</h1>\n"
                           "<nav aria-label=\"%3\"><ul class=\"langs\">")
                .arg(e(t.text("brand")), e(title), e(t.text("language")));
    const QString query = v.joined || v.joinCode.isEmpty() ? QString() : QStringLiteral("&amp;code=") + e(v.joinCode);
    for (const QString &code : i18n::supportedLanguages()) {
        html += QStringLiteral("<li><a href=\"/?lang=%1%2\" lang=\"%1\" hreflang=\"%1\"%3>%4</a></li>")
                    .arg(code, query, code == lang ? QStringLiteral(" aria-current=\"true\"") : QString(),
                         e(languageName(code)));
    }
    html += QStringLiteral("</ul></nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n"
                           "<p id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n");
    if (!v.notice.isEmpty()) {
        html += QStringLiteral("<p class=\"notice%1\" role=\"alert\">%2</p>\n")
                    .arg(v.noticeIsError ? QStringLiteral(" error") : QString(), e(v.notice));
    }
    if (v.joined) {
        html += joined(v, t);
    } else {
        html += joinForm(v, t);
        // What the script shows once it has joined through /api/join, in the same words.
        ParticipantView empty;
        empty.language = v.language;
        empty.joined = true;
        empty.anonymity = v.anonymity;
        empty.paused = v.paused;
        html += QStringLiteral("<template id=\"joined-template\">\n") + joined(empty, t) +
                QStringLiteral("</template>\n");
    }
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html.toUtf8();
}

QString PageRenderer::joinForm(const ParticipantView &v, const PageText &t)
{
    QString h = QStringLiteral("<section class=\"card\" id=\"join\" aria-labelledby=\"join-h\">\n<h2 id=\"join-h\">%1</h2>\n"
                               "<form id=\"join-form\" method=\"post\" action=\"/join\">\n")
                    .arg(e(t.text("joinTitle")));
    h += QStringLiteral("<div class=\"field\"><label for=\"code\">%1</label>"
                        "<input id=\"code\" name=\"code\" value=\"%2\" required minlength=\"6\" maxlength=\"6\" "
                        "autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\" class=\"code\" "
                        "aria-describedby=\"code-hint\">"
                        "<p class=\"hint\" id=\"code-hint\">%3</p></div>\n")
             .arg(e(t.text("code")), e(v.joinCode), e(t.text("codeHint")));
    if (v.anonymity == QLatin1StringView("anonymous")) {
        h += QStringLiteral("<p class=\"hint\">%1</p><input type=\"hidden\" name=\"anonymous\" value=\"1\">\n")
                 .arg(e(t.text("allAnonymous")));
    } else {
        const bool named = v.anonymity == QLatin1StringView("named");
        h += QStringLiteral("<div class=\"field\" id=\"name-field\"><label for=\"name\">%1</label>"
                            "<input id=\"name\" name=\"name\" maxlength=\"80\" autocomplete=\"nickname\" dir=\"auto\"%2 "
                            "aria-describedby=\"name-hint\"><p class=\"hint\" id=\"name-hint\">%3</p></div>\n")
                 .arg(e(t.text("name")), named ? QStringLiteral(" required") : QString(), e(t.text("nameHint")));
        if (!named)
            h += checkbox(QStringLiteral("anonymous"), QStringLiteral("anonymous"), t.text("anonymous"),
                          t.text("anonymousHint")) + QLatin1Char('\n');
    }
    if (v.askConstituency) {
        h += QStringLiteral("<fieldset class=\"field\"><legend>%1</legend>").arg(e(t.text("constituency")));
        const std::pair<const char *, const char *> options[] = {{"south", "constituencySouth"},
                                                                 {"north", "constituencyNorth"},
                                                                 {"donor", "constituencyDonor"},
                                                                 {"other", "constituencyOther"}};
        for (const auto &[code, key] : options) {
            h += QStringLiteral("<div class=\"radio\"><input type=\"radio\" name=\"constituency\" id=\"c-%1\" "
                                "value=\"%1\" required><label for=\"c-%1\">%2</label></div>")
                     .arg(QLatin1StringView(code), e(t.text(key)));
        }
        h += QStringLiteral("</fieldset>\n");
    }
    h += QStringLiteral("<div class=\"field\"><label for=\"language\">%1</label><select id=\"language\" name=\"language\">")
             .arg(e(t.text("language")));
    for (const QString &code : i18n::supportedLanguages()) {
        h += QStringLiteral("<option value=\"%1\" lang=\"%1\"%2>%3</option>")
                 .arg(code, code == t.language() ? QStringLiteral(" selected") : QString(), e(languageName(code)));
    }
    h += QStringLiteral("</select></div>\n<button type=\"submit\" class=\"primary\">%1</button>\n</form>\n</section>\n")
             .arg(e(t.text("join")));
    return h;
}

QString PageRenderer::joined(const ParticipantView &v, const PageText &t)
{
    QString h = QStringLiteral("<p class=\"who\"><span id=\"who\">%1</span></p>\n")
                    .arg(v.displayName.isEmpty()
                             ? QString()
                             : e(t.text("joined")).replace(QLatin1StringView("%1"),
                                                           QStringLiteral("<b dir=\"auto\">%1</b>").arg(e(v.displayName))));
    const char *stepKey = v.step == 2 ? "step2" : v.step == 3 ? "step3" : "step1";
    h += QStringLiteral("<section class=\"card prompt\" id=\"prompt\" aria-labelledby=\"prompt-h\">\n"
                        "<h2 id=\"prompt-h\"><span class=\"eyebrow\" id=\"step\">%1</span> <span class=\"vh\">%2</span></h2>\n"
                        "<p class=\"question\" id=\"question\" dir=\"auto\">%3</p>\n</section>\n")
             .arg(e(t.text(stepKey)), e(t.text("prompt")), e(v.promptText));
    h += ideaForm(v, t);
    h += mine(v, t);
    h += round(v, t);
    h += board(v, t);
    h += report(v, t);
    h += QStringLiteral("<noscript><p class=\"hint\">%1</p></noscript>\n").arg(e(t.text("noScript")));
    return h;
}

QString PageRenderer::ideaForm(const ParticipantView &v, const PageText &t)
{
    QString h = QStringLiteral("<section class=\"card\" id=\"contribute\" aria-labelledby=\"idea-h\">\n"
                               "<form id=\"idea-form\" method=\"post\" action=\"/ideas\">%1"
                               "<input type=\"hidden\" name=\"id\" value=\"%2\">\n"
                               "<h2 id=\"idea-h\"><label for=\"idea-text\">%3</label></h2>\n")
                    .arg(csrfField(v), e(v.nextIdeaId), e(t.text("idea")));
    h += QStringLiteral("<p class=\"notice\" id=\"paused\"%1>%2</p>\n")
             .arg(v.paused ? QString() : QStringLiteral(" hidden"), e(t.text("paused")));
    h += QStringLiteral("<textarea id=\"idea-text\" name=\"text\" rows=\"3\" maxlength=\"2000\" required dir=\"auto\" "
                        "aria-describedby=\"idea-hint\"></textarea>\n<p class=\"hint\" id=\"idea-hint\">%1</p>\n")
             .arg(e(t.text("ideaHint")));
    if (v.anonymity == QLatin1StringView("optional") && !v.anonymous)
        h += checkbox(QStringLiteral("idea-anonymous"), QStringLiteral("anonymous"), t.text("sendAnonymously"));
    h += QStringLiteral("<button type=\"submit\" class=\"primary\">%1</button>\n</form>\n</section>\n").arg(e(t.text("send")));
    return h;
}

QString PageRenderer::mine(const ParticipantView &v, const PageText &t)
{
    QString h = QStringLiteral("<section class=\"card\" id=\"mine\" aria-labelledby=\"mine-h\">\n<h2 id=\"mine-h\">%1</h2>\n"
                               "<p class=\"empty\" id=\"mine-empty\"%2>%3</p>\n<ul class=\"ideas\" id=\"mine-list\">\n")
                    .arg(e(t.text("mine")), v.mine.isEmpty() ? QString() : QStringLiteral(" hidden"), e(t.text("mineEmpty")));
    for (const auto &idea : v.mine) {
        const char *state = idea.revealed ? "revealed" : idea.status == QLatin1StringView("held") ? "held" : "saved";
        h += QStringLiteral("<li data-id=\"%1\"><p class=\"text\" dir=\"auto\">%2</p><p class=\"state state-%3\">%4</p>")
                 .arg(e(idea.id), e(idea.text), QLatin1StringView(state), e(t.text(state)));
        if (!idea.revealed) {
            // <details> opens the edit form without JavaScript.
            h += QStringLiteral("<details class=\"edit\"><summary>%1</summary>"
                                "<form method=\"post\" action=\"/ideas/%2\">%3<label for=\"edit-%2\">%4</label>"
                                "<textarea id=\"edit-%2\" name=\"text\" rows=\"3\" maxlength=\"2000\" required dir=\"auto\">%5"
                                "</textarea><button type=\"submit\">%6</button></form></details>"
                                "<form method=\"post\" action=\"/ideas/%2/withdraw\" class=\"inline\">%3"
                                "<button type=\"submit\" class=\"quiet\">%7</button></form>")
                     .arg(e(t.text("edit")), e(idea.id), csrfField(v), e(t.text("editLabel")), e(idea.text),
                          e(t.text("save")), e(t.text("withdraw")));
        }
        h += QStringLiteral("</li>\n");
    }
    h += QStringLiteral("</ul>\n</section>\n");
    return h;
}

QString PageRenderer::round(const ParticipantView &v, const PageText &t)
{
    if (!v.round)
        return QStringLiteral("<section class=\"card\" id=\"vote\" aria-labelledby=\"vote-h\" hidden></section>\n");
    const auto &r = *v.round;
    QString h = QStringLiteral("<section class=\"card\" id=\"vote\" aria-labelledby=\"vote-h\" data-round=\"%1\">\n"
                               "<h2 id=\"vote-h\"><span class=\"eyebrow\">%2</span> <span dir=\"auto\">%3</span></h2>\n<p class=\"hint\">%4</p>\n"
                               "<p class=\"dots-left\" id=\"dots-left\">%5</p>\n")
                    .arg(e(r.id), e(t.text("vote")), e(r.title),
                         e(t.text("voteHint").arg(r.dots).arg(r.maxPerItem)),
                         e(t.text("dotsLeft").arg(r.remaining).arg(r.dots)));
    h += QStringLiteral("<form id=\"vote-form\" method=\"post\" action=\"/votes\">%1"
                        "<input type=\"hidden\" name=\"round\" value=\"%2\">\n<ul class=\"vote-items\">\n")
             .arg(csrfField(v), e(r.id));
    for (const auto &item : r.items) {
        // Choices up to what the item already has plus what is left, within the per-item limit.
        const int most = std::min(r.maxPerItem, item.myDots + r.remaining);
        h += QStringLiteral("<li data-id=\"%1\"><label for=\"dots-%1\" dir=\"auto\">%2</label><select id=\"dots-%1\" "
                            "name=\"dots_%1\">")
                 .arg(e(item.id), e(item.text));
        for (int n = 0; n <= std::max(most, item.myDots); ++n) {
            h += QStringLiteral("<option value=\"%1\"%2>%1</option>")
                     .arg(QString::number(n), n == item.myDots ? QStringLiteral(" selected") : QString());
        }
        h += QStringLiteral("</select></li>\n");
    }
    h += QStringLiteral("</ul>\n<button type=\"submit\" class=\"primary\" id=\"save-dots\">%1</button>\n</form>\n</section>\n")
             .arg(e(t.text("saveDots")));
    return h;
}

QString PageRenderer::board(const ParticipantView &v, const PageText &t)
{
    const bool empty = v.clusters.isEmpty() && v.loose.isEmpty();
    QString h = QStringLiteral("<section class=\"card\" id=\"board\" aria-labelledby=\"board-h\">\n<h2 id=\"board-h\">%1</h2>\n"
                               "<p class=\"empty\" id=\"board-empty\"%2>%3</p>\n<div id=\"board-list\">\n")
                    .arg(e(t.text("board")), empty ? QString() : QStringLiteral(" hidden"), e(t.text("boardEmpty")));
    auto ideas = [](const QList<ParticipantView::Idea> &list) {
        QString out = QStringLiteral("<ul class=\"ideas\">");
        for (const auto &i : list) {
            out += QStringLiteral("<li%1>%2").arg(userText(i.language), e(i.text));
            if (!i.author.isEmpty())
                out += QStringLiteral(" <span class=\"author\" dir=\"auto\">%1</span>").arg(e(i.author));
            out += QStringLiteral("</li>");
        }
        return out + QStringLiteral("</ul>\n");
    };
    for (const auto &c : v.clusters) {
        h += QStringLiteral("<div class=\"cluster\"><h3 dir=\"auto\">%1</h3>").arg(e(c.title));
        h += ideas(c.ideas) + QStringLiteral("</div>\n");
    }
    if (!v.loose.isEmpty()) {
        h += QStringLiteral("<div class=\"cluster loose\"><h3>%1</h3>").arg(e(t.text("loose")));
        h += ideas(v.loose) + QStringLiteral("</div>\n");
    }
    h += QStringLiteral("</div>\n</section>\n");
    return h;
}

QString PageRenderer::report(const ParticipantView &v, const PageText &t)
{
    QString h = QStringLiteral("<section class=\"card\" id=\"report\" aria-labelledby=\"report-h\"%1>\n<h2 id=\"report-h\">%2</h2>\n"
                               "<ul class=\"links\" id=\"report-list\">")
                    .arg(v.reportPublished ? QString() : QStringLiteral(" hidden"), e(t.text("report")));
    if (v.reportPublished) {
        for (const QString &code : v.reportLanguages) {
            h += QStringLiteral("<li><a href=\"/report.pdf?lang=%1\" hreflang=\"%1\">%2</a></li>")
                     .arg(e(code), e(t.text("download").arg(languageName(code))));
        }
    }
    h += QStringLiteral("</ul>\n</section>\n");
    return h;
}

} // namespace pamoja
