#pragma once

#include "../domain/changeset.h"

#include <QStringList>

namespace pamoja {

// What a facilitator did to other people's contributions or to the rules, as shown in the history
// panel and the report: edit, merge, hide, delete, vote reset, anonymity change.
enum class Intervention { Edit, Merge, Hide, Delete, VoteReset, Anonymity };

// The interventions a change set contains. A single vote row removed on its own is a participant
// taking back a dot, not a reset; two or more removed together without new votes are a reset.
QList<Intervention> interventionsIn(const ChangeSet &cs);
QString interventionLabel(Intervention i);

// "What it was before", one line per changed entity, for showing on demand.
QStringList earlierState(const ChangeSet &cs);

} // namespace pamoja
