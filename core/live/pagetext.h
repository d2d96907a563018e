#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>

#include <memory>

namespace pamoja {

// Every string of the participant page, in one list (context "pamoja::ParticipantPage") so the
// translation pass finds them: PageRenderer prints them and the page's script receives the same
// list as /i18n/LANG.json. Looked up in the page's language without touching the application's
// installed translators (the server answers many languages at once).
class PageText
{
public:
    // "en" or an unknown code gives English.
    explicit PageText(const QString &language);
    ~PageText();
    PageText(const PageText &) = delete;
    PageText &operator=(const PageText &) = delete;

    QString language() const { return m_language; }
    // The translation of the string with this key; the key itself in brackets when it is unknown
    // (a programming error the tests look for).
    QString text(const char *key) const;
    // Whether the page's language has its own translation of the key (English always has).
    bool translated(const char *key) const;
    // {"key": "text", ...} for the page's script, sorted by key.
    QByteArray json() const;
    // The same for the given keys only (the offline contribution form embeds what it uses).
    QByteArray json(const QList<QByteArray> &keys) const;

    // For tests: every key and its English source.
    static int count();
    static const char *key(int i);
    static const char *source(int i);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace pamoja
