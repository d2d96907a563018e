// Ideas from text, Markdown and CSV files: format and encoding detection, a corpus of valid exports
// and of broken and hostile files (tests/data/ideas), errors naming the line, all or nothing.

#include "testsupport.h"

#include "exchange/ideaimport.h"
#include "exchange/textdecode.h"

#include <QTemporaryDir>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

QByteArray corpus(const QString &name)
{
    QFile f(QStringLiteral(PAMOJA_TEST_DATA "/ideas/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}

QStringList texts(const ideaimport::Parsed &p)
{
    QStringList out;
    for (const auto &r : p.rows)
        out.append(r.text);
    return out;
}

QByteArray utf16(const QString &s, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : s) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

} // namespace

class TestIdeaImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFromContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        using F = ideaimport::Format;
        QTest::newRow("text") << corpus(QStringLiteral("plain.txt")) << QString() << int(F::Text);
        QTest::newRow("markdown by content") << corpus(QStringLiteral("breakout.md")) << QStringLiteral("notes.txt") << int(F::Markdown);
        QTest::newRow("csv by content") << corpus(QStringLiteral("google-form.csv")) << QStringLiteral("export") << int(F::Csv);
        QTest::newRow("csv named .txt stays text") << QByteArray("a,b\nc,d\n") << QStringLiteral("x.txt") << int(F::Text);
        QTest::newRow("workshop json") << QByteArray("{\n \"format\": \"pamoja-workshop\", \"version\": 1}") << QStringLiteral("x.csv") << int(F::WorkshopJson);
        QTest::newRow("sqlite") << QByteArray("SQLite format 3\0rest", 20) << QStringLiteral("x.txt") << int(F::WorkshopFile);
        QTest::newRow("zip") << corpus(QStringLiteral("spreadsheet.xlsx")) << QStringLiteral("x.csv") << int(F::Zip);
        QTest::newRow("prose with commas is text") << QByteArray("Trust, time, money\nNo more, no less\n") << QString() << int(F::Text);
    }
    void detectsFromContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(int, format);
        QCOMPARE(int(ideaimport::detect(bytes, name)), format);
    }

    void decodesEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        const QString s = QStringLiteral("Décisions “partagées” – ação\nzweite Zeile");
        QTest::newRow("utf-8") << s.toUtf8() << s << "UTF-8";
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + s.toUtf8() << s << "UTF-8 with BOM";
        QTest::newRow("utf-16le bom") << utf16(s, true, true) << s << "UTF-16LE";
        QTest::newRow("utf-16be bom") << utf16(s, false, true) << s << "UTF-16BE";
        QTest::newRow("utf-16le no bom") << utf16(QStringLiteral("Idea,Name\nshare power,Amina\n"), true, false)
                                         << QStringLiteral("Idea,Name\nshare power,Amina\n") << "UTF-16LE";
        QTest::newRow("windows-1252") << QByteArray("D\xE9" "cisions \x93" "ensemble\x94 \x80") << QStringLiteral("Décisions “ensemble” €")
                                      << "Windows-1252";
    }
    void decodesEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const auto d = text::decode(bytes);
        QVERIFY2(d, qPrintable(d.error()));
        QCOMPARE(d->text, text);
        QCOMPARE(d->encoding, encoding);
    }

    void plainTextOneIdeaPerLine()
    {
        const auto p = ideaimport::parse(corpus(QStringLiteral("plain.txt")), QStringLiteral("plain.txt"));
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(texts(*p), (QStringList{QStringLiteral("We share power in decisions"), QStringLiteral("Funding goes directly to the South"),
                                         QStringLiteral("Southern partners speak at donor meetings")}));
        QCOMPARE(p->rows.at(2).line, 4);
    }

    void markdownHeadingsNameSteps()
    {
        const auto p = ideaimport::parse(corpus(QStringLiteral("breakout.md")), QStringLiteral("breakout.md"));
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(texts(*p), (QStringList{QStringLiteral("Partners choose each other"),
                                         QStringLiteral("Joint decisions, with an equal vote for each partner"),
                                         QStringLiteral("Documents in every partner's language"),
                                         QStringLiteral("Donors accept part of the risk"), QStringLiteral("Core funding instead of projects"),
                                         QStringLiteral("Invite a Southern co-facilitator to every meeting")}));
        QList<int> steps;
        for (const auto &r : p->rows)
            steps.append(r.step);
        QCOMPARE(steps, (QList<int>{1, 1, 1, 2, 2, 3}));
    }

    void csvPresets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("ideas");
        QTest::addColumn<QStringList>("prompts");
        QTest::addColumn<QString>("preset");
        QTest::newRow("google form: each answer, question as prompt")
            << "google-form.csv"
            << QStringList{QStringLiteral("Partners decide together"), QStringLiteral("Donors trust local actors"),
                           QStringLiteral("Simpler reporting, \"one\" format")}
            << QStringList{QStringLiteral("What does a balanced partnership look like?"), QStringLiteral("What must change in the system?"),
                           QStringLiteral("What must change in the system?")}
            << "form";
        QTest::newRow("sticky notes: formulas stay text")
            << "sticky-notes.csv"
            << QStringList{QStringLiteral("Shared risk register"), QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
                           QStringLiteral("+SUM(1;2) stays text")}
            << QStringList{QString(), QString(), QString()} << "sticky";
        QTest::newRow("dutch, BOM, semicolons")
            << "dutch-bom-semicolon.csv"
            << QStringList{QStringLiteral("Gedeelde besluitvorming"), QStringLiteral("Risico delen; ook de donor")}
            << QStringList{QString(), QString()} << "generic";
        QTest::newRow("windows-1252")
            << "windows-1252.csv" << QStringList{QStringLiteral("Décisions partagées “ensemble”")} << QStringList{QString()} << "generic";
    }
    void csvPresets()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, ideas);
        QFETCH(QStringList, prompts);
        QFETCH(QString, preset);
        const auto p = ideaimport::parse(corpus(file), file);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(int(p->format), int(ideaimport::Format::Csv));
        QCOMPARE(p->mapping.preset, preset);
        QCOMPARE(texts(*p), ideas);
        QStringList got;
        for (const auto &r : p->rows)
            got.append(r.prompt);
        QCOMPARE(got, prompts);
    }

    // The first sheet of a workbook: shared, inline and rich strings, a formula's stored result, a
    // formula-like string kept as text, numbers as written, blank rows skipped, row numbers kept.
    void xlsxFirstSheet()
    {
        const auto p = ideaimport::parse(corpus(QStringLiteral("xlsx/form-export.xlsx")), QStringLiteral("export"));
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(int(p->format), int(ideaimport::Format::Xlsx));
        QCOMPARE(p->header, (QStringList{QStringLiteral("Idea"), QStringLiteral("Name"), QStringLiteral("Constituency")}));
        QCOMPARE(texts(*p), (QStringList{QStringLiteral("Décisions prises ensemble à Dakar"), QStringLiteral("Core funding direct"),
                                         QStringLiteral("Uwazi — ufadhili ✓"), QStringLiteral("=HYPERLINK(\"http://example.org\")"),
                                         QStringLiteral("Shared budgets"), QStringLiteral("42")}));
        QCOMPARE(p->rows.at(0).author, QStringLiteral("Amina"));
        QCOMPARE(p->rows.at(0).constituency, QStringLiteral("south"));
        QCOMPARE(p->rows.at(1).constituency, QStringLiteral("north"));
        QCOMPARE(p->rows.at(2).line, 5);
        // Planned like any other import: one change, every idea anonymous but the matched one.
        WorkshopData data;
        auto plan = ideaimport::plan(data, *p, 1);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->ideas, 6);
    }
    void xlsxFirstSheetInWorkbookOrder()
    {
        const auto p = ideaimport::parse(corpus(QStringLiteral("xlsx/second-part-first.xlsx")), QStringLiteral("x.xlsx"));
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(texts(*p), QStringList{QStringLiteral("right sheet")});
    }

    void brokenFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message"); // a part of the error
        QTest::newRow("empty") << QByteArray() << "x.txt" << "empty";
        QTest::newRow("only a BOM and blanks") << corpus(QStringLiteral("only-bom.txt")) << "only-bom.txt" << "empty";
        QTest::newRow("binary") << corpus(QStringLiteral("binary-nul.bin")) << "x.bin" << "binary";
        QTest::newRow("control character") << corpus(QStringLiteral("control-char.txt")) << "x.txt" << "Line 2, column 6";
        QTest::newRow("damaged utf-8") << corpus(QStringLiteral("damaged-utf8.txt")) << "x.txt" << "Line 2";
        QTest::newRow("undefined windows-1252 byte") << corpus(QStringLiteral("undefined-cp1252.txt")) << "x.txt" << "Line 2";
        QTest::newRow("unterminated quote") << corpus(QStringLiteral("unterminated-quote.csv")) << "x.csv" << "Line 2, column 1";
        QTest::newRow("text after quote") << corpus(QStringLiteral("text-after-quote.csv")) << "x.csv" << "Line 2, column 9";
        QTest::newRow("bad step") << corpus(QStringLiteral("bad-step.csv")) << "x.csv" << "Line 2, column 2";
        QTest::newRow("no idea column") << corpus(QStringLiteral("no-idea-column.csv")) << "x.csv" << "No column holds the ideas";
        QTest::newRow("zip that is no workbook") << corpus(QStringLiteral("spreadsheet.xlsx")) << "x.xlsx" << "not an XLSX workbook";
        QTest::newRow("xlsx: ods in disguise") << corpus(QStringLiteral("xlsx/not-a-workbook.zip.xlsx")) << "x.xlsx" << "not an XLSX workbook";
        QTest::newRow("xlsx: truncated") << corpus(QStringLiteral("xlsx/truncated.xlsx")) << "x.xlsx" << "damaged";
        QTest::newRow("xlsx: DTD and entities") << corpus(QStringLiteral("xlsx/dtd-entities.xlsx")) << "x.xlsx" << "DTD";
        QTest::newRow("xlsx: 40 MB part") << corpus(QStringLiteral("xlsx/bomb-large.xlsx")) << "x.xlsx" << "unpacks to 40 MB";
        QTest::newRow("xlsx: compressed 900 times") << corpus(QStringLiteral("xlsx/bomb-ratio.xlsx")) << "x.xlsx" << "zip bomb";
        QTest::newRow("xlsx: missing shared string") << corpus(QStringLiteral("xlsx/bad-shared-index.xlsx")) << "x.xlsx" << "Row 2, cell A2";
        QTest::newRow("xlsx: sheet outside the workbook") << corpus(QStringLiteral("xlsx/outside-target.xlsx")) << "x.xlsx" << "points outside";
        QTest::newRow("xlsx: no sheet") << corpus(QStringLiteral("xlsx/no-sheet.xlsx")) << "x.xlsx" << "no worksheet";
        QTest::newRow("xlsx: broken XML") << corpus(QStringLiteral("xlsx/broken-xml.xlsx")) << "x.xlsx" << "not valid XML";
        QTest::newRow("xlsx: column XFD") << corpus(QStringLiteral("xlsx/far-column.xlsx")) << "x.xlsx" << "more than 256 columns";
        QTest::newRow("xlsx: empty sheet") << corpus(QStringLiteral("xlsx/empty-sheet.xlsx")) << "x.xlsx" << "empty";
        QTest::newRow("workshop export") << QByteArray("{\"format\": \"pamoja-workshop\"}") << "x.json" << "pamoja import";
        QTest::newRow("odd utf-16") << QByteArray("\xFF\xFEx", 3) << "x.txt" << "truncated";
        QTest::newRow("lone surrogate utf-16") << QByteArray("\xFF\xFE" "a\0\n\0\x00\xD8" "b\0", 10) << "x.txt" << "Line 2";
        QTest::newRow("too large") << QByteArray(ideaimport::MaxBytes + 1, 'a') << "x.txt" << "32 MB";
    }
    void brokenFilesAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const auto p = ideaimport::parse(bytes, name);
        QVERIFY(!p);
        QVERIFY2(p.error().contains(message), qPrintable(p.error()));
    }

    void tooManyIdeasAndLongLines()
    {
        QByteArray many;
        for (int i = 0; i <= ideaimport::MaxIdeas; ++i)
            many += "idea " + QByteArray::number(i) + '\n';
        const auto p = ideaimport::parse(many, QStringLiteral("x.txt"));
        QVERIFY(!p);
        QVERIFY2(p.error().contains(QString::number(ideaimport::MaxIdeas)), qPrintable(p.error()));

        // A line far longer than an idea may be: the plan names its line and applies nothing.
        QTemporaryDir dir;
        auto doc = Document::create(dir.filePath(QStringLiteral("w.pamoja")), QStringLiteral("W"));
        QVERIFY(doc);
        const QByteArray text = "fine\n" + QByteArray(1024 * 1024, 'x') + "\nalso fine\n";
        const auto parsed = ideaimport::parse(text, QStringLiteral("x.txt"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        const auto plan = ideaimport::plan((*doc)->data(), *parsed, 1);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("Line 2")), qPrintable(plan.error()));
    }

    void planAddsEverythingInOneChange()
    {
        QTemporaryDir dir;
        auto doc = Document::create(dir.filePath(QStringLiteral("w.pamoja")), QStringLiteral("W"));
        QVERIFY(doc);
        const RichIds ids = fillRich(**doc);
        const int before = (*doc)->data().table<Idea>().size();
        const qint64 historyBefore = (*doc)->store().historyCount().value();

        const auto parsed = ideaimport::parse(corpus(QStringLiteral("dutch-bom-semicolon.csv")), QStringLiteral("x.csv"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        const auto plan = ideaimport::plan((*doc)->data(), *parsed, 3);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->ideas, 2);
        QVERIFY((*doc)->apply(plan->changes, QStringLiteral("Import")));
        QCOMPARE((*doc)->data().table<Idea>().size(), before + 2);
        QCOMPARE((*doc)->store().historyCount().value(), historyBefore + 1);

        QList<Idea> imported = (*doc)->data().table<Idea>().select([](const Idea &i) { return i.source == QLatin1StringView("import"); });
        std::sort(imported.begin(), imported.end(), [](const Idea &a, const Idea &b) { return a.text < b.text; });
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported[0].text, QStringLiteral("Gedeelde besluitvorming"));
        QCOMPARE(imported[0].authorId, ids.amina); // matched on the roster by name
        QCOMPARE(imported[0].step, 1);
        QCOMPARE(imported[1].authorId, QUuid());   // no name: anonymous
        QCOMPARE(imported[1].constituency, QStringLiteral("north"));
        QCOMPARE(imported[1].step, 2);             // "systeemverandering"
        QVERIFY((*doc)->undo());
        QCOMPARE((*doc)->data().table<Idea>().size(), before);

        // Ideas of one step imported together never share a place on the board.
        const auto lines = ideaimport::parse(corpus(QStringLiteral("plain.txt")), QStringLiteral("plain.txt"));
        QVERIFY(lines);
        const auto plan3 = ideaimport::plan((*doc)->data(), *lines, 1);
        QVERIFY2(plan3, qPrintable(plan3.error()));
        QSet<QPair<double, double>> places;
        for (const Change &c : plan3->changes.changes) {
            const Idea i = fromRecord<Idea>(c.id, c.after);
            places.insert({i.x, i.y});
        }
        QCOMPARE(places.size(), 3);
    }

    void unknownNamesAndPromptsAreReported()
    {
        QTemporaryDir dir;
        auto doc = Document::create(dir.filePath(QStringLiteral("w.pamoja")), QStringLiteral("W"));
        QVERIFY(doc);
        const auto parsed = ideaimport::parse(corpus(QStringLiteral("google-form.csv")), QStringLiteral("x.csv"));
        QVERIFY(parsed);
        const auto plan = ideaimport::plan((*doc)->data(), *parsed, 1);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->ideas, 3);
        QVERIFY2(plan->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("What must change in the system?")),
                 qPrintable(plan->warnings.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestIdeaImport)
#include "tst_ideaimport.moc"
