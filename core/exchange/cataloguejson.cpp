#include "cataloguejson.h"

#include "../catalogue/keywords.h"
#include "../edits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace pamoja::cataloguejson {

namespace {
const QString CatalogueFormatName = QStringLiteral("pamoja-catalogue");
const QStringList Kinds{QStringLiteral("theme"), QStringLiteral("factor"), QStringLiteral("measure")};
const QStringList TextFields{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("provenance"),
                             QStringLiteral("counters")};
} // namespace

QByteArray toJson(const WorkshopData &data)
{
    QJsonArray items;
    for (const QString &kind : Kinds) {
        for (const CatalogueItem &c : data.catalogue(kind)) {
            QJsonObject o;
            o.insert(QStringLiteral("kind"), c.kind);
            o.insert(QStringLiteral("code"), c.code);
            o.insert(QStringLiteral("name"), c.name);
            o.insert(QStringLiteral("description"), c.description);
            o.insert(QStringLiteral("provenance"), c.provenance);
            o.insert(QStringLiteral("counters"), c.counters);
            QJsonObject kw;
            const auto byLanguage = keywords::parse(c.keywords);
            for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it)
                kw.insert(it.key(), it.value());
            o.insert(QStringLiteral("keywords"), kw);
            items.append(o);
        }
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), CatalogueFormatName);
    root.insert(QStringLiteral("version"), Version);
    root.insert(QStringLiteral("items"), items);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Plan> planImport(const QByteArray &json, const WorkshopData &data)
{
    auto fail = [](const QString &why) {
        return Error{QCoreApplication::translate("pamoja::CatalogueJson", "This is not a catalogue Pamoja can read: %1").arg(why)};
    };
    if (json.size() > MaxBytes)
        return fail(QCoreApplication::translate("pamoja::CatalogueJson", "the file is larger than 4 MB."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("pamoja::CatalogueJson", "it is not valid JSON."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != CatalogueFormatName)
        return fail(QCoreApplication::translate("pamoja::CatalogueJson", "the format is not \"pamoja-catalogue\"."));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        return fail(QCoreApplication::translate("pamoja::CatalogueJson", "it has no valid version."));
    if (version.toDouble() > Version)
        return fail(QCoreApplication::translate("pamoja::CatalogueJson", "it was written by a newer version of Pamoja."));
    const QJsonValue itemsValue = root.value(QStringLiteral("items"));
    if (!itemsValue.isArray())
        return fail(QCoreApplication::translate("pamoja::CatalogueJson", "it has no list of items."));
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > MaxItems)
        return fail(QCoreApplication::translate("pamoja::CatalogueJson", "it has more than %1 items.").arg(MaxItems));

    Plan plan;
    WorkshopData scratch = data;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QString code = o.value(QStringLiteral("code")).toString().trimmed();
        const QString where = QCoreApplication::translate("pamoja::CatalogueJson", "item %1").arg(i + 1);
        if (!items.at(i).isObject() || !Kinds.contains(kind))
            return fail(QCoreApplication::translate("pamoja::CatalogueJson", "%1 has no valid kind.").arg(where));
        if (code.isEmpty() || code.size() > 16)
            return fail(QCoreApplication::translate("pamoja::CatalogueJson", "%1 has no valid code.").arg(where));
        for (const QString &f : TextFields) {
            const QJsonValue v = o.value(f);
            if (!v.isUndefined() && (!v.isString() || v.toString().size() > 2000))
                return fail(QCoreApplication::translate("pamoja::CatalogueJson", "%1 has an invalid %2.").arg(where, f));
        }
        // Keywords: {"en": "a, b", "fr": "..."}; absent (version 1 files) keeps what the item has.
        const QJsonValue kwValue = o.value(QStringLiteral("keywords"));
        QMap<QString, QString> kw;
        if (!kwValue.isUndefined()) {
            if (!kwValue.isObject() || kwValue.toObject().size() > MaxKeywordLanguages)
                return fail(QCoreApplication::translate("pamoja::CatalogueJson", "%1 has invalid keywords.").arg(where));
            const QJsonObject k = kwValue.toObject();
            for (auto it = k.begin(); it != k.end(); ++it) {
                static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
                if (!code.match(it.key()).hasMatch() || !it.value().isString() ||
                    it.value().toString().size() > keywords::MaxLength)
                    return fail(QCoreApplication::translate("pamoja::CatalogueJson", "%1 has invalid keywords.").arg(where));
                kw.insert(it.key(), it.value().toString());
            }
        }
        const QString name = o.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return fail(QCoreApplication::translate("pamoja::CatalogueJson", "%1 has no name.").arg(where));
        const QString key = kind + QLatin1Char('/') + code.toUpper();
        if (seen.contains(key))
            return fail(QCoreApplication::translate("pamoja::CatalogueJson", "the code %1 appears twice.").arg(code));
        seen.insert(key);

        const auto existing = scratch.table<CatalogueItem>().select([&](const CatalogueItem &c) {
            return c.kind == kind && c.code.compare(code, Qt::CaseInsensitive) == 0;
        });
        ChangeSet cs;
        if (!existing.isEmpty()) {
            cs = edits::modify<CatalogueItem>(scratch, existing.first().id, [&](CatalogueItem &c) {
                c.name = name;
                c.description = o.value(QStringLiteral("description")).toString();
                c.provenance = o.value(QStringLiteral("provenance")).toString();
                c.counters = o.value(QStringLiteral("counters")).toString();
                if (!kwValue.isUndefined())
                    c.keywords = keywords::format(kw);
            });
            if (!cs.isEmpty())
                ++plan.updated;
        } else {
            CatalogueItem c;
            c.kind = kind;
            c.code = code;
            c.name = name;
            c.description = o.value(QStringLiteral("description")).toString();
            c.provenance = o.value(QStringLiteral("provenance")).toString();
            c.counters = o.value(QStringLiteral("counters")).toString();
            c.keywords = keywords::format(kw);
            int pos = -1;
            for (const CatalogueItem &x : scratch.catalogue(kind))
                pos = std::max(pos, x.position);
            c.position = pos + 1;
            c.id = newId();
            cs.insert(c);
            ++plan.added;
        }
        scratch.apply(cs);
        plan.changes.append(cs);
    }
    return plan;
}

} // namespace pamoja::cataloguejson
