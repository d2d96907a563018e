#pragma once

#include "qrcode.h"

#include <QWidget>

namespace pamoja {

// Draws a QR code as crisp square modules: a whole number of pixels per module, as large as the widget
// allows, centred, on white with the quiet zone, so it scans from the back of a room when projected.
// Screen readers get the encoded text (the join address) as the accessible description.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    const QrCode &code() const { return m_code; }
    // Pixels per module at the widget's current size (0 when nothing is shown).
    int pixelsPerModule() const;
    // What the widget draws, at its current size.
    QImage image() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QrCode m_code;
};

} // namespace pamoja
