#include "record.h"

#include <QCoreApplication>
#include <QHash>

namespace pamoja {

QVariant detail::toValue(const QDateTime &v)
{
    return timeString(v);
}

void detail::fromValue(const QVariant &in, QDateTime &out)
{
    const QString s = in.toString();
    out = s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QString idString(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString timeString(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QUuid newId()
{
    return QUuid::createUuid();
}

namespace {

QString tableFor(EntityKind k)
{
    switch (k) {
    case EntityKind::Workshop: return QStringLiteral("workshop");
    case EntityKind::Prompt: return QStringLiteral("prompts");
    case EntityKind::Organisation: return QStringLiteral("organisations");
    case EntityKind::Participant: return QStringLiteral("participants");
    case EntityKind::Cluster: return QStringLiteral("clusters");
    case EntityKind::Idea: return QStringLiteral("ideas");
    case EntityKind::CatalogueItem: return QStringLiteral("catalogue");
    case EntityKind::Tag: return QStringLiteral("tags");
    case EntityKind::VotingRound: return QStringLiteral("voting_rounds");
    case EntityKind::Vote: return QStringLiteral("votes");
    case EntityKind::SystemChange: return QStringLiteral("system_changes");
    case EntityKind::Action: return QStringLiteral("actions");
    case EntityKind::Link: return QStringLiteral("links");
    }
    return {};
}

QString nameFor(EntityKind k)
{
    switch (k) {
    case EntityKind::Workshop: return QStringLiteral("workshop");
    case EntityKind::Prompt: return QStringLiteral("prompt");
    case EntityKind::Organisation: return QStringLiteral("organisation");
    case EntityKind::Participant: return QStringLiteral("participant");
    case EntityKind::Cluster: return QStringLiteral("cluster");
    case EntityKind::Idea: return QStringLiteral("idea");
    case EntityKind::CatalogueItem: return QStringLiteral("catalogue_item");
    case EntityKind::Tag: return QStringLiteral("tag");
    case EntityKind::VotingRound: return QStringLiteral("voting_round");
    case EntityKind::Vote: return QStringLiteral("vote");
    case EntityKind::SystemChange: return QStringLiteral("system_change");
    case EntityKind::Action: return QStringLiteral("action");
    case EntityKind::Link: return QStringLiteral("link");
    }
    return {};
}

struct Registry
{
    QHash<int, KindInfo> infos;
    QList<EntityKind> order;
    Registry()
    {
        forEachEntityType([this]<class T>() {
            infos.insert(int(T::Kind), KindInfo{T::Kind, nameFor(T::Kind), tableFor(T::Kind), fieldsOf<T>()});
            order.append(T::Kind);
        });
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}

bool valueHasType(const QVariant &v, FieldType t)
{
    switch (t) {
    case FieldType::Text: return v.typeId() == QMetaType::QString;
    case FieldType::Int: return v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong;
    case FieldType::Bool: return v.typeId() == QMetaType::Bool;
    case FieldType::Real:
        return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int ||
               v.typeId() == QMetaType::LongLong;
    case FieldType::Id: {
        if (v.typeId() != QMetaType::QString)
            return false;
        const QString s = v.toString();
        return s.isEmpty() || (s.size() == 36 && !QUuid::fromString(s).isNull());
    }
    case FieldType::Time: {
        if (v.typeId() != QMetaType::QString)
            return false;
        const QString s = v.toString();
        return s.isEmpty() || QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
    }
    }
    return false;
}

} // namespace

const KindInfo &kindInfo(EntityKind k)
{
    return *registry().infos.constFind(int(k));
}

const QList<EntityKind> &allKinds()
{
    return registry().order;
}

std::optional<EntityKind> kindFromName(const QString &name)
{
    for (EntityKind k : allKinds())
        if (kindInfo(k).name == name || kindInfo(k).table == name)
            return k;
    return std::nullopt;
}

QString recordProblem(EntityKind k, const Record &r, bool requireAll)
{
    const KindInfo &info = kindInfo(k);
    for (const Field &f : info.fields) {
        const auto it = r.constFind(f.name);
        if (it == r.constEnd()) {
            if (requireAll)
                return QCoreApplication::translate("pamoja::Record", "%1 has no field \"%2\".")
                    .arg(info.name, f.name);
            continue;
        }
        if (!valueHasType(*it, f.type))
            return QCoreApplication::translate("pamoja::Record", "Field \"%2\" of %1 has a wrong type or form.")
                .arg(info.name, f.name);
    }
    for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
        const bool known = std::any_of(info.fields.cbegin(), info.fields.cend(),
                                       [&](const Field &f) { return f.name == it.key(); });
        if (!known)
            return QCoreApplication::translate("pamoja::Record", "%1 has an unknown field \"%2\".")
                .arg(info.name, it.key());
    }
    return {};
}

bool recordsEqual(EntityKind k, const Record &a, const Record &b)
{
    for (const Field &f : kindInfo(k).fields) {
        const QVariant va = a.value(f.name), vb = b.value(f.name);
        if (f.type == FieldType::Real) {
            if (va.toDouble() != vb.toDouble())
                return false;
        } else if (f.type == FieldType::Int) {
            if (va.toLongLong() != vb.toLongLong())
                return false;
        } else if (va != vb) {
            return false;
        }
    }
    return true;
}

} // namespace pamoja
