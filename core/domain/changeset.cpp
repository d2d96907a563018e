#include "changeset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QByteArray ChangeSet::toJson() const
{
    QJsonArray arr;
    for (const Change &c : changes) {
        QJsonObject o;
        o.insert(QStringLiteral("op"), QLatin1StringView(opName(c.op)));
        o.insert(QStringLiteral("kind"), kindInfo(c.kind).name);
        o.insert(QStringLiteral("id"), idString(c.id));
        if (!c.before.isEmpty())
            o.insert(QStringLiteral("before"), QJsonObject::fromVariantMap(c.before));
        if (!c.after.isEmpty())
            o.insert(QStringLiteral("after"), QJsonObject::fromVariantMap(c.after));
        arr.append(o);
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

ChangeSet ChangeSet::fromJson(const QByteArray &json)
{
    ChangeSet cs;
    const QJsonArray arr = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        const auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            continue;
        Change c;
        const QString op = o.value(QStringLiteral("op")).toString();
        c.op = op == QLatin1StringView("insert")   ? Change::Op::Insert
               : op == QLatin1StringView("remove") ? Change::Op::Remove
                                                   : Change::Op::Update;
        c.kind = *kind;
        c.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
        c.before = o.value(QStringLiteral("before")).toObject().toVariantMap();
        c.after = o.value(QStringLiteral("after")).toObject().toVariantMap();
        cs.changes.append(c);
    }
    return cs;
}

} // namespace pamoja
