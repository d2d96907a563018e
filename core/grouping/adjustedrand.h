#pragma once

// The adjusted Rand index of two labellings of the same items (Hubert and Arabie 1985), computed as
// scikit-learn does from the pair confusion counts: 1 for identical partitions (also when both put
// everything in one group, or every item alone), about 0 for chance, negative below chance.

#include <QList>

namespace pamoja {

// 'a' and 'b': one label per item, same length (else 0 is returned). Fewer than two items: 1.
double adjustedRandIndex(const QList<int> &a, const QList<int> &b);

} // namespace pamoja
