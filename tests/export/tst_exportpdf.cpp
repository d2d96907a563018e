#include "exportfixture.h"
#include "exporttesthelpers.h"
#include "exportformats.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pamoja;
using namespace pamoja::testing;

class ExportPdfTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    QString m_pdf;

    QString exportPdf(const QString &name, const QString &paper = {}, bool pdfA = false, const QString &lang = QStringLiteral("en"))
    {
        ExportOptions o;
        o.format = QStringLiteral("pdf");
        o.output = m_dir.filePath(name);
        o.language = lang;
        o.paper = paper;
        o.pdfA = pdfA;
        o.content.interventions = true;
        const Status s = exportWorkshop(*m_doc, o);
        if (!s)
            qWarning("%s", qPrintable(s.error()));
        return s ? o.output : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_doc = makeRichWorkshop(m_dir.filePath(QStringLiteral("rich.pamoja")));
        m_pdf = exportPdf(QStringLiteral("report.pdf"));
        QVERIFY(!m_pdf.isEmpty());
        // A sample for people to look at, beside the screenshots.
        const QString sample = QStringLiteral(PAMOJA_BUILD_DIR "/screenshots/export-report.pdf");
        QFile::remove(sample);
        QFile::copy(m_pdf, sample);
    }

    void qpdfCheckIsClean()
    {
        const ToolResult r = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_pdf});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.contains("No syntax or stream encoding errors"));
        QVERIFY(!r.err.contains("WARNING"));
    }

    void outlineAndLinksArePresent()
    {
        const ToolResult r = runTool(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"),
                                                              QStringLiteral("--json-key=pages"), m_pdf});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonArray outlines = json.value(QStringLiteral("outlines")).toArray();
        QVERIFY2(outlines.size() >= 5, r.out.left(400).constData());
        QStringList titles;
        for (const QJsonValue &o : outlines)
            titles.append(o.toObject().value(QStringLiteral("title")).toString());
        QVERIFY2(titles.contains(QStringLiteral("1 Envision")), qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY(titles.contains(QStringLiteral("Action plan")));
        // Clusters are children of their step.
        bool child = false;
        for (const QJsonValue &o : outlines)
            for (const QJsonValue &k : o.toObject().value(QStringLiteral("kids")).toArray())
                child |= k.toObject().value(QStringLiteral("title")).toString() == ClusterTitle;
        QVERIFY(child);
        // The contents page links into the body.
        const ToolResult raw = runTool(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), m_pdf, QStringLiteral("-")});
        QVERIFY(raw.out.contains("/Subtype /Link"));
        QVERIFY(raw.out.contains("/PageMode /UseOutlines"));
    }

    void textIsExtractable()
    {
        const ToolResult r = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_pdf, QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        // Arabic comes out in presentation forms; NFKC folds them back to letters.
        const QString text = QString::fromUtf8(r.out).normalized(QString::NormalizationForm_KC);
        const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        QVERIFY2(flat.contains(QStringLiteral("Balanced partnerships")), qPrintable(text.left(500)));
        QVERIFY(flat.contains(QStringLiteral("Imagine a balanced power relationship")));
        QVERIFY(flat.contains(ClusterTitle));
        QVERIFY(flat.contains(QStringLiteral("Égalité réelle des partenaires")));
        QVERIFY(flat.contains(QStringLiteral("平等的伙伴关系")));
        QVERIFY(flat.contains(QStringLiteral("साझेदारी")));
        // Arabic words, in either visual or logical order.
        const QString arabicWord = QStringLiteral("شراكة");
        QString reversed = arabicWord;
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY2(flat.contains(arabicWord) || flat.contains(reversed), qPrintable(flat.left(2000)));
        QVERIFY(flat.contains(SystemChangeTitle));
        QVERIFY(flat.contains(QStringLiteral("Page 3 of")));
        QVERIFY(!flat.contains(HiddenName));
        QVERIFY(!flat.contains(QStringLiteral("Maria Donor-Lopez")));
        QVERIFY(flat.contains(ConsentingName));
    }

    void fontsAreEmbedded()
    {
        const ToolResult r = runTool(QStringLiteral("pdffonts"), {m_pdf});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        int fonts = 0;
        for (const QByteArray &l : lines.mid(2)) {
            if (l.trimmed().isEmpty())
                continue;
            ++fonts;
            QVERIFY2(l.contains(" yes "), l.constData()); // the "emb" column
        }
        QVERIFY(fonts >= 3);
        QVERIFY(r.out.contains("CJK"));
        QVERIFY(r.out.contains("Devanagari"));
    }

    void firstPageIsNotBlank()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        const ToolResult r = runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                                                                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                                  QStringLiteral("2"), m_pdf, prefix});
        QCOMPARE(r.exitCode, 0);
        // pdftoppm pads page numbers to the width of the page count.
        const QStringList pngs = QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), 2);
        QImage page(m_dir.filePath(pngs.first()));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 200;
        QVERIFY2(ink > page.width() * page.height() / 50, qPrintable(QString::number(ink)));
        const QString shots = QStringLiteral(PAMOJA_BUILD_DIR "/screenshots");
        page.save(shots + QStringLiteral("/export-pdf-page1.png"));
        QImage(m_dir.filePath(pngs.last())).save(shots + QStringLiteral("/export-pdf-contents.png"));
    }

    void letterAndPdfA()
    {
        const QString letter = exportPdf(QStringLiteral("letter.pdf"), QStringLiteral("letter"), true, QStringLiteral("fr"));
        QVERIFY(!letter.isEmpty());
        const ToolResult info = runTool(QStringLiteral("pdfinfo"), {letter});
        QVERIFY2(info.out.contains("612 x 792"), info.out.constData());
        const ToolResult check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), letter});
        QCOMPARE(check.exitCode, 0);
        const ToolResult raw = runTool(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), letter, QStringLiteral("-")});
        QVERIFY(raw.out.contains("pdfaid:part"));
        QVERIFY(raw.out.contains("/OutputIntents"));
        QVERIFY(raw.out.contains("/Outlines"));
    }
};

QTEST_MAIN(ExportPdfTest)
#include "tst_exportpdf.moc"
