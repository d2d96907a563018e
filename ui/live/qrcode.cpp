#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace pamoja {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0'))
        return code;
    // Byte mode and case-sensitive: a URL's path and query are case-sensitive.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr || qr->width <= 0)
        return code;
    code.m_text = text;
    code.m_size = qr->width;
    code.m_modules.resize(qsizetype(qr->width) * qr->width);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (qr->data[i] & 1) != 0; // bit 0: dark; the other bits say what the module is
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QImage QrCode::image(int pixelsPerModule) const
{
    if (isNull() || pixelsPerModule < 1)
        return {};
    const int side = (m_size + 2 * QuietZone) * pixelsPerModule;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (isDark(x, y))
                p.fillRect((x + QuietZone) * pixelsPerModule, (y + QuietZone) * pixelsPerModule, pixelsPerModule,
                           pixelsPerModule, Qt::black);
    return img;
}

} // namespace pamoja
