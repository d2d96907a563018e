#include "textdecode.h"

#include <QCoreApplication>

namespace pamoja::text {

namespace {

// Windows-1252's 0x80-0x9F; 0 where the code page leaves a byte undefined.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

int lineOf(const QByteArray &bytes, qsizetype offset, int unit = 1)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); i += unit)
        if (bytes.at(i) == '\n')
            ++line;
    return line;
}

// The offset of the first byte that does not continue a valid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &b, bool *sawMultiByte)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData());
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        *sawMultiByte = true;
        i += len;
    }
    return -1;
}

Status checkControls(const QString &text)
{
    int line = 1, column = 1;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\n') {
            ++line;
            column = 1;
            continue;
        }
        if ((u < 0x20 && u != '\t' && u != '\r') || u == 0x7F)
            return Error{QCoreApplication::translate("pamoja::TextDecode", "Line %1, column %2: the file contains a control character (U+%3); is it a text file?")
                             .arg(QString::number(line), QString::number(column),
                                  QStringLiteral("%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper())};
        ++column;
    }
    return {};
}

Result<Decoded> finish(QString text, const QString &encoding)
{
    if (Status s = checkControls(text); !s)
        return Error{s.error()};
    return Decoded{std::move(text), encoding};
}

Result<Decoded> utf16(const QByteArray &bytes, bool littleEndian, const QString &name)
{
    if (bytes.size() % 2 != 0)
        return Error{QCoreApplication::translate("pamoja::TextDecode", "The file looks like UTF-16 but ends in the middle of a character; it may be truncated.")};
    QString text;
    text.reserve(bytes.size() / 2);
    int line = 1;
    const qsizetype units = bytes.size() / 2;
    auto unit = [&](qsizetype k) {
        const uchar a = uchar(bytes[2 * k]), b = uchar(bytes[2 * k + 1]);
        return littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    };
    for (qsizetype k = 0; k < units; ++k) {
        const char16_t u = unit(k);
        if (QChar::isHighSurrogate(u) && k + 1 < units && QChar::isLowSurrogate(unit(k + 1))) {
            text.append(QChar(u));
            text.append(QChar(unit(++k)));
            continue;
        }
        if (QChar::isSurrogate(u))
            return Error{QCoreApplication::translate("pamoja::TextDecode", "Line %1: the file is not valid %2 text.").arg(QString::number(line), name)};
        if (u == '\n')
            ++line;
        text.append(QChar(u));
    }
    return finish(std::move(text), name);
}

} // namespace

Result<Decoded> decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray body = bytes.mid(3);
        bool multi = false;
        if (const qsizetype bad = firstInvalidUtf8(body, &multi); bad >= 0)
            return Error{QCoreApplication::translate("pamoja::TextDecode", "Line %1: the file says it is UTF-8 but is not valid UTF-8 there.").arg(lineOf(body, bad))};
        return finish(QString::fromUtf8(body), QStringLiteral("UTF-8 with BOM"));
    }
    if (bytes.startsWith("\xFF\xFE"))
        return utf16(bytes.mid(2), true, QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xFE\xFF"))
        return utf16(bytes.mid(2), false, QStringLiteral("UTF-16BE"));

    // UTF-16 without a mark: text in Latin scripts then has a zero in every other byte.
    if (bytes.size() >= 4 && bytes.size() % 2 == 0) {
        qsizetype evenZeros = 0, oddZeros = 0;
        const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096);
        for (qsizetype i = 0; i < sample; ++i)
            if (bytes.at(i) == 0)
                ++(i % 2 ? oddZeros : evenZeros);
        if (oddZeros * 10 >= sample / 2 * 9 && evenZeros == 0)
            return utf16(bytes, true, QStringLiteral("UTF-16LE"));
        if (evenZeros * 10 >= sample / 2 * 9 && oddZeros == 0)
            return utf16(bytes, false, QStringLiteral("UTF-16BE"));
    }

    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error{QCoreApplication::translate("pamoja::TextDecode", "Line %1: the file contains binary data; save it as text (UTF-8) or CSV.").arg(lineOf(bytes, nul))};

    bool multi = false;
    const qsizetype bad = firstInvalidUtf8(bytes, &multi);
    if (bad < 0)
        return finish(QString::fromUtf8(bytes), QStringLiteral("UTF-8"));
    // Valid UTF-8 sequences before a broken one: a damaged UTF-8 file, not Windows-1252.
    if (multi)
        return Error{QCoreApplication::translate("pamoja::TextDecode", "Line %1: the file is UTF-8 but is damaged there (an invalid byte sequence).").arg(lineOf(bytes, bad))};

    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c >= 0x80 && c <= 0x9F) {
            const char16_t u = cp1252High[c - 0x80];
            if (u == 0)
                return Error{QCoreApplication::translate("pamoja::TextDecode", "Line %1: the file is neither UTF-8 nor Windows-1252 text; save it as UTF-8.").arg(lineOf(bytes, i))};
            text.append(QChar(u));
        } else {
            text.append(QChar(char16_t(c)));
        }
    }
    return finish(std::move(text), QStringLiteral("Windows-1252"));
}

} // namespace pamoja::text
