#include "rostercsv.h"

#include "../domain/constituency.h"
#include "csv.h"
#include "../domain/fold.h"
#include "../edits.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

namespace pamoja::roster {

namespace {

QString columnLabel(const QString &column)
{
    if (column == QLatin1StringView("name"))
        return QCoreApplication::translate("pamoja::RosterCsv", "name");
    if (column == QLatin1StringView("organisation"))
        return QCoreApplication::translate("pamoja::RosterCsv", "organisation");
    if (column == QLatin1StringView("constituency"))
        return QCoreApplication::translate("pamoja::RosterCsv", "constituency");
    if (column == QLatin1StringView("country"))
        return QCoreApplication::translate("pamoja::RosterCsv", "country");
    if (column == QLatin1StringView("language"))
        return QCoreApplication::translate("pamoja::RosterCsv", "language");
    if (column == QLatin1StringView("role"))
        return QCoreApplication::translate("pamoja::RosterCsv", "role");
    if (column == QLatin1StringView("consent"))
        return QCoreApplication::translate("pamoja::RosterCsv", "consent");
    return QCoreApplication::translate("pamoja::RosterCsv", "presence");
}

// Header names per column, folded (lower case, no accents), in en, nl, fr, es, pt.
const QHash<QString, QString> &headerNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        auto add = [&](const char *column, std::initializer_list<const char *> words) {
            for (const char *w : words)
                h.insert(QString::fromUtf8(w), QString::fromLatin1(column));
        };
        add("name", {"name", "alias", "name or alias", "naam", "nom", "nombre", "nome", "participant", "deelnemer"});
        add("organisation", {"organisation", "organization", "organisatie", "organizacion", "organizacao", "org"});
        add("constituency", {"constituency", "achterban", "groep", "college", "groupe", "constituence", "grupo",
                             "circunscripcion", "constituencia"});
        add("country", {"country", "land", "pays", "pais"});
        add("language", {"language", "taal", "langue", "idioma", "lingua"});
        add("role", {"role", "rol", "papel", "funcion", "funcao"});
        add("consent", {"consent", "toestemming", "consentement", "consentimiento", "consentimento"});
        add("present", {"present", "aanwezig", "presente"});
        return h;
    }();
    return names;
}

QString constituencyCode(const QString &value)
{
    return foldText(value).isEmpty() ? constituency::Other : constituency::fromWords(value);
}

QString roleCode(const QString &value)
{
    const QString v = foldText(value);
    if (v.isEmpty())
        return QStringLiteral("participant");
    for (const char *w : {"facilitator", "begeleider", "facilitateur", "animateur", "facilitador", "facilitadora"})
        if (v == QLatin1StringView(w))
            return QStringLiteral("facilitator");
    for (const char *w : {"participant", "deelnemer", "participante"})
        if (v == QLatin1StringView(w))
            return QStringLiteral("participant");
    for (const char *w : {"observer", "waarnemer", "observateur", "observador", "observadora"})
        if (v == QLatin1StringView(w))
            return QStringLiteral("observer");
    return {};
}

std::optional<bool> boolValue(const QString &value, bool empty)
{
    const QString v = foldText(value);
    if (v.isEmpty())
        return empty;
    for (const char *w : {"yes", "y", "true", "1", "ja", "j", "oui", "si", "sim", "x"})
        if (v == QLatin1StringView(w))
            return true;
    for (const char *w : {"no", "n", "false", "0", "nee", "non", "nao"})
        if (v == QLatin1StringView(w))
            return false;
    return std::nullopt;
}

bool hasControl(const QString &s)
{
    for (const QChar c : s)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            return true;
    return false;
}

} // namespace

int RosterParse::errorCount() const
{
    int n = 0;
    for (const RosterRow &r : rows)
        n += int(r.errors.size());
    return n;
}

Result<QList<QStringList>> splitCsv(const QString &text, QChar sep, QList<int> *lines)
{
    auto table = csv::split(text, sep, {MaxRows + 1, MaxColumns, MaxFieldLength * 4});
    if (!table)
        return Error{table.error()};
    if (lines)
        *lines = table->lines;
    return table->records;
}

Result<RosterParse> parse(const QByteArray &input, const WorkshopData &existing)
{
    if (input.size() > MaxBytes)
        return Error{QCoreApplication::translate("pamoja::RosterCsv", "The file is larger than 1 MB; a roster is much smaller. Is this the right file?")};
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return Error{QCoreApplication::translate("pamoja::RosterCsv", "The file is empty.")};
    if (bytes.contains('\0'))
        return Error{QCoreApplication::translate("pamoja::RosterCsv", "The file contains binary data; save the roster as CSV (UTF-8).")};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{QCoreApplication::translate("pamoja::RosterCsv", "The file is not UTF-8 text; save the roster as \"CSV UTF-8\".")};

    RosterParse out;
    out.separator = csv::detectSeparator(text);
    QList<int> lines;
    auto records = splitCsv(text, out.separator, &lines);
    if (!records)
        return Error{records.error()};
    if (records->isEmpty())
        return Error{QCoreApplication::translate("pamoja::RosterCsv", "The file is empty.")};

    const QStringList header = records->first();
    QList<QString> columnOf; // per field index: canonical column or empty
    QSet<QString> seen;
    for (const QString &h : header) {
        const QString col = headerNames().value(foldText(h));
        if (!col.isEmpty() && seen.contains(col))
            return Error{QCoreApplication::translate("pamoja::RosterCsv", "The column \"%1\" appears twice in the header.").arg(h.trimmed())};
        if (col.isEmpty() && !h.trimmed().isEmpty())
            out.warnings.append(QCoreApplication::translate("pamoja::RosterCsv", "The column \"%1\" is not known and is ignored.").arg(h.trimmed().left(MaxFieldLength)));
        if (!col.isEmpty()) {
            seen.insert(col);
            out.columns.append(col);
        }
        columnOf.append(col);
    }
    if (!seen.contains(QStringLiteral("name")))
        return Error{QCoreApplication::translate("pamoja::RosterCsv", "The first line must name the columns, with at least a \"name\" column.")};
    if (records->size() == 1)
        return Error{QCoreApplication::translate("pamoja::RosterCsv", "The file has a header but no participants.")};

    QSet<QString> namesInFile;
    QSet<QString> namesOnRoster;
    for (const Participant &p : existing.table<Participant>().items())
        namesOnRoster.insert(p.name.toCaseFolded());
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &fields = records->at(r);
        RosterRow row;
        row.line = lines.value(r);
        if (fields.size() > header.size())
            row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "%n field(s) more than the header has.", nullptr, int(fields.size() - header.size())));
        QHash<QString, QString> v;
        QSet<QString> bad; // columns already reported, so "missing" is not reported on top
        for (qsizetype i = 0; i < fields.size() && i < header.size(); ++i) {
            if (columnOf.at(i).isEmpty())
                continue;
            // Line breaks inside quoted fields become spaces: a name or organisation is one line.
            const QString value = fields.at(i).simplified();
            if (value.size() > MaxFieldLength) {
                row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "The %1 is longer than %2 characters.").arg(columnLabel(columnOf.at(i))).arg(MaxFieldLength));
                bad.insert(columnOf.at(i));
                continue;
            }
            if (hasControl(value)) {
                row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "The %1 contains control characters.").arg(columnLabel(columnOf.at(i))));
                bad.insert(columnOf.at(i));
                continue;
            }
            v.insert(columnOf.at(i), value);
        }
        Participant &p = row.participant;
        p.name = v.value(QStringLiteral("name"));
        row.organisation = v.value(QStringLiteral("organisation"));
        if (p.name.isEmpty()) {
            if (!bad.contains(QStringLiteral("name")))
                row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "The name is missing."));
        } else {
            const QString key = p.name.toCaseFolded();
            if (namesOnRoster.contains(key))
                row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "\"%1\" is already on the roster.").arg(p.name));
            else if (namesInFile.contains(key))
                row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "\"%1\" appears twice in the file.").arg(p.name));
            namesInFile.insert(key);
        }
        const QString cons = v.value(QStringLiteral("constituency"));
        p.constituency = constituencyCode(cons);
        if (p.constituency.isEmpty())
            row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "Unknown constituency \"%1\"; use south, north, donor or other.").arg(cons));
        const QString role = v.value(QStringLiteral("role"));
        p.role = roleCode(role);
        if (p.role.isEmpty())
            row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "Unknown role \"%1\"; use facilitator, participant or observer.").arg(role));
        p.country = v.value(QStringLiteral("country"));
        p.language = v.value(QStringLiteral("language")).toLower();
        const auto consent = boolValue(v.value(QStringLiteral("consent")), false);
        const auto present = boolValue(v.value(QStringLiteral("present")), true);
        if (!consent)
            row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "Consent must be yes or no, not \"%1\".").arg(v.value(QStringLiteral("consent"))));
        if (!present)
            row.errors.append(QCoreApplication::translate("pamoja::RosterCsv", "Present must be yes or no, not \"%1\".").arg(v.value(QStringLiteral("present"))));
        p.consent = consent.value_or(false);
        p.present = present.value_or(true);
        out.rows.append(row);
    }
    return out;
}

Result<ChangeSet> changes(const WorkshopData &data, const RosterParse &parsed)
{
    if (!parsed.isValid())
        return Error{QCoreApplication::translate("pamoja::RosterCsv", "The roster has %n problem(s); nothing was imported.", nullptr, parsed.errorCount())};
    // Apply row by row on a scratch copy, so organisations created by one row are found by the next.
    WorkshopData scratch = data;
    ChangeSet all;
    for (const RosterRow &row : parsed.rows) {
        auto cs = edits::addParticipant(scratch, row.participant, row.organisation);
        if (!cs)
            return Error{QCoreApplication::translate("pamoja::RosterCsv", "Line %1: %2").arg(row.line).arg(cs.error())};
        scratch.apply(*cs);
        all.append(*cs);
    }
    return all;
}

} // namespace pamoja::roster
