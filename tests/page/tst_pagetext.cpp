// The participant page's strings: one list, the same keys in every language's JSON catalogue, and
// translations that keep the source's placeholders.

#include "i18n.h"
#include "pagetext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cstring>

using pamoja::PageText;

class TestPageText : public QObject
{
    Q_OBJECT

    static QStringList keys()
    {
        QStringList out;
        for (int i = 0; i < PageText::count(); ++i)
            out.append(QString::fromUtf8(PageText::key(i)));
        return out;
    }

    static QStringList placeholders(const QString &s)
    {
        QStringList out;
        static const QRegularExpression re(QStringLiteral("%[0-9]"));
        for (auto it = re.globalMatch(s); it.hasNext();)
            out.append(it.next().captured());
        out.sort();
        return out;
    }

private Q_SLOTS:
    // Lookups bisect the list, so it must be sorted, and a key must mean one string.
    void keysSortedAndUnique()
    {
        const QStringList k = keys();
        QVERIFY(k.size() > 40);
        for (int i = 1; i < k.size(); ++i)
            QVERIFY2(std::strcmp(PageText::key(i - 1), PageText::key(i)) < 0, PageText::key(i));
    }

    void everyKeyFound()
    {
        const PageText t(QStringLiteral("en"));
        for (int i = 0; i < PageText::count(); ++i) {
            QCOMPARE(t.text(PageText::key(i)), QString::fromUtf8(PageText::source(i)));
            QVERIFY(t.translated(PageText::key(i)));
        }
    }

    void unknownKeyIsVisible()
    {
        const PageText t(QStringLiteral("fr"));
        QCOMPARE(t.text("noSuchKey"), QStringLiteral("[noSuchKey]"));
        QVERIFY(!t.translated("noSuchKey"));
    }

    void unknownLanguageIsEnglish()
    {
        for (const char *code : {"xx", "", "../../etc", "EN"}) {
            const PageText t(QString::fromUtf8(code));
            QCOMPARE(t.language(), QStringLiteral("en"));
            QCOMPARE(t.text("join"), QStringLiteral("Join"));
        }
    }

    void catalogueHasTheSameKeys_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : pamoja::i18n::supportedLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    // What /i18n/LANG.json answers: valid JSON, exactly the keys of the list, no empty text, and
    // the same %1/%2 the English source has (the script fills them in).
    void catalogueHasTheSameKeys()
    {
        QFETCH(QString, code);
        const PageText t(code);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(t.json(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        QStringList got = o.keys();
        QStringList want = keys();
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        for (int i = 0; i < PageText::count(); ++i) {
            const QString text = o.value(QString::fromUtf8(PageText::key(i))).toString();
            QVERIFY2(!text.trimmed().isEmpty(), PageText::key(i));
            QCOMPARE(placeholders(text), placeholders(QString::fromUtf8(PageText::source(i))));
        }
    }
};

QTEST_GUILESS_MAIN(TestPageText)
#include "tst_pagetext.moc"
