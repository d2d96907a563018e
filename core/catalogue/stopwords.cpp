#include "stopwords.h"

#include <QHash>
#include <QStringList>

namespace pamoja::stopwords {

namespace {

// Written for Pamoja: articles, pronouns, prepositions, conjunctions and the commonest auxiliaries.
const char *const English =
    "a an the and or but nor so yet of to in on at by for with from as into onto about over under between "
    "through "
    "during before after above below up down out off again further then once here there when where why how "
    "what "
    "which who whom whose is are was were be been being am it its this that these those they them their "
    "theirs we "
    "our ours us you your yours he him his she her hers i me my mine not no can could should would will "
    "shall may "
    "might must do does did done doing have has had having each every all any both more most other others "
    "some "
    "such only own same than too very also just one ones because while until if whether than via per";
const char *const Dutch = "de het een en of maar noch want dus van in op aan te bij door naar over uit tot "
                          "met voor zonder onder tegen "
                          "tussen na sinds om als dan dat die dit deze er hier daar waar wanneer hoe wat wie "
                          "welke welk is zijn was waren "
                          "ben bent wordt worden werd werden geweest heeft hebben had hadden kan kunnen kon "
                          "konden moet moeten zal zullen "
                          "zou zouden mag mogen wil willen hij zij ze we wij ons onze je jij jullie u uw ik "
                          "mij me mijn hun hen haar hem "
                          "zich niet geen nog al wel ook zo meer veel elk elke ieder iedere alle alles iets "
                          "niets toe mee af heel zeer "
                          "omdat terwijl toen zodat als hoewel";
const char *const French = "le la les l un une des du de d et ou mais donc or ni car à au aux en dans par "
                           "pour sur avec sans sous chez "
                           "entre vers ce cet cette ces c ceux celle celles celui ça qui que qu quoi dont où "
                           "il ils elle elles on nous vous "
                           "je j tu se s sa son ses leur leurs notre nos votre vos mon ma mes ne n pas plus "
                           "moins très aussi tout tous "
                           "toute toutes est sont être été était étaient a ont avoir avait fait faire peut "
                           "peuvent pouvoir doit doivent "
                           "devoir chaque même mêmes comme si y lui m t afin lorsque quand puis ainsi dès";
const char *const Spanish =
    "el la los las lo un una unos unas y e o u pero sino ni de del a al en por para con sin sobre entre "
    "hacia desde "
    "hasta que quien quienes cual cuales como cuando donde se su sus nuestro nuestra nuestros nuestras es "
    "son ser "
    "está están estar fue fueron era ha han haber hay había no más menos muy también todo todos toda todas "
    "cada "
    "mismo misma mismos mismas este esta estos estas ese esa esos esas esto eso ellos ellas él ella nosotros "
    "nosotras le les me te nos ya sí si puede pueden poder debe deben deber porque mientras así";
const char *const Portuguese = "o a os as um uma uns umas e ou mas nem de do da dos das em no na nos nas por "
                               "pelo pela pelos pelas para com sem "
                               "sobre entre até desde que quem qual quais como quando onde se seu sua seus "
                               "suas nosso nossa nossos nossas é "
                               "são ser está estão estar foi foram era há ter tem têm tinha não mais menos "
                               "muito muita muitos muitas também "
                               "todo todos toda todas cada mesmo mesma mesmos mesmas este esta estes estas "
                               "esse essa esses essas isso isto "
                               "aquele aquela eles elas ele ela nós lhe lhes me te já sim pode podem poder "
                               "deve devem dever ao aos à às num "
                               "numa porque enquanto assim";

QSet<QString> split(const char *words)
{
    QSet<QString> set;
    for (const QString &w : QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        set.insert(w);
    return set;
}

} // namespace

const QSet<QString> &of(const QString &language)
{
    static const QHash<QString, QSet<QString>> lists{
        {QStringLiteral("en"), split(English)},    {QStringLiteral("nl"), split(Dutch)},
        {QStringLiteral("fr"), split(French)},     {QStringLiteral("es"), split(Spanish)},
        {QStringLiteral("pt"), split(Portuguese)},
    };
    static const QSet<QString> none;
    const auto it = lists.constFind(language);
    return it == lists.cend() ? none : *it;
}

} // namespace pamoja::stopwords
