#include "jsonexchange.h"

#include "../domain/validation.h"

#include <QCoreApplication>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pamoja::exchange {

namespace {

const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");
const QString FormatName = QStringLiteral("pamoja-workshop");

QJsonValue toJsonValue(FieldType t, const QVariant &v)
{
    switch (t) {
    case FieldType::Int: return v.toInt();
    case FieldType::Bool: return v.toBool();
    case FieldType::Real: return v.toDouble();
    default: return v.toString();
    }
}

// Strict conversion: a value of the wrong JSON type is an error, never coerced.
std::optional<QVariant> fromJsonValue(FieldType t, const QJsonValue &v)
{
    switch (t) {
    case FieldType::Int: {
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (d != std::floor(d) || std::abs(d) > 1e9)
            return std::nullopt;
        return QVariant(int(d));
    }
    case FieldType::Bool:
        if (!v.isBool())
            return std::nullopt;
        return QVariant(v.toBool());
    case FieldType::Real:
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return std::nullopt;
        return QVariant(v.toDouble());
    case FieldType::Text:
        if (!v.isString())
            return std::nullopt;
        // Line breaks are stored as LF; other control characters are refused by recordProblem().
        return QVariant(normaliseLineBreaks(v.toString()));
    default:
        if (!v.isString())
            return std::nullopt;
        return QVariant(v.toString());
    }
}

struct Incoming
{
    EntityKind kind;
    QUuid id;
    Record record;
};

} // namespace

QByteArray toJson(const WorkshopData &data)
{
    QJsonObject root;
    root.insert(FormatKey, FormatName);
    root.insert(VersionKey, FormatVersion);
    forEachEntityType([&]<class T>() {
        const KindInfo &info = kindInfo(T::Kind);
        QJsonArray arr;
        for (const T &e : data.table<T>().all()) {
            const Record r = toRecord(e);
            QJsonObject o;
            o.insert(QStringLiteral("id"), idString(e.id));
            for (const Field &f : info.fields)
                o.insert(f.name, toJsonValue(f.type, r.value(f.name)));
            arr.append(o);
        }
        root.insert(info.table, arr);
    });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ImportPlan> planImport(const QByteArray &json, const WorkshopData &target)
{
    if (json.size() > MaxImportBytes)
        return Error{QCoreApplication::translate("pamoja::Exchange", "The file is too large to be a Pamoja workshop export.")};
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{QCoreApplication::translate("pamoja::Exchange", "The file is not valid JSON (%1 at byte %2).").arg(perr.errorString()).arg(perr.offset)};
    if (!doc.isObject())
        return Error{QCoreApplication::translate("pamoja::Exchange", "The file is not a Pamoja workshop export.")};
    const QJsonObject root = doc.object();
    if (root.value(FormatKey).toString() != FormatName)
        return Error{QCoreApplication::translate("pamoja::Exchange", "The file is not a Pamoja workshop export (its \"format\" is not \"%1\").").arg(FormatName)};
    const QJsonValue version = root.value(VersionKey);
    // A whole number from 1 to a million: 1e30 is no version (and would read as 0 as an int).
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1 ||
        version.toDouble() > 1e6)
        return Error{QCoreApplication::translate("pamoja::Exchange", "The export has no valid format version (\"version\" must be a whole number such as %1).")
                         .arg(FormatVersion)};
    if (version.toInt() > FormatVersion)
        return Error{QCoreApplication::translate("pamoja::Exchange", "The export was written by a newer Pamoja (format version %1; this one reads up to %2).")
                         .arg(version.toInt())
                         .arg(FormatVersion)};

    QSet<QString> known{FormatKey, VersionKey};
    QList<Incoming> incoming;
    QHash<QUuid, EntityKind> fileIds;
    for (EntityKind k : allKinds()) {
        const KindInfo &info = kindInfo(k);
        known.insert(info.table);
        const QJsonValue v = root.value(info.table);
        if (v.isUndefined())
            return Error{QCoreApplication::translate("pamoja::Exchange", "The export has no \"%1\" list.").arg(info.table)};
        if (!v.isArray())
            return Error{QCoreApplication::translate("pamoja::Exchange", "\"%1\" must be a list.").arg(info.table)};
        const QJsonArray arr = v.toArray();
        if (k == EntityKind::Workshop && arr.size() > 1)
            return Error{QCoreApplication::translate("pamoja::Exchange", "The export holds more than one workshop.")};
        for (qsizetype n = 0; n < arr.size(); ++n) {
            const QString where = QCoreApplication::translate("pamoja::Exchange", "%1 entry %2").arg(info.table).arg(n + 1);
            if (!arr[n].isObject())
                return Error{QCoreApplication::translate("pamoja::Exchange", "%1 is not an object.").arg(where)};
            const QJsonObject o = arr[n].toObject();
            const QString idText = o.value(QStringLiteral("id")).toString();
            const QUuid id = QUuid::fromString(idText);
            if (id.isNull() || idText.size() != 36)
                return Error{QCoreApplication::translate("pamoja::Exchange", "%1 has no valid id.").arg(where)};
            if (fileIds.contains(id))
                return Error{QCoreApplication::translate("pamoja::Exchange", "%1 repeats the id %2.").arg(where, idText)};
            for (EntityKind other : allKinds())
                if (other != k && target.contains(other, id))
                    return Error{QCoreApplication::translate("pamoja::Exchange", "%1 has the id %2, which belongs to an existing %3 in this workshop.")
                                     .arg(where, idText, kindInfo(other).name)};
            Record r;
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() == QLatin1StringView("id"))
                    continue;
                const auto f = std::find_if(info.fields.cbegin(), info.fields.cend(),
                                            [&](const Field &f) { return f.name == it.key(); });
                if (f == info.fields.cend())
                    return Error{QCoreApplication::translate("pamoja::Exchange", "%1 has an unknown field \"%2\".").arg(where, it.key())};
                const auto value = fromJsonValue(f->type, it.value());
                if (!value)
                    return Error{QCoreApplication::translate("pamoja::Exchange", "%1: field \"%2\" has the wrong type.").arg(where, it.key())};
                if (f->type == FieldType::Text && value->toString().size() > MaxTextLength)
                    return Error{QCoreApplication::translate("pamoja::Exchange", "%1: field \"%2\" is too long (more than %3 characters).")
                                     .arg(where, it.key())
                                     .arg(MaxTextLength)};
                r.insert(it.key(), *value);
            }
            if (k == EntityKind::Idea) {
                // Files written before merges could flag ideas for review (format 3): none flagged.
                if (!r.contains(QStringLiteral("review")))
                    r.insert(QStringLiteral("review"), false);
                // Files written before language detection: a language in them was given by a person.
                const QString confidence = QStringLiteral("language_confidence");
                const bool hasLanguage = !r.value(QStringLiteral("language")).toString().isEmpty();
                if (!r.contains(confidence))
                    r.insert(confidence, hasLanguage ? 100 : 0);
                else if (!hasLanguage && r.value(confidence).toInt() != 0)
                    return Error{QCoreApplication::translate("pamoja::Exchange", "%1: an idea without a language cannot have a language confidence.")
                                     .arg(where)};
                // Files written before machine translation: a translation in them was a person's.
                const QString source = QStringLiteral("translation_source");
                if (!r.contains(source))
                    r.insert(source, r.value(QStringLiteral("translation")).toString().isEmpty() ? QString() : QStringLiteral("person"));
            }
            // Files written before format version 4 have no catalogue keywords.
            if (k == EntityKind::CatalogueItem && !r.contains(QStringLiteral("keywords")))
                r.insert(QStringLiteral("keywords"), QString());
            if (const QString p = recordProblem(k, r, true); !p.isEmpty())
                return Error{QCoreApplication::translate("pamoja::Exchange", "%1: %2").arg(where, p)};
            if (const QString p = valueProblem(k, r); !p.isEmpty())
                return Error{QCoreApplication::translate("pamoja::Exchange", "%1: %2").arg(where, p)};
            fileIds.insert(id, k);
            incoming.append({k, id, r});
        }
    }
    for (auto it = root.constBegin(); it != root.constEnd(); ++it)
        if (!known.contains(it.key()))
            return Error{QCoreApplication::translate("pamoja::Exchange", "The export has an unknown section \"%1\".").arg(it.key())};

    // Catalogue items that the target already has under the same kind and code are the same item.
    // Items without a code are a facilitator's own and are never matched by it.
    QHash<QString, QUuid> targetCatalogue;
    for (const CatalogueItem &c : target.table<CatalogueItem>().items())
        if (!c.code.isEmpty())
            targetCatalogue.insert(c.kind + QLatin1Char('/') + c.code, c.id);
    QHash<QUuid, QUuid> remap;
    for (const Incoming &in : incoming) {
        if (in.kind != EntityKind::CatalogueItem || target.table<CatalogueItem>().contains(in.id) ||
            in.record.value(QStringLiteral("code")).toString().isEmpty())
            continue;
        const QString key = in.record.value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                            in.record.value(QStringLiteral("code")).toString();
        if (const QUuid existing = targetCatalogue.value(key); !existing.isNull())
            remap.insert(in.id, existing);
    }

    auto exists = [&](const QUuid &id, std::optional<EntityKind> kind) {
        const QUuid real = remap.value(id, id);
        if (kind)
            return (fileIds.value(id, EntityKind::Workshop) == *kind && fileIds.contains(id)) ||
                   target.contains(*kind, real);
        if (fileIds.contains(id))
            return true;
        return std::any_of(allKinds().cbegin(), allKinds().cend(), [&](EntityKind k) { return target.contains(k, real); });
    };
    for (const Incoming &in : incoming) {
        for (const Reference &ref : references()) {
            if (ref.kind != in.kind)
                continue;
            const QString value = in.record.value(QLatin1StringView(ref.field)).toString();
            if (!value.isEmpty() && !exists(QUuid::fromString(value), ref.target))
                return Error{QCoreApplication::translate("pamoja::Exchange", "A %1 refers to something that is not in the export (%2 = %3).")
                                 .arg(kindInfo(in.kind).name, QLatin1StringView(ref.field), value)};
        }
    }

    // The merge rule (validation.h): a merged idea points at an idea of its step that is not merged
    // itself. An idea the target already has keeps the target's version.
    QHash<QUuid, Idea> fileIdeas;
    for (const Incoming &in : incoming)
        if (in.kind == EntityKind::Idea)
            fileIdeas.insert(in.id, fromRecord<Idea>(in.id, in.record));
    auto ideaAfter = [&](const QUuid &id) -> const Idea * {
        if (const Idea *existing = target.table<Idea>().find(id))
            return existing;
        const auto it = fileIdeas.constFind(id);
        return it == fileIdeas.constEnd() ? nullptr : &*it;
    };
    qsizetype ideaEntry = 0;
    for (const Incoming &in : incoming) {
        if (in.kind != EntityKind::Idea)
            continue;
        ++ideaEntry;
        const Idea &idea = fileIdeas[in.id];
        if (target.table<Idea>().contains(in.id))
            continue;
        if (const QString p = mergeProblem(idea, ideaAfter(idea.mergedInto)); !p.isEmpty())
            return Error{QCoreApplication::translate("pamoja::Exchange", "%1: %2")
                             .arg(QCoreApplication::translate("pamoja::Exchange", "%1 entry %2").arg(kindInfo(EntityKind::Idea).table).arg(ideaEntry), p)};
    }

    ImportPlan plan;
    const bool targetHasWorkshop = target.table<Workshop>().size() > 0;
    // Tags and links are unique per pair: a tag or link that exists under another id (re-made on
    // another laptop, or on a catalogue item matched by code) is already present.
    QSet<QPair<QString, QString>> tagPairs, linkPairs;
    for (const Tag &t : target.table<Tag>().items())
        tagPairs.insert({idString(t.targetId), idString(t.itemId)});
    for (const Link &l : target.table<Link>().items())
        linkPairs.insert({idString(l.fromId), idString(l.toId)});
    for (Incoming in : incoming) {
        if (remap.contains(in.id) || target.contains(in.kind, in.id) ||
            (in.kind == EntityKind::Workshop && targetHasWorkshop)) {
            ++plan.alreadyPresent;
            continue;
        }
        for (const Reference &ref : references()) {
            const QLatin1StringView field(ref.field);
            if (ref.kind == in.kind && in.record.contains(field)) {
                const QUuid id = QUuid::fromString(in.record.value(field).toString());
                if (remap.contains(id))
                    in.record.insert(field, idString(remap.value(id)));
            }
        }
        if (in.kind == EntityKind::Tag || in.kind == EntityKind::Link) {
            const bool tag = in.kind == EntityKind::Tag;
            const QPair<QString, QString> pair{in.record.value(tag ? QStringLiteral("target_id") : QStringLiteral("from_id")).toString(),
                                               in.record.value(tag ? QStringLiteral("item_id") : QStringLiteral("to_id")).toString()};
            QSet<QPair<QString, QString>> &pairs = tag ? tagPairs : linkPairs;
            if (pairs.contains(pair)) {
                ++plan.alreadyPresent;
                continue;
            }
            pairs.insert(pair);
        }
        plan.changes.changes.append({Change::Op::Insert, in.kind, in.id, {}, in.record});
        ++plan.added;
    }
    return plan;
}

} // namespace pamoja::exchange
