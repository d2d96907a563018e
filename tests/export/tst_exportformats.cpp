#include "exportfixture.h"
#include "exportformats.h"
#include "exporttesthelpers.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pamoja;
using namespace pamoja::testing;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const QStringList NeverNamed{HiddenName, QStringLiteral("Maria Donor-Lopez")};
} // namespace

class ExportFormatsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

    QString exportAs(const QString &format, const QString &name, bool log = true)
    {
        ExportOptions o;
        o.format = format;
        o.output = m_dir.filePath(name);
        o.language = QStringLiteral("en");
        o.content.interventions = log;
        o.generatedAt = QDateTime(QDate(2026, 3, 12), QTime(12, 0), QTimeZone::utc());
        const Status s = exportWorkshop(*m_doc, o);
        if (!s)
            qWarning("%s", qPrintable(s.error()));
        return s ? o.output : QString();
    }

    // Everything a reader of the file could see, as text.
    QByteArray visibleBytes(const QString &format, const QString &path)
    {
        if (format == QLatin1StringView("pdf"))
            return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
        if (format == QLatin1StringView("odt") || format == QLatin1StringView("xlsx"))
            return readAll(path) + runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path}).out;
        if (format == QLatin1StringView("csv")) {
            QByteArray all;
            for (const QString &p : csvOutputPaths(path))
                all += readAll(p);
            return all;
        }
        return readAll(path);
    }

    void compareGolden(const QByteArray &actual, const QString &name)
    {
        const QString golden = QStringLiteral(PAMOJA_TEST_DATA "/golden/") + name;
        if (qEnvironmentVariableIsSet("PAMOJA_UPDATE_GOLDEN")) {
            QFile f(golden);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual);
        }
        const QByteArray expected = readAll(golden);
        QVERIFY2(!expected.isEmpty(), qPrintable(golden + QStringLiteral(" is missing; run with PAMOJA_UPDATE_GOLDEN=1")));
        if (actual != expected) {
            const QString out = m_dir.filePath(name);
            QFile f(out);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual);
            f.close();
            const ToolResult diff = runTool(QStringLiteral("diff"), {QStringLiteral("-u"), golden, out});
            QFAIL(diff.out.left(3000).constData());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_doc = makeRichWorkshop(m_dir.filePath(QStringLiteral("rich.pamoja")));
    }

    void anonymityInEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : exportFormatCodes())
            QTest::newRow(qPrintable(f)) << f;
    }
    void anonymityInEveryFormat()
    {
        QFETCH(QString, format);
        const QString path = exportAs(format, QStringLiteral("anon.") + format);
        QVERIFY(!path.isEmpty());
        if (format == QLatin1StringView("json")) {
            // The exchange format is the facilitator's own data (it holds the participant list, for
            // moving a workshop between laptops); an anonymous contribution still has no author in it.
            const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
            int anonymous = 0;
            const QJsonObject entities = root.value(QStringLiteral("entities")).toObject();
            const QJsonArray ideas = entities.isEmpty() ? root.value(QStringLiteral("ideas")).toArray()
                                                        : entities.value(QStringLiteral("ideas")).toArray();
            for (const Idea &i : m_doc->data().table<Idea>().items())
                anonymous += i.authorId.isNull();
            QVERIFY(anonymous >= 3);
            const QByteArray bytes = readAll(path);
            for (const Idea &i : m_doc->data().table<Idea>().items())
                if (i.authorId.isNull())
                    QVERIFY(bytes.contains(idString(i.id).toUtf8()));
            Q_UNUSED(ideas);
            return;
        }
        const QByteArray bytes = visibleBytes(format, path);
        QVERIFY(!bytes.isEmpty());
        for (const QString &name : NeverNamed)
            QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(format + QStringLiteral(" names ") + name));
        if (format != QLatin1StringView("png") && format != QLatin1StringView("svg"))
            QVERIFY2(bytes.contains(ConsentingName.toUtf8()) || format == QLatin1StringView("csv"), qPrintable(format));
    }

    void csvParsesBackNeutralised()
    {
        const QString path = exportAs(QStringLiteral("csv"), QStringLiteral("tables.csv"));
        QVERIFY(!path.isEmpty());
        const QStringList files = csvOutputPaths(path);
        for (const QString &f : files)
            QVERIFY2(QFile::exists(f), qPrintable(f));
        const QString script = QStringLiteral(
            "import csv, json, sys\n"
            "out = {}\n"
            "for p in sys.argv[1:]:\n"
            "    with open(p, newline='', encoding='utf-8') as f:\n"
            "        out[p] = list(csv.reader(f, strict=True))\n"
            "print(json.dumps(out))\n");
        const ToolResult r = runTool(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + files);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject parsed = QJsonDocument::fromJson(r.out).object();
        const QJsonArray ideas = parsed.value(files.at(0)).toArray();
        QVERIFY(ideas.size() >= 9);
        QCOMPARE(ideas.at(0).toArray().at(3).toString(), QStringLiteral("text"));
        QStringList texts;
        for (const QJsonValue &row : ideas) {
            QCOMPARE(row.toArray().size(), ideas.at(0).toArray().size());
            for (const QJsonValue &cell : row.toArray()) {
                const QString c = cell.toString();
                QVERIFY2(c.isEmpty() || !QStringLiteral("=+-@\t\r").contains(c.front()), qPrintable(c));
            }
            texts.append(row.toArray().at(3).toString());
        }
        QVERIFY(texts.contains(QLatin1Char('\'') + FormulaIdea));
        QVERIFY(texts.contains(QStringLiteral("'+SUM(1,2) risk is shared both ways")));
        QVERIFY(texts.contains(ArabicIdea));
        QVERIFY(texts.contains(ChineseIdea));
        QVERIFY(parsed.value(files.at(1)).toArray().size() >= 5);
        QCOMPARE(parsed.value(files.at(2)).toArray().size(), 2);
        QVERIFY(readAll(files.at(0)).contains("\r\n"));
    }

    void xlsxReadsBack()
    {
        const QString path = exportAs(QStringLiteral("xlsx"), QStringLiteral("book.xlsx"));
        QVERIFY(!path.isEmpty());
        const QString script = QStringLiteral(
            "import zipfile, sys, re, json\n"
            "z = zipfile.ZipFile(sys.argv[1])\n"
            "wb = z.read('xl/workbook.xml').decode()\n"
            "sheets = re.findall(r'<sheet name=\"([^\"]+)\"', wb)\n"
            "shared = z.read('xl/sharedStrings.xml').decode()\n"
            "formulas = sum(z.read(n).decode().count('<f>') for n in z.namelist() if n.startswith('xl/worksheets/'))\n"
            "print(json.dumps({'sheets': sheets, 'shared': shared, 'formulas': formulas}))\n");
        const ToolResult r = runTool(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("sheets")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("formulas")).toInt(), 0);
        const QString shared = o.value(QStringLiteral("shared")).toString();
        QVERIFY(shared.contains(ArabicIdea));
        QVERIFY(shared.contains(DevanagariIdea));
        QVERIFY(shared.contains(ActionText));
    }

    void odtIsADocument()
    {
        const QString path = exportAs(QStringLiteral("odt"), QStringLiteral("report.odt"));
        QVERIFY(!path.isEmpty());
        const ToolResult mime = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("mimetype")});
        QCOMPARE(mime.out, QByteArray("application/vnd.oasis.opendocument.text"));
        const QString content = QString::fromUtf8(runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")}).out);
        QVERIFY(content.contains(ClusterTitle));
        QVERIFY(content.contains(FrenchIdea));
        QVERIFY(content.contains(ChineseIdea));
    }

    void htmlIsEscapedAndSelfContained()
    {
        const QByteArray html = readAll(exportAs(QStringLiteral("html"), QStringLiteral("report.html")));
        QVERIFY(html.contains("&lt;Power Shift&gt;"));
        QVERIFY(!html.contains("<Power Shift>"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("src=\"http"));
        QVERIFY(html.contains("href=\"#s1\""));
    }

    void goldenMarkdown() { compareGolden(readAll(exportAs(QStringLiteral("md"), QStringLiteral("g.md"), false)), QStringLiteral("report.md")); }
    void goldenHtml() { compareGolden(readAll(exportAs(QStringLiteral("html"), QStringLiteral("g.html"), false)), QStringLiteral("report.html")); }

    void boardImages()
    {
        QImage png(exportAs(QStringLiteral("png"), QStringLiteral("board.png")));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() >= 1000);
        QSet<QRgb> colours;
        for (int y = 0; y < png.height(); y += 7)
            for (int x = 0; x < png.width(); x += 7)
                colours.insert(png.pixel(x, y));
        QVERIFY(colours.size() > 5);
        png.save(QStringLiteral(PAMOJA_BUILD_DIR "/screenshots/export-board.png"));
        const QByteArray svg = readAll(exportAs(QStringLiteral("svg"), QStringLiteral("board.svg")));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("</svg>"));
    }
};

QTEST_MAIN(ExportFormatsTest)
#include "tst_exportformats.moc"
