#include "languagedetector.h"

#include <cstdio> // compact_lang_det.h uses FILE without including it

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <QRegularExpression>

#include <mutex>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pamoja::language {

namespace {

// An idea is at most 4000 characters; more text only costs time, never changes a short verdict.
constexpr qsizetype MaxChars = 16000;
// CLD2's score of the text for its top language (per KB of text). Real sentences of the themed-ideas
// set score 370 to 1700; the one it named confidently and wrongly scored 329 ("As comunidades decidem
// quais problemas o programa enfrenta": Spanish).
constexpr double MinScore = 350;

struct Cleaned
{
    QByteArray utf8;
    int letters = 0;
};

// Valid UTF-8 for CLD2 (lone surrogates, white space and control characters, NUL included, become
// spaces; addresses, which are no language, go) and the number of letters, in whatever script.
Cleaned clean(const QString &text)
{
    QString out;
    const qsizetype n = std::min(text.size(), MaxChars);
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out.append(ch);
            out.append(text.at(++i));
        } else if (ch.isSurrogate() || ch.isSpace() || ch.category() == QChar::Other_Control) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(ch);
        }
    }
    // Only now, on valid UTF-16: e-mail and web addresses ("amina.okafor@example.org").
    static const QRegularExpression address(QStringLiteral("\\S*(@|://|www\\.)\\S*"));
    out.replace(address, QStringLiteral(" "));
    Cleaned c;
    for (qsizetype i = 0; i < out.size(); ++i) {
        char32_t cp = out.at(i).unicode();
        if (out.at(i).isHighSurrogate() && i + 1 < out.size()) {
            cp = QChar::surrogateToUcs4(out.at(i), out.at(i + 1));
            ++i;
        }
        if (QChar::isLetter(cp))
            ++c.letters;
    }
    c.utf8 = out.toUtf8();
    return c;
}

// CLD2's code as an ISO 639 code: "zh-Hant" is Chinese; its pseudo-languages ("xx-Klingon") and
// "un" (unknown) are nothing.
QString isoCode(CLD2::Language lang)
{
    const QString code = QString::fromLatin1(CLD2::LanguageCode(lang)).section(QLatin1Char('-'), 0, 0);
    static const QRegularExpression iso(QStringLiteral("^[a-z]{2,3}$"));
    if (!iso.match(code).hasMatch() || code == QLatin1StringView("un") || code == QLatin1StringView("xx") ||
        code == QLatin1StringView("xxx"))
        return {};
    return code;
}

struct Verdict
{
    CLD2::Language language = CLD2::UNKNOWN_LANGUAGE;
    int percent = 0;
    double score = 0;
    bool reliable = false;
};

Verdict cld2(const char *utf8, qsizetype size)
{
    const CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
    int percent3[3] = {0, 0, 0};
    double scores3[3] = {0, 0, 0};
    int textBytes = 0;
    int validPrefix = 0;
    Verdict v;
    // Plain text, no flags: no HTML parsing, no best-effort guess on too little text.
    v.language =
        CLD2::ExtDetectLanguageSummaryCheckUTF8(utf8, int(size), true, &hints, 0, language3, percent3,
                                                scores3, nullptr, &textBytes, &v.reliable, &validPrefix);
    if (validPrefix != size || v.language != language3[0])
        v.reliable = false;
    v.percent = percent3[0];
    v.score = scores3[0];
    return v;
}

// A text half in one language and half in another is in neither: "Southern partners decide. Os
// parceiros do Sul decidem." is not English. The same check catches some short Portuguese sentences
// CLD2 calls English with confidence: one of their halves reads as Portuguese.
bool oneLanguage(const QByteArray &utf8, CLD2::Language top)
{
    qsizetype words = 0; // clean() left spaces between words
    for (qsizetype i = 0; i < utf8.size(); ++i)
        words += utf8[i] != ' ' && (i == 0 || utf8[i - 1] == ' ');
    if (words < 2)
        return true;
    qsizetype middle = 0;
    for (qsizetype i = 0, seen = 0; i < utf8.size(); ++i)
        if (utf8[i] != ' ' && (i == 0 || utf8[i - 1] == ' ') && seen++ == words / 2) {
            middle = i;
            break;
        }
    for (const QByteArray &half : {utf8.left(middle), utf8.mid(middle)}) {
        const Verdict v = cld2(half.constData(), half.size());
        if (v.reliable && v.language != top)
            return false;
    }
    return true;
}

// CLD2 allocates a few hundred KB of scoring buffers per call and frees them; with glibc's default
// trim threshold (128 KB) every call then gives the top of the heap back to the system and takes it
// again, which costs about 40 times the detection itself (measured on the themed ideas: 3.7 ms per
// idea instead of 0.09 ms). Keeping up to 4 MB of free heap costs nothing comparable.
void keepScoringBuffers()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_TRIM_THRESHOLD, 4 << 20); });
#endif
}

} // namespace

Detection detectLanguage(const QString &text)
{
    const Cleaned c = clean(text);
    if (c.letters < MinLetters)
        return {};
    keepScoringBuffers();
    const Verdict v = cld2(c.utf8.constData(), c.utf8.size());
    if (!v.reliable || v.percent < MinPercent || v.score < MinScore || !oneLanguage(c.utf8, v.language))
        return {};
    Detection d;
    d.code = isoCode(v.language);
    if (d.code.isEmpty())
        return {};
    d.confidence = std::clamp(v.percent, 1, 99);
    d.reliable = true;
    return d;
}

} // namespace pamoja::language
