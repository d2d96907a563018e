// The language of each idea in the change funnel (issue 13): a given language is kept (confidence
// 100), a missing one is detected when the text says it reliably, else it stays unknown; a detected
// one follows the text; Detect Languages fills in the unknown ones in one undoable change.

#include "testsupport.h"

#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

class TestIdeaLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    RichIds m_ids;
    int m_n = 0;

    const WorkshopData &data() const { return m_doc->data(); }
    const Idea &idea(const QUuid &id) const { return *data().table<Idea>().find(id); }
    QUuid add(const QString &text, const QString &language = QString(), const QString &source = QStringLiteral("facilitator"))
    {
        edits::IdeaDraft d;
        d.text = text;
        d.language = language;
        d.source = source;
        d.authorId = m_ids.amina; // speaks Kiswahili: never a reason to call an idea Kiswahili
        QUuid id;
        auto cs = edits::addIdea(data(), d, &id);
        if (!cs || !m_doc->apply(*cs, QStringLiteral("Add idea")))
            return {};
        return id;
    }
    // An idea as a version-2 file left it: no language, nothing detected.
    QUuid addUnknown(const QString &text)
    {
        const QUuid id = add(QStringLiteral("placeholder"));
        if (!m_doc->apply(edits::modify<Idea>(data(), id, [&](Idea &i) {
                i.text = text;
                i.language.clear();
                i.languageConfidence = 0;
            }), QStringLiteral("Old idea")))
            return {};
        return id;
    }

private Q_SLOTS:
    void init()
    {
        auto doc = Document::create(m_dir.filePath(QStringLiteral("l%1.pamoja").arg(++m_n)), QStringLiteral("Languages"));
        QVERIFY(doc);
        m_doc = std::move(*doc);
        m_ids = fillRich(*m_doc);
    }
    void cleanup() { m_doc.reset(); }

    void newIdea_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("minConfidence");
        QTest::addColumn<int>("maxConfidence");
        const QString pt = QStringLiteral("As organizações locais recebem financiamento direto e flexível, sem intermediários do Norte");
        QTest::newRow("Portuguese, none given") << pt << QString() << QStringLiteral("facilitator") << QStringLiteral("pt") << 1 << 99;
        QTest::newRow("Portuguese from a device, none given") << pt << QString() << QStringLiteral("device") << QStringLiteral("pt") << 1 << 99;
        QTest::newRow("Portuguese from the offline form") << pt << QString() << QStringLiteral("offline_form") << QStringLiteral("pt") << 1 << 99;
        QTest::newRow("Dutch from an import") << QStringLiteral("Zuidelijke partners beslissen zelf hoe het geld wordt besteed en aan wie ze verantwoording afleggen")
                                              << QString() << QStringLiteral("import") << QStringLiteral("nl") << 1 << 99;
        QTest::newRow("Arabic given") << QStringLiteral("يجب أن تقود المنظمات المحلية في الجنوب تنفيذ المشاريع") << QStringLiteral("ar")
                                      << QStringLiteral("facilitator") << QStringLiteral("ar") << 100 << 100;
        QTest::newRow("a given language beats the text") << pt << QStringLiteral("ar") << QStringLiteral("import") << QStringLiteral("ar") << 100 << 100;
        QTest::newRow("too short to tell") << QStringLiteral("Budget") << QString() << QStringLiteral("facilitator") << QString() << 0 << 0;
        QTest::newRow("short Arabic, none given") << QStringLiteral("شراكة متوازنة") << QString() << QStringLiteral("device") << QString() << 0 << 0;
        QTest::newRow("two languages, none given") << QStringLiteral("Southern partners decide how the money is spent. Os parceiros do Sul decidem como o dinheiro é gasto.")
                                                   << QString() << QStringLiteral("facilitator") << QString() << 0 << 0;
    }
    void newIdea()
    {
        QFETCH(QString, text);
        QFETCH(QString, given);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QFETCH(int, minConfidence);
        QFETCH(int, maxConfidence);
        const QUuid id = add(text, given, source);
        QVERIFY(!id.isNull());
        QCOMPARE(idea(id).language, expected);
        QVERIFY2(idea(id).languageConfidence >= minConfidence && idea(id).languageConfidence <= maxConfidence,
                 qPrintable(QString::number(idea(id).languageConfidence)));
        QCOMPARE(edits::languageDetected(idea(id)), minConfidence > 0 && maxConfidence < 100);
        // Stored, not only in memory.
        const QString path = m_doc->store().path();
        m_doc.reset();
        auto again = Document::open(path, WorkshopStore::Access::ReadOnly);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE((*again)->data().table<Idea>().find(id)->language, expected);
        QVERIFY((*again)->data().table<Idea>().find(id)->languageConfidence >= minConfidence);
    }

    void editedTextRedetects()
    {
        const QUuid id = add(QStringLiteral("Southern partners decide how the money is spent"));
        QCOMPARE(idea(id).language, QStringLiteral("en"));
        QVERIFY(edits::languageDetected(idea(id)));
        QVERIFY(m_doc->apply(edits::editIdeaText(data(), id, QStringLiteral("As organizações locais recebem financiamento direto e flexível, sem intermediários do Norte")), QStringLiteral("Edit")));
        QCOMPARE(idea(id).language, QStringLiteral("pt"));
        QVERIFY(edits::languageDetected(idea(id)));
        // Too short to tell now: no longer claimed.
        QVERIFY(m_doc->apply(edits::editIdeaText(data(), id, QStringLiteral("Orçamento")), QStringLiteral("Edit")));
        QCOMPARE(idea(id).language, QString());
        QCOMPARE(idea(id).languageConfidence, 0);
        // Undo brings back the detected language with the text.
        QVERIFY(m_doc->undo());
        QCOMPARE(idea(id).language, QStringLiteral("pt"));
    }

    void editedTextKeepsAGivenLanguage()
    {
        const QUuid id = add(QStringLiteral("Les partenaires du Sud décident comment l'argent est dépensé"), QStringLiteral("fr"));
        QVERIFY(m_doc->apply(edits::editIdeaText(data(), id, QStringLiteral("Southern partners decide how the money is spent")), QStringLiteral("Edit")));
        QCOMPARE(idea(id).language, QStringLiteral("fr"));
        QCOMPARE(idea(id).languageConfidence, 100);
        QVERIFY(!edits::languageDetected(idea(id)));
    }

    void detectLanguagesFillsInUnknownOnes()
    {
        const QUuid unknownPt = addUnknown(QStringLiteral("As comunidades escolhem os seus próprios representantes para o comitê do programa"));
        const QUuid unknownShort = addUnknown(QStringLiteral("Transparency!"));
        const QUuid givenAr = add(QStringLiteral("Southern partners decide how the money is spent"), QStringLiteral("ar"));
        const QUuid detectedEn = add(QStringLiteral("Northern partners step back and support the Southern lead"));
        QVERIFY(!unknownPt.isNull() && !unknownShort.isNull() && !givenAr.isNull() && !detectedEn.isNull());
        QCOMPARE(idea(unknownPt).language, QString());
        const Idea enBefore = idea(detectedEn);

        const ChangeSet cs = edits::detectLanguages(data());
        QVERIFY(m_doc->apply(cs, QStringLiteral("Detect languages")));
        QCOMPARE(idea(unknownPt).language, QStringLiteral("pt"));
        QVERIFY(edits::languageDetected(idea(unknownPt)));
        QCOMPARE(idea(unknownShort).language, QString());
        QCOMPARE(idea(unknownShort).languageConfidence, 0);
        QCOMPARE(idea(givenAr).language, QStringLiteral("ar"));
        QCOMPARE(idea(givenAr).languageConfidence, 100);
        QCOMPARE(idea(detectedEn).language, enBefore.language);
        QCOMPARE(idea(detectedEn).languageConfidence, enBefore.languageConfidence);
        // Only what changes is in the change set, and nothing is left to do afterwards.
        for (const Change &c : cs.changes)
            QVERIFY(c.id != givenAr && c.id != unknownShort && c.id != detectedEn);
        QVERIFY(edits::detectLanguages(data()).isEmpty());
        // One undo step takes it all back.
        QVERIFY(m_doc->undo());
        QCOMPARE(idea(unknownPt).language, QString());
        QCOMPARE(idea(unknownPt).languageConfidence, 0);
    }
};

QTEST_GUILESS_MAIN(TestIdeaLanguage)
#include "tst_idealanguage.moc"
