// PDF/A-1b asks more than its markers. No PDF/A validator is packaged for Debian 12, so this test
// reads every object of the file with qpdf's JSON and checks the rules of ISO 19005-1 level B that
// apply to what Pamoja writes: version and file structure, the document ID, XMP metadata that
// declares part 1 level B and matches the document information, an sRGB output intent, fonts
// embedded, no transparency, no encryption, no scripts or actions, no LZW, and printable
// annotations. The report is painted in several parts and joined, so it runs for one and for
// several threads.

#include "exportfixture.h"
#include "exporttesthelpers.h"
#include "exportformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;
using namespace pamoja::testing;

namespace {

struct PdfObjects
{
    QString version;
    QJsonObject trailer;
    QHash<QString, QJsonObject> objects; // "N 0 R" -> {"value": ...} or {"stream": {"dict", "data"}}

    QJsonObject dict(const QString &ref) const
    {
        const QJsonObject o = objects.value(ref);
        return o.contains(QStringLiteral("stream")) ? o.value(QStringLiteral("stream")).toObject().value(QStringLiteral("dict")).toObject()
                                                   : o.value(QStringLiteral("value")).toObject();
    }
    QByteArray streamData(const QString &ref) const
    {
        return QByteArray::fromBase64(
            objects.value(ref).value(QStringLiteral("stream")).toObject().value(QStringLiteral("data")).toString().toLatin1());
    }
};

PdfObjects readObjects(const QString &pdf)
{
    const ToolResult r = runTool(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=qpdf"),
                                                          QStringLiteral("--json-stream-data=inline"),
                                                          QStringLiteral("--decode-level=generalized"), pdf});
    PdfObjects out;
    const QJsonArray q = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("qpdf")).toArray();
    out.version = q.at(0).toObject().value(QStringLiteral("pdfversion")).toString();
    const QJsonObject all = q.at(1).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key() == QStringLiteral("trailer"))
            out.trailer = it.value().toObject().value(QStringLiteral("value")).toObject();
        else if (it.key().startsWith(QStringLiteral("obj:")))
            out.objects.insert(it.key().mid(4), it.value().toObject());
    }
    return out;
}

// Every dictionary in the file, streams' dictionaries included, however deeply nested.
void eachDictionary(const QJsonValue &v, const std::function<void(const QJsonObject &)> &f)
{
    if (v.isObject()) {
        f(v.toObject());
        for (const QJsonValue &x : v.toObject())
            eachDictionary(x, f);
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            eachDictionary(x, f);
    }
}

QString name(const QJsonObject &d, const char *key)
{
    return d.value(QLatin1StringView(key)).toString();
}

} // namespace

class ExportPdfATest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_doc = makeRichWorkshop(m_dir.filePath(QStringLiteral("rich.pamoja")));
    }

    void meetsPdfA1b_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("language");
        QTest::newRow("one thread, A4, en") << 1 << QStringLiteral("a4") << QStringLiteral("en");
        QTest::newRow("four threads, Letter, fr") << 4 << QStringLiteral("letter") << QStringLiteral("fr");
        QTest::newRow("automatic, A4, pt") << 0 << QStringLiteral("a4") << QStringLiteral("pt");
    }

    void meetsPdfA1b()
    {
        QFETCH(int, threads);
        QFETCH(QString, paper);
        QFETCH(QString, language);
        ExportOptions o;
        o.format = QStringLiteral("pdf");
        o.output = m_dir.filePath(QStringLiteral("pdfa-%1-%2.pdf").arg(threads).arg(language));
        o.language = language;
        o.paper = paper;
        o.pdfA = true;
        o.threads = threads;
        o.content.interventions = true;
        const Status s = exportWorkshop(*m_doc, o);
        QVERIFY2(s, qPrintable(s ? QString() : s.error()));
        const PdfObjects pdf = readObjects(o.output);
        QVERIFY(pdf.objects.size() > 20);

        // 6.1.2-6.1.4: version 1.4 at most, a document ID, no encryption, no object or xref streams.
        QVERIFY2(pdf.version <= QStringLiteral("1.4"), qPrintable(pdf.version));
        QCOMPARE(pdf.trailer.value(QStringLiteral("/ID")).toArray().size(), 2);
        QVERIFY(!pdf.trailer.contains(QStringLiteral("/Encrypt")));

        // 6.7: XMP metadata declaring PDF/A-1b, with the title of the document information.
        const QJsonObject catalog = pdf.dict(pdf.trailer.value(QStringLiteral("/Root")).toString());
        const QString metadataRef = catalog.value(QStringLiteral("/Metadata")).toString();
        QCOMPARE(name(pdf.dict(metadataRef), "/Subtype"), QStringLiteral("/XML"));
        const QString xmp = QString::fromUtf8(pdf.streamData(metadataRef));
        QVERIFY2(xmp.contains(QStringLiteral("pdfaid:part>1<")) || xmp.contains(QStringLiteral("pdfaid:part=\"1\"")), qPrintable(xmp));
        QVERIFY2(xmp.contains(QStringLiteral("pdfaid:conformance>B<")) || xmp.contains(QStringLiteral("pdfaid:conformance=\"B\"")),
                 qPrintable(xmp));
        const QJsonObject info = pdf.dict(pdf.trailer.value(QStringLiteral("/Info")).toString());
        const QString title = info.value(QStringLiteral("/Title")).toString().mid(2); // "u:" prefix
        QCOMPARE(title, WorkshopTitle);
        QVERIFY2(xmp.contains(title.toHtmlEscaped()), qPrintable(xmp));

        // 6.2.2: an output intent with an embedded ICC profile.
        const QJsonArray intents = catalog.value(QStringLiteral("/OutputIntents")).toArray();
        QCOMPARE(intents.size(), 1);
        const QJsonObject intent = pdf.dict(intents.at(0).toString());
        QCOMPARE(name(intent, "/S"), QStringLiteral("/GTS_PDFA1"));
        QVERIFY(!pdf.streamData(name(intent, "/DestOutputProfile")).isEmpty());

        int fonts = 0, annotations = 0;
        for (auto it = pdf.objects.begin(); it != pdf.objects.end(); ++it) {
            const QJsonObject d = pdf.dict(it.key());
            // 6.1.6/6.1.7: no object streams or cross-reference streams.
            QVERIFY2(name(d, "/Type") != QStringLiteral("/ObjStm") && name(d, "/Type") != QStringLiteral("/XRef"), qPrintable(it.key()));
            // 6.1.10: no LZW.
            const QJsonValue filter = d.value(QStringLiteral("/Filter"));
            QVERIFY(filter.toString() != QStringLiteral("/LZWDecode") && !filter.toArray().contains(QStringLiteral("/LZWDecode")));
            eachDictionary(it.value(), [&](const QJsonObject &x) {
                // 6.6, 6.9, 6.1.11: no actions, scripts, embedded files or optional content.
                for (const char *forbidden : {"/JS", "/JavaScript", "/AA", "/EmbeddedFiles", "/OCProperties", "/Encrypt", "/TR"})
                    QVERIFY2(!x.contains(QLatin1StringView(forbidden)), forbidden);
                // 6.4: no transparency.
                if (x.contains(QStringLiteral("/SMask")))
                    QCOMPARE(x.value(QStringLiteral("/SMask")).toString(), QStringLiteral("/None"));
                for (const char *alpha : {"/CA", "/ca"})
                    if (x.contains(QLatin1StringView(alpha)))
                        QCOMPARE(x.value(QLatin1StringView(alpha)).toDouble(), 1.0);
                if (x.value(QStringLiteral("/Group")).isObject())
                    QVERIFY(name(x.value(QStringLiteral("/Group")).toObject(), "/S") != QStringLiteral("/Transparency"));
            });
            // 6.3.4: every font program embedded.
            if (name(d, "/Type") == QStringLiteral("/Font") && name(d, "/Subtype") != QStringLiteral("/Type0") &&
                name(d, "/Subtype") != QStringLiteral("/Type3")) {
                ++fonts;
                const QJsonObject descriptor = pdf.dict(name(d, "/FontDescriptor"));
                QVERIFY2(descriptor.contains(QStringLiteral("/FontFile")) || descriptor.contains(QStringLiteral("/FontFile2")) ||
                             descriptor.contains(QStringLiteral("/FontFile3")),
                         qPrintable(name(d, "/BaseFont")));
            }
            // 6.5.3: annotations printable, never hidden.
            if (name(d, "/Type") == QStringLiteral("/Annot")) {
                ++annotations;
                const int flags = d.value(QStringLiteral("/F")).toInt();
                QVERIFY2((flags & 4) && !(flags & (1 | 2 | 32)), qPrintable(QString::number(flags)));
            }
        }
        QVERIFY(fonts >= 3);
        QVERIFY(annotations >= 5); // the contents entries
    }
};

QTEST_MAIN(ExportPdfATest)
#include "tst_exportpdfa.moc"
