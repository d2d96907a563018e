#include "panelsfixture.h"

#include "exchange/rostercsv.h"

#include <QFile>

using namespace pamoja;

// The roster CSV parser against a corpus of valid, broken and hostile files in tests/data/csv.
class TestRosterCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void oversized();
    void tooManyRows();
    void splitsRfc4180();
    void nothingAppliedWhenInvalid();
    void existingNamesAreReported();
};

static QByteArray readCorpus(const QString &name)
{
    QFile f(QStringLiteral(PAMOJA_TEST_DATA "/csv/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing corpus file %s", qPrintable(name));
    return f.readAll();
}

void TestRosterCsv::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fileError"); // part of the message when the whole file is rejected
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("rowErrors");
    QTest::addColumn<QString>("firstName");

    QTest::newRow("english crlf") << "valid_english_crlf.csv" << "" << 3 << 0 << "Amina Diallo";
    QTest::newRow("dutch bom ;") << "valid_dutch_bom_semicolon.csv" << "" << 2 << 0 << "Pieter";
    QTest::newRow("french") << "valid_french.csv" << "" << 2 << 0 << QStringLiteral("Aïssatou Ndiaye");
    QTest::newRow("spanish") << "valid_spanish.csv" << "" << 1 << 0 << QStringLiteral("Lucía Pérez");
    QTest::newRow("portuguese") << "valid_portuguese.csv" << "" << 1 << 0 << QStringLiteral("João Silva");
    QTest::newRow("quoted multiline") << "valid_quoted_multiline.csv" << "" << 2 << 0 << "Okonkwo, Chidi";
    QTest::newRow("formula stays text") << "formula_injection.csv" << "" << 1 << 0 << "=HYPERLINK(\"http://evil\")";
    QTest::newRow("empty") << "empty.csv" << "empty" << 0 << 0 << "";
    QTest::newRow("bom and blanks") << "only_bom_whitespace.csv" << "empty" << 0 << 0 << "";
    QTest::newRow("header only") << "header_only.csv" << "no participants" << 0 << 0 << "";
    QTest::newRow("no name column") << "no_name_column.csv" << "\"name\" column" << 0 << 0 << "";
    QTest::newRow("unterminated quote") << "unterminated_quote.csv" << "never closed" << 0 << 0 << "";
    QTest::newRow("latin-1") << "latin1.csv" << "not UTF-8" << 0 << 0 << "";
    QTest::newRow("binary") << "binary_nul.csv" << "binary" << 0 << 0 << "";
    QTest::newRow("duplicate header") << "duplicate_header.csv" << "appears twice" << 0 << 0 << "";
    QTest::newRow("too many columns") << "too_many_columns.csv" << "columns" << 0 << 0 << "";
    QTest::newRow("text after quote") << "text_after_quote.csv" << "closing quote" << 0 << 0 << "";
    QTest::newRow("row errors") << "row_errors.csv" << "" << 8 << 8 << "";
}

void TestRosterCsv::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, fileError);
    QFETCH(int, rows);
    QFETCH(int, rowErrors);
    QFETCH(QString, firstName);
    WorkshopData empty;
    const auto parsed = roster::parse(readCorpus(file), empty);
    if (!fileError.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(fileError), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->rows.size(), rows);
    QCOMPARE(parsed->errorCount(), rowErrors);
    QCOMPARE(parsed->isValid(), rowErrors == 0);
    if (!firstName.isEmpty())
        QCOMPARE(parsed->rows.first().participant.name, firstName);
    for (const roster::RosterRow &r : parsed->rows)
        QVERIFY(r.line >= 2);
}

void TestRosterCsv::oversized()
{
    QByteArray big("name\n");
    while (big.size() <= roster::MaxBytes)
        big.append("A participant name\n");
    const auto parsed = roster::parse(big, WorkshopData());
    QVERIFY(!parsed);
    QVERIFY(parsed.error().contains(QStringLiteral("1 MB")));
}

void TestRosterCsv::tooManyRows()
{
    QByteArray many("name\n");
    for (int i = 0; i < roster::MaxRows + 5; ++i)
        many.append("P" + QByteArray::number(i) + "\n");
    const auto parsed = roster::parse(many, WorkshopData());
    QVERIFY(!parsed);
    QVERIFY(parsed.error().contains(QStringLiteral("rows")));
}

void TestRosterCsv::splitsRfc4180()
{
    QList<int> lines;
    const auto r = roster::splitCsv(QStringLiteral("a,\"b \"\"c\"\"\",d\r\n\"x\ny\",z\n"), QLatin1Char(','), &lines);
    QVERIFY(r);
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b \"c\""), QStringLiteral("d")}));
    QCOMPARE(r->at(1), (QStringList{QStringLiteral("x\ny"), QStringLiteral("z")}));
    QCOMPARE(lines, (QList<int>{1, 2}));
}

void TestRosterCsv::nothingAppliedWhenInvalid()
{
    test::Fixture f;
    const auto parsed = roster::parse(readCorpus(QStringLiteral("row_errors.csv")), f.data());
    QVERIFY(parsed);
    const auto cs = roster::changes(f.data(), parsed.value());
    QVERIFY(!cs);
    QVERIFY(cs.error().contains(QStringLiteral("nothing was imported")));

    const auto good = roster::parse(readCorpus(QStringLiteral("valid_english_crlf.csv")), f.data());
    QVERIFY(good);
    const auto ok = roster::changes(f.data(), good.value());
    QVERIFY(ok);
    QVERIFY(f.workspace.apply(ok.value(), QStringLiteral("import")));
    QCOMPARE(f.data().table<Participant>().size(), 3);
    QCOMPARE(f.data().table<Organisation>().size(), 2);
    const Participant amina = f.data().participants().first();
    QCOMPARE(amina.constituency, QStringLiteral("south"));
    QVERIFY(amina.consent);
}

void TestRosterCsv::existingNamesAreReported()
{
    test::Fixture f;
    f.person(QStringLiteral("PIETER"), QStringLiteral("north"));
    const auto parsed = roster::parse(readCorpus(QStringLiteral("valid_dutch_bom_semicolon.csv")), f.data());
    QVERIFY(parsed);
    QCOMPARE(parsed->errorCount(), 1);
    QVERIFY(parsed->rows.first().errors.first().contains(QStringLiteral("already on the roster")));
}

QTEST_MAIN(TestRosterCsv)
#include "tst_panels_rostercsv.moc"
