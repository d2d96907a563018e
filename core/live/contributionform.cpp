#include "contributionform.h"

#include "domain/constituency.h"
#include "i18n.h"
#include "pagerenderer.h"
#include "pagetext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace pamoja::form {

namespace {

QString e(const QString &s)
{
    return PageRenderer::escape(s);
}

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/form/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The page's strings from the participant page's catalogue: its own ("form...") and those it shares.
QList<QByteArray> keys()
{
    QList<QByteArray> out{"allAnonymous",
                          "brand",
                          "constituency",
                          "constituencyDonor",
                          "constituencyNorth",
                          "constituencyOther",
                          "constituencySouth",
                          "empty",
                          "idea",
                          "ideaHint",
                          "language",
                          "name",
                          "sendAnonymously",
                          "skip",
                          "step1",
                          "step2",
                          "step3"};
    for (int i = 0; i < PageText::count(); ++i)
        if (qstrncmp(PageText::key(i), "form", 4) == 0)
            out.append(PageText::key(i));
    return out;
}

QString hashSource(const QByteArray &content)
{
    return QStringLiteral("'sha256-%1'")
        .arg(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toBase64()));
}

// Elements the script translates carry data-t; without the script they keep the page's language.
QString tagged(const char *element, const char *key, const PageText &t, const QString &attributes = {})
{
    return QStringLiteral("<%1 data-t=\"%2\"%3>%4</%1>")
        .arg(QLatin1StringView(element), QLatin1StringView(key), attributes, e(t.text(key)));
}

QString aboutYou(const WorkshopData &data, const PageText &t)
{
    const QString anonymity = data.workshop().anonymity;
    QString h = QStringLiteral("<fieldset class=\"card js\" id=\"about\" hidden>\n") +
                tagged("legend", "formAbout", t) + QLatin1Char('\n');
    if (anonymity == QLatin1StringView("anonymous")) {
        h += tagged("p", "allAnonymous", t, QStringLiteral(" class=\"hint\"")) + QLatin1Char('\n');
    } else {
        const bool named = anonymity == QLatin1StringView("named");
        h += QStringLiteral("<div class=\"field\">") +
             tagged("label", "name", t, QStringLiteral(" for=\"name\"")) +
             QStringLiteral("<input id=\"name\" maxlength=\"80\" autocomplete=\"name\" dir=\"auto\"%1 "
                            "aria-describedby=\"name-hint\">")
                 .arg(named ? QStringLiteral(" required") : QString()) +
             tagged("p", named ? "formNameRequired" : "formNameAnonymous", t,
                    QStringLiteral(" class=\"hint\" id=\"name-hint\"")) +
             QStringLiteral("</div>\n");
    }
    h += QStringLiteral("<div class=\"field\">") +
         tagged("label", "constituency", t, QStringLiteral(" for=\"constituency\"")) +
         QStringLiteral("<select id=\"constituency\">") +
         tagged("option", "formConstituencyNone", t, QStringLiteral(" value=\"\""));
    const std::pair<const char *, const char *> options[] = {{"south", "constituencySouth"},
                                                             {"north", "constituencyNorth"},
                                                             {"donor", "constituencyDonor"},
                                                             {"other", "constituencyOther"}};
    for (const auto &[code, key] : options)
        h += tagged("option", key, t, QStringLiteral(" value=\"%1\"").arg(QLatin1StringView(code)));
    h += QStringLiteral("</select></div>\n</fieldset>\n");
    return h;
}

QString saveSection(const PageText &t)
{
    return QStringLiteral("<section class=\"card js\" id=\"send\" aria-labelledby=\"send-h\" hidden>\n") +
           tagged("h2", "formSend", t, QStringLiteral(" id=\"send-h\"")) + QLatin1Char('\n') +
           tagged("p", "formSaveHint", t, QStringLiteral(" class=\"hint\" id=\"save-hint\"")) +
           QStringLiteral("\n<p id=\"count\"></p>\n") +
           tagged("button", "formSave", t,
                  QStringLiteral(" type=\"button\" id=\"save\" aria-describedby=\"save-hint\"")) +
           QStringLiteral("\n<div id=\"result\" class=\"result\" hidden>\n") +
           tagged("p", "formChanged", t, QStringLiteral(" id=\"stale\" class=\"notice\" hidden")) +
           QStringLiteral("<p>") +
           tagged("a", "formDownload", t, QStringLiteral(" id=\"download\" class=\"button\" href=\"#\"")) +
           QStringLiteral("</p>\n<div class=\"field\">") +
           tagged("label", "formPacket", t, QStringLiteral(" for=\"packet\"")) +
           tagged("p", "formPacketHint", t, QStringLiteral(" class=\"hint\" id=\"packet-hint\"")) +
           QStringLiteral(
               "<textarea id=\"packet\" class=\"packet\" rows=\"10\" readonly spellcheck=\"false\" "
               "aria-describedby=\"packet-hint\"></textarea></div>\n") +
           tagged("button", "formCopy", t, QStringLiteral(" type=\"button\" id=\"copy\"")) +
           QStringLiteral("\n</div>\n") + tagged("p", "formKept", t, QStringLiteral(" class=\"hint\"")) +
           QStringLiteral("\n</section>\n");
}

} // namespace

QStringList languages()
{
    return i18n::supportedLanguages();
}

QByteArray render(const WorkshopData &data, const Options &options)
{
    const Workshop &w = data.workshop();
    QString language = options.language;
    if (!languages().contains(language))
        language = w.languages.section(QLatin1Char(','), 0, 0).trimmed();
    const PageText t(language); // English when the workshop's language is not one of the five
    language = t.language();
    QList<int> steps = options.steps;
    if (steps.isEmpty())
        steps = {step::First, 2, step::Last};
    std::sort(steps.begin(), steps.end());
    const QString title = w.title.isEmpty() ? t.text("brand") : w.title;

    // What the script needs; '<' escaped so no text can close the script element.
    QJsonObject texts;
    for (const QString &code : languages())
        texts.insert(code, QJsonDocument::fromJson(PageText(code).json(keys())).object());
    QJsonObject config;
    config.insert(QStringLiteral("workshop"), idString(w.id));
    config.insert(QStringLiteral("title"), w.title);
    config.insert(QStringLiteral("anonymity"), w.anonymity);
    config.insert(QStringLiteral("language"), language);
    config.insert(QStringLiteral("texts"), texts);
    QByteArray json = QJsonDocument(config).toJson(QJsonDocument::Compact);
    json.replace('<', "\\u003c");

    const QByteArray css = resource(QStringLiteral("form.css"));
    const QByteArray js = resource(QStringLiteral("form.js"));
    // Nothing may load or send anything: only this page's own style and script run.
    const QString csp = QStringLiteral("default-src 'none'; style-src %1; script-src %2; img-src data:; "
                                       "base-uri 'none'; form-action 'none'")
                            .arg(hashSource(css), hashSource(js));

    QString h;
    h.reserve(16384);
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"%2\">\n"
                        "<meta name=\"generator\" content=\"Pamoja\">\n<title>%3 \u2013 %4</title>\n<style>")
             .arg(language, csp, e(title), e(t.text("formTitle")));
    h += QString::fromUtf8(css);
    h += QStringLiteral("</style>\n</head>\n<body>\n") +
         tagged("a", "skip", t, QStringLiteral(" class=\"skip\" href=\"#main\"")) +
         QStringLiteral("\n<header class=\"top\">\n") +
         tagged("p", "brand", t, QStringLiteral(" class=\"brand\"")) +
         QStringLiteral("\n<h1 dir=\"auto\">%1</h1>\n").arg(e(title)) +
         tagged("p", "formTitle", t, QStringLiteral(" class=\"sub\"")) +
         QStringLiteral("\n<div class=\"langpick js\" hidden>") +
         tagged("label", "language", t, QStringLiteral(" for=\"lang\"")) +
         QStringLiteral("<select id=\"lang\">");
    for (const QString &code : languages())
        h += QStringLiteral("<option value=\"%1\" lang=\"%1\"%2>%3</option>")
                 .arg(code, code == language ? QStringLiteral(" selected") : QString(),
                      e(PageRenderer::languageName(code)));
    h += QStringLiteral("</select></div>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n<noscript>") +
         tagged("p", "formNoScript", t, QStringLiteral(" class=\"notice\" id=\"noscript\"")) +
         QStringLiteral("</noscript>\n") +
         tagged("p", "formIntro", t, QStringLiteral(" class=\"js\" hidden")) + QLatin1Char('\n') +
         aboutYou(data, t);
    for (int s : steps) {
        const QList<Prompt> prompts = data.prompts(s);
        if (prompts.isEmpty())
            continue;
        const QByteArray key = "step" + QByteArray::number(s);
        h += QStringLiteral("<section class=\"card step\" aria-labelledby=\"step%1-h\">\n").arg(s) +
             tagged("h2", key.constData(), t, QStringLiteral(" id=\"step%1-h\"").arg(s)) + QLatin1Char('\n');
        for (const Prompt &p : prompts)
            h += QStringLiteral("<div class=\"prompt\" data-step=\"%1\" data-prompt=\"%2\">\n<h3 "
                                "dir=\"auto\">%3</h3>\n</div>\n")
                     .arg(QString::number(s), idString(p.id), e(p.text));
        h += QStringLiteral("</section>\n");
    }
    h += saveSection(t);
    h += QStringLiteral(
        "</main>\n<p id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n"
        "<script type=\"application/json\" id=\"pamoja-form-data\">");
    h += QString::fromUtf8(json);
    h += QStringLiteral("</script>\n<script>");
    h += QString::fromUtf8(js);
    h += QStringLiteral("</script>\n</body>\n</html>\n");
    return h.toUtf8();
}

Status write(const WorkshopData &data, const Options &options, const QString &path)
{
    const QList<int> steps = options.steps.isEmpty() ? QList<int>{step::First, 2, step::Last} : options.steps;
    if (std::none_of(steps.begin(), steps.end(), [&](int s) { return !data.prompts(s).isEmpty(); }))
        return Error{QCoreApplication::translate(
            "pamoja::ContributionForm", "The chosen steps have no prompts, so the form would ask nothing. "
                                        "Add a prompt first, or choose other steps.")};
    const QByteArray page = render(data, options);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(page) != page.size() || !f.commit())
        return Error{QCoreApplication::translate("pamoja::ContributionForm",
                                                 "Cannot write the contribution form to %1: %2")
                         .arg(path, f.errorString())};
    return {};
}

} // namespace pamoja::form
