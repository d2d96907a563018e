#include "tagsuggester.h"

#include "keywords.h"
#include "shippedcatalogue.h"
#include "stopwords.h"

#include <libstemmer.h>

#include <QSet>

#include <algorithm>
#include <cmath>

namespace pamoja {

namespace {

const char *snowballName(const QString &code)
{
    if (code == QLatin1StringView("nl"))
        return "dutch";
    if (code == QLatin1StringView("fr"))
        return "french";
    if (code == QLatin1StringView("es"))
        return "spanish";
    if (code == QLatin1StringView("pt"))
        return "portuguese";
    return "english";
}

// Accents folded after stemming, so "decision" finds "décision" (stemmers expect the accents).
QString fold(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_D);
    d.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return d;
}

// Lower-case words of letters and digits; anything else (apostrophes, hyphens) separates them.
QStringList words(const QString &text)
{
    QStringList out;
    const QString t = text.left(TagSuggester::MaxTextLength).toLower();
    QString w;
    for (const QChar c : t) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            w.append(c);
        } else if (!w.isEmpty()) {
            out.append(w);
            w.clear();
        }
    }
    if (!w.isEmpty())
        out.append(w);
    return out;
}

constexpr double NameWeight = 1.0;
constexpr double KeywordWeight = 1.0;
constexpr double DescriptionWeight = 0.5;
constexpr double PrefixWeight = 0.5; // an idea's word that starts with an item's stem (compounds)
constexpr int MinPrefix = 5;

} // namespace

struct TagSuggester::Language
{
    QString code;
    sb_stemmer *stemmer = nullptr;
    const QSet<QString> *stop = nullptr;
    // stem -> (item index, weight x rarity)
    QHash<QString, QList<QPair<int, double>>> postings;
    QHash<QString, QString> cache; // word -> stem ("" for a stop word)

    ~Language()
    {
        if (stemmer)
            sb_stemmer_delete(stemmer);
    }

    QString stem(const QString &word)
    {
        if (const auto it = cache.constFind(word); it != cache.cend())
            return *it;
        QString s;
        if (word.size() >= 2 && !stop->contains(word)) {
            const QByteArray utf8 = word.toUtf8();
            const sb_symbol *out =
                stemmer ? sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                          int(utf8.size()))
                        : nullptr;
            s = fold(out ? QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer))
                         : word);
        }
        if (cache.size() > 200000)
            cache.clear();
        cache.insert(word, s);
        return s;
    }

    QStringList stems(const QString &text)
    {
        QStringList out;
        for (const QString &w : words(text))
            if (QString s = stem(w); !s.isEmpty())
                out.append(s);
        return out;
    }
};

TagSuggester::TagSuggester(const QList<CatalogueItem> &items, const QStringList &kinds)
{
    for (const CatalogueItem &c : items)
        if (kinds.isEmpty() || kinds.contains(c.kind))
            m_items.append(c);
    for (const QString &code : shipped::languages()) {
        auto lang = std::make_unique<Language>();
        lang->code = code;
        lang->stemmer = sb_stemmer_new(snowballName(code), "UTF_8");
        lang->stop = &stopwords::of(code);
        // Per item, the strongest weight of each stem it has.
        std::vector<QHash<QString, double>> terms(std::size_t(m_items.size()));
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            const CatalogueItem &c = m_items.at(i);
            auto add = [&](const QString &text, double weight) {
                for (const QString &s : lang->stems(text))
                    terms[std::size_t(i)][s] = std::max(terms[std::size_t(i)].value(s), weight);
            };
            // Older files store no keywords: the shipped ones of the item's code stand in.
            const QString stored =
                c.keywords.trimmed().isEmpty() ? keywords::shippedFor(c.kind, c.code) : c.keywords;
            add(keywords::parse(stored).value(code), KeywordWeight);
            add(shipped::displayName(c, code), NameWeight);
            add(shipped::displayDescription(c, code), DescriptionWeight);
        }
        QHash<QString, int> df;
        for (const auto &t : terms)
            for (auto it = t.begin(); it != t.end(); ++it)
                ++df[it.key()];
        const double n = double(m_items.size());
        for (std::size_t i = 0; i < terms.size(); ++i)
            for (auto it = terms[i].begin(); it != terms[i].end(); ++it)
                lang->postings[it.key()].append(
                    {int(i), it.value() * std::log(1.0 + n / df.value(it.key()))});
        m_languages.push_back(std::move(lang));
    }
}

TagSuggester::~TagSuggester() = default;

int TagSuggester::itemCount() const
{
    return int(m_items.size());
}

TagSuggester::Language *TagSuggester::language(const QString &code) const
{
    for (const auto &l : m_languages)
        if (l->code == code)
            return l.get();
    return nullptr;
}

QStringList TagSuggester::stems(const QString &text, const QString &code) const
{
    Language *l = language(code);
    return l ? l->stems(text) : QStringList();
}

QList<TagSuggestion> TagSuggester::score(const QString &text, Language &lang, int max) const
{
    std::vector<double> scores(std::size_t(m_items.size()), 0.0);
    QSet<QString> seen;
    for (const QString &s : lang.stems(text)) {
        if (seen.contains(s))
            continue;
        seen.insert(s);
        if (const auto it = lang.postings.constFind(s); it != lang.postings.cend()) {
            for (const auto &[item, w] : *it)
                scores[std::size_t(item)] += w;
            continue;
        }
        // No stem of its own: a compound that starts with one ("partnerschapsovereenkomst").
        for (qsizetype len = s.size() - 1; len >= MinPrefix; --len) {
            if (const auto it = lang.postings.constFind(s.left(len)); it != lang.postings.cend()) {
                for (const auto &[item, w] : *it)
                    scores[std::size_t(item)] += w * PrefixWeight;
                break;
            }
        }
    }
    QList<TagSuggestion> out;
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores[i] >= MinimumScore)
            out.append({m_items.at(qsizetype(i)).id, m_items.at(qsizetype(i)).code, scores[i]});
    std::sort(out.begin(), out.end(), [&](const TagSuggestion &a, const TagSuggestion &b) {
        return a.score != b.score ? a.score > b.score : a.code < b.code;
    });
    if (out.size() > max)
        out.resize(std::max(0, max));
    return out;
}

QList<TagSuggestion> TagSuggester::suggest(const QString &text, const QString &code, int max) const
{
    if (max <= 0 || m_items.isEmpty())
        return {};
    if (Language *l = language(code))
        return score(text, *l, max);
    QList<TagSuggestion> best;
    for (const auto &l : m_languages) {
        QList<TagSuggestion> s = score(text, *l, max);
        if (!s.isEmpty() && (best.isEmpty() || s.first().score > best.first().score))
            best = std::move(s);
    }
    return best;
}

} // namespace pamoja
