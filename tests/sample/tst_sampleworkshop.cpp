// The bundled sample workshop that scripts/run opens imports cleanly and is realistic.

#include "document.h"
#include "domain/constituency.h"
#include "exchange/jsonexchange.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;

class TestSampleWorkshop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAndIsRealistic()
    {
        QFile f(QStringLiteral(PAMOJA_SOURCE_DIR "/resources/sample/sample-workshop.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.pamoja"));
        auto doc = Document::create(path, QString(), Document::Seed::Empty);
        QVERIFY2(doc, qPrintable(doc.error()));
        auto plan = exchange::planImport(json, (*doc)->data());
        QVERIFY2(plan, qPrintable(plan.error()));
        QVERIFY((*doc)->apply(plan->changes, QStringLiteral("import")).isOk());
        const WorkshopData &d = (*doc)->data();

        QVERIFY(!d.workshop().title.isEmpty());
        int ideas = 0;
        for (int s = step::First; s <= step::Last; ++s) {
            QVERIFY2(!d.ideas(s).isEmpty(), qPrintable(QStringLiteral("no ideas in step %1").arg(s)));
            ideas += int(d.ideas(s).size());
        }
        QVERIFY(ideas >= 24);
        QSet<QString> languages, constituencies;
        for (const Idea &i : d.table<Idea>().items())
            languages.insert(i.language);
        for (const Participant &p : d.table<Participant>().items())
            constituencies.insert(p.constituency);
        QVERIFY(languages.size() >= 4);
        QVERIFY(constituencies.contains(constituency::South) && constituencies.contains(constituency::North));
        QVERIFY(d.table<Cluster>().size() >= 3);
        QVERIFY(d.table<Vote>().size() > 0);
        QVERIFY(d.table<SystemChange>().size() > 0);
        QVERIFY(d.table<Action>().size() > 0);
        QVERIFY(d.table<Link>().size() > 0);

        // The sample is what the exporter writes: re-exporting gives the same bytes.
        QCOMPARE(exchange::toJson(d), json);
    }
};

QTEST_GUILESS_MAIN(TestSampleWorkshop)
#include "tst_sampleworkshop.moc"
