// The embedded translations load and are used by the core's messages.

#include "domain/constituency.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QTest>

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : pamoja::i18n::supportedLanguages())
            if (code != QLatin1StringView("en"))
                QTest::newRow(qPrintable(code)) << code;
    }

    void languages()
    {
        QFETCH(QString, code);
        QVERIFY(pamoja::i18n::translator(code) != nullptr);
        QVERIFY(pamoja::i18n::install(code));
        const QString label = pamoja::step::label(1);
        QVERIFY2(label != QLatin1StringView("1 Envision"), qPrintable(code + QStringLiteral(": ") + label));
        QVERIFY(pamoja::i18n::install(QStringLiteral("en")));
        QCOMPARE(pamoja::step::label(1), QStringLiteral("1 Envision"));
    }

    void unknownLanguageFallsBack()
    {
        QVERIFY(!pamoja::i18n::install(QStringLiteral("xx")));
        QCOMPARE(pamoja::step::label(1), QStringLiteral("1 Envision"));
    }

    void englishPlurals()
    {
        QVERIFY(pamoja::i18n::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("pamoja::Cli", "  %n anonymous idea(s) without a constituency", nullptr, 1),
                 QStringLiteral("  1 anonymous idea without a constituency"));
        QCOMPARE(QCoreApplication::translate("pamoja::Cli", "  %n anonymous idea(s) without a constituency", nullptr, 3),
                 QStringLiteral("  3 anonymous ideas without a constituency"));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
