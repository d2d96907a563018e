// Every string of the participant page has its own translation in nl, fr, es and pt. Like
// i18n_translations, this fails on a branch that adds page strings until the translation pass
// after the merge fills in translations/*.ts.

#include "i18n.h"
#include "pagetext.h"

#include <QTest>

using pamoja::PageText;

class TestPageTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : pamoja::i18n::supportedLanguages())
            if (code != QLatin1StringView("en"))
                QTest::newRow(qPrintable(code)) << code;
    }

    void complete()
    {
        QFETCH(QString, code);
        const PageText t(code);
        QCOMPARE(t.language(), code);
        QStringList missing;
        for (int i = 0; i < PageText::count(); ++i)
            if (!t.translated(PageText::key(i)))
                missing.append(QString::fromUtf8(PageText::source(i)).left(60));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks %2 of %3 page string(s), e.g.\n  %4")
                                                  .arg(code)
                                                  .arg(missing.size())
                                                  .arg(PageText::count())
                                                  .arg(missing.mid(0, 8).join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestPageTranslations)
#include "tst_pagetranslations.moc"
