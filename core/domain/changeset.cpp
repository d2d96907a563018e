#include "changeset.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <cstdio>

namespace pamoja {

Change Change::inverted() const
{
    switch (op) {
    case Op::Insert: return {Op::Remove, kind, id, after, {}};
    case Op::Remove: return {Op::Insert, kind, id, {}, before};
    case Op::Update: return {Op::Update, kind, id, after, before};
    }
    return *this;
}

ChangeSet ChangeSet::inverted() const
{
    ChangeSet inv;
    inv.changes.reserve(changes.size());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        inv.changes.append(it->inverted());
    return inv;
}

bool ChangeSet::touches(EntityKind k) const
{
    return std::any_of(changes.cbegin(), changes.cend(), [k](const Change &c) { return c.kind == k; });
}

void ChangeSet::append(const ChangeSet &other)
{
    if (changes.isEmpty()) {
        changes = other.changes;
        return;
    }
    QSet<QUuid> incoming;
    for (const Change &c : other.changes)
        incoming.insert(c.id);
    QHash<QUuid, qsizetype> latest; // the latest change here to an entity that other changes too
    for (qsizetype i = 0; i < changes.size(); ++i)
        if (incoming.contains(changes.at(i).id))
            latest.insert(changes.at(i).id, i);
    QList<qsizetype> dropped;
    const auto add = [&](const Change &c) {
        latest.insert(c.id, changes.size());
        changes.append(c);
    };
    for (const Change &c : other.changes) {
        const auto found = latest.constFind(c.id);
        if (found == latest.cend() || changes.at(*found).kind != c.kind) {
            add(c);
            continue;
        }
        const qsizetype at = *found;
        Change &prev = changes[at];
        using Op = Change::Op;
        if (prev.op == Op::Remove) {
            if (c.op == Op::Insert)
                add(c); // back again
            continue;   // otherwise already gone
        }
        if (c.op == Op::Insert) {
            add(c); // inserted twice: the check refuses it
            continue;
        }
        if (c.op == Op::Remove) {
            dropped.append(at);
            latest.remove(c.id);
            if (prev.op == Op::Update) {
                // Removed after its update: the update is moot, but the removal must say what the
                // entity was before it (a listener reading 'before' would otherwise miss the update).
                Change removal = c;
                for (auto it = prev.before.constBegin(); it != prev.before.constEnd(); ++it)
                    removal.before.insert(it.key(), it.value());
                add(removal); // may reallocate: prev is not used after this
            }
            continue; // removed after its insert: neither happens
        }
        // An update, folded into the earlier insert or update.
        for (auto it = c.after.constBegin(); it != c.after.constEnd(); ++it) {
            if (prev.op == Op::Update && !prev.before.contains(it.key()))
                prev.before.insert(it.key(), c.before.value(it.key()));
            prev.after.insert(it.key(), it.value());
        }
        if (prev.op == Op::Update) {
            for (auto it = prev.after.begin(); it != prev.after.end();) {
                if (prev.before.value(it.key()) == it.value()) {
                    prev.before.remove(it.key());
                    it = prev.after.erase(it);
                } else {
                    ++it;
                }
            }
            if (prev.after.isEmpty()) {
                dropped.append(at);
                latest.remove(c.id);
            }
        }
    }
    std::sort(dropped.begin(), dropped.end(), std::greater<>());
    for (qsizetype i : std::as_const(dropped))
        changes.removeAt(i);
}

void ChangeSet::addUpdate(EntityKind kind, const QUuid &id, const Record &before, const Record &after)
{
    Record b, a;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QVariant old = before.value(it.key());
        if (old != it.value()) {
            b.insert(it.key(), old);
            a.insert(it.key(), it.value());
        }
    }
    if (!a.isEmpty())
        changes.append({Change::Op::Update, kind, id, b, a});
}

namespace {
const char *opName(Change::Op op)
{
    switch (op) {
    case Change::Op::Insert: return "insert";
    case Change::Op::Update: return "update";
    case Change::Op::Remove: return "remove";
    }
    return "";
}
} // namespace

namespace {
// Written by hand rather than through QJsonObject: every change goes through here for its history
// row, and building JSON objects was a quarter of the time an edit takes.
void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendValue(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString: appendString(out, v.toString()); break;
    case QMetaType::Bool: out += v.toBool() ? "true" : "false"; break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: out += QByteArray::number(v.toLongLong()); break;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            out += "null";
        else if (d == std::floor(d) && std::abs(d) < 1e15)
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        break;
    }
    default:
        if (!v.isValid() || v.isNull())
            out += "null";
        else
            out += QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    }
}

void appendRecord(QByteArray &out, const Record &r)
{
    out += '{';
    bool first = true;
    for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}
} // namespace

QByteArray ChangeSet::toJson() const
{
    QByteArray out;
    out.reserve(512 * changes.size() + 2);
    out += '[';
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &c = changes[i];
        if (i)
            out += ',';
        out += "{\"op\":\"";
        out += opName(c.op);
        out += "\",\"kind\":";
        appendString(out, kindInfo(c.kind).name);
        out += ",\"id\":";
        appendString(out, idString(c.id));
        if (!c.before.isEmpty()) {
            out += ",\"before\":";
            appendRecord(out, c.before);
        }
        if (!c.after.isEmpty()) {
            out += ",\"after\":";
            appendRecord(out, c.after);
        }
        out += '}';
    }
    out += ']';
    return out;
}

Result<ChangeSet> ChangeSet::fromJson(const QByteArray &json)
{
    auto refuse = [](const QString &why) {
        return Error{QCoreApplication::translate("pamoja::ChangeSet", "The change log is not readable: %1").arg(why)};
    };
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return refuse(err.errorString());
    if (!doc.isArray())
        return refuse(QCoreApplication::translate("pamoja::ChangeSet", "it is not a list of changes."));
    ChangeSet cs;
    const QJsonArray arr = doc.array();
    for (qsizetype n = 0; n < arr.size(); ++n) {
        const QString where = QString::number(n + 1);
        if (!arr[n].isObject())
            return refuse(QCoreApplication::translate("pamoja::ChangeSet", "change %1 is not an object.").arg(where));
        const QJsonObject o = arr[n].toObject();
        const QString kindName = o.value(QStringLiteral("kind")).toString();
        const auto kind = kindFromName(kindName);
        if (!kind)
            return refuse(QCoreApplication::translate("pamoja::ChangeSet", "change %1 is of an unknown kind \"%2\".").arg(where, kindName.left(40)));
        Change c;
        const QString op = o.value(QStringLiteral("op")).toString();
        if (op == QLatin1StringView("insert"))
            c.op = Change::Op::Insert;
        else if (op == QLatin1StringView("update"))
            c.op = Change::Op::Update;
        else if (op == QLatin1StringView("remove"))
            c.op = Change::Op::Remove;
        else
            return refuse(QCoreApplication::translate("pamoja::ChangeSet", "change %1 has an unknown operation \"%2\".").arg(where, op.left(40)));
        c.kind = *kind;
        const QString id = o.value(QStringLiteral("id")).toString();
        c.id = QUuid::fromString(id);
        if (c.id.isNull() || id.size() != 36)
            return refuse(QCoreApplication::translate("pamoja::ChangeSet", "change %1 has no valid id.").arg(where));
        for (const auto &[key, record] : {std::pair{QStringLiteral("before"), &c.before}, std::pair{QStringLiteral("after"), &c.after}}) {
            const QJsonValue v = o.value(key);
            if (!v.isUndefined() && !v.isObject())
                return refuse(QCoreApplication::translate("pamoja::ChangeSet", "change %1 has a \"%2\" that is not an object.").arg(where, key));
            *record = v.toObject().toVariantMap();
        }
        cs.changes.append(c);
    }
    return cs;
}

} // namespace pamoja
