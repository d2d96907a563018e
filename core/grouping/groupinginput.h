#pragma once

// What the command line and the window group: the loose ideas of a step (on the board, in no
// cluster, not hidden), or only the selected ones among them, and the workshop's whole catalogue.

#include "../domain/workshopdata.h"
#include "ideagrouper.h"

#include <QSet>

namespace pamoja::grouping {

// 'only': when not empty, just these ideas (a selection on the board).
QList<GroupingIdea> looseIdeas(const WorkshopData &data, int step, const QSet<QUuid> &only = {});
// Themes, factors and measures, in that order.
QList<CatalogueItem> wholeCatalogue(const WorkshopData &data);

} // namespace pamoja::grouping
