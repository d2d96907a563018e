// Suggested grouping across languages (core/grouping): the adjusted Rand index against hand-computed
// values and its degenerate cases, hostile input (empty step, one idea, 5,000 ideas, empty, huge and
// control-character text, every idea the same), near-duplicates, determinism, titles in the interface
// language, cancelling, and a floor on the ARI of the labelled sets so a regression fails.

#include "catalogue/defaultcatalogue.h"
#include "grouping/adjustedrand.h"
#include "grouping/ideagrouper.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace pamoja;

namespace {

struct Labelled
{
    QString theme, language, text;
};

QList<Labelled> readSet(const QString &name)
{
    QList<Labelled> out;
    QFile f(QStringLiteral(PAMOJA_TEST_DATA "/language/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    f.readLine();
    while (!f.atEnd()) {
        const QStringList cols = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
        if (cols.size() == 3)
            out.append({cols[0], cols[1], cols[2]});
    }
    return out;
}

QUuid idOf(int i)
{
    return QUuid::createUuidV5(QUuid(), QString::number(i));
}

QList<GroupingIdea> ideasOf(const QStringList &texts, const QString &language = QStringLiteral("en"))
{
    QList<GroupingIdea> out;
    for (int i = 0; i < texts.size(); ++i)
        out.append({idOf(i), texts[i], language, {}, {}});
    return out;
}

// Every idea exactly once: in one group or unplaced.
bool partitions(const GroupingResult &r, int count)
{
    QSet<QUuid> seen;
    qsizetype total = r.unplaced.size();
    for (const QUuid &id : r.unplaced)
        seen.insert(id);
    for (const GroupProposal &g : r.groups) {
        if (g.ideas.size() < IdeaGrouper::MinGroupSize || g.title.isEmpty() || g.why.isEmpty())
            return false;
        total += g.ideas.size();
        for (const QUuid &id : g.ideas)
            seen.insert(id);
    }
    return total == count && seen.size() == count;
}

IdeaGrouper &grouper()
{
    static IdeaGrouper g(defaultCatalogue());
    return g;
}

} // namespace

class TestGrouping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adjustedRand_data()
    {
        QTest::addColumn<QList<int>>("a");
        QTest::addColumn<QList<int>>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("identical") << QList<int>{0, 0, 1, 1, 2} << QList<int>{5, 5, 7, 7, 9} << 1.0;
        // Pairs: together in both 2 (ordered), in a only 2, in b only 0, in neither 8.
        QTest::newRow("one group split") << QList<int>{0, 0, 1, 1} << QList<int>{0, 0, 1, 2} << 32.0 / 56.0;
        QTest::newRow("crossed") << QList<int>{0, 0, 1, 1} << QList<int>{0, 1, 0, 1} << -0.5;
        QTest::newRow("empty") << QList<int>{} << QList<int>{} << 1.0;
        QTest::newRow("one item") << QList<int>{3} << QList<int>{4} << 1.0;
        QTest::newRow("both one group") << QList<int>{1, 1, 1} << QList<int>{2, 2, 2} << 1.0;
        QTest::newRow("both singletons") << QList<int>{1, 2, 3} << QList<int>{4, 5, 6} << 1.0;
        QTest::newRow("one group against singletons") << QList<int>{1, 1, 1} << QList<int>{1, 2, 3} << 0.0;
        QTest::newRow("different lengths") << QList<int>{1, 1} << QList<int>{1} << 0.0;
    }

    void adjustedRand()
    {
        QFETCH(QList<int>, a);
        QFETCH(QList<int>, b);
        QFETCH(double, expected);
        QVERIFY2(qAbs(adjustedRandIndex(a, b) - expected) < 1e-9,
                 qPrintable(QString::number(adjustedRandIndex(a, b))));
        QVERIFY(qAbs(adjustedRandIndex(b, a) - adjustedRandIndex(a, b)) < 1e-9);
    }

    void hostile_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<int>("minGroups");
        QTest::addColumn<int>("duplicates");
        QTest::newRow("empty step") << QStringList{} << 0 << 0;
        QTest::newRow("one idea") << QStringList{QStringLiteral("Flexible core funding for partners")} << 0
                                  << 0;
        QTest::newRow("empty texts") << QStringList{QString(), QString(), QStringLiteral("   ")} << 0 << 0;
        QTest::newRow("huge text") << QStringList{QStringLiteral("budget funding ").repeated(100000),
                                                  QStringLiteral("Money and funding for the budget")}
                                   << 1 << 0;
        QString control = QStringLiteral("funding\x01\x02budget\x1b[31m\u200b\uFEFF money");
        control.append(QChar(0));
        control.append(QStringLiteral("grant"));
        QTest::newRow("control characters")
            << QStringList{control, QStringLiteral("Core funding and grants")} << 1 << 0;
        QStringList same;
        for (int i = 0; i < 50; ++i)
            same.append(QStringLiteral("Southern partners manage the budget"));
        QTest::newRow("every idea the same") << same << 1 << 49;
        QStringList signs;
        for (int i = 0; i < 5; ++i)
            signs.append(QStringLiteral("?!"));
        QTest::newRow("identical signs, no words") << signs << 0 << 4;
    }

    void hostile()
    {
        QFETCH(QStringList, texts);
        QFETCH(int, minGroups);
        QFETCH(int, duplicates);
        const GroupingResult r = grouper().group(ideasOf(texts), QStringLiteral("en"));
        QVERIFY(partitions(r, int(texts.size())));
        QVERIFY(r.groups.size() >= minGroups);
        QCOMPARE(r.duplicates.size(), duplicates);
        for (const DuplicatePair &d : r.duplicates)
            QVERIFY(d.keep < d.duplicate);
        QVERIFY(!r.cancelled);
    }

    void fiveThousandIdeas()
    {
        const QList<Labelled> set = readSet(QStringLiteral("grouping-ideas.tsv"));
        QVERIFY(!set.isEmpty());
        QList<GroupingIdea> ideas;
        for (int i = 0; i < 5000; ++i)
            ideas.append({idOf(i),
                          set[i % set.size()].text + QStringLiteral(" %1").arg(i),
                          set[i % set.size()].language,
                          {},
                          {}});
        const GroupingResult r = grouper().group(ideas, QStringLiteral("en"), 12);
        QVERIFY(partitions(r, 5000));
        QVERIFY(r.groups.size() >= 2 && r.groups.size() <= 12);
        QVERIFY(r.unplaced.size() < 500);
    }

    // The same ideas in another order give the same proposals.
    void deterministic()
    {
        const QList<Labelled> set = readSet(QStringLiteral("themed-ideas.tsv"));
        QList<GroupingIdea> ideas;
        for (int i = 0; i < set.size(); ++i)
            ideas.append({idOf(i), set[i].text, set[i].language, {}, {}});
        const GroupingResult a = grouper().group(ideas, QStringLiteral("en"));
        std::reverse(ideas.begin(), ideas.end());
        std::rotate(ideas.begin(), ideas.begin() + 37, ideas.end());
        const GroupingResult b = grouper().group(ideas, QStringLiteral("en"));
        QCOMPARE(a.groups.size(), b.groups.size());
        for (qsizetype g = 0; g < a.groups.size(); ++g) {
            QCOMPARE(a.groups[g].ideas, b.groups[g].ideas);
            QCOMPARE(a.groups[g].title, b.groups[g].title);
            QCOMPARE(a.groups[g].why, b.groups[g].why);
        }
        QCOMPARE(a.unplaced, b.unplaced);
    }

    void nearDuplicates_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("languageB");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("punctuation and case")
            << QStringLiteral("Flexible core funding instead of small project budgets")
            << QStringLiteral("flexible CORE funding, instead of small project budgets!")
            << QStringLiteral("en") << true;
        QTest::newRow("plural")
            << QStringLiteral("Southern partners manage the budget and decide on reallocations")
            << QStringLiteral("Southern partner manages the budgets and decides on reallocation")
            << QStringLiteral("en") << true;
        QTest::newRow("different ideas, same theme")
            << QStringLiteral("Flexible core funding instead of small project budgets")
            << QStringLiteral("Salaries for local staff are set at fair market rates") << QStringLiteral("en")
            << false;
        // The same text is the same idea whatever language it was tagged with.
        QTest::newRow("same text, other language tag")
            << QStringLiteral("Open agenda for the partners")
            << QStringLiteral("Open agenda for the partners") << QStringLiteral("nl") << true;
        // A translation is not merged: its concepts are close, but not that close.
        QTest::newRow("translated")
            << QStringLiteral("Flexible core funding instead of small project budgets")
            << QStringLiteral("Flexibele kernfinanciering in plaats van kleine projectbudgetten")
            << QStringLiteral("nl") << false;
    }

    void nearDuplicates()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, languageB);
        QFETCH(bool, duplicate);
        QList<GroupingIdea> ideas{{idOf(1), a, QStringLiteral("en"), {}, {}},
                                  {idOf(2), b, languageB, {}, {}}};
        const GroupingResult r = grouper().group(ideas, QStringLiteral("en"));
        QCOMPARE(r.duplicates.size(), duplicate ? 1 : 0);
    }

    void titleInInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Resources and finance");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Ressources et finances");
        QTest::newRow("not shipped: English")
            << QStringLiteral("sw") << QStringLiteral("Resources and finance");
    }

    void titleInInterfaceLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QList<GroupingIdea> ideas{{idOf(1),
                                   QStringLiteral("Flexible core funding and a bigger budget"),
                                   QStringLiteral("en"),
                                   {},
                                   {}},
                                  {idOf(2),
                                   QStringLiteral("Financement flexible et budget pour les salaires"),
                                   QStringLiteral("fr"),
                                   {},
                                   {}},
                                  {idOf(3),
                                   QStringLiteral("Presupuesto y financiación para los socios"),
                                   QStringLiteral("es"),
                                   {},
                                   {}}};
        const GroupingResult r = grouper().group(ideas, language, 1);
        QCOMPARE(r.groups.size(), 1);
        QCOMPARE(r.groups.first().ideas.size(), 3);
        QCOMPARE(r.groups.first().title, title);
        QVERIFY(r.groups.first().concepts.contains(QStringLiteral("T05")));
    }

    // An idea in an unknown language with an English translation is grouped by the translation.
    void translationCounts()
    {
        QList<GroupingIdea> ideas{{idOf(1),
                                   QStringLiteral("Flexible core funding and a bigger budget"),
                                   QStringLiteral("en"),
                                   {},
                                   {}},
                                  {idOf(2), QStringLiteral("Ufadhili wa msingi"), QString(),
                                   QStringLiteral("Core funding and budget"), QStringLiteral("en")}};
        const GroupingResult withTranslation = grouper().group(ideas, QStringLiteral("en"));
        QCOMPARE(withTranslation.groups.size(), 1);
        ideas[1].translation.clear();
        QCOMPARE(grouper().group(ideas, QStringLiteral("en")).groups.size(), 0);
    }

    void cancelled()
    {
        const GroupingResult r = grouper().group(ideasOf({QStringLiteral("budget"), QStringLiteral("money")}),
                                                 QStringLiteral("en"), 0, [] { return true; });
        QVERIFY(r.cancelled);
        QVERIFY(r.groups.isEmpty());
    }

    // The ARI against the theme labels, with as many groups as labels; an idea left out counts as a
    // group of its own. Floors just below the measured values (docs/architecture.md).
    void qualityFloor_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<double>("floor");
        QTest::newRow("held out, mixed") << QStringLiteral("grouping-ideas.tsv") << 0.40;
        QTest::newRow("tuning set, mixed") << QStringLiteral("themed-ideas.tsv") << 0.58;
    }

    void qualityFloor()
    {
        QFETCH(QString, set);
        QFETCH(double, floor);
        const QList<Labelled> labelled = readSet(set);
        QCOMPARE(labelled.size(), 200);
        QList<GroupingIdea> ideas;
        QSet<QString> themes;
        for (int i = 0; i < labelled.size(); ++i) {
            ideas.append({idOf(i), labelled[i].text, labelled[i].language, {}, {}});
            themes.insert(labelled[i].theme);
        }
        const GroupingResult r = grouper().group(ideas, QStringLiteral("en"), int(themes.size()));
        QHash<QUuid, int> group;
        for (int g = 0; g < r.groups.size(); ++g)
            for (const QUuid &id : r.groups[g].ideas)
                group.insert(id, g);
        QList<int> truth, predicted;
        for (int i = 0; i < labelled.size(); ++i) {
            truth.append(labelled[i].theme.mid(1).toInt());
            predicted.append(group.value(idOf(i), -1 - i));
        }
        const double ari = adjustedRandIndex(truth, predicted);
        QVERIFY2(ari >= floor, qPrintable(QStringLiteral("ARI %1 below %2").arg(ari).arg(floor)));
    }
};

QTEST_GUILESS_MAIN(TestGrouping)
#include "tst_grouping.moc"
