// Theme and factor suggestions (core/catalogue/tagsuggester): per language, stop words, unknown
// language, empty, huge and hostile text, and the precision of the first suggestion on the labelled
// multilingual ideas (tests/data/language/themed-ideas.tsv) as a floor that cannot silently regress.

#include "catalogue/defaultcatalogue.h"
#include "catalogue/keywords.h"
#include "catalogue/tagsuggester.h"

#include <QFile>
#include <QTest>

using namespace pamoja;

namespace {

struct Labelled
{
    QString theme, language, text;
};

QList<Labelled> themedIdeas()
{
    QList<Labelled> out;
    QFile f(QStringLiteral(PAMOJA_TEST_DATA "/language/themed-ideas.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cols.size() == 3)
            out.append({cols[0], cols[1], cols[2]});
    }
    return out;
}

const QStringList Themes{QStringLiteral("theme")};

} // namespace

class TestTagSuggest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precisionAtOne_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("languageKnown");
        for (const char *l : {"en", "nl", "fr", "es", "pt"}) {
            QTest::addRow("%s", l) << QString::fromLatin1(l) << true;
            QTest::addRow("%s, language not given", l) << QString::fromLatin1(l) << false;
        }
        QTest::addRow("all") << QString() << true;
    }

    // The share of ideas whose first suggested theme is the labelled one. The floor is below the
    // measured value (docs/architecture.md gives the numbers) so a regression fails here.
    void precisionAtOne()
    {
        QFETCH(QString, language);
        QFETCH(bool, languageKnown);
        const QList<Labelled> ideas = themedIdeas();
        QCOMPARE(ideas.size(), 200);
        const QList<CatalogueItem> catalogue = defaultCatalogue();
        TagSuggester s(catalogue, Themes);
        QCOMPARE(s.itemCount(), 10);
        int total = 0, right = 0;
        for (const Labelled &i : ideas) {
            if (!language.isEmpty() && i.language != language)
                continue;
            ++total;
            const auto top = s.suggest(i.text, languageKnown ? i.language : QString(), 1);
            if (!top.isEmpty() && top.first().code == i.theme)
                ++right;
        }
        const double p = double(right) / total;
        qInfo("precision@1 %s%s: %d of %d = %.3f",
              qPrintable(language.isEmpty() ? QStringLiteral("all") : language),
              languageKnown ? "" : " (language not given)", right, total, p);
        QVERIFY2(p >= 0.6, qPrintable(QStringLiteral("precision@1 %1").arg(p)));
    }

    void suggestsInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("The budget and the overhead costs of the grant")
                            << QStringLiteral("T05");
        QTest::newRow("nl") << QStringLiteral("nl")
                            << QStringLiteral("De begroting en de overheadkosten van de subsidie")
                            << QStringLiteral("T05");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Le budget et les frais généraux de la subvention")
                            << QStringLiteral("T05");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("El presupuesto y los gastos generales de la subvención")
                            << QStringLiteral("T05");
        QTest::newRow("pt") << QStringLiteral("pt")
                            << QStringLiteral("O orçamento e os custos indiretos da subvenção")
                            << QStringLiteral("T05");
        QTest::newRow("en inflected")
            << QStringLiteral("en") << QStringLiteral("Deciding together, voting on decisions")
            << QStringLiteral("T04");
        QTest::newRow("fr inflected")
            << QStringLiteral("fr") << QStringLiteral("Les décisions sont votées ensemble")
            << QStringLiteral("T04");
        QTest::newRow("fr without accents")
            << QStringLiteral("fr") << QStringLiteral("Les decisions sont votees ensemble")
            << QStringLiteral("T04");
        QTest::newRow("nl compound") << QStringLiteral("nl")
                                     << QStringLiteral("Een risicoverdeling die eerlijk is")
                                     << QStringLiteral("T06");
        QTest::newRow("unknown language, Spanish")
            << QStringLiteral("") << QStringLiteral("Las comunidades locales y su apropiación")
            << QStringLiteral("T09");
        QTest::newRow("language not shipped")
            << QStringLiteral("de") << QStringLiteral("Las comunidades locales y su apropiación")
            << QStringLiteral("T09");
    }

    void suggestsInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, code);
        TagSuggester s(defaultCatalogue(), Themes);
        const auto top = s.suggest(text, language, 3);
        QVERIFY(!top.isEmpty());
        QCOMPARE(top.first().code, code);
        for (qsizetype i = 1; i < top.size(); ++i)
            QVERIFY(top[i - 1].score >= top[i].score);
    }

    void stopWordsSuggestNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("The and of to in it is that this with for");
        QTest::newRow("nl") << QStringLiteral("nl")
                            << QStringLiteral("De het een en van in op te dat die is");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Le la les et de des du dans pour avec que qui");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("El la los las y de del en por para con que");
        QTest::newRow("pt") << QStringLiteral("pt")
                            << QStringLiteral("O a os as e de do da em por para com que");
    }

    void stopWordsSuggestNothing()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        TagSuggester s(defaultCatalogue());
        QVERIFY(s.stems(text, language).isEmpty());
        QVERIFY(s.suggest(text, language, 5).isEmpty());
    }

    void stemsAreShared()
    {
        TagSuggester s(defaultCatalogue());
        QCOMPARE(s.stems(QStringLiteral("partnerships"), QStringLiteral("en")),
                 s.stems(QStringLiteral("partnership"), QStringLiteral("en")));
        QCOMPARE(s.stems(QStringLiteral("responsabilités"), QStringLiteral("fr")),
                 s.stems(QStringLiteral("responsabilité"), QStringLiteral("fr")));
        QCOMPARE(s.stems(QStringLiteral("comunidades"), QStringLiteral("es")),
                 s.stems(QStringLiteral("comunidad"), QStringLiteral("es")));
    }

    void hostileText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   \t\n  ");
        QTest::newRow("punctuation") << QStringLiteral("!!! ?? ? --- ,,, ;;; ''' \"\"");
        QTest::newRow("nul and controls") << QString::fromUtf8("\0\x01\x02\x1b[31m", 8);
        QTest::newRow("lone surrogates")
            << QString(QList<QChar>{QChar(0xD800), QChar(0xDC00), QChar(0xDFFF)}.data(), 3);
        QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x8C\x8D");
        QTest::newRow("combining marks only") << QString(200, QChar(0x0301));
        QTest::newRow("one long word") << QString(100000, QLatin1Char('a'));
        QTest::newRow("huge repeated text") << QStringLiteral("budget grant money ").repeated(50000);
        QTest::newRow("html") << QStringLiteral("<script>alert('risk')</script>");
    }

    // Nothing crashes or hangs; a huge text reads only its first MaxTextLength characters.
    void hostileText()
    {
        QFETCH(QString, text);
        TagSuggester s(defaultCatalogue());
        for (const QString &l :
             {QStringLiteral("en"), QStringLiteral("fr"), QString(), QStringLiteral("xx")}) {
            const auto out = s.suggest(text, l, 5);
            QVERIFY(out.size() <= 5);
            for (const TagSuggestion &t : out)
                QVERIFY(t.score >= TagSuggester::MinimumScore && std::isfinite(t.score));
        }
        QVERIFY(s.suggest(text, QStringLiteral("en"), 0).isEmpty());
        QVERIFY(s.suggest(text, QStringLiteral("en"), -3).isEmpty());
    }

    // A facilitator's own keywords count; an item without any stored keywords falls back to the
    // shipped ones of its code (files from before keywords were stored).
    void editedKeywords()
    {
        QList<CatalogueItem> items = defaultCatalogue();
        CatalogueItem own;
        own.id = QUuid::createUuid();
        own.kind = QStringLiteral("theme");
        own.name = QStringLiteral("Gender");
        own.keywords =
            keywords::with(QString(), QStringLiteral("en"), QStringLiteral("women, gender, feminist"));
        items.append(own);
        TagSuggester s(items, Themes);
        auto top = s.suggest(QStringLiteral("Feminist leadership of women's rights groups"),
                             QStringLiteral("en"), 1);
        QVERIFY(!top.isEmpty());
        QCOMPARE(top.first().itemId, own.id);

        for (CatalogueItem &c : items)
            c.keywords.clear();
        TagSuggester fallback(items, Themes);
        top = fallback.suggest(QStringLiteral("The budget and the overhead costs of the grant"),
                               QStringLiteral("en"), 1);
        QVERIFY(!top.isEmpty());
        QCOMPARE(top.first().code, QStringLiteral("T05"));
    }

    void noItems()
    {
        TagSuggester s({});
        QVERIFY(s.suggest(QStringLiteral("budget"), QStringLiteral("en"), 3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagSuggest)
#include "tst_tagsuggest.moc"
