// The live session's QR code: the modules drawn are exactly libqrencode's, crisp (whole pixels per
// module) with the quiet zone, and screen readers get the encoded address.
#include "live/qrcode.h"
#include "live/qrcodewidget.h"

#include <QApplication>
#include <QTest>

#include <qrencode.h>

#include <memory>

using namespace pamoja;

namespace {
// libqrencode's own matrix for the text, row by row (true: dark).
QList<bool> referenceMatrix(const QString &text, int *size)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr) {
        *size = 0;
        return {};
    }
    *size = qr->width;
    QList<bool> m;
    for (int i = 0; i < qr->width * qr->width; ++i)
        m << bool(qr->data[i] & 1);
    return m;
}

// Reads the modules back from an image drawn with 'ppm' pixels per module, sampling each module's
// centre, and checks that every pixel of a module has the same colour (no smoothing).
QList<bool> readModules(const QImage &img, int modules, int ppm, bool *uniform)
{
    *uniform = true;
    QList<bool> m;
    const int q = QrCode::QuietZone;
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x) {
            const int px = (x + q) * ppm, py = (y + q) * ppm;
            const bool dark = qGray(img.pixel(px + ppm / 2, py + ppm / 2)) < 128;
            for (int dy = 0; dy < ppm; ++dy)
                for (int dx = 0; dx < ppm; ++dx)
                    if ((qGray(img.pixel(px + dx, py + dy)) < 128) != dark || (qGray(img.pixel(px + dx, py + dy)) != 0 &&
                                                                              qGray(img.pixel(px + dx, py + dy)) != 255))
                        *uniform = false;
            m << dark;
        }
    return m;
}

bool quietZoneIsWhite(const QImage &img, int ppm)
{
    const int border = QrCode::QuietZone * ppm;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if ((x < border || y < border || x >= img.width() - border || y >= img.height() - border) &&
                qGray(img.pixel(x, y)) != 255)
                return false;
    return true;
}
} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesLibqrencode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("join url") << QStringLiteral("http://192.168.1.20:8080/?code=AC34XY");
        QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:49152/?code=KMNPQR");
        QTest::newRow("public url") << QStringLiteral("https://workshop.example.org/?code=TUVW79");
        QTest::newRow("case matters") << QStringLiteral("http://Host.Local:8080/Path?code=acdefh");
        QTest::newRow("non-ascii") << QStringLiteral("http://warsha.example/ushirikiano?jina=Zaïre—Ñandú");
        QTest::newRow("one char") << QStringLiteral("x");
        QTest::newRow("long") << QStringLiteral("http://10.0.0.1:8080/?code=ACDEFH&pad=") + QString(600, QLatin1Char('z'));
    }
    void matchesLibqrencode()
    {
        QFETCH(QString, text);
        int size = 0;
        const QList<bool> expected = referenceMatrix(text, &size);
        QVERIFY(size > 0);

        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QCOMPARE(code.size(), size);
        QCOMPARE(code.text(), text);
        QList<bool> modules;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                modules << code.isDark(x, y);
        QCOMPARE(modules, expected);

        for (int ppm : {1, 3, 7}) {
            const QImage img = code.image(ppm);
            QCOMPARE(img.width(), (size + 2 * QrCode::QuietZone) * ppm);
            QCOMPARE(img.height(), img.width());
            bool uniform = false;
            QCOMPARE(readModules(img, size, ppm, &uniform), expected);
            QVERIFY(uniform);
            QVERIFY(quietZoneIsWhite(img, ppm));
        }
    }

    void widgetDrawsTheSameModules_data()
    {
        QTest::addColumn<QSize>("widgetSize");
        QTest::newRow("panel") << QSize(260, 260);
        QTest::newRow("wide") << QSize(600, 210);
        QTest::newRow("projector") << QSize(1000, 900);
        QTest::newRow("tiny") << QSize(20, 20);
    }
    void widgetDrawsTheSameModules()
    {
        QFETCH(QSize, widgetSize);
        const QString url = QStringLiteral("http://192.168.1.20:8080/?code=AC34XY");
        int size = 0;
        const QList<bool> expected = referenceMatrix(url, &size);

        QrCodeWidget w;
        w.setText(url);
        w.resize(widgetSize);
        const int modules = size + 2 * QrCode::QuietZone;
        const int ppm = w.pixelsPerModule();
        QCOMPARE(ppm, qMax(1, qMin(widgetSize.width(), widgetSize.height()) / modules));
        const QImage img = w.image();
        QCOMPARE(img.width(), modules * ppm);
        bool uniform = false;
        QCOMPARE(readModules(img, size, ppm, &uniform), expected);
        QVERIFY(uniform);

        // What is painted on screen: the image centred, white around it.
        w.show();
        const QImage shown = w.grab().toImage();
        const QPoint origin((w.width() - img.width()) / 2, (w.height() - img.height()) / 2);
        if (img.width() <= w.width() && img.height() <= w.height())
            QCOMPARE(shown.copy(QRect(origin, img.size())).convertToFormat(QImage::Format_Grayscale8),
                     img.convertToFormat(QImage::Format_Grayscale8));

        // Screen readers: the address as text.
        QCOMPARE(w.accessibleDescription(), url);
        QVERIFY(!w.accessibleName().isEmpty());
        QCOMPARE(w.heightForWidth(300), 300);
    }

    void refusesWhatCannotBeEncoded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("NUL inside") << QStringLiteral("http://a/?code=AB") + QChar(0) + QStringLiteral("CD");
        QTest::newRow("too long for any version") << QString(8000, QLatin1Char('a'));
    }
    void refusesWhatCannotBeEncoded()
    {
        QFETCH(QString, text);
        const QrCode code = QrCode::encode(text);
        QVERIFY(code.isNull());
        QCOMPARE(code.size(), 0);
        QVERIFY(code.image(4).isNull());
        QVERIFY(!code.isDark(0, 0));
        QrCodeWidget w;
        w.setText(text);
        w.resize(200, 200);
        QCOMPARE(w.pixelsPerModule(), 0);
        QVERIFY(w.image().isNull());
        w.show();
        QVERIFY(!w.grab().isNull()); // paints nothing, does not crash
    }

    void outOfRangeModulesAreLight()
    {
        const QrCode code = QrCode::encode(QStringLiteral("http://127.0.0.1:8080/?code=ACDEFH"));
        QVERIFY(code.isDark(0, 0)); // the finder pattern's corner
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(code.size(), 0));
        QVERIFY(!code.isDark(0, code.size()));
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
