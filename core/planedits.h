#pragma once

// Change-set builders for the facilitator's side panels: system changes (step 2), actions
// (step 3), voting round state, the catalogue, and carrying actions over from an earlier workshop.
// Like edits.h they only describe a change; Document::apply() makes it.

#include "domain/workshopdata.h"
#include "result.h"

namespace pamoja::edits {

// A draft prefilled from a cluster or idea of step 1: its title, and the source it serves.
SystemChange systemChangeFrom(const WorkshopData &data, const QUuid &sourceId);
// Inserts the item and links its source (vision -> change) when it has one.
Result<ChangeSet> addSystemChange(const WorkshopData &data, SystemChange change, QUuid *newId = nullptr);
ChangeSet removeSystemChange(const WorkshopData &data, const QUuid &id);

QStringList actionStatuses(); // open, in_progress, done, dropped
QString actionStatusLabel(const QString &status);
// Inserts the action and links each system change to it (change -> action).
Result<ChangeSet> addAction(const WorkshopData &data, Action action, const QList<QUuid> &systemChanges,
                            QUuid *newId = nullptr);
ChangeSet removeAction(const WorkshopData &data, const QUuid &id);
// True when owner and co-owner are both set and both come from the North or both from the South.
bool ownersOnSameSide(const WorkshopData &data, const Action &action);

// Copies the open and in-progress actions of an earlier workshop, with origin set to its title and
// owners matched by name. Actions already carried over (same description and origin) are skipped.
ChangeSet importOpenActions(const WorkshopData &target, const WorkshopData &earlier, int *imported = nullptr,
                            int *skipped = nullptr);

ChangeSet setRoundOpen(const WorkshopData &data, const QUuid &roundId, bool open);

// Catalogue: kind is theme, factor or measure. A missing code gets the next free one (T11, F18...).
Result<ChangeSet> addCatalogueItem(const WorkshopData &data, CatalogueItem item, QUuid *newId = nullptr);
int catalogueItemUses(const WorkshopData &data, const QUuid &itemId); // tags that apply it
// Removes the item with its tags.
ChangeSet removeCatalogueItem(const WorkshopData &data, const QUuid &itemId);
// Measures naming a factor code in 'counters'.
QList<CatalogueItem> measuresCountering(const WorkshopData &data, const QString &factorCode);

} // namespace pamoja::edits
