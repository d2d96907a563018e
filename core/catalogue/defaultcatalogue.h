#pragma once

#include "../domain/entities.h"

#include <QList>

namespace pamoja {

// The starting catalogue shipped with Pamoja: themes, and a derived (not the official) list of
// factors behind North-South power imbalance and of corrective measures. Names are translated into
// the interface language when a workshop is created; the facilitator can edit all of it.
QList<CatalogueItem> defaultCatalogue();
QString defaultCatalogueProvenance();

} // namespace pamoja
