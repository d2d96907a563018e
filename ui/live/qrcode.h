#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace pamoja {

// The module matrix of a QR code (error correction level M, byte mode), encoded with libqrencode.
// A value type, so the widget, the presenter and the tests all draw from the same matrix.
class QrCode
{
public:
    // Modules of light border the standard asks for around the symbol.
    static constexpr int QuietZone = 4;

    // A null code when the text is empty, too long for a QR code or contains a NUL character.
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    const QString &text() const { return m_text; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    // True for a dark module; (x, y) from the top-left corner of the symbol.
    bool isDark(int x, int y) const;
    // The symbol with its quiet zone, pixelsPerModule pixels per module, black on white, no smoothing.
    QImage image(int pixelsPerModule) const;

private:
    QString m_text;
    int m_size = 0;
    QList<bool> m_modules; // row by row
};

} // namespace pamoja
