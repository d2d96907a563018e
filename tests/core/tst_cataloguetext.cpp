// The catalogue text Pamoja ships (resources/catalogue/catalogue.json): every theme, factor and
// measure and every default prompt in every shipped language, new workshops written in their first
// language, and shipped text shown in the language asked for unless the facilitator edited it.

#include "catalogue/defaultcatalogue.h"
#include "catalogue/keywords.h"
#include "catalogue/shippedcatalogue.h"
#include "document.h"
#include "domain/constituency.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;

class TestCatalogueText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedFileReads()
    {
        QVERIFY2(shipped::loadError().isEmpty(), qPrintable(shipped::loadError()));
        QCOMPARE(shipped::languages(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("fr"),
                              QStringLiteral("es"), QStringLiteral("pt")}));
        QStringList codes;
        for (const shipped::Item &i : shipped::items())
            codes.append(i.code);
        QStringList expected;
        for (int n = 1; n <= 10; ++n)
            expected.append(QStringLiteral("T%1").arg(n, 2, 10, QLatin1Char('0')));
        for (int n = 1; n <= 17; ++n)
            expected.append(QStringLiteral("F%1").arg(n, 2, 10, QLatin1Char('0')));
        for (int n = 1; n <= 13; ++n)
            expected.append(QStringLiteral("M%1").arg(n, 2, 10, QLatin1Char('0')));
        QCOMPARE(codes, expected);
    }

    void everyItemInEveryLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        for (const shipped::Item &i : shipped::items())
            for (const QString &l : shipped::languages())
                QTest::addRow("%s %s", qPrintable(i.code), qPrintable(l)) << i.code << l;
    }

    // Fails when any shipped catalogue text lacks a translation.
    void everyItemInEveryLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, language);
        const shipped::Item *item = nullptr;
        for (const shipped::Item &i : shipped::items())
            if (i.code == code)
                item = &i;
        QVERIFY(item);
        QVERIFY(item->text.contains(language));
        const shipped::ItemText t = item->text.value(language);
        QVERIFY2(!t.name.trimmed().isEmpty(), "no name");
        QVERIFY2(!t.description.trimmed().isEmpty(), "no description");
        QVERIFY2(!t.keywords.trimmed().isEmpty(), "no keywords");
        if (language != QLatin1StringView("en")) {
            // A translation, not the English copied: names differ from the English one.
            QVERIFY2(t.name != item->text.value(QStringLiteral("en")).name || t.name.size() < 12,
                     qPrintable(t.name));
            QVERIFY2(t.description != item->text.value(QStringLiteral("en")).description,
                     qPrintable(t.description));
        }
    }

    void everyPromptInEveryLanguage_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("language");
        for (int s = step::First; s <= step::Last; ++s)
            for (const QString &l : shipped::languages())
                QTest::addRow("step %d %s", s, qPrintable(l)) << s << l;
    }

    void everyPromptInEveryLanguage()
    {
        QFETCH(int, step);
        QFETCH(QString, language);
        const QString p = shipped::prompt(step, language);
        QVERIFY(!p.trimmed().isEmpty());
        if (language != QLatin1StringView("en"))
            QVERIFY(p != shipped::prompt(step, QStringLiteral("en")));
        else // the one English wording the translations of the interface also know
            QCOMPARE(p, QString::fromUtf8(step::defaultPromptSource(step)));
        QVERIFY(shipped::isShippedPrompt(step, p));
    }

    // Names are unique per language and kind, so a stored name says which item it is.
    void namesAreDistinct()
    {
        for (const QString &l : shipped::languages()) {
            QSet<QString> names;
            for (const shipped::Item &i : shipped::items()) {
                const QString key = i.kind + QLatin1Char('/') + i.text.value(l).name;
                QVERIFY2(!names.contains(key), qPrintable(key));
                names.insert(key);
            }
        }
    }

    void newWorkshopInItsFirstLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected"); // the language its text is in
        for (const QString &l : shipped::languages())
            QTest::addRow("%s", qPrintable(l)) << l << l;
        QTest::newRow("not shipped") << QStringLiteral("sw") << QStringLiteral("en");
        QTest::newRow("none") << QStringLiteral("") << QStringLiteral("en");
    }

    void newWorkshopInItsFirstLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto doc = Document::create(dir.filePath(QStringLiteral("w.pamoja")), QStringLiteral("W"),
                                    Document::Seed::Default, language);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error()));
        const WorkshopData &d = (*doc)->data();
        QCOMPARE(d.workshop().languages, expected);
        for (const Prompt &p : d.table<Prompt>().items())
            QCOMPARE(p.text, shipped::prompt(p.step, expected));
        QCOMPARE(d.table<CatalogueItem>().size(), shipped::items().size());
        for (const CatalogueItem &c : d.table<CatalogueItem>().items()) {
            const shipped::Item *s = shipped::item(c.kind, c.code);
            QVERIFY(s);
            QCOMPARE(c.name, s->text.value(expected).name);
            QCOMPARE(c.description, s->text.value(expected).description);
            for (const QString &l : shipped::languages())
                QCOMPARE(keywords::in(c, l), s->text.value(l).keywords);
        }
    }

    void displayFollowsTheLanguageUnlessEdited_data()
    {
        QTest::addColumn<QString>("stored"); // the language the item was stored in
        QTest::addColumn<QString>("shown");  // the language asked for
        QTest::addColumn<bool>("edited");
        for (const QString &from : shipped::languages())
            for (const QString &to : shipped::languages()) {
                QTest::addRow("%s as %s", qPrintable(from), qPrintable(to)) << from << to << false;
                QTest::addRow("%s edited, as %s", qPrintable(from), qPrintable(to)) << from << to << true;
            }
    }

    void displayFollowsTheLanguageUnlessEdited()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        QFETCH(bool, edited);
        for (CatalogueItem c : defaultCatalogue(stored)) {
            const shipped::Item *s = shipped::item(c.kind, c.code);
            if (edited) {
                c.name += QStringLiteral(" (ours)");
                c.description = QStringLiteral("Our own words");
                QCOMPARE(shipped::displayName(c, shown), c.name);
                QCOMPARE(shipped::displayDescription(c, shown), c.description);
                QCOMPARE(shipped::displayLabel(c, shown), c.code + QLatin1Char(' ') + c.name);
            } else {
                QCOMPARE(shipped::displayName(c, shown), s->text.value(shown).name);
                QCOMPARE(shipped::displayDescription(c, shown), s->text.value(shown).description);
                QCOMPARE(shipped::displayLabel(c, shown),
                         c.code + QLatin1Char(' ') + s->text.value(shown).name);
            }
        }
    }

    // A facilitator's own item whose name happens to be a shipped one keeps it: only the shipped
    // code maps to shipped text.
    void ownItemsStayAsWritten()
    {
        CatalogueItem c;
        c.kind = QStringLiteral("theme");
        c.name = shipped::item(QStringLiteral("theme"), QStringLiteral("T05"))
                     ->text.value(QStringLiteral("en"))
                     .name;
        QCOMPARE(shipped::displayName(c, QStringLiteral("fr")), c.name);
        c.code = QStringLiteral("T99");
        QCOMPARE(shipped::displayName(c, QStringLiteral("fr")), c.name);
        c.code = QStringLiteral("T05");
        QCOMPARE(shipped::displayName(c, QStringLiteral("fr")), QStringLiteral("Ressources et finances"));
        QCOMPARE(shipped::displayName(c, QStringLiteral("sw")), c.name); // no such language: English
    }

    void promptsShownInTheLanguageAsked()
    {
        const QString nl = shipped::prompt(3, QStringLiteral("nl"));
        QCOMPARE(shipped::displayPrompt(3, nl, QStringLiteral("pt")),
                 shipped::prompt(3, QStringLiteral("pt")));
        QCOMPARE(shipped::displayPrompt(3, QStringLiteral("Our own question"), QStringLiteral("pt")),
                 QStringLiteral("Our own question"));
        QCOMPARE(shipped::displayPrompt(2, nl, QStringLiteral("pt")),
                 nl); // another step's text is not this step's
    }

    void keywordsRoundTrip()
    {
        QString stored = keywords::with(QString(), QStringLiteral("fr"), QStringLiteral("  budget, argent "));
        stored = keywords::with(stored, QStringLiteral("en"), QStringLiteral("money"));
        CatalogueItem c;
        c.keywords = stored;
        QCOMPARE(keywords::in(c, QStringLiteral("fr")), QStringLiteral("budget, argent"));
        QCOMPARE(keywords::in(c, QStringLiteral("en")), QStringLiteral("money"));
        c.keywords = keywords::with(stored, QStringLiteral("en"), QString());
        QCOMPARE(keywords::in(c, QStringLiteral("en")), QString());
        QCOMPARE(keywords::parse(QStringLiteral("{not json")).size(), 0);
        QCOMPARE(keywords::parse(QStringLiteral("[1,2]")).size(), 0);
        QCOMPARE(keywords::parse(QStringLiteral("{\"en\": 5, \"fr\": \"x\"}")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueText)
#include "tst_cataloguetext.moc"
