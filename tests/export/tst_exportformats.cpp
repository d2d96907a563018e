#include "edits.h"
#include "exportfixture.h"
#include "exportformats.h"
#include "exporttesthelpers.h"
#include "reportrenderers.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>
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

// The participants who did not consent, whole and by the parts of their names that no label shares
// (a name may be broken over two lines of a PDF or a board note).
const QStringList NeverNamed{HiddenName, QStringLiteral("Zuberi"), QStringLiteral("Mwangi"), QStringLiteral("Maria Donor-Lopez"),
                             QStringLiteral("Donor-Lopez"), QStringLiteral("Lopez")};

QString collapseSpaces(QString s)
{
    return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The text of an XML part as a reader sees it: character data, with a space between elements so
// that words of different paragraphs, cells or lines never run together.
QString xmlText(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    QString out;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters())
            out += r.text();
        else if (r.isStartElement() && (r.name() == QLatin1StringView("s") || r.name() == QLatin1StringView("tab")))
            out += QLatin1Char(' ');
        else if (r.isEndElement())
            out += QLatin1Char(' ');
    }
    return r.hasError() ? QString() : out;
}

QStringList zipEntries(const QString &zip)
{
    const ToolResult r = runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QByteArray zipEntry(const QString &zip, const QString &entry)
{
    return runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry}).out;
}

// Every row of every table (CSV files or XLSX sheets), decoded by Python: {file or sheet: [[cell]]}.
QJsonObject tableRows(const QString &format, const QStringList &paths)
{
    const QString script = format == QLatin1StringView("csv")
                               ? QStringLiteral("import csv, json, sys\n"
                                                "out = {}\n"
                                                "for p in sys.argv[1:]:\n"
                                                "    with open(p, newline='', encoding='utf-8') as f:\n"
                                                "        out[p] = list(csv.reader(f, strict=True))\n"
                                                "print(json.dumps(out))\n")
                               : QStringLiteral("import zipfile, sys, re, json, html\n"
                                                "z = zipfile.ZipFile(sys.argv[1])\n"
                                                "def text(x): return html.unescape(re.sub(r'<[^>]+>', '', x))\n"
                                                "shared = [text(si) for si in re.findall(r'<si>(.*?)</si>', z.read('xl/sharedStrings.xml').decode(), re.S)]\n"
                                                "out = {}\n"
                                                "for n in sorted(z.namelist()):\n"
                                                "    if not n.startswith('xl/worksheets/sheet'): continue\n"
                                                "    rows = []\n"
                                                "    for row in re.findall(r'<row[^>]*>(.*?)</row>', z.read(n).decode(), re.S):\n"
                                                "        cells = {}\n"
                                                "        for attrs, body in re.findall(r'<c([^>]*)>(.*?)</c>', row, re.S):\n"
                                                "            col = 0\n"
                                                "            for ch in re.search(r'r=\"([A-Z]+)', attrs).group(1): col = col * 26 + ord(ch) - 64\n"
                                                "            v = re.search(r'<v>(.*?)</v>', body, re.S)\n"
                                                "            if 't=\"s\"' in attrs: cells[col - 1] = shared[int(v.group(1))]\n"
                                                "            elif 't=\"inlineStr\"' in attrs: cells[col - 1] = text(body)\n"
                                                "            else: cells[col - 1] = html.unescape(v.group(1)) if v else ''\n"
                                                "        # Empty cells are not written: put each cell in its column.\n"
                                                "        rows.append([cells.get(k, '') for k in range(max(cells) + 1 if cells else 0)])\n"
                                                "    out[n] = rows\n"
                                                "print(json.dumps(out))\n");
    const ToolResult r = runTool(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + paths);
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
}
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

    Report englishReport(bool log = true) const
    {
        ReportInput in;
        in.language = QStringLiteral("en");
        in.content.interventions = log;
        in.history = m_doc->store().history().value();
        return buildReport(m_doc->data(), in);
    }

    // Everything a reader of an export can see, decoded: the text of the PDF, of the zipped XML of
    // ODT and XLSX, of the HTML and Markdown as rendered, of the CSV and SVG; for the PNG, every text
    // the board draws.
    QString decodedText(const QString &format, const QString &path) const
    {
        if (format == QLatin1StringView("pdf"))
            return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}).out);
        if (format == QLatin1StringView("odt") || format == QLatin1StringView("xlsx")) {
            QString text;
            for (const QString &entry : zipEntries(path))
                if (entry.endsWith(QLatin1StringView(".xml")))
                    text += xmlText(zipEntry(path, entry)) + QLatin1Char('\n');
            return text;
        }
        if (format == QLatin1StringView("html"))
            return QTextDocumentFragment::fromHtml(QString::fromUtf8(readAll(path))).toPlainText();
        if (format == QLatin1StringView("md"))
            return QString::fromUtf8(readAll(path)).remove(QRegularExpression(QStringLiteral("\\\\(?=[\\\\`*_\\[\\]<>#|!{}])")));
        if (format == QLatin1StringView("csv")) {
            QString text;
            const QJsonObject tables = tableRows(format, csvOutputPaths(path));
            for (const QJsonValue &table : tables)
                for (const QJsonValue &row : table.toArray())
                    for (const QJsonValue &cell : row.toArray())
                        text += cell.toString() + QLatin1Char('\n');
            return text;
        }
        if (format == QLatin1StringView("svg"))
            return xmlText(readAll(path));
        if (format == QLatin1StringView("png"))
            return boardTexts(englishReport()).join(QLatin1Char('\n'));
        return QString::fromUtf8(readAll(path));
    }

    // The JSON exchange format is the facilitator's own data, for moving a workshop between laptops:
    // it holds the participant list. An anonymous idea has no author in it, and the name of someone
    // who did not consent appears only in their own participant record.
    void checkJson(const QString &path)
    {
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(readAll(path), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QSet<QString> anonymous;
        for (const Idea &i : m_doc->data().table<Idea>().items())
            if (i.authorId.isNull())
                anonymous.insert(idString(i.id));
        QVERIFY(anonymous.size() >= 4);
        int seen = 0;
        for (const QJsonValue &v : root.value(QStringLiteral("ideas")).toArray()) {
            const QJsonObject idea = v.toObject();
            if (!anonymous.contains(idea.value(QStringLiteral("id")).toString()))
                continue;
            ++seen;
            const QJsonValue author = idea.value(QStringLiteral("author_id"));
            QVERIFY2(author.isUndefined() || author.isNull() || author.toString().isEmpty(),
                     qPrintable(idea.value(QStringLiteral("text")).toString()));
        }
        QCOMPARE(seen, int(anonymous.size()));

        QStringList where; // every place a never-named name appears
        std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &v, const QString &at) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    walk(it.value(), at + QLatin1Char('.') + it.key());
            } else if (v.isArray()) {
                const QJsonArray a = v.toArray();
                for (qsizetype k = 0; k < a.size(); ++k)
                    walk(a.at(k), at + QStringLiteral("[%1]").arg(k));
            } else if (v.isString()) {
                for (const QString &name : NeverNamed)
                    if (v.toString().contains(name, Qt::CaseInsensitive)) {
                        where.append(at);
                        break;
                    }
            }
        };
        walk(root, QString());
        QStringList expected;
        const QJsonArray participants = root.value(QStringLiteral("participants")).toArray();
        for (qsizetype k = 0; k < participants.size(); ++k)
            if (!participants.at(k).toObject().value(QStringLiteral("consent")).toBool())
                expected.append(QStringLiteral(".participants[%1].name").arg(k));
        QCOMPARE(expected.size(), 2);
        QCOMPARE(where, expected);
    }

    // Where a table has an author column (CSV, XLSX), every anonymous idea's row says it is anonymous.
    void checkAuthorColumn(const QString &format, const QString &path)
    {
        const QJsonObject tables = tableRows(format, format == QLatin1StringView("csv") ? csvOutputPaths(path) : QStringList{path});
        QVERIFY(!tables.isEmpty());
        // The ideas are the first table: OUT-ideas.csv, the first sheet.
        const QString ideasTable = format == QLatin1StringView("csv") ? csvOutputPaths(path).at(0) : QStringLiteral("xl/worksheets/sheet1.xml");
        const QJsonArray ideas = tables.value(ideasTable).toArray();
        QVERIFY(ideas.size() > 1);
        const QJsonArray header = ideas.at(0).toArray();
        const int idColumn = 0, authorColumn = 7;
        QVERIFY(header.at(authorColumn).toString() == QLatin1StringView("author") ||
                header.at(authorColumn).toString() == QLatin1StringView("Author"));
        QSet<QString> anonymous;
        for (const Idea &i : m_doc->data().table<Idea>().items())
            if (i.authorId.isNull())
                anonymous.insert(idString(i.id));
        int seen = 0;
        for (qsizetype r = 1; r < ideas.size(); ++r) {
            const QJsonArray row = ideas.at(r).toArray();
            if (!anonymous.contains(row.at(idColumn).toString()))
                continue;
            ++seen;
            QCOMPARE(row.at(authorColumn).toString(), QStringLiteral("Anonymous contribution"));
        }
        QCOMPARE(seen, int(anonymous.size()));
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
        if (format == QLatin1StringView("json"))
            return checkJson(path);
        const QString text = collapseSpaces(decodedText(format, path));
        QVERIFY2(text.size() > 100, qPrintable(format));
        // Decoded for real: the ideas' own words are there, whatever the script.
        for (const QString &words : {FrenchIdea, ChineseIdea})
            QVERIFY2(text.contains(words), qPrintable(format + QStringLiteral(" lacks ") + words));
        for (const QString &name : NeverNamed)
            QVERIFY2(!text.contains(name, Qt::CaseInsensitive), qPrintable(format + QStringLiteral(" names ") + name));
        // HTML hides text in attributes and the head too.
        if (format == QLatin1StringView("html"))
            for (const QString &name : NeverNamed)
                QVERIFY2(!QString::fromUtf8(readAll(path)).contains(name, Qt::CaseInsensitive), qPrintable(name));
        if (format == QLatin1StringView("png") || format == QLatin1StringView("svg"))
            return; // the board carries the ideas' words only
        // Consent works the other way too: who agreed to be named is named.
        QVERIFY2(text.contains(ConsentingName), qPrintable(format));
        if (format == QLatin1StringView("csv") || format == QLatin1StringView("xlsx"))
            return checkAuthorColumn(format, path);
        // The report marks every anonymous idea as such, and nothing else.
        int anonymous = 0;
        for (const ReportStep &s : englishReport().steps) {
            for (const ReportCluster &c : s.clusters)
                for (const ReportIdea &i : c.ideas)
                    anonymous += i.anonymous;
            for (const ReportIdea &i : s.loose)
                anonymous += i.anonymous;
        }
        QCOMPARE(anonymous, 4);
        QCOMPARE(int(text.count(QStringLiteral("Anonymous contribution"))), anonymous);
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

    // User text is substituted as it is: a title, name, cluster or idea holding "%1" is printed
    // verbatim, and no placeholder of a label is filled with it.
    void placeholdersInUserText_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"html", "md", "pdf", "odt"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void placeholdersInUserText()
    {
        QFETCH(QString, format);
        const QString title = QStringLiteral("Workshop %1 and %2, 100% together");
        const QStringList names{QStringLiteral("Ana %2 Okafor"), QStringLiteral("Bea %1 Mensah")};
        const QString cluster = QStringLiteral("Cluster %2 of %1");
        const QString ideaText = QStringLiteral("Share %1 of the budget, not %3");
        QTemporaryDir dir;
        auto created = Document::create(dir.filePath(QStringLiteral("placeholders.pamoja")), title);
        QVERIFY(created);
        Document &doc = **created;
        QUuid first;
        for (const QString &name : names) {
            Participant p;
            p.name = name;
            p.constituency = QStringLiteral("south");
            p.consent = true;
            QUuid id;
            auto cs = edits::addParticipant(doc.data(), p, QStringLiteral("Org %1"), &id);
            QVERIFY(cs);
            QVERIFY(doc.apply(*cs, QStringLiteral("Add participant")));
            if (first.isNull())
                first = id;
        }
        edits::IdeaDraft draft;
        draft.text = ideaText;
        draft.authorId = first;
        QUuid idea;
        auto add = edits::addIdea(doc.data(), draft, &idea);
        QVERIFY(add);
        QVERIFY(doc.apply(*add, QStringLiteral("Add idea")));
        QVERIFY(doc.apply(edits::createCluster(doc.data(), 1, cluster, {idea}), QStringLiteral("Cluster")));

        ExportOptions o;
        o.format = format;
        o.output = dir.filePath(QStringLiteral("placeholders.") + format);
        o.language = QStringLiteral("en");
        QVERIFY(exportWorkshop(doc, o));
        QString text = collapseSpaces(decodedText(format, o.output));
        if (format == QLatin1StringView("html"))
            text += collapseSpaces(QString::fromUtf8(readAll(o.output))); // the page's <title> too
        for (const QString &s : {title, cluster, ideaText, QStringLiteral("Contributed by: ") + names.at(0),
                                 QStringLiteral("Southern CSO (2)"), names.join(QStringLiteral(", "))})
            QVERIFY2(text.contains(s), qPrintable(format + QStringLiteral(" lacks ") + s));
        if (format == QLatin1StringView("html"))
            QVERIFY(text.contains(QStringLiteral("<title>") + title + QStringLiteral(" – Workshop report</title>")));
    }

    // Issue 13: a language Pamoja detected is shown as detected; an unknown one is not shown at all.
    void detectedLanguageIsMarked()
    {
        auto doc = Document::create(m_dir.filePath(QStringLiteral("languages.pamoja")), QStringLiteral("Languages"));
        QVERIFY(doc);
        auto add = [&](const QString &text, const QString &language) {
            edits::IdeaDraft d;
            d.text = text;
            d.language = language;
            QVERIFY((*doc)->apply(edits::addIdea((*doc)->data(), d).value(), QStringLiteral("Add idea")));
        };
        add(QStringLiteral("As organizações locais recebem financiamento direto e flexível, sem intermediários do Norte"), QString());
        add(QStringLiteral("Southern partners decide how the money is spent"), QStringLiteral("ar"));
        add(QStringLiteral("Budget"), QString());
        ReportInput in;
        in.language = QStringLiteral("en");
        const Report r = buildReport((*doc)->data(), in);
        QStringList languages;
        for (const ReportStep &s : r.steps)
            for (const ReportIdea &i : s.loose)
                languages.append(i.language);
        languages.sort();
        const QString pt = QLocale(QStringLiteral("pt")).nativeLanguageName();
        const QString ar = QLocale(QStringLiteral("ar")).nativeLanguageName();
        QCOMPARE(languages, (QStringList{QString(), QStringLiteral("%1 (detected)").arg(pt), ar}));
        ExportOptions o;
        o.format = QStringLiteral("md");
        o.output = m_dir.filePath(QStringLiteral("languages.md"));
        o.language = QStringLiteral("en");
        QVERIFY(exportWorkshop(**doc, o));
        const QString md = QString::fromUtf8(readAll(o.output));
        QCOMPARE(md.count(QStringLiteral("(detected)")), 1);
        QVERIFY(md.contains(QStringLiteral("%1 (detected)").arg(pt)));
        QVERIFY(md.contains(ar));
    }

    // Issue 13: a machine translation is marked as one in the report; a person's is a "Translation";
    // without the option the report has none.
    void machineTranslationIsMarked()
    {
        auto doc = Document::create(m_dir.filePath(QStringLiteral("translations.pamoja")), QStringLiteral("Translations"));
        QVERIFY(doc);
        auto add = [&](const QString &text, const QString &translation, const QString &source) {
            edits::IdeaDraft d;
            d.text = text;
            d.language = QStringLiteral("en");
            QUuid id;
            QVERIFY((*doc)->apply(edits::addIdea((*doc)->data(), d, &id).value(), QStringLiteral("Add idea")));
            QVERIFY((*doc)->apply(edits::modify<Idea>((*doc)->data(), id, [&](Idea &i) {
                i.translation = translation;
                i.translationLanguage = QStringLiteral("fr");
                i.translationSource = source;
            }), QStringLiteral("Translate")));
        };
        add(QStringLiteral("Clean water"), QStringLiteral("Eau nette"), QStringLiteral("machine"));
        add(QStringLiteral("Shared risk"), QStringLiteral("Risque partagé"), QStringLiteral("person"));
        ExportOptions o;
        o.format = QStringLiteral("md");
        o.output = m_dir.filePath(QStringLiteral("translations.md"));
        o.language = QStringLiteral("en");
        QVERIFY(exportWorkshop(**doc, o));
        const QString md = QString::fromUtf8(readAll(o.output));
        QCOMPARE(md.count(QStringLiteral("Machine translation")), 1);
        QVERIFY(md.contains(QStringLiteral("Eau nette")));
        QVERIFY(md.contains(QStringLiteral("Risque partagé")));
        const int machineAt = md.indexOf(QStringLiteral("Machine translation"));
        QVERIFY(machineAt >= 0 && machineAt < md.indexOf(QStringLiteral("Eau nette")));
        o.content.translations = false;
        o.output = m_dir.filePath(QStringLiteral("no-translations.md"));
        QVERIFY(exportWorkshop(**doc, o));
        const QString without = QString::fromUtf8(readAll(o.output));
        QVERIFY(!without.contains(QStringLiteral("Eau nette")));
        QVERIFY(!without.contains(QStringLiteral("Risque partagé")));
        QVERIFY(without.contains(QStringLiteral("Clean water")));
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
