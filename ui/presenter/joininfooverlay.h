#pragma once

#include <QImage>
#include <QWidget>

namespace pamoja {

// The "join us" card laid over the presenter view while a live session runs: the QR code as large as
// the card allows (whole pixels per module, so it stays crisp on a projector), the address and the
// code in big letters. It follows its parent's size, in the bottom-right corner.
class JoinInfoOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit JoinInfoOverlay(QWidget *parent);

    // qr: the symbol with its quiet zone, one pixel per module (it is scaled here by a whole factor).
    void setJoinInfo(const QString &url, const QString &code, const QImage &qr);
    QString url() const { return m_url; }
    QString code() const { return m_code; }
    QImage qrImage() const { return m_qr; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void place();
    QString displayAddress() const;

    QString m_url;
    QString m_code;
    QImage m_qr;
};

} // namespace pamoja
