#include "strictjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>

#include <cmath>

namespace pamoja::strictjson {

namespace {

// A validating scanner: it only checks structure and duplicate keys; QJsonDocument builds values.
class Scanner
{
public:
    Scanner(const QByteArray &b, int maxDepth) : m_p(b.constData()), m_end(b.constData() + b.size()), m_maxDepth(maxDepth) {}

    QString run()
    {
        ws();
        if (m_p == m_end || *m_p != '{')
            return QCoreApplication::translate("pamoja::LiveServer", "The body must be a JSON object.");
        if (!value(0))
            return m_error.isEmpty() ? QCoreApplication::translate("pamoja::LiveServer", "The body is not valid JSON.") : m_error;
        ws();
        if (m_p != m_end)
            return QCoreApplication::translate("pamoja::LiveServer", "The body has data after the JSON object.");
        return {};
    }

private:
    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool literal(const char *word)
    {
        const qsizetype n = qstrlen(word);
        if (m_end - m_p < n || qstrncmp(m_p, word, n) != 0)
            return false;
        m_p += n;
        return true;
    }
    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool hex4(uint *out)
    {
        if (m_end - m_p < 4)
            return false;
        uint v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hex(m_p[i]);
            if (h < 0)
                return false;
            v = v * 16 + uint(h);
        }
        m_p += 4;
        *out = v;
        return true;
    }
    // Decodes a string so that "a" and "\u0061" compare equal as keys.
    bool string(QByteArray *decoded)
    {
        ++m_p; // opening quote
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                decoded->append(char(c));
                ++m_p;
                continue;
            }
            if (++m_p == m_end)
                return false;
            const char e = *m_p++;
            switch (e) {
            case '"': case '\\': case '/': decoded->append(e); break;
            case 'b': decoded->append('\b'); break;
            case 'f': decoded->append('\f'); break;
            case 'n': decoded->append('\n'); break;
            case 'r': decoded->append('\r'); break;
            case 't': decoded->append('\t'); break;
            case 'u': {
                uint u = 0;
                if (!hex4(&u))
                    return false;
                if (u >= 0xDC00 && u <= 0xDFFF) {
                    m_error = QCoreApplication::translate("pamoja::LiveServer", "The body contains an unpaired surrogate.");
                    return false;
                }
                if (u >= 0xD800 && u <= 0xDBFF) {
                    uint lo = 0;
                    if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u') {
                        m_error = QCoreApplication::translate("pamoja::LiveServer", "The body contains an unpaired surrogate.");
                        return false;
                    }
                    m_p += 2;
                    if (!hex4(&lo) || lo < 0xDC00 || lo > 0xDFFF) {
                        m_error = QCoreApplication::translate("pamoja::LiveServer", "The body contains an unpaired surrogate.");
                        return false;
                    }
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                }
                const char32_t cp = u;
                decoded->append(QString::fromUcs4(&cp, 1).toUtf8());
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }
    bool number()
    {
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end)
            return false;
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return false;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            const char *d = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == d)
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            const char *d = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == d)
                return false;
        }
        return m_p > start;
    }
    bool value(int depth)
    {
        ws();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{': {
            if (depth >= m_maxDepth) {
                m_error = QCoreApplication::translate("pamoja::LiveServer", "The body is nested too deeply.");
                return false;
            }
            ++m_p;
            QSet<QByteArray> keys;
            ws();
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            while (true) {
                ws();
                if (m_p == m_end || *m_p != '"')
                    return false;
                QByteArray key;
                if (!string(&key))
                    return false;
                if (keys.contains(key)) {
                    m_error = QCoreApplication::translate("pamoja::LiveServer", "The key \"%1\" appears twice.").arg(QString::fromUtf8(key).left(40));
                    return false;
                }
                keys.insert(key);
                ws();
                if (m_p == m_end || *m_p++ != ':')
                    return false;
                if (!value(depth + 1))
                    return false;
                ws();
                if (m_p == m_end)
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p == '}') {
                    ++m_p;
                    return true;
                }
                return false;
            }
        }
        case '[': {
            if (depth >= m_maxDepth) {
                m_error = QCoreApplication::translate("pamoja::LiveServer", "The body is nested too deeply.");
                return false;
            }
            ++m_p;
            ws();
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            while (true) {
                if (!value(depth + 1))
                    return false;
                ws();
                if (m_p == m_end)
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p == ']') {
                    ++m_p;
                    return true;
                }
                return false;
            }
        }
        case '"': {
            QByteArray ignored;
            return string(&ignored);
        }
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    const char *m_p;
    const char *m_end;
    int m_maxDepth;
    QString m_error;
};

const char *typeName(Type t)
{
    switch (t) {
    case Type::String: return QT_TRANSLATE_NOOP("pamoja::LiveServer", "a string");
    case Type::Bool: return QT_TRANSLATE_NOOP("pamoja::LiveServer", "true or false");
    case Type::Int: return QT_TRANSLATE_NOOP("pamoja::LiveServer", "a whole number");
    case Type::Uuid: return QT_TRANSLATE_NOOP("pamoja::LiveServer", "an id (UUID)");
    }
    return "";
}

bool hasType(const QJsonValue &v, Type t)
{
    switch (t) {
    case Type::String: return v.isString();
    case Type::Bool: return v.isBool();
    case Type::Int: {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        return std::isfinite(d) && d == std::floor(d) && d >= -2147483648.0 && d <= 2147483647.0;
    }
    case Type::Uuid: {
        if (!v.isString())
            return false;
        const QString s = v.toString();
        if (s.size() != 36 && s.size() != 38)
            return false;
        return !QUuid::fromString(s).isNull();
    }
    }
    return false;
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray &bytes, int maxDepth)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(bytes);
    if (utf8.hasError())
        return Error{QCoreApplication::translate("pamoja::LiveServer", "The body is not valid UTF-8.")};
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Error{QCoreApplication::translate("pamoja::LiveServer", "The body must not start with a byte order mark.")};
    Q_UNUSED(decoded);
    Scanner scanner(bytes, maxDepth);
    if (const QString problem = scanner.run(); !problem.isEmpty())
        return Error{problem};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QCoreApplication::translate("pamoja::LiveServer", "The body is not valid JSON.")};
    return doc.object();
}

Status checkFields(const QJsonObject &object, std::initializer_list<Field> fields)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const Field &f : fields)
            known = known || it.key() == QLatin1StringView(f.name);
        if (!known)
            return Error{QCoreApplication::translate("pamoja::LiveServer", "Unknown field \"%1\".").arg(it.key().left(40))};
    }
    for (const Field &f : fields) {
        const QString name = QString::fromLatin1(f.name);
        // null stands for "not given" (what a script's JSON.stringify writes for an unset field)
        if (!object.contains(name) || (!f.required && object.value(name).isNull())) {
            if (f.required)
                return Error{QCoreApplication::translate("pamoja::LiveServer", "The field \"%1\" is missing.").arg(name)};
            continue;
        }
        if (!hasType(object.value(name), f.type))
            return Error{QCoreApplication::translate("pamoja::LiveServer", "The field \"%1\" must be %2.").arg(name, QCoreApplication::translate("pamoja::LiveServer", typeName(f.type)))};
    }
    return {};
}

Status checkText(const QString &text, int maxChars, const QString &fieldName)
{
    if (text.size() > maxChars)
        return Error{QCoreApplication::translate("pamoja::LiveServer", "The %1 is too long (at most %2 characters).").arg(fieldName, QString::number(maxChars))};
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control)
            return Error{QCoreApplication::translate("pamoja::LiveServer", "The %1 contains control characters.").arg(fieldName)};
        if (bidi)
            return Error{QCoreApplication::translate("pamoja::LiveServer", "The %1 contains text-direction controls; please type it without them.").arg(fieldName)};
        if (u == 0xfffe || u == 0xffff)
            return Error{QCoreApplication::translate("pamoja::LiveServer", "The %1 contains invalid characters.").arg(fieldName)};
    }
    return {};
}

} // namespace pamoja::strictjson
