#include "reportlabels.h"

#include <QHash>
#include <QTest>

using namespace pamoja;

// Every report label must be translated in every report language. This fails until the
// translation pass has added the "pamoja::Report" context to translations/pamoja_*.ts.
class ExportReportTranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"nl", "fr", "es", "pt"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void labelsAreTranslated()
    {
        QFETCH(QString, language);
        const ReportLabels english(QStringLiteral("en"));
        const ReportLabels other(language);
        QStringList untranslated;
        for (int i = 0; i < ReportLabels::count(); ++i) {
            const auto l = Label(i);
            if (other.text(l) == english.text(l))
                untranslated.append(english.text(l));
        }
        for (const char *c : {"south", "north", "donor", "other"})
            if (other.constituency(QString::fromLatin1(c)) == english.constituency(QString::fromLatin1(c)))
                untranslated.append(english.constituency(QString::fromLatin1(c)));
        for (int s = 1; s <= 3; ++s) {
            if (other.step(s) == english.step(s))
                untranslated.append(english.step(s));
        }
        for (const char *w : {"person", "organisation", "constituency"})
            if (other.weighting(QString::fromLatin1(w)) == english.weighting(QString::fromLatin1(w)))
                untranslated.append(english.weighting(QString::fromLatin1(w)));
        // Words that are spelled the same in both languages, reviewed one by one (a translator
        // checked them); anything else identical to English is an untranslated label.
        static const QHash<QString, QStringList> sameWord{
            {QStringLiteral("nl"), {QStringLiteral("Online"), QStringLiteral("Donor")}},
            {QStringLiteral("pt"), {QStringLiteral("Online")}},
            {QStringLiteral("fr"), {QStringLiteral("3 Action")}},
            {QStringLiteral("es"), {QStringLiteral("Ideas")}},
        };
        for (const QString &w : sameWord.value(language))
            untranslated.removeAll(w);
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 untranslated report label(s) in %2: %3")
                                                        .arg(untranslated.size())
                                                        .arg(language, untranslated.join(QStringLiteral(" | ")))));
    }

    void englishIsTheSource()
    {
        const ReportLabels en(QStringLiteral("en"));
        for (int i = 0; i < ReportLabels::count(); ++i)
            QCOMPARE(en.text(Label(i)), QString::fromUtf8(ReportLabels::source(Label(i))));
    }
};

QTEST_MAIN(ExportReportTranslationsTest)
#include "tst_exportreporttranslations.moc"
