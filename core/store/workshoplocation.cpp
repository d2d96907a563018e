#include "workshoplocation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace pamoja {

namespace {

constexpr int MaxLength = 4096;


// Percent-decoding that refuses what a person cannot have meant: a broken escape, bytes that are not
// UTF-8, control characters.
Result<QString> decode(const QString &part, const QString &what)
{
    QByteArray bytes;
    const QByteArray raw = part.toUtf8();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '%') {
            bytes.append(c);
            continue;
        }
        bool ok = false;
        const int value = i + 2 < raw.size() ? raw.mid(i + 1, 2).toInt(&ok, 16) : 0;
        if (!ok || raw.mid(i + 1, 2).startsWith('+') || raw.mid(i + 1, 2).startsWith('-'))
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The %1 has a broken percent escape (a %% must be followed by two hexadecimal digits).").arg(what)};
        bytes.append(char(value));
        i += 2;
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The %1 is not valid UTF-8 once decoded.").arg(what)};
    for (const QChar ch : text)
        if (ch.category() == QChar::Other_Control)
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The %1 contains a control character.").arg(what)};
    return text;
}

// Values passed on to libpq inside its "key=value key=value" string without quoting.
bool plainValue(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._/~:@+-]{1,512}$"));
    return re.match(value).hasMatch();
}

struct Option
{
    const char *name;
    const char *pattern; // the values allowed
};

const Option knownOptions[] = {
    {"sslmode", "^(disable|allow|prefer|require|verify-ca|verify-full)$"},
    {"connect_timeout", "^[0-9]{1,4}$"},
    {"application_name", "^[A-Za-z0-9._-]{1,63}$"},
    {"sslrootcert", nullptr},
    {"sslcert", nullptr},
    {"sslkey", nullptr},
    {"sslcrl", nullptr},
    {"passfile", nullptr},
    {"target_session_attrs", "^(any|read-write|read-only|primary|standby|prefer-standby)$"},
    // How soon a connection lost mid-session (a venue's network dropping) is noticed.
    {"keepalives_idle", "^[0-9]{1,5}$"},
    {"keepalives_interval", "^[0-9]{1,5}$"},
    {"keepalives_count", "^[0-9]{1,3}$"},
    {"tcp_user_timeout", "^[0-9]{1,7}$"},
};

const Option *findOption(const QString &name)
{
    for (const Option &o : knownOptions)
        if (name == QLatin1StringView(o.name))
            return &o;
    return nullptr;
}

Result<WorkshopLocation> parseUri(const QString &text)
{
    WorkshopLocation l;
    l.kind = WorkshopLocation::Kind::Postgres;
    QString rest = text.mid(text.indexOf(QLatin1StringView("://")) + 3);
    if (rest.contains(QLatin1Char('#')))
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "A postgresql:// location cannot have a # part.")};

    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "A postgresql:// location needs a database name after the host, as in postgresql://host/dbname.")};
    auto database = decode(rest.mid(slash + 1), QCoreApplication::translate("pamoja::WorkshopLocation", "database name"));
    if (!database)
        return Error{database.error()};
    l.database = *database;
    if (l.database.isEmpty())
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "A postgresql:// location needs a database name after the host, as in postgresql://host/dbname.")};
    if (l.database.contains(QLatin1Char('/')))
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The database name cannot contain a slash.")};
    rest.truncate(slash);

    // user[:password]@ comes before the last @ (a password may contain an encoded @ only).
    if (const qsizetype at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        auto user = decode(colon < 0 ? userInfo : userInfo.left(colon), QCoreApplication::translate("pamoja::WorkshopLocation", "user name"));
        if (!user)
            return Error{user.error()};
        l.user = *user;
        if (colon >= 0) {
            auto password = decode(userInfo.mid(colon + 1), QCoreApplication::translate("pamoja::WorkshopLocation", "password"));
            if (!password)
                return Error{password.error()};
            l.password = *password;
        }
        if (l.user.isEmpty())
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The user name before @ is empty.")};
    }

    if (rest.contains(QLatin1Char(',')))
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "Pamoja connects to one database server: give one host, not a list.")};
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The IPv6 address is missing its closing ].")};
        l.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "Only a :port may follow the IPv6 address.")};
        portText = after.mid(1);
        // Only a real IPv6 address goes between brackets (found by fuzz_workshoplocation: "[.A0]").
        static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
        const QHostAddress address(l.host);
        if (!v6.match(l.host).hasMatch() || address.protocol() != QAbstractSocket::IPv6Protocol)
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The IPv6 address is not valid.")};
        if (after.startsWith(QLatin1Char(':')) && portText.isEmpty())
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The port after : is empty.")};
    } else {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        auto host = decode(colon < 0 ? rest : rest.left(colon), QCoreApplication::translate("pamoja::WorkshopLocation", "host name"));
        if (!host)
            return Error{host.error()};
        l.host = *host;
        if (colon >= 0) {
            portText = rest.mid(colon + 1);
            if (portText.isEmpty())
                return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The port after : is empty.")};
        }
        // A name or an IPv4 address (letters, digits, dots, hyphens), or a socket folder (/...).
        static const QRegularExpression name(QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
        const bool socketFolder = l.host.startsWith(QLatin1Char('/')) && plainValue(l.host);
        if (!l.host.isEmpty() && !socketFolder && (l.host.size() > 253 || !name.match(l.host).hasMatch()))
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The host name \"%1\" is not valid.").arg(l.host.left(80))};
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        l.port = digits.match(portText).hasMatch() ? portText.toInt(&ok) : 0;
        if (!ok || l.port < 1 || l.port > 65535)
            return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The port must be a number from 1 to 65535.")};
    }

    if (!query.isEmpty()) {
        QStringList seen;
        for (const QString &pair : query.split(QLatin1Char('&'))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "Each parameter after ? must be name=value.")};
            auto key = decode(pair.left(eq), QCoreApplication::translate("pamoja::WorkshopLocation", "parameter name"));
            if (!key)
                return Error{key.error()};
            auto value = decode(pair.mid(eq + 1), QCoreApplication::translate("pamoja::WorkshopLocation", "value of %1").arg(pair.left(eq).left(40)));
            if (!value)
                return Error{value.error()};
            if (seen.contains(*key))
                return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The parameter %1 is given twice.").arg(*key)};
            seen.append(*key);
            if (*key == QLatin1StringView("workshop")) {
                l.workshop = QUuid::fromString(*value);
                if (l.workshop.isNull())
                    return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The workshop parameter must be a workshop's id, as `pamoja repo list` shows it.")};
                continue;
            }
            const Option *option = findOption(*key);
            if (!option)
                return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "Pamoja does not know the parameter %1; it passes on sslmode, connect_timeout, "
                                "application_name, sslrootcert, sslcert, sslkey, sslcrl, passfile, "
                                "target_session_attrs, keepalives_idle, keepalives_interval, keepalives_count and tcp_user_timeout.").arg(key->left(40))};
            const bool valid = option->pattern ? QRegularExpression(QLatin1StringView(option->pattern)).match(*value).hasMatch()
                                               : plainValue(*value);
            if (!valid)
                return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The value of %1 is not valid (file names here cannot contain spaces or quotes).").arg(*key)};
            l.options.append({*key, *value});
        }
    }
    return l;
}

} // namespace

bool WorkshopLocation::looksLikeUri(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(text).hasMatch();
}

WorkshopLocation WorkshopLocation::file(const QString &path)
{
    WorkshopLocation l;
    l.path = path;
    return l;
}

Result<WorkshopLocation> WorkshopLocation::parse(const QString &text)
{
    if (text.isEmpty())
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "No workshop given: name a file or a postgresql:// location.")};
    if (text.size() > MaxLength)
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "The location is longer than %1 characters.").arg(MaxLength)};
    if (!looksLikeUri(text))
        return file(text);
    const QString scheme = text.left(text.indexOf(QLatin1StringView("://")));
    if (scheme != QLatin1StringView("postgresql") && scheme != QLatin1StringView("postgres"))
        return Error{QCoreApplication::translate("pamoja::WorkshopLocation", "Pamoja opens workshop files and postgresql:// locations; \"%1://\" is neither.").arg(scheme.left(40))};
    return parseUri(text);
}

QString WorkshopLocation::display() const
{
    if (isFile())
        return path;
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += enc(user) + QLatin1Char('@');
    out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : enc(host);
    if (port)
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/') + enc(database);
    QStringList query;
    if (!workshop.isNull())
        query << QStringLiteral("workshop=") + workshop.toString(QUuid::WithoutBraces);
    for (const auto &[key, value] : options)
        query << key + QLatin1Char('=') + enc(value);
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

WorkshopLocation WorkshopLocation::withWorkshop(const QUuid &id) const
{
    WorkshopLocation l = *this;
    l.workshop = id;
    return l;
}

QString WorkshopLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options)
        parts << key + QLatin1Char('=') + value;
    return parts.join(QLatin1Char(';'));
}

} // namespace pamoja
