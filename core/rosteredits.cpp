#include "rosteredits.h"

#include "edits.h"

#include "domain/constituency.h"

#include <QCoreApplication>

namespace pamoja::edits {

QStringList participantRoles()
{
    return {QStringLiteral("facilitator"), QStringLiteral("participant"), QStringLiteral("observer")};
}

QString participantRoleLabel(const QString &role)
{
    if (role == QLatin1StringView("facilitator"))
        return QCoreApplication::translate("pamoja::RosterEdits", "Facilitator");
    if (role == QLatin1StringView("observer"))
        return QCoreApplication::translate("pamoja::RosterEdits", "Observer");
    return QCoreApplication::translate("pamoja::RosterEdits", "Participant");
}

Result<ChangeSet> editParticipant(const WorkshopData &data, Participant next, const std::optional<QString> &orgName)
{
    const Participant *cur = data.participant(next.id);
    if (!cur)
        return Error{QCoreApplication::translate("pamoja::RosterEdits", "That participant does not exist.")};
    next.name = next.name.trimmed();
    if (next.name.isEmpty())
        return Error{QCoreApplication::translate("pamoja::RosterEdits", "A participant needs a name or an alias.")};
    if (next.name.size() > 200)
        return Error{QCoreApplication::translate("pamoja::RosterEdits", "A name can be at most 200 characters long.")};
    for (const Participant &p : data.table<Participant>().items())
        if (p.id != next.id && p.name.compare(next.name, Qt::CaseInsensitive) == 0)
            return Error{QCoreApplication::translate("pamoja::RosterEdits", "There is already a participant called \"%1\".").arg(next.name)};
    if (!constituency::isValid(next.constituency))
        return Error{QCoreApplication::translate("pamoja::RosterEdits", "Unknown constituency \"%1\".").arg(next.constituency)};
    if (!participantRoles().contains(next.role))
        return Error{QCoreApplication::translate("pamoja::RosterEdits", "Unknown role \"%1\".").arg(next.role)};
    ChangeSet cs;
    if (orgName) {
        next.organisationId = findOrCreateOrganisation(data, *orgName, next, cs);
    }
    cs.update(*cur, next);
    return cs;
}

Result<ChangeSet> removeParticipant(const WorkshopData &data, const QUuid &id)
{
    const Participant *p = data.participant(id);
    if (!p)
        return Error{QCoreApplication::translate("pamoja::RosterEdits", "That participant does not exist.")};
    const bool used =
        !data.table<Idea>().select([&](const Idea &i) { return i.authorId == id; }).isEmpty() ||
        !data.table<Vote>().select([&](const Vote &v) { return v.participantId == id; }).isEmpty() ||
        !data.table<Action>().select([&](const Action &a) { return a.ownerId == id || a.coOwnerId == id; }).isEmpty();
    if (used)
        return Error{QCoreApplication::translate("pamoja::RosterEdits",
                                                 "%1 has contributed ideas, votes or actions; mark them as not present instead.")
                         .arg(p->name)};
    ChangeSet cs;
    cs.remove(*p);
    return cs;
}

} // namespace pamoja::edits
