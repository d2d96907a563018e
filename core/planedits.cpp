#include "planedits.h"

#include "domain/constituency.h"
#include "edits.h"

#include <QCoreApplication>

namespace pamoja::edits {

SystemChange systemChangeFrom(const WorkshopData &data, const QUuid &sourceId)
{
    SystemChange sc;
    if (const Cluster *c = data.table<Cluster>().find(sourceId)) {
        sc.title = c->title;
        sc.sourceId = c->id;
    } else if (const Idea *i = data.table<Idea>().find(sourceId)) {
        sc.title = i->text.left(200);
        sc.sourceId = i->id;
    }
    return sc;
}

Result<ChangeSet> addSystemChange(const WorkshopData &data, SystemChange sc, QUuid *newIdOut)
{
    sc.title = sc.title.trimmed();
    if (sc.title.isEmpty())
        return Error{QCoreApplication::translate("pamoja::PlanEdits", "A system change needs a title.")};
    if (!sc.sourceId.isNull() && !data.table<Cluster>().contains(sc.sourceId) &&
        !data.table<Idea>().contains(sc.sourceId))
        return Error{QCoreApplication::translate("pamoja::PlanEdits", "The vision this change was made from no longer exists.")};
    if (sc.id.isNull())
        sc.id = newId();
    if (!sc.created.isValid())
        sc.created = QDateTime::currentDateTimeUtc();
    ChangeSet cs;
    cs.insert(sc);
    if (!sc.sourceId.isNull()) {
        Link l;
        l.id = newId();
        l.fromId = sc.sourceId;
        l.toId = sc.id;
        cs.insert(l);
    }
    if (newIdOut)
        *newIdOut = sc.id;
    return cs;
}

ChangeSet removeSystemChange(const WorkshopData &data, const QUuid &id)
{
    ChangeSet cs;
    if (const SystemChange *sc = data.table<SystemChange>().find(id)) {
        cs.append(removeDependents(data, id));
        cs.remove(*sc);
    }
    return cs;
}

QStringList actionStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("done"), QStringLiteral("dropped")};
}

QString actionStatusLabel(const QString &status)
{
    if (status == QLatin1StringView("open"))
        return QCoreApplication::translate("pamoja::PlanEdits", "Open");
    if (status == QLatin1StringView("in_progress"))
        return QCoreApplication::translate("pamoja::PlanEdits", "In progress");
    if (status == QLatin1StringView("done"))
        return QCoreApplication::translate("pamoja::PlanEdits", "Done");
    if (status == QLatin1StringView("dropped"))
        return QCoreApplication::translate("pamoja::PlanEdits", "Dropped");
    return status;
}

Result<ChangeSet> addAction(const WorkshopData &data, Action a, const QList<QUuid> &systemChanges, QUuid *newIdOut)
{
    a.description = a.description.trimmed();
    if (a.description.isEmpty())
        return Error{QCoreApplication::translate("pamoja::PlanEdits", "An action needs a description.")};
    if (!actionStatuses().contains(a.status))
        return Error{QCoreApplication::translate("pamoja::PlanEdits", "Unknown action status \"%1\".").arg(a.status)};
    if ((!a.ownerId.isNull() && !data.participant(a.ownerId)) || (!a.coOwnerId.isNull() && !data.participant(a.coOwnerId)))
        return Error{QCoreApplication::translate("pamoja::PlanEdits", "That participant does not exist.")};
    for (const QUuid &sc : systemChanges)
        if (!data.table<SystemChange>().contains(sc))
            return Error{QCoreApplication::translate("pamoja::PlanEdits", "That system change does not exist.")};
    if (a.id.isNull())
        a.id = newId();
    if (!a.created.isValid())
        a.created = QDateTime::currentDateTimeUtc();
    ChangeSet cs;
    cs.insert(a);
    for (const QUuid &sc : systemChanges) {
        Link l;
        l.id = newId();
        l.fromId = sc;
        l.toId = a.id;
        cs.insert(l);
    }
    if (newIdOut)
        *newIdOut = a.id;
    return cs;
}

ChangeSet removeAction(const WorkshopData &data, const QUuid &id)
{
    ChangeSet cs;
    if (const Action *a = data.table<Action>().find(id)) {
        cs.append(removeDependents(data, id));
        cs.remove(*a);
    }
    return cs;
}

bool ownersOnSameSide(const WorkshopData &data, const Action &a)
{
    const Participant *o = data.participant(a.ownerId);
    const Participant *c = data.participant(a.coOwnerId);
    if (!o || !c || o->id == c->id)
        return false;
    const bool sided = o->constituency == constituency::North || o->constituency == constituency::South;
    return sided && o->constituency == c->constituency;
}

ChangeSet importOpenActions(const WorkshopData &target, const WorkshopData &earlier, int *imported, int *skipped)
{
    ChangeSet cs;
    int added = 0, already = 0;
    const QString origin = earlier.workshop().title.trimmed().isEmpty()
                               ? QCoreApplication::translate("pamoja::PlanEdits", "Earlier workshop")
                               : earlier.workshop().title.trimmed();
    auto matchOwner = [&](const QUuid &id) -> QUuid {
        const QString name = earlier.participantName(id);
        if (name.isEmpty())
            return {};
        for (const Participant &p : target.table<Participant>().items())
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                return p.id;
        return {};
    };
    auto list = earlier.table<Action>().select([](const Action &a) {
        return a.status == QLatin1StringView("open") || a.status == QLatin1StringView("in_progress");
    });
    std::stable_sort(list.begin(), list.end(), [](const Action &a, const Action &b) { return a.created < b.created; });
    for (const Action &src : list) {
        const bool present = !target.table<Action>()
                                  .select([&](const Action &a) { return a.origin == origin && a.description == src.description; })
                                  .isEmpty();
        if (present) {
            ++already;
            continue;
        }
        Action a;
        a.id = newId();
        a.description = src.description;
        a.dueDate = src.dueDate;
        a.status = src.status;
        a.origin = origin;
        a.ownerId = matchOwner(src.ownerId);
        a.coOwnerId = matchOwner(src.coOwnerId);
        a.created = QDateTime::currentDateTimeUtc();
        cs.insert(a);
        ++added;
    }
    if (imported)
        *imported = added;
    if (skipped)
        *skipped = already;
    return cs;
}

ChangeSet setRoundOpen(const WorkshopData &data, const QUuid &roundId, bool open)
{
    return modify<VotingRound>(data, roundId, [&](VotingRound &r) { r.open = open; });
}

Result<ChangeSet> addCatalogueItem(const WorkshopData &data, CatalogueItem item, QUuid *newIdOut)
{
    static const QStringList kinds{QStringLiteral("theme"), QStringLiteral("factor"), QStringLiteral("measure")};
    if (!kinds.contains(item.kind))
        return Error{QCoreApplication::translate("pamoja::PlanEdits", "Unknown catalogue kind \"%1\".").arg(item.kind)};
    item.name = item.name.trimmed();
    item.code = item.code.trimmed();
    if (item.name.isEmpty())
        return Error{QCoreApplication::translate("pamoja::PlanEdits", "A catalogue entry needs a name.")};
    const auto same = data.catalogue(item.kind);
    int maxNumber = 0, maxPosition = -1;
    for (const CatalogueItem &c : same) {
        maxPosition = std::max(maxPosition, c.position);
        maxNumber = std::max(maxNumber, c.code.mid(1).toInt());
        if (!item.code.isEmpty() && c.code.compare(item.code, Qt::CaseInsensitive) == 0)
            return Error{QCoreApplication::translate("pamoja::PlanEdits", "The code %1 is already in use.").arg(item.code)};
    }
    if (item.code.isEmpty()) {
        const QChar prefix = item.kind == QLatin1StringView("theme") ? QLatin1Char('T')
                             : item.kind == QLatin1StringView("factor") ? QLatin1Char('F')
                                                                        : QLatin1Char('M');
        item.code = prefix + QStringLiteral("%1").arg(maxNumber + 1, 2, 10, QLatin1Char('0'));
    }
    if (item.provenance.trimmed().isEmpty())
        item.provenance = QCoreApplication::translate("pamoja::PlanEdits", "Added by the facilitator");
    item.position = maxPosition + 1;
    if (item.id.isNull())
        item.id = newId();
    ChangeSet cs;
    cs.insert(item);
    if (newIdOut)
        *newIdOut = item.id;
    return cs;
}

int catalogueItemUses(const WorkshopData &data, const QUuid &itemId)
{
    int n = 0;
    for (const Tag &t : data.table<Tag>().items())
        if (t.itemId == itemId)
            ++n;
    return n;
}

ChangeSet removeCatalogueItem(const WorkshopData &data, const QUuid &itemId)
{
    ChangeSet cs;
    const CatalogueItem *item = data.table<CatalogueItem>().find(itemId);
    if (!item)
        return cs;
    for (const Tag &t : data.table<Tag>().select([&](const Tag &t) { return t.itemId == itemId; }))
        cs.remove(t);
    cs.append(removeDependents(data, itemId));
    cs.remove(*item);
    return cs;
}

QList<CatalogueItem> measuresCountering(const WorkshopData &data, const QString &factorCode)
{
    QList<CatalogueItem> out;
    for (const CatalogueItem &m : data.catalogue(QStringLiteral("measure"))) {
        const QStringList codes = m.counters.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &c : codes)
            if (c.trimmed().compare(factorCode, Qt::CaseInsensitive) == 0) {
                out.append(m);
                break;
            }
    }
    return out;
}

} // namespace pamoja::edits
