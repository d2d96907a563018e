#pragma once

// Theme and factor suggestions for ideas: each catalogue item's keywords, name and description in
// each shipped language are stemmed with Snowball (stop words left out) into an index, once; an
// idea's words are stemmed the same way in its language and every item scores the sum of the
// weights of the stems it shares with the idea, each weighed by how rare that stem is across the
// catalogue (TF-IDF-like). An idea of unknown language is scored in every shipped language and the
// best one counts.
//
// Not thread-safe: Snowball's stemmers keep state, so one TagSuggester per thread (they are cheap
// to build: about 15 ms for the shipped catalogue in five languages).

#include "../domain/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace pamoja {

struct TagSuggestion
{
    QUuid itemId;
    QString code;
    double score = 0; // higher is better; 0 never suggested
};

class TagSuggester
{
public:
    // Text longer than this is only read up to here (an idea, not a book).
    static constexpr int MaxTextLength = 20000;
    // Below this score nothing is suggested: one shared common word is not enough.
    static constexpr double MinimumScore = 1.0;

    // Indexes the items of the given kinds (all of them when empty).
    explicit TagSuggester(const QList<CatalogueItem> &items, const QStringList &kinds = {});
    ~TagSuggester();
    TagSuggester(const TagSuggester &) = delete;
    TagSuggester &operator=(const TagSuggester &) = delete;

    // The best items for a text, best first, at most 'max'. 'language': the idea's language; when
    // it is empty or not a shipped one, every shipped language is tried and the best taken.
    QList<TagSuggestion> suggest(const QString &text, const QString &language, int max = 3) const;

    // The stems of a text in a language as the index sees them (stop words out, accents folded).
    QStringList stems(const QString &text, const QString &language) const;
    int itemCount() const;

private:
    struct Language;
    QList<TagSuggestion> score(const QString &text, Language &lang, int max) const;
    Language *language(const QString &code) const;

    QList<CatalogueItem> m_items;
    std::vector<std::unique_ptr<Language>> m_languages;
};

} // namespace pamoja
