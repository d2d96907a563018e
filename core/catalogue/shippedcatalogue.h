#pragma once

// The catalogue text Pamoja ships (resources/catalogue/catalogue.json, compiled in): each theme,
// factor and measure with its name, description and keywords in every shipped language, and the
// default prompt of each step. Read once, then shared read-only (safe from any thread).

#include "../domain/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pamoja::shipped {

struct ItemText
{
    QString name;
    QString description;
    QString keywords; // comma-separated words and phrases
};

struct Item
{
    QString kind;
    QString code;
    QString counters;
    QHash<QString, ItemText> text; // by language code
};

// The languages the catalogue and the prompts ship in; "en" first.
const QStringList &languages();
const QList<Item> &items();
const Item *item(const QString &kind, const QString &code);
// The default prompt of a step in a language (English when that language is not shipped); empty
// when there is no such step.
QString prompt(int step, const QString &language);
// True when 'text' is the shipped prompt of that step in any shipped language.
bool isShippedPrompt(int step, const QString &text);
// What went wrong reading the shipped file; empty when it was read (a test checks it stays so).
QString loadError();

// The one way a catalogue item's name and description are shown: in 'language' when the stored
// text is the shipped text of its code in some language (the facilitator did not edit it), else
// as written.
QString displayName(const CatalogueItem &item, const QString &language);
QString displayDescription(const CatalogueItem &item, const QString &language);
// "F03 Money flows ...": the code (when there is one) and the display name.
QString displayLabel(const CatalogueItem &item, const QString &language);

// The shipped prompt of 'step' in 'language' when 'text' is a shipped prompt of that step, else 'text'.
QString displayPrompt(int step, const QString &text, const QString &language);

} // namespace pamoja::shipped
