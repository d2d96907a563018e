#include "qrcodewidget.h"

#include <QPainter>

namespace pamoja {

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("QR code to join"));
}

void QrCodeWidget::setText(const QString &text)
{
    m_code = QrCode::encode(text);
    setAccessibleDescription(text);
    setToolTip(text);
    updateGeometry();
    update();
}

int QrCodeWidget::pixelsPerModule() const
{
    if (m_code.isNull())
        return 0;
    const int modules = m_code.size() + 2 * QrCode::QuietZone;
    return qMax(1, qMin(width(), height()) / modules);
}

QImage QrCodeWidget::image() const
{
    return m_code.image(pixelsPerModule());
}

QSize QrCodeWidget::sizeHint() const
{
    return {260, 260};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // Three pixels per module still scans from a phone held to the laptop screen.
    const int modules = (m_code.isNull() ? 25 : m_code.size()) + 2 * QrCode::QuietZone;
    return {modules * 3, modules * 3};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_code.isNull())
        return;
    const QImage img = image();
    // Centred on whole pixels; the image already has its quiet zone and whole-pixel modules.
    const QPoint topLeft((width() - img.width()) / 2, (height() - img.height()) / 2);
    p.drawImage(topLeft, img);
}

} // namespace pamoja
