#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace pamoja::i18n {

namespace {
const auto SettingsKey = QStringLiteral("interface/language");

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> list;
    return list;
}
} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")};
}

QString nativeName(const QString &code)
{
    const QLocale l(code);
    const QString name = l.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString preferredLanguage()
{
    const QString chosen = QSettings().value(SettingsKey).toString();
    if (supportedLanguages().contains(chosen))
        return chosen;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (supportedLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void setPreferredLanguage(const QString &code)
{
    QSettings s;
    if (code.isEmpty())
        s.remove(SettingsKey);
    else
        s.setValue(SettingsKey, code);
}

std::unique_ptr<QTranslator> translator(const QString &code)
{
    auto t = std::make_unique<QTranslator>();
    // English is the source language; its file holds only the plural forms.
    if (!t->load(QStringLiteral(":/i18n/pamoja_%1.qm").arg(code)))
        return nullptr;
    return t;
}

bool install(const QString &code)
{
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    auto own = translator(code);
    if (!own) {
        QLocale::setDefault(QLocale(QLocale::English));
        return false;
    }
    QLocale::setDefault(QLocale(code));
    QCoreApplication::installTranslator(own.get());
    installed().push_back(std::move(own));
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return true;
}

} // namespace pamoja::i18n
