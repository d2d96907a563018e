#pragma once

// Change-set builders for editing the roster in place (the participants panel).

#include "domain/workshopdata.h"
#include "result.h"

namespace pamoja::edits {

QStringList participantRoles(); // facilitator, participant, observer
QString participantRoleLabel(const QString &role);

// Replaces a participant's fields with 'next' (same id). The name must stay unique and non-empty,
// constituency and role valid. organisationName, when given, is matched to an existing
// organisation by name or short name or creates one; empty keeps the current organisation.
Result<ChangeSet> editParticipant(const WorkshopData &data, Participant next,
                                  const std::optional<QString> &organisationName = std::nullopt);

// Removes a participant who has no ideas, votes or actions; otherwise explains why not (mark them
// absent instead).
Result<ChangeSet> removeParticipant(const WorkshopData &data, const QUuid &id);

} // namespace pamoja::edits
