#include "joininfooverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QUrl>

namespace pamoja {

JoinInfoOverlay::JoinInfoOverlay(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("joinInfoOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("How to join"));
    parent->installEventFilter(this);
    place();
}

void JoinInfoOverlay::setJoinInfo(const QString &url, const QString &code, const QImage &qr)
{
    m_url = url;
    m_code = code;
    m_qr = qr;
    setAccessibleDescription(tr("Scan the QR code or open %1 and enter the code %2").arg(displayAddress(), code));
    place();
    update();
}

QString JoinInfoOverlay::displayAddress() const
{
    // People type the address without the query; the QR code carries the code for them.
    QUrl u(m_url);
    u.setQuery(QString());
    if (u.path() == QLatin1StringView("/"))
        u.setPath(QString());
    QString text = u.toString(QUrl::RemoveScheme);
    return text.startsWith(QLatin1StringView("//")) ? text.mid(2) : text;
}

bool JoinInfoOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void JoinInfoOverlay::place()
{
    const QWidget *p = parentWidget();
    // About 55% of the presenter's height: scannable from the back of a room, most of the board visible.
    const int h = qMax(260, p->height() * 55 / 100);
    const int w = h * 3 / 4;
    const int margin = qMax(12, p->height() / 40);
    setGeometry(p->width() - w - margin, p->height() - h - margin, w, h);
    raise();
}

void JoinInfoOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath card;
    card.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 12, 12);
    p.fillPath(card, Qt::white);
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    p.drawPath(card);
    p.setRenderHint(QPainter::Antialiasing, false);

    const int pad = width() / 20;
    const int textBlock = height() * 26 / 100;
    const int qrRoom = qMin(width() - 2 * pad, height() - textBlock - 2 * pad);
    if (!m_qr.isNull() && m_qr.width() > 0) {
        const int scale = qMax(1, qrRoom / m_qr.width());
        const int side = m_qr.width() * scale;
        // Whole pixels per module, no smoothing: sharp edges for the phone's camera.
        p.drawImage(QRect((width() - side) / 2, pad, side, side), m_qr);
    }

    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    const QRect text(pad, height() - textBlock - pad / 2, width() - 2 * pad, textBlock);
    QFont f = font();
    f.setPixelSize(qMax(10, textBlock / 6));
    p.setFont(f);
    const QRect addressRect(text.left(), text.top(), text.width(), text.height() * 2 / 5);
    p.drawText(addressRect, Qt::AlignCenter | Qt::TextWrapAnywhere, displayAddress());
    QFont big(QStringLiteral("monospace"));
    big.setStyleHint(QFont::Monospace);
    big.setBold(true);
    big.setPixelSize(qMax(12, textBlock * 2 / 5));
    big.setLetterSpacing(QFont::PercentageSpacing, 115);
    p.setFont(big);
    p.drawText(QRect(text.left(), addressRect.bottom(), text.width(), text.height() - addressRect.height()),
               Qt::AlignCenter, m_code);
}

} // namespace pamoja
