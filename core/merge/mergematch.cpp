#include "mergematch.h"

#include "../domain/identity.h"
#include "../domain/validation.h"

namespace pamoja::merge {

namespace {

// The target's entities by key; of several with one key the smallest id, so the choice never
// depends on hashing.
template <class T, class Key> QHash<QString, QUuid> byKey(const WorkshopData &data, Key key)
{
    QHash<QString, QUuid> out;
    for (const T &e : data.table<T>().items()) {
        const QString k = key(e);
        if (k.isEmpty())
            continue;
        const auto it = out.constFind(k);
        if (it == out.constEnd() || e.id < *it)
            out.insert(k, e.id);
    }
    return out;
}

bool inTarget(const WorkshopData &target, const QUuid &id)
{
    const auto &kinds = allKinds();
    return std::any_of(kinds.cbegin(), kinds.cend(), [&](EntityKind k) { return target.contains(k, id); });
}

} // namespace

Identities matchIdentities(const WorkshopData &target, const WorkshopData &source)
{
    Identities ids;
    const auto orgKey = [](const Organisation &o) { return identity::nameKey(o.name); };
    const QHash<QString, QUuid> orgs = byKey<Organisation>(target, orgKey);
    for (const Organisation &o : source.table<Organisation>().all()) {
        if (inTarget(target, o.id))
            continue;
        if (const QUuid match = orgs.value(orgKey(o)); !match.isNull()) {
            ids.remap.insert(o.id, match);
            ++ids.matched[int(EntityKind::Organisation)];
        }
    }
    const auto personKey = [](const Participant &p, const QUuid &org) {
        const QString name = identity::nameKey(p.name);
        return name.isEmpty() ? QString() : name + QLatin1Char('/') + idString(org);
    };
    const QHash<QString, QUuid> people =
        byKey<Participant>(target, [&](const Participant &p) { return personKey(p, p.organisationId); });
    for (const Participant &p : source.table<Participant>().all()) {
        if (inTarget(target, p.id))
            continue;
        const QString key = personKey(p, ids.remap.value(p.organisationId, p.organisationId));
        if (const QUuid match = people.value(key); !match.isNull() && !key.isEmpty()) {
            ids.remap.insert(p.id, match);
            ids.participants.append({p.id, match, p.name});
            ++ids.matched[int(EntityKind::Participant)];
        }
    }
    const QHash<QString, QUuid> items =
        byKey<CatalogueItem>(target, [](const CatalogueItem &c) { return identity::catalogueKey(c); });
    for (const CatalogueItem &c : source.table<CatalogueItem>().all()) {
        if (inTarget(target, c.id))
            continue;
        if (const QUuid match = items.value(identity::catalogueKey(c)); !match.isNull()) {
            ids.remap.insert(c.id, match);
            ++ids.matched[int(EntityKind::CatalogueItem)];
        }
    }
    return ids;
}

Record remapped(EntityKind kind, Record r, const QHash<QUuid, QUuid> &remap)
{
    if (remap.isEmpty())
        return r;
    for (const Reference &ref : references()) {
        if (ref.kind != kind)
            continue;
        const QLatin1StringView field(ref.field);
        const auto it = r.find(field);
        if (it == r.end() || it->toString().isEmpty())
            continue;
        const auto to = remap.constFind(QUuid::fromString(it->toString()));
        if (to != remap.constEnd())
            *it = idString(*to);
    }
    return r;
}

} // namespace pamoja::merge
