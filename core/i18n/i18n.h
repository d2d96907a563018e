#pragma once

#include <QStringList>
#include <QTranslator>

#include <memory>

namespace pamoja::i18n {

// Languages the interface, participant page and report come in; "en" is the source language.
QStringList supportedLanguages();
QString nativeName(const QString &code);
// The language chosen in settings, else the system's when supported, else English.
QString preferredLanguage();
void setPreferredLanguage(const QString &code); // empty: follow the system
// Replaces the application's translators (Pamoja's and Qt's own) with those for 'code'. False when
// Pamoja's own catalogue for it cannot be loaded: the interface is then in English (Qt's own
// catalogue is optional, Debian ships it in a separate package).
bool install(const QString &code);
// A translator for one language, independent of the interface (reports in another language).
std::unique_ptr<QTranslator> translator(const QString &code);

} // namespace pamoja::i18n
