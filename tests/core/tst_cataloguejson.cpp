// The catalogue JSON (core/exchange/cataloguejson): keywords per language round trip, version 1
// files still read, and a hostile corpus (tests/data/cataloguejson and the fuzz seeds) refused whole.

#include "catalogue/defaultcatalogue.h"
#include "catalogue/keywords.h"
#include "exchange/cataloguejson.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace pamoja;

namespace {

WorkshopData withDefaultCatalogue()
{
    WorkshopData d;
    ChangeSet cs;
    for (const CatalogueItem &c : defaultCatalogue())
        cs.insert(c);
    d.apply(cs);
    return d;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const CatalogueItem *byCode(const WorkshopData &d, const QString &code)
{
    for (const CatalogueItem &c : d.table<CatalogueItem>().items())
        if (c.code == code)
            return d.table<CatalogueItem>().find(c.id);
    return nullptr;
}

} // namespace

class TestCatalogueJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywordsRoundTrip()
    {
        WorkshopData d = withDefaultCatalogue();
        const QByteArray json = cataloguejson::toJson(d);
        QVERIFY(json.contains("\"version\": 2"));
        QVERIFY(json.contains("\"keywords\": {"));
        // Into a catalogue whose keywords were all cleared: they come back.
        WorkshopData cleared = d;
        ChangeSet cs;
        for (const CatalogueItem &c : d.table<CatalogueItem>().items()) {
            CatalogueItem x = c;
            x.keywords.clear();
            cs.update(c, x);
        }
        cleared.apply(cs);
        auto plan = cataloguejson::planImport(json, cleared);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
        QCOMPARE(plan->updated, d.table<CatalogueItem>().size());
        cleared.apply(plan->changes);
        for (const CatalogueItem &c : d.table<CatalogueItem>().items())
            QCOMPARE(cleared.table<CatalogueItem>().find(c.id)->keywords, c.keywords);
        // And again: nothing to do.
        auto again = cataloguejson::planImport(cataloguejson::toJson(cleared), cleared);
        QVERIFY(again);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->added, 0);
    }

    void versionTwoSetsKeywords()
    {
        WorkshopData d = withDefaultCatalogue();
        auto plan = cataloguejson::planImport(
            read(QStringLiteral(PAMOJA_TEST_DATA "/cataloguejson/valid-v2.json")), d);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
        QCOMPARE(plan->added, 1);
        d.apply(plan->changes);
        QCOMPARE(keywords::in(*byCode(d, QStringLiteral("T01")), QStringLiteral("fr")),
                 QStringLiteral("rôle, tâche"));
        QCOMPARE(keywords::in(*byCode(d, QStringLiteral("T01")), QStringLiteral("nl")),
                 QString()); // replaced whole
        QCOMPARE(byCode(d, QStringLiteral("F99"))->keywords, QString());
    }

    // A version 1 file has no keywords: the items keep theirs.
    void versionOneKeepsKeywords()
    {
        WorkshopData d = withDefaultCatalogue();
        const QString before = byCode(d, QStringLiteral("T01"))->keywords;
        QVERIFY(!before.isEmpty());
        auto plan = cataloguejson::planImport(
            read(QStringLiteral(PAMOJA_TEST_DATA "/cataloguejson/valid-v1.json")), d);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
        d.apply(plan->changes);
        QCOMPARE(byCode(d, QStringLiteral("T01"))->name, QStringLiteral("Roles"));
        QCOMPARE(byCode(d, QStringLiteral("T01"))->keywords, before);
    }

    void hostileCorpus_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &folder : {QStringLiteral(PAMOJA_TEST_DATA "/cataloguejson"),
                                      QStringLiteral(PAMOJA_SOURCE_DIR "/tests/fuzz/corpus/cataloguejson")}) {
            const QDir dir(folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
                if (!name.startsWith(QLatin1StringView("valid")) &&
                    !name.startsWith(QLatin1StringView("update-only")))
                    QTest::addRow("%s/%s", qPrintable(dir.dirName()), qPrintable(name)) << dir.filePath(name);
        }
    }

    void hostileCorpus()
    {
        QFETCH(QString, path);
        const WorkshopData d = withDefaultCatalogue();
        const QByteArray bytes = read(path);
        QVERIFY(!bytes.isEmpty());
        auto plan = cataloguejson::planImport(bytes, d);
        QVERIFY2(!plan, "a hostile catalogue was accepted");
        QVERIFY(plan.error().startsWith(QStringLiteral("This is not a catalogue Pamoja can read:")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueJson)
#include "tst_cataloguejson.moc"
