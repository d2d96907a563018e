// `pamoja suggest`: the real binary on a workshop with loose ideas in several languages, a cluster
// (its ideas are not suggested again) and a near-duplicate; text and JSON output, and the errors.

#include "clisupport.h"

#include "document.h"
#include "domain/record.h"
#include "edits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

class TestCliSuggest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QSet<QString> m_loose;
    QSet<QString> m_clustered;
    QString m_duplicateA, m_duplicateB;

    QUuid add(Document &doc, int step, const QString &text, const QString &language)
    {
        edits::IdeaDraft d;
        d.step = step;
        d.text = text;
        d.language = language;
        QUuid id;
        auto cs = edits::addIdea(doc.data(), d, &id);
        if (!cs || !doc.apply(*cs, QStringLiteral("Add idea")))
            return {};
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(PAMOJA_BINARY)));
        m_file = m_dir.filePath(QStringLiteral("suggest.pamoja"));
        auto doc = Document::create(m_file, QStringLiteral("Suggest"), Document::Seed::Default,
                                    QStringLiteral("en"));
        QVERIFY2(doc, qPrintable(doc.error()));
        const QList<QPair<QString, QString>> ideas{
            {QStringLiteral("Flexible core funding instead of small project budgets"), QStringLiteral("en")},
            {QStringLiteral("Flexible core funding instead of small project budgets!"), QStringLiteral("en")},
            {QStringLiteral("Un financement institutionnel souple et un budget pour les salaires"),
             QStringLiteral("fr")},
            {QStringLiteral("Los socios del Sur administran el presupuesto y los fondos"),
             QStringLiteral("es")},
            {QStringLiteral("Southern partners have a seat and a vote on the steering committee"),
             QStringLiteral("en")},
            {QStringLiteral("Zuidelijke partners hebben een stem in de stuurgroep en beslissen mee"),
             QStringLiteral("nl")},
            {QStringLiteral("As decisões são tomadas em conjunto, com voto igual para cada parceiro"),
             QStringLiteral("pt")},
        };
        for (const auto &[text, language] : ideas) {
            const QUuid id = add(**doc, 1, text, language);
            QVERIFY(!id.isNull());
            m_loose.insert(idString(id));
            if (m_duplicateA.isEmpty())
                m_duplicateA = idString(id);
            else if (m_duplicateB.isEmpty())
                m_duplicateB = idString(id);
        }
        // Ideas already in a cluster, and ideas of another step, are not suggested.
        const QUuid a = add(**doc, 1, QStringLiteral("Money for the budget goes directly to partners"),
                            QStringLiteral("en"));
        const QUuid b =
            add(**doc, 1, QStringLiteral("Funding and grants for the budget"), QStringLiteral("en"));
        QVERIFY((*doc)->apply(edits::createCluster((*doc)->data(), 1, QStringLiteral("Money"), {a, b}),
                              QStringLiteral("Cluster")));
        m_clustered = {idString(a), idString(b)};
        QVERIFY(!add(**doc, 2, QStringLiteral("Core funding changes the budget of every partner"),
                     QStringLiteral("en"))
                     .isNull());
    }

    void json()
    {
        const Run r = runPamoja({QStringLiteral("suggest"), m_file, QStringLiteral("--step"),
                                 QStringLiteral("envision"), QStringLiteral("--json")});
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList keys = o.keys();
        QCOMPARE(keys, (QStringList{QStringLiteral("duplicates"), QStringLiteral("groups")}));
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        QVERIFY(groups.size() >= 2);
        QSet<QString> seen;
        for (const QJsonValue &g : groups) {
            QCOMPARE(g.toObject().keys(), (QStringList{QStringLiteral("ideas"), QStringLiteral("title")}));
            QVERIFY(!g.toObject().value(QStringLiteral("title")).toString().isEmpty());
            for (const QJsonValue &id : g.toObject().value(QStringLiteral("ideas")).toArray()) {
                QVERIFY2(m_loose.contains(id.toString()), qPrintable(id.toString()));
                QVERIFY(!seen.contains(id.toString()));
                seen.insert(id.toString());
            }
        }
        const QJsonArray duplicates = o.value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(duplicates.size(), 1);
        const QStringList pair{duplicates.first().toArray().at(0).toString(),
                               duplicates.first().toArray().at(1).toString()};
        QCOMPARE(QSet<QString>(pair.cbegin(), pair.cend()), (QSet<QString>{m_duplicateA, m_duplicateB}));
    }

    void groupsAsked()
    {
        const Run r = runPamoja({QStringLiteral("suggest"), m_file, QStringLiteral("--step"),
                                 QStringLiteral("envision"), QStringLiteral("--groups"), QStringLiteral("1"),
                                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("groups")).toArray().size(), 1);
    }

    void text()
    {
        const Run r = runPamoja(
            {QStringLiteral("suggest"), m_file, QStringLiteral("--step"), QStringLiteral("envision")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Resources and finance")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Shared concepts:")));
        QVERIFY(
            out.contains(QStringLiteral("   - Los socios del Sur administran el presupuesto y los fondos")));
        QVERIFY(out.contains(QStringLiteral("Near-duplicates (1 pair")));
        QVERIFY(!out.contains(QStringLiteral("Money for the budget goes directly to partners")));
        QVERIFY(!out.contains(QStringLiteral("Core funding changes the budget of every partner")));
    }

    void emptyStep()
    {
        const Run r = runPamoja({QStringLiteral("suggest"), m_file, QStringLiteral("--step"),
                                 QStringLiteral("action"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("groups")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("duplicates")).toArray().isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString file = m_dir.filePath(QStringLiteral("suggest.pamoja"));
        QTest::newRow("no such file")
            << QStringList{QStringLiteral("suggest"), m_dir.filePath(QStringLiteral("none.pamoja")),
                           QStringLiteral("--step"), QStringLiteral("envision")}
            << 1 << QStringLiteral("none.pamoja");
        QTest::newRow("no step") << QStringList{QStringLiteral("suggest"), file} << 2
                                 << QStringLiteral("--step is required");
        QTest::newRow("bad step") << QStringList{QStringLiteral("suggest"), file, QStringLiteral("--step"),
                                                 QStringLiteral("dream")}
                                  << 2 << QStringLiteral("--step must be envision, change or action");
        for (const char *n : {"0", "-3", "many", "1001", ""})
            QTest::addRow("bad groups '%s'", n)
                << QStringList{QStringLiteral("suggest"),  file,
                               QStringLiteral("--step"),   QStringLiteral("change"),
                               QStringLiteral("--groups"), QString::fromLatin1(n)}
                << 2 << QStringLiteral("--groups must be a whole number from 1 to 1000");
        QTest::newRow("no file") << QStringList{QStringLiteral("suggest"), QStringLiteral("--step"),
                                                QStringLiteral("change")}
                                 << 2 << QStringLiteral("expected 1 file argument");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = runPamoja(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSuggest)
#include "tst_clisuggest.moc"
