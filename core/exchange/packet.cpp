#include "packet.h"

#include "../domain/constituency.h"
#include "../domain/fold.h"
#include "../edits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace pamoja::packet {

namespace {

Error malformed(const QString &what)
{
    return Error{
        QCoreApplication::translate("pamoja::Packet", "The contribution packet is not valid: %1").arg(what)};
}

// The text as lines, whatever the e-mail did to it: any line ending, quote marks ("> ", ">>") and
// indentation in front, spaces behind.
QStringList armourLines(const QByteArray &bytes)
{
    QString text;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decode =
            QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decode(bytes.mid(2));
    } else {
        text = QString::fromLatin1(bytes); // the armour is ASCII; anything else around it is ignored
    }
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    QStringList lines = text.split(lineBreak);
    for (QString &l : lines) {
        qsizetype i = 0;
        while (i < l.size() && (l.at(i) == QLatin1Char('>') || l.at(i).isSpace()))
            ++i;
        l = l.mid(i).trimmed();
    }
    return lines;
}

// An e-mail saved whole (.eml) may carry its text in base64 (RFC 2045, common for UTF-8 mail): the
// parts so encoded, decoded and joined, for the packet to be found in them. Empty when there are none.
QByteArray base64Parts(const QByteArray &bytes)
{
    static const QByteArray marker = "content-transfer-encoding: base64";
    const QByteArray lower = bytes.toLower();
    static const QRegularExpression base64Line(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    QByteArray out;
    qsizetype pos = 0; // each search starts where the last part ended: linear, however many markers
    for (qsizetype at = lower.indexOf(marker); at >= 0; at = lower.indexOf(marker, pos)) {
        // The part's body starts after the first empty line and ends at the first line that is not base64.
        pos = at;
        for (;;) {
            const qsizetype eol = bytes.indexOf('\n', pos);
            if (eol < 0)
                return out;
            pos = eol + 1;
            if (QByteArrayView(bytes).sliced(pos).startsWith("\r\n") ||
                QByteArrayView(bytes).sliced(pos).startsWith("\n"))
                break;
        }
        QByteArray block;
        for (qsizetype eol; pos < bytes.size(); pos = eol + 1) {
            eol = bytes.indexOf('\n', pos);
            if (eol < 0)
                eol = bytes.size();
            const QByteArray line = bytes.mid(pos, eol - pos).trimmed();
            if (line.isEmpty() && block.isEmpty())
                continue;
            if (!base64Line.match(QString::fromLatin1(line)).hasMatch())
                break;
            block += line;
        }
        if (auto decoded = QByteArray::fromBase64Encoding(block, QByteArray::AbortOnBase64DecodingErrors))
            out += decoded.decoded + '\n';
    }
    return out;
}

// Quoted-printable (RFC 2045) as mail programs write it: a deeply quoted reply gets lines longer than
// 76 characters, which are then broken with "=" at the end. The armour holds no "=" of its own, so
// decoding the whole file never changes it beyond joining those lines.
QByteArray quotedPrintableDecoded(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '=') {
            out += c;
        } else if (bytes.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (bytes.mid(i + 1, 1) == "\n") {
            i += 1;
        } else if (i + 2 < bytes.size() && hex(bytes.at(i + 1)) >= 0 && hex(bytes.at(i + 2)) >= 0) {
            out += char(hex(bytes.at(i + 1)) * 16 + hex(bytes.at(i + 2)));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

const QRegularExpression &uuidRe()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re;
}

QString checksumOf(const QByteArray &payload)
{
    return QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool exactKeys(const QJsonObject &o, const QStringList &keys, QString *problem)
{
    for (const QString &k : keys)
        if (!o.contains(k)) {
            *problem = QCoreApplication::translate("pamoja::Packet", "the field \"%1\" is missing.").arg(k);
            return false;
        }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key())) {
            *problem = QCoreApplication::translate("pamoja::Packet", "there is an unknown field \"%1\".")
                           .arg(it.key().left(40));
            return false;
        }
    return true;
}

std::optional<QString> plainText(const QJsonValue &v, int max, bool lineBreaks)
{
    if (!v.isString())
        return std::nullopt;
    QString s = normaliseLineBreaks(v.toString());
    if (s.size() > max || controlCharacterAt(s) >= 0 || (!lineBreaks && s.contains(QLatin1Char('\n'))))
        return std::nullopt;
    return s;
}

std::optional<QUuid> uuid(const QJsonValue &v, bool allowEmpty)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s.isEmpty() && allowEmpty)
        return QUuid();
    if (!uuidRe().match(s).hasMatch())
        return std::nullopt;
    const QUuid id(s);
    if (id.isNull())
        return std::nullopt;
    return id;
}

std::optional<QDateTime> utcTime(const QJsonValue &v)
{
    if (!v.isString() || !v.toString().endsWith(QLatin1Char('Z')) || v.toString().size() > 30)
        return std::nullopt;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid() || t.date().year() < 2000 || t.date().year() > 9999)
        return std::nullopt;
    return t.toUTC();
}

std::optional<int> wholeNumber(const QJsonValue &v, int min, int max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || d < min || d > max)
        return std::nullopt;
    return int(d);
}

Result<Idea> readIdea(const QJsonValue &value, int index)
{
    const QString where = QCoreApplication::translate("pamoja::Packet", "idea %1").arg(index + 1);
    auto bad = [&](const QString &field) {
        return malformed(
            QCoreApplication::translate("pamoja::Packet", "%1 has an invalid \"%2\".").arg(where, field));
    };
    if (!value.isObject())
        return malformed(QCoreApplication::translate("pamoja::Packet", "%1 is not an object.").arg(where));
    const QJsonObject o = value.toObject();
    QString problem;
    if (!exactKeys(o,
                   {QStringLiteral("id"), QStringLiteral("step"), QStringLiteral("prompt"),
                    QStringLiteral("text"), QStringLiteral("author"), QStringLiteral("constituency"),
                    QStringLiteral("created")},
                   &problem))
        return malformed(QCoreApplication::translate("pamoja::Packet", "%1: %2").arg(where, problem));
    Idea idea;
    const auto id = uuid(o.value(QStringLiteral("id")), false);
    if (!id)
        return bad(QStringLiteral("id"));
    idea.id = *id;
    const auto step = wholeNumber(o.value(QStringLiteral("step")), step::First, step::Last);
    if (!step)
        return bad(QStringLiteral("step"));
    idea.step = *step;
    const auto prompt = uuid(o.value(QStringLiteral("prompt")), true);
    if (!prompt)
        return bad(QStringLiteral("prompt"));
    idea.promptId = *prompt;
    const auto text = plainText(o.value(QStringLiteral("text")), MaxTextLength, true);
    if (!text || text->trimmed().isEmpty())
        return bad(QStringLiteral("text"));
    idea.text = text->trimmed();
    const auto author = plainText(o.value(QStringLiteral("author")), MaxNameLength, false);
    if (!author)
        return bad(QStringLiteral("author"));
    idea.author = author->trimmed();
    const QJsonValue c = o.value(QStringLiteral("constituency"));
    if (!c.isString() || (!c.toString().isEmpty() && !constituency::isValid(c.toString())))
        return bad(QStringLiteral("constituency"));
    idea.constituency = c.toString();
    const auto created = utcTime(o.value(QStringLiteral("created")));
    if (!created)
        return bad(QStringLiteral("created"));
    idea.created = *created;
    return idea;
}

Result<Packet> readPayload(const QByteArray &payload, int version)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QCoreApplication::translate("pamoja::Packet", "its content is not a JSON object."));
    const QJsonObject o = doc.object();
    QString problem;
    if (!exactKeys(o,
                   {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("workshop"),
                    QStringLiteral("title"), QStringLiteral("packet"), QStringLiteral("created"),
                    QStringLiteral("language"), QStringLiteral("ideas")},
                   &problem))
        return malformed(problem);
    if (o.value(QStringLiteral("format")).toString() != QLatin1StringView("pamoja-contribution"))
        return malformed(
            QCoreApplication::translate("pamoja::Packet", "it is not a contribution (\"format\")."));
    if (wholeNumber(o.value(QStringLiteral("version")), 1, 1000000) != version)
        return malformed(QCoreApplication::translate("pamoja::Packet",
                                                     "its content and its header disagree on the version."));
    Packet p;
    const auto workshop = uuid(o.value(QStringLiteral("workshop")), false);
    const auto packetId = uuid(o.value(QStringLiteral("packet")), false);
    const auto title = plainText(o.value(QStringLiteral("title")), 1000, true);
    const auto created = utcTime(o.value(QStringLiteral("created")));
    const QJsonValue language = o.value(QStringLiteral("language"));
    static const QRegularExpression languageRe(QStringLiteral("^[a-z]{2,3}$"));
    if (!workshop)
        return malformed(QCoreApplication::translate("pamoja::Packet", "the workshop's id is invalid."));
    if (!packetId)
        return malformed(QCoreApplication::translate("pamoja::Packet", "the packet's id is invalid."));
    if (!title)
        return malformed(QCoreApplication::translate("pamoja::Packet", "the workshop's title is invalid."));
    if (!created)
        return malformed(QCoreApplication::translate("pamoja::Packet", "the time it was saved is invalid."));
    if (!language.isString() || !languageRe.match(language.toString()).hasMatch())
        return malformed(QCoreApplication::translate("pamoja::Packet", "the language is invalid."));
    p.workshopId = *workshop;
    p.packetId = *packetId;
    p.workshopTitle = title->trimmed();
    p.created = *created;
    p.language = language.toString();
    const QJsonValue ideas = o.value(QStringLiteral("ideas"));
    if (!ideas.isArray() || ideas.toArray().isEmpty())
        return malformed(QCoreApplication::translate("pamoja::Packet", "it holds no ideas."));
    if (ideas.toArray().size() > MaxIdeas)
        return malformed(
            QCoreApplication::translate("pamoja::Packet", "it holds more than %1 ideas.").arg(MaxIdeas));
    QSet<QUuid> seen;
    const QJsonArray list = ideas.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto idea = readIdea(list.at(i), int(i));
        if (!idea)
            return Error{idea.error()};
        if (seen.contains(idea->id) || idea->id == p.packetId || idea->id == p.workshopId)
            return malformed(
                QCoreApplication::translate("pamoja::Packet", "idea %1 has the same id as another.")
                    .arg(i + 1));
        seen.insert(idea->id);
        p.ideas.append(*idea);
    }
    return p;
}

} // namespace

bool contains(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(MaxBytes);
    if (head.contains(BeginLine) || base64Parts(head).contains(BeginLine) ||
        quotedPrintableDecoded(head).contains(BeginLine))
        return true;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const QStringList lines = armourLines(bytes.left(MaxBytes));
        return lines.contains(QLatin1StringView(BeginLine));
    }
    return false;
}

Result<Packet> parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return Error{QCoreApplication::translate(
            "pamoja::Packet", "The file is too large to be a contribution packet (more than 2 MB).")};
    // The file as it is, or an e-mail's text in quoted-printable (first: its raw lines may show the
    // first line of a packet whose other lines are broken) or in base64.
    QStringList lines;
    if (bytes.toLower().contains("content-transfer-encoding: quoted-printable"))
        lines = armourLines(quotedPrintableDecoded(bytes));
    if (!lines.contains(QLatin1StringView(BeginLine)))
        lines = armourLines(bytes);
    if (!lines.contains(QLatin1StringView(BeginLine)))
        lines = armourLines(base64Parts(bytes));
    const qsizetype begin = lines.indexOf(QLatin1StringView(BeginLine));
    if (begin < 0)
        return Error{QCoreApplication::translate("pamoja::Packet",
                                                 "There is no contribution packet in it (no line \"%1\").")
                         .arg(QLatin1StringView(BeginLine))};
    const Error truncated{QCoreApplication::translate(
        "pamoja::Packet",
        "The contribution packet is truncated: its end is missing, so part of it was lost when it was "
        "copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.")};
    static const QRegularExpression headerRe(QStringLiteral("^([A-Za-z]+):[ \t]*(\\S*)$"));
    static const QRegularExpression bodyRe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QHash<QString, QString> header;
    QByteArray body;
    bool ended = false;
    for (qsizetype i = begin + 1; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (l.isEmpty())
            continue;
        if (l == QLatin1StringView(EndLine)) {
            ended = true;
            break;
        }
        if (const auto m = headerRe.match(l); m.hasMatch() && body.isEmpty()) {
            const QString key = m.captured(1).toLower();
            if (header.contains(key) ||
                (key != QLatin1StringView("version") && key != QLatin1StringView("length") &&
                 key != QLatin1StringView("checksum")))
                return malformed(QCoreApplication::translate("pamoja::Packet",
                                                             "its header line \"%1\" is unknown or repeated.")
                                     .arg(l.left(40)));
            header.insert(key, m.captured(2));
            continue;
        }
        if (!bodyRe.match(l).hasMatch())
            return malformed(
                QCoreApplication::translate(
                    "pamoja::Packet",
                    "line %1 of the packet has characters a packet never holds; it was edited or damaged.")
                    .arg(i - begin + 1));
        body += l.toLatin1();
        if (body.size() > (MaxPayloadBytes / 3 + 1) * 4) // base64 of the largest content
            return Error{QCoreApplication::translate(
                "pamoja::Packet", "The contribution packet is too large (more than 1 MB of content).")};
    }
    if (!ended)
        return truncated;
    bool ok = false;
    const int version = header.value(QStringLiteral("version")).toInt(&ok);
    if (!ok || version < 1)
        return malformed(
            QCoreApplication::translate("pamoja::Packet", "its version is missing or not a number."));
    if (version > Version)
        return Error{QCoreApplication::translate("pamoja::Packet",
                                                 "This contribution packet was made for a newer version of "
                                                 "Pamoja (packet format %1; this version reads %2). "
                                                 "Update Pamoja to import it.")
                         .arg(version)
                         .arg(Version)};
    const int length = header.value(QStringLiteral("length")).toInt(&ok);
    if (!ok || length < 1 || length > MaxPayloadBytes)
        return malformed(
            QCoreApplication::translate("pamoja::Packet", "its length is missing or out of range."));
    const QString checksum = header.value(QStringLiteral("checksum"));
    if (!checksum.startsWith(QLatin1StringView("sha256-")) || checksum.size() != 7 + 43)
        return malformed(
            QCoreApplication::translate("pamoja::Packet", "its checksum is missing or not SHA-256."));
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return malformed(QCoreApplication::translate(
            "pamoja::Packet", "its content is not valid base64; it was edited or damaged."));
    const QByteArray payload = decoded.decoded;
    if (payload.size() < length)
        return Error{
            QCoreApplication::translate(
                "pamoja::Packet",
                "The contribution packet is truncated: it holds %1 of its %2 bytes, so part of it was lost "
                "when it was "
                "copied. Ask the participant to send the whole file, or all of the text from BEGIN to END.")
                .arg(payload.size())
                .arg(length)};
    if (payload.size() > length || checksumOf(payload) != checksum.mid(7))
        return Error{QCoreApplication::translate(
            "pamoja::Packet",
            "The contribution packet was changed after it was saved: its checksum does not match its content "
            "(edited by hand, or damaged on the way). Nothing in it can be trusted; ask the participant to "
            "send it again.")};
    return readPayload(payload, version);
}

QByteArray write(const Packet &p)
{
    QJsonArray ideas;
    for (const Idea &i : p.ideas) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), idString(i.id));
        o.insert(QStringLiteral("step"), i.step);
        o.insert(QStringLiteral("prompt"), i.promptId.isNull() ? QString() : idString(i.promptId));
        o.insert(QStringLiteral("text"), i.text);
        o.insert(QStringLiteral("author"), i.author);
        o.insert(QStringLiteral("constituency"), i.constituency);
        o.insert(QStringLiteral("created"), i.created.toUTC().toString(Qt::ISODateWithMs));
        ideas.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("pamoja-contribution"));
    o.insert(QStringLiteral("version"), Version);
    o.insert(QStringLiteral("workshop"), idString(p.workshopId));
    o.insert(QStringLiteral("title"), p.workshopTitle);
    o.insert(QStringLiteral("packet"), idString(p.packetId));
    o.insert(QStringLiteral("created"), p.created.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("language"), p.language);
    o.insert(QStringLiteral("ideas"), ideas);
    const QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray out = BeginLine;
    out += "\nVersion: " + QByteArray::number(Version) + "\nLength: " + QByteArray::number(payload.size()) +
           "\nChecksum: sha256-" + checksumOf(payload).toLatin1() + "\n\n";
    const QByteArray body = payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    for (qsizetype i = 0; i < body.size(); i += 64)
        out += body.mid(i, 64) + '\n';
    out += EndLine;
    out += '\n';
    return out;
}

Result<Plan> plan(const WorkshopData &data, const Packet &p)
{
    const Workshop &w = data.workshop();
    if (p.workshopId != w.id)
        return Error{QCoreApplication::translate("pamoja::Packet",
                                                 "This contribution packet is for the workshop \"%1\" (%2), "
                                                 "not for \"%3\" (%4). Import it into its own "
                                                 "workshop.")
                         .arg(p.workshopTitle, idString(p.workshopId), w.title, idString(w.id))};
    Plan out;
    QHash<QString, QUuid> people;
    for (const Participant &person : data.participants())
        people.insert(foldText(person.name), person.id);
    QSet<QString> unknownPrompts;
    WorkshopData work = data; // placement and new participants depend on what came before
    for (const Idea &i : p.ideas) {
        if (data.table<pamoja::Idea>().contains(i.id)) {
            ++out.alreadyPresent;
            continue;
        }
        for (EntityKind k : allKinds())
            if (data.contains(k, i.id))
                return Error{QCoreApplication::translate("pamoja::Packet",
                                                         "An idea in the packet has the id of something else "
                                                         "in the workshop (%1); the packet was "
                                                         "made by hand. Nothing was imported.")
                                 .arg(idString(i.id))};
        edits::IdeaDraft d;
        d.id = i.id;
        d.step = i.step;
        d.text = i.text;
        d.source = QStringLiteral("offline_form");
        if (const Prompt *prompt = work.table<Prompt>().find(i.promptId); prompt && prompt->step == i.step)
            d.promptId = prompt->id;
        else if (!i.promptId.isNull())
            unknownPrompts.insert(idString(i.promptId));
        if (!i.author.isEmpty()) {
            const QString key = foldText(i.author);
            if (!people.contains(key)) {
                Participant person;
                person.name = i.author;
                person.constituency = i.constituency.isEmpty() ? QStringLiteral("other") : i.constituency;
                person.consent = true;  // they wrote their name in the form, like joining by name on a phone
                person.present = false; // not in the room: only their ideas count
                QUuid pid;
                auto cs = edits::addParticipant(work, person, QString(), &pid);
                if (!cs)
                    return Error{QCoreApplication::translate("pamoja::Packet", "Idea %1: %2")
                                     .arg(idString(i.id), cs.error())};
                work.apply(*cs);
                out.changes.append(*cs);
                people.insert(key, pid);
                out.newParticipants.append(person.name);
            }
            d.authorId = people.value(key);
        } else {
            d.constituency = i.constituency;
        }
        auto idea = edits::makeIdea(work, d);
        if (!idea)
            return Error{QCoreApplication::translate("pamoja::Packet", "Idea %1: %2")
                             .arg(idString(i.id), idea.error())};
        idea->created = idea->modified = i.created;
        ChangeSet cs;
        cs.insert(*idea);
        if (Status s = work.check(cs); !s)
            return Error{
                QCoreApplication::translate("pamoja::Packet", "Idea %1: %2").arg(idString(i.id), s.error())};
        work.apply(cs);
        out.changes.append(cs);
        ++out.added;
    }
    if (!out.newParticipants.isEmpty())
        out.warnings.append(
            QCoreApplication::translate("pamoja::Packet", "Not on the roster, added as participants: %1.")
                .arg(out.newParticipants.join(QStringLiteral(", "))));
    if (!unknownPrompts.isEmpty())
        out.warnings.append(QCoreApplication::translate(
            "pamoja::Packet",
            "%n idea(s) answer a prompt the workshop no longer has; they go to the step's first prompt.",
            nullptr, int(unknownPrompts.size())));
    return out;
}

} // namespace pamoja::packet
