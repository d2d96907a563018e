#pragma once

#include "../domain/entities.h"

#include <QList>

namespace pamoja {

// The starting catalogue shipped with Pamoja: themes, and a derived (not the official) list of
// factors behind North-South power imbalance and of corrective measures. Names and descriptions are
// stored in 'language' (the workshop's first language; English when it is not shipped), keywords in
// every shipped language; the facilitator can edit all of it.
QList<CatalogueItem> defaultCatalogue(const QString &language = QStringLiteral("en"));
QString defaultCatalogueProvenance();

} // namespace pamoja
