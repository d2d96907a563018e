#include "boardstyle.h"

#include <QCoreApplication>

namespace pamoja::boardstyle {

QColor noteFill()
{
    return QColor(0xff, 0xf6, 0xc4);
}

QColor noteText()
{
    return QColor(0x1c, 0x1c, 0x1c);
}

QColor constituencyColour(const QString &code)
{
    if (code == QLatin1StringView("south"))
        return QColor(0x1b, 0x7f, 0x5a);
    if (code == QLatin1StringView("north"))
        return QColor(0x2f, 0x5f, 0xa8);
    if (code == QLatin1StringView("donor"))
        return QColor(0x9c, 0x3f, 0x82);
    if (code == QLatin1StringView("other"))
        return QColor(0x66, 0x5c, 0x3c);
    return QColor(0x80, 0x80, 0x80);
}

QString constituencyShort(const QString &code)
{
    if (code == QLatin1StringView("south"))
        return QCoreApplication::translate("pamoja::BoardStyle", "South");
    if (code == QLatin1StringView("north"))
        return QCoreApplication::translate("pamoja::BoardStyle", "North");
    if (code == QLatin1StringView("donor"))
        return QCoreApplication::translate("pamoja::BoardStyle", "Donor");
    if (code == QLatin1StringView("other"))
        return QCoreApplication::translate("pamoja::BoardStyle", "Other");
    return QCoreApplication::translate("pamoja::BoardStyle", "Anonymous");
}

} // namespace pamoja::boardstyle
