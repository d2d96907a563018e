#pragma once

#include <QString>

namespace pamoja {

// Lower case without accents and surrounding space, so words people type compare alike:
// "Présent " and "presente", "Organización" and "organizacion".
inline QString foldText(const QString &s)
{
    const QString d = s.trimmed().toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (const QChar c : d)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out;
}

} // namespace pamoja
