#include "ideaimport.h"

#include "../domain/constituency.h"
#include "../domain/fold.h"
#include "../edits.h"
#include "csv.h"
#include "xlsxreader.h"
#include "packet.h"
#include "textdecode.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pamoja::ideaimport {

namespace {

QString num(qsizetype n)
{
    return QString::number(n);
}

QByteArray withoutBom(const QByteArray &b)
{
    return b.startsWith("\xEF\xBB\xBF") ? b.mid(3) : b;
}

bool looksLikeCsv(const QString &text)
{
    // At least two lines whose field counts agree and exceed one, for the separator found.
    const QChar sep = csv::detectSeparator(text);
    auto table = csv::split(text.left(64 * 1024), sep, {50, 1000, 64 * 1024});
    if (!table || table->records.size() < 2)
        return false;
    const qsizetype width = table->records.first().size();
    if (width < 2)
        return false;
    int agree = 0;
    for (const QStringList &r : table->records)
        if (r.size() == width)
            ++agree;
    return agree * 10 >= table->records.size() * 8;
}

const QRegularExpression &bulletRe()
{
    // "- ", "* ", "+ ", "1. ", "1) ", with an optional task box "[ ]" / "[x]".
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?)"));
    return re;
}

bool looksLikeMarkdown(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral(R"(^#{1,6}\s+\S)"), QRegularExpression::MultilineOption);
    return heading.match(text).hasMatch();
}

// The step a heading or cell names, in any of the five languages; 0 when none.
int stepFromWords(const QString &words)
{
    const QString v = foldText(words);
    if (v.isEmpty())
        return 0;
    static const QRegularExpression numbered(QStringLiteral(R"(\b(?:step|stap|etape|paso|passo)\s*([123])\b)"));
    if (const auto m = numbered.match(v); m.hasMatch())
        return m.captured(1).toInt();
    if (v == QLatin1StringView("1") || v == QLatin1StringView("2") || v == QLatin1StringView("3"))
        return v.toInt();
    if (const int s = step::fromCode(v))
        return s;
    static const QList<std::pair<int, QRegularExpression>> words_ = [] {
        QList<std::pair<int, QRegularExpression>> w;
        // System change before envision: "change" must not fall through to step 1.
        w.append({2, QRegularExpression(QStringLiteral(
                         R"(\b(system change|systems change|systeemverandering(en)?|changements? (du |de )?systemes?|changement systemique|cambios? (del |de )?sistemas?|cambio sistemico|mudancas? (do |de )?sistemas?|mudanca sistemica)\b)"))});
        w.append({1, QRegularExpression(QStringLiteral(R"(\b(envision|envisioning|vision|visie|toekomstbeeld|visao|imaginer)\b)"))});
        w.append({3, QRegularExpression(QStringLiteral(R"(\b(actions?|acties?|accion|acciones|acao|acoes)\b)"))});
        return w;
    }();
    for (const auto &[s, re] : words_)
        if (re.match(v).hasMatch())
            return s;
    return 0;
}

// Header words per role, folded, in en, nl, fr, es, pt, and as the common tools spell them.
QString columnRole(const QString &header)
{
    static const QHash<QString, QString> roles = [] {
        QHash<QString, QString> h;
        auto add = [&](const char *role, std::initializer_list<const char *> words) {
            for (const char *w : words)
                h.insert(QString::fromUtf8(w), QString::fromLatin1(role));
        };
        add("text", {"idea", "ideas", "text", "idee", "ideeen", "texte", "texto", "ideia", "ideias", "idea text",
                     "content", "contents", "body", "note", "notes", "sticky", "sticky note", "sticky note text",
                     "post", "message", "bericht", "response", "answer", "antwoord", "reponse", "respuesta",
                     "resposta", "contribution", "bijdrage", "contribucion", "contribuicao"});
        add("author", {"author", "name", "naam", "nom", "nombre", "nome", "participant", "deelnemer", "participante",
                       "submitted by", "created by", "auteur", "autor", "respondent", "your name", "full name"});
        add("constituency", {"constituency", "achterban", "college", "groupe", "grupo", "constituencia"});
        add("step", {"step", "stap", "etape", "paso", "passo"});
        add("language", {"language", "taal", "langue", "idioma", "lingua", "lang"});
        add("prompt", {"prompt", "question", "vraag", "pregunta", "pergunta", "topic", "section", "frame", "column"});
        // What form tools add around the answers: recognised so they are not taken for questions.
        add("meta", {"timestamp", "tijdstempel", "horodateur", "marca temporal", "carimbo de data/hora", "id",
                     "start time", "completion time", "last modified time", "email", "email address",
                     "e-mail", "score", "points", "created at", "updated at", "created", "modified", "date",
                     "attachment", "attachment url", "link", "url", "color", "colour", "tags", "likes",
                     "reactions", "subject", "comments", "start", "end", "_id", "_uuid", "_submission_time",
                     "respondent id", "collector id", "ip address"});
        return h;
    }();
    return roles.value(foldText(header));
}

bool isFormExport(const QStringList &header)
{
    for (const QString &h : header) {
        const QString f = foldText(h);
        if (f == QLatin1StringView("timestamp") || f == QLatin1StringView("start time") || f == QLatin1StringView("completion time") ||
            f == QLatin1StringView("tijdstempel") || f == QLatin1StringView("horodateur") || f == QLatin1StringView("marca temporal") ||
            f == QLatin1StringView("carimbo de data/hora") || f == QLatin1StringView("_submission_time") ||
            f == QLatin1StringView("respondent id"))
            return true;
    }
    return false;
}

Result<Parsed> parseLines(const QString &text, bool markdown)
{
    Parsed out;
    out.format = markdown ? Format::Markdown : Format::Text;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    int step = 0;
    QString prompt;
    bool inFence = false, continuable = false;
    int plainLine = -1; // the line of the last idea that was a plain line, not a bullet
    static const QRegularExpression headingRe(QStringLiteral(R"(^(#{1,6})\s+(.*?)\s*#*\s*$)"));
    static const QRegularExpression setextRe(QStringLiteral(R"(^\s*(=+|-+)\s*$)"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &raw = lines.at(i);
        const int lineNo = i + 1;
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty()) {
            continuable = false;
            continue;
        }
        if (markdown) {
            if (trimmed.startsWith(QLatin1StringView("```")) || trimmed.startsWith(QLatin1StringView("~~~"))) {
                inFence = !inFence;
                continue;
            }
            if (inFence)
                continue;
            // A setext underline turns the previous one-line idea into a heading.
            if (setextRe.match(raw).hasMatch() && plainLine == lineNo - 1 && !out.rows.isEmpty()) {
                const Row last = out.rows.takeLast();
                if (const int s = stepFromWords(last.text)) {
                    step = s;
                    prompt.clear();
                } else {
                    prompt = last.text;
                }
                continuable = false;
                continue;
            }
            if (const auto h = headingRe.match(raw); h.hasMatch()) {
                const QString title = h.captured(2).trimmed();
                if (const int s = stepFromWords(title)) {
                    step = s;
                    prompt.clear();
                } else {
                    prompt = title;
                }
                continuable = false;
                continue;
            }
            if (trimmed.startsWith(QLatin1Char('>')) || trimmed == QLatin1StringView("---") || trimmed == QLatin1StringView("***"))
                continue;
        }
        const auto bullet = bulletRe().match(raw);
        const bool indented = raw.startsWith(QLatin1Char(' ')) || raw.startsWith(QLatin1Char('\t'));
        QString body = bullet.hasMatch() ? raw.mid(bullet.capturedLength()).trimmed() : trimmed;
        // An indented line under a bullet continues it (Markdown's lazy continuation).
        if (markdown && !bullet.hasMatch() && indented && continuable && !out.rows.isEmpty()) {
            out.rows.last().text += QLatin1Char(' ') + body;
            continue;
        }
        if (body.isEmpty())
            continue;
        Row r;
        r.line = lineNo;
        r.step = step;
        r.prompt = prompt;
        r.text = body;
        out.rows.append(r);
        continuable = markdown && bullet.hasMatch();
        plainLine = bullet.hasMatch() ? -1 : lineNo;
        if (out.rows.size() > MaxIdeas)
            return Error{QCoreApplication::translate("pamoja::IdeaImport", "The file has more than %1 ideas; split it into smaller files.").arg(num(MaxIdeas))};
    }
    return out;
}

const csv::Limits TableLimits{MaxIdeas + 1, 256, 20000};

// Rows of a CSV file or a sheet: the header names the columns, each further record holds ideas.
Result<Parsed> parseTable(const Result<csv::Table> &table, Parsed out, const std::optional<Mapping> &given)
{
    if (!table)
        return Error{table.error()};
    if (table->records.isEmpty())
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "The file is empty.")};
    out.header = table->records.first();
    for (QString &h : out.header)
        h = h.trimmed();
    out.mapping = given ? *given : guessMapping(out.header);
    const Mapping &m = out.mapping;
    const qsizetype width = out.header.size();
    auto valid = [&](int c) { return c >= -1 && c < width; };
    if (m.textColumns.isEmpty())
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "No column holds the ideas: name one \"Idea\" or \"Text\", or choose the column in the import preview.")};
    for (int c : m.textColumns)
        if (c < 0 || c >= width)
            return Error{QCoreApplication::translate("pamoja::IdeaImport", "The chosen idea column %1 is not in the file, which has %2 columns.").arg(num(c + 1), num(width))};
    if (!valid(m.authorColumn) || !valid(m.constituencyColumn) || !valid(m.stepColumn) || !valid(m.languageColumn) || !valid(m.promptColumn))
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "A chosen column is not in the file, which has %1 columns.").arg(num(width))};

    for (qsizetype i = 1; i < table->records.size(); ++i) {
        const QStringList &rec = table->records.at(i);
        const int line = table->lines.at(i);
        auto cell = [&](int c) { return c >= 0 && c < rec.size() ? rec.at(c).trimmed() : QString(); };
        int step = 0;
        if (m.stepColumn >= 0 && !cell(m.stepColumn).isEmpty()) {
            step = stepFromWords(cell(m.stepColumn));
            if (!step)
                return Error{QCoreApplication::translate("pamoja::IdeaImport", "Line %1, column %2: \"%3\" is not a step (1, 2 or 3, or its name).")
                                 .arg(num(line), num(m.stepColumn + 1), cell(m.stepColumn).left(60))};
        }
        for (int c : m.textColumns) {
            const QString t = cell(c);
            if (t.isEmpty())
                continue;
            Row r;
            r.line = line;
            r.step = step;
            r.text = t;
            r.author = cell(m.authorColumn);
            r.constituency = cell(m.constituencyColumn);
            r.language = cell(m.languageColumn).toLower();
            // Form responses: each question column is a prompt.
            r.prompt = m.promptColumn >= 0 ? cell(m.promptColumn) : (m.textColumns.size() > 1 || m.preset == QLatin1StringView("form") ? out.header.at(c) : QString());
            out.rows.append(r);
            if (out.rows.size() > MaxIdeas)
                return Error{QCoreApplication::translate("pamoja::IdeaImport", "The file has more than %1 ideas; split it into smaller files.").arg(num(MaxIdeas))};
        }
    }
    return out;
}

Result<Parsed> parseCsv(const QString &text, const std::optional<Mapping> &given)
{
    Parsed out;
    out.format = Format::Csv;
    out.separator = csv::detectSeparator(text);
    return parseTable(csv::split(text, out.separator, TableLimits), out, given);
}

} // namespace

QString formatName(Format f)
{
    switch (f) {
    case Format::Text: return QCoreApplication::translate("pamoja::IdeaImport", "plain text");
    case Format::Markdown: return QCoreApplication::translate("pamoja::IdeaImport", "Markdown");
    case Format::Csv: return QCoreApplication::translate("pamoja::IdeaImport", "CSV");
    case Format::Xlsx: return QCoreApplication::translate("pamoja::IdeaImport", "XLSX spreadsheet");
    case Format::WorkshopJson: return QCoreApplication::translate("pamoja::IdeaImport", "Pamoja workshop export (JSON)");
    case Format::WorkshopFile: return QCoreApplication::translate("pamoja::IdeaImport", "Pamoja workshop file");
    case Format::Zip: return QCoreApplication::translate("pamoja::IdeaImport", "ZIP container (XLSX, ODS or DOCX)");
    case Format::Packet: return QCoreApplication::translate("pamoja::IdeaImport", "contribution packet");
    case Format::Unknown: break;
    }
    return QCoreApplication::translate("pamoja::IdeaImport", "unknown");
}

Format detect(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("SQLite format 3"))
        return Format::WorkshopFile;
    if (xlsx::looksLikeXlsx(bytes))
        return Format::Xlsx;
    if (bytes.startsWith("PK\x03\x04"))
        return Format::Zip;
    const QByteArray head = withoutBom(bytes.left(4096)).trimmed();
    if (head.startsWith('{') && head.contains("\"pamoja-workshop\""))
        return Format::WorkshopJson;
    if (packet::contains(bytes.left(packet::MaxBytes)))
        return Format::Packet;
    auto decoded = text::decode(bytes.left(256 * 1024));
    if (!decoded)
        return Format::Unknown;
    const QString ext = fileName.section(QLatin1Char('.'), -1).toLower();
    if (ext == QLatin1StringView("csv") || ext == QLatin1StringView("tsv"))
        return Format::Csv;
    if (ext == QLatin1StringView("md") || ext == QLatin1StringView("markdown"))
        return Format::Markdown;
    if (looksLikeMarkdown(decoded->text))
        return Format::Markdown;
    if (ext != QLatin1StringView("txt") && looksLikeCsv(decoded->text))
        return Format::Csv;
    return Format::Text;
}

Mapping guessMapping(const QStringList &header)
{
    Mapping m;
    const bool form = isFormExport(header);
    m.preset = form ? QStringLiteral("form") : QStringLiteral("generic");
    QList<int> unknown;
    for (int c = 0; c < header.size(); ++c) {
        const QString role = columnRole(header.at(c));
        if (role == QLatin1StringView("text"))
            m.textColumns.append(c);
        else if (role == QLatin1StringView("author") && m.authorColumn < 0)
            m.authorColumn = c;
        else if (role == QLatin1StringView("constituency") && m.constituencyColumn < 0)
            m.constituencyColumn = c;
        else if (role == QLatin1StringView("step") && m.stepColumn < 0)
            m.stepColumn = c;
        else if (role == QLatin1StringView("language") && m.languageColumn < 0)
            m.languageColumn = c;
        else if (role == QLatin1StringView("prompt") && m.promptColumn < 0)
            m.promptColumn = c;
        else if (role.isEmpty() && !header.at(c).trimmed().isEmpty())
            unknown.append(c);
    }
    if (form && m.textColumns.isEmpty()) {
        // Google Forms, Microsoft Forms, KoboToolbox: every column that is not metadata is a question.
        m.textColumns = unknown;
    } else if (!form && m.textColumns.size() > 1) {
        m.textColumns = {m.textColumns.first()};
    } else if (m.textColumns.isEmpty() && unknown.size() == 1) {
        m.textColumns = unknown;
    }
    if (!form && (header.contains(QStringLiteral("Sticky note")) || header.contains(QStringLiteral("Content")) ||
                  header.contains(QStringLiteral("Body"))))
        m.preset = QStringLiteral("sticky");
    return m;
}

Result<Parsed> parse(const QByteArray &bytes, const QString &fileName, const std::optional<Mapping> &mapping)
{
    if (bytes.size() > MaxBytes)
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "The file is larger than 32 MB; split it into smaller files.")};
    if (withoutBom(bytes).trimmed().isEmpty())
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "The file is empty.")};
    const Format f = detect(bytes, fileName);
    switch (f) {
    case Format::WorkshopFile:
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "This is a Pamoja workshop file, not a list of ideas; merge it into the workshop instead.")};
    case Format::WorkshopJson:
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "This is a Pamoja workshop export; import it as a workshop (pamoja import), not as a list of ideas.")};
    case Format::Packet:
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "This is a contribution packet from the offline form; import it as a packet (pamoja import), not as a list of ideas.")};
    case Format::Zip:
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "This is a ZIP container but not an XLSX workbook (perhaps ODS or DOCX): save the sheet as XLSX or CSV.")};
    case Format::Xlsx: {
        Parsed out;
        out.format = Format::Xlsx;
        Result<Parsed> parsed = parseTable(xlsx::readFirstSheet(bytes, TableLimits), out, mapping);
        if (parsed && parsed->rows.isEmpty())
            return Error{QCoreApplication::translate("pamoja::IdeaImport", "The file holds no ideas.")};
        if (parsed)
            parsed->encoding = QStringLiteral("UTF-8");
        return parsed;
    }
    default:
        break;
    }
    auto decoded = text::decode(bytes);
    if (!decoded)
        return Error{decoded.error()};
    Result<Parsed> parsed = f == Format::Csv ? parseCsv(decoded->text, mapping) : parseLines(decoded->text, f == Format::Markdown);
    if (!parsed)
        return parsed;
    parsed->encoding = decoded->encoding;
    if (parsed->rows.isEmpty())
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "The file holds no ideas.")};
    return parsed;
}

Result<Plan> plan(const WorkshopData &data, const Parsed &parsed, int defaultStep)
{
    if (defaultStep < step::First || defaultStep > step::Last)
        return Error{QCoreApplication::translate("pamoja::IdeaImport", "There is no step %1.").arg(num(defaultStep))};
    Plan out;
    out.warnings = parsed.warnings;
    QHash<QString, QUuid> people;
    for (const Participant &p : data.participants())
        people.insert(foldText(p.name), p.id);
    QSet<QString> unknownPeople, unknownPrompts, unknownConstituencies;

    // Placement depends on what is already on the board, so each idea is planned on a copy that
    // already holds the ones before it.
    WorkshopData work = data;
    for (const Row &r : parsed.rows) {
        edits::IdeaDraft d;
        d.step = r.step ? r.step : defaultStep;
        d.text = r.text;
        d.source = QStringLiteral("import");
        if (!r.author.isEmpty()) {
            d.authorId = people.value(foldText(r.author));
            if (d.authorId.isNull())
                unknownPeople.insert(r.author);
        }
        if (d.authorId.isNull() && !r.constituency.isEmpty()) {
            d.constituency = constituency::fromWords(r.constituency);
            if (d.constituency.isEmpty())
                unknownConstituencies.insert(r.constituency);
        }
        static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
        if (languageCode.match(r.language).hasMatch())
            d.language = r.language;
        if (!r.prompt.isEmpty()) {
            const QString wanted = foldText(r.prompt);
            for (const Prompt &p : work.prompts(d.step))
                if (foldText(p.text) == wanted)
                    d.promptId = p.id;
            if (d.promptId.isNull())
                unknownPrompts.insert(r.prompt);
        }
        auto cs = edits::addIdea(work, d);
        if (!cs)
            return Error{QCoreApplication::translate("pamoja::IdeaImport", "Line %1: %2 Nothing was imported.").arg(num(r.line), cs.error())};
        if (Status s = work.check(*cs); !s)
            return Error{QCoreApplication::translate("pamoja::IdeaImport", "Line %1: %2 Nothing was imported.").arg(num(r.line), s.error())};
        work.apply(*cs);
        out.changes.append(*cs);
        ++out.ideas;
    }
    auto sorted = [](const QSet<QString> &s) {
        QStringList l(s.begin(), s.end());
        l.sort(Qt::CaseInsensitive);
        return l.join(QStringLiteral(", "));
    };
    if (!unknownPeople.isEmpty())
        out.warnings.append(QCoreApplication::translate("pamoja::IdeaImport", "Not on the roster, so their ideas are imported without a name: %1.").arg(sorted(unknownPeople)));
    if (!unknownConstituencies.isEmpty())
        out.warnings.append(QCoreApplication::translate("pamoja::IdeaImport", "Not a known constituency, left empty: %1.").arg(sorted(unknownConstituencies)));
    if (!unknownPrompts.isEmpty())
        out.warnings.append(QCoreApplication::translate("pamoja::IdeaImport", "No prompt with this text, so the ideas go to the step's first prompt: %1.").arg(sorted(unknownPrompts)));
    return out;
}

} // namespace pamoja::ideaimport
