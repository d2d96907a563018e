#pragma once

#include <QSet>
#include <QString>

namespace pamoja::stopwords {

// Common function words of a shipped language (en, nl, fr, es, pt), lower case: they carry no theme
// and are left out before stemming. Empty for other languages.
const QSet<QString> &of(const QString &language);

} // namespace pamoja::stopwords
