#include "livepanel.h"

#include "qrcodewidget.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pamoja {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int BlockedRole = Qt::UserRole + 1;

QPushButton *button(const QString &text, const QString &accessible, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}
} // namespace

LivePanel::LivePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("livePanel"));
    auto *layout = new QVBoxLayout(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Live session status"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    layout->addWidget(m_status);

    auto *joinAt = new QLabel(tr("Join at"), this);
    layout->addWidget(joinAt);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("liveAddress"));
    m_address->setAccessibleName(tr("Join address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setWordWrap(true);
    QFont addressFont = m_address->font();
    addressFont.setPointSizeF(addressFont.pointSizeF() * 1.3);
    m_address->setFont(addressFont);
    layout->addWidget(m_address);

    auto *codeRow = new QHBoxLayout;
    auto *codeLabel = new QLabel(tr("Code"), this);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("liveCode"));
    m_code->setAccessibleName(tr("Join code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont codeFont(QStringLiteral("monospace"));
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setPointSizeF(m_status->font().pointSizeF() * 2.6);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_code->setFont(codeFont);
    codeLabel->setBuddy(m_code);
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_code, 1);
    layout->addLayout(codeRow);

    m_qr = new QrCodeWidget(this);
    layout->addWidget(m_qr, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("liveDeviceCount"));
    m_count->setAccessibleName(tr("Connected devices"));
    layout->addWidget(m_count);

    auto *row1 = new QHBoxLayout;
    m_copy = button(tr("&Copy Address"), tr("Copy the join address"), QStringLiteral("liveCopy"), this);
    m_pause = button(tr("P&ause Submissions"), tr("Pause submissions from devices"), QStringLiteral("livePause"), this);
    m_pause->setCheckable(true);
    row1->addWidget(m_copy);
    row1->addWidget(m_pause);
    layout->addLayout(row1);
    auto *row2 = new QHBoxLayout;
    m_presenter = button(tr("Show in &Presenter"), tr("Show the QR code and join code in the presenter view"),
                         QStringLiteral("livePresenter"), this);
    m_presenter->setCheckable(true);
    m_stop = button(tr("S&top"), tr("Stop the live session"), QStringLiteral("liveStop"), this);
    row2->addWidget(m_presenter);
    row2->addWidget(m_stop);
    layout->addLayout(row2);

    m_moderate = new QCheckBox(tr("&Hold device ideas for my approval"), this);
    m_moderate->setObjectName(QStringLiteral("liveModerate"));
    layout->addWidget(m_moderate);
    connect(m_moderate, &QCheckBox::toggled, this, [this](bool on) {
        updateButtons();
        Q_EMIT moderationToggled(on);
    });

    m_inbox = new QGroupBox(tr("Waiting for approval"), this);
    m_inbox->setObjectName(QStringLiteral("liveInbox"));
    auto *inbox = new QVBoxLayout(m_inbox);
    m_held = new QListWidget(m_inbox);
    m_held->setObjectName(QStringLiteral("liveHeld"));
    m_held->setAccessibleName(tr("Ideas waiting for approval"));
    m_held->setAccessibleDescription(tr("Enter approves the selected ideas, Delete rejects them"));
    m_held->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_held->setWordWrap(true);
    inbox->addWidget(m_held);
    auto *heldButtons = new QHBoxLayout;
    m_approve = button(tr("A&pprove"), tr("Approve the selected ideas"), QStringLiteral("liveApprove"), m_inbox);
    m_reject = button(tr("&Reject"), tr("Reject the selected ideas"), QStringLiteral("liveReject"), m_inbox);
    m_approveAll = button(tr("Approve A&ll"), tr("Approve every waiting idea"), QStringLiteral("liveApproveAll"), m_inbox);
    heldButtons->addWidget(m_approve);
    heldButtons->addWidget(m_reject);
    heldButtons->addWidget(m_approveAll);
    inbox->addLayout(heldButtons);
    layout->addWidget(m_inbox);
    // Keyboard moderation from the list itself: Enter approves, Delete rejects.
    m_held->installEventFilter(this);

    auto *devicesBox = new QGroupBox(tr("Devices"), this);
    auto *devices = new QVBoxLayout(devicesBox);
    m_devices = new QListWidget(devicesBox);
    m_devices->setObjectName(QStringLiteral("liveDevices"));
    m_devices->setAccessibleName(tr("Devices that joined"));
    devices->addWidget(m_devices);
    m_block = button(tr("&Block Device"), tr("Block the selected device"), QStringLiteral("liveBlock"), devicesBox);
    devices->addWidget(m_block);
    layout->addWidget(devicesBox);

    m_publish = button(tr("Publish &Report\u2026"), tr("Publish the report for participants"),
                       QStringLiteral("livePublish"), this);
    layout->addWidget(m_publish);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("liveReportState"));
    m_report->setWordWrap(true);
    layout->addWidget(m_report);

    connect(m_copy, &QPushButton::clicked, this, &LivePanel::copyRequested);
    connect(m_pause, &QPushButton::toggled, this, &LivePanel::pauseToggled);
    connect(m_presenter, &QPushButton::toggled, this, &LivePanel::presenterToggled);
    connect(m_stop, &QPushButton::clicked, this, &LivePanel::stopRequested);
    connect(m_publish, &QPushButton::clicked, this, &LivePanel::publishRequested);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedHeld(); !ids.isEmpty())
            Q_EMIT approveRequested(ids);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedHeld(); !ids.isEmpty())
            Q_EMIT rejectRequested(ids);
    });
    connect(m_approveAll, &QPushButton::clicked, this, &LivePanel::approveAllRequested);
    connect(m_block, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_devices->currentItem(); item && !item->data(BlockedRole).toBool())
            Q_EMIT blockRequested(item->data(IdRole).toString());
    });
    connect(m_held, &QListWidget::itemSelectionChanged, this, &LivePanel::updateButtons);
    connect(m_devices, &QListWidget::currentItemChanged, this, &LivePanel::updateButtons);

    setModeration(false);
    setDevices({});
    updateStatus();
    updateButtons();
}

bool LivePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_held && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                m_approve->click();
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                m_reject->click();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LivePanel::setJoinInfo(const QString &address, const QString &joinUrl, const QString &code)
{
    m_address->setText(address);
    m_joinUrl = joinUrl;
    m_code->setText(code);
    m_code->setAccessibleDescription(code.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' ')));
    m_qr->setText(joinUrl);
}

QString LivePanel::addressText() const
{
    return m_address->text();
}

QString LivePanel::codeText() const
{
    return m_code->text();
}

QString LivePanel::statusText() const
{
    return m_status->text();
}

QString LivePanel::deviceCountText() const
{
    return m_count->text();
}

void LivePanel::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(state == State::Paused);
    }
    m_pause->setText(state == State::Paused ? tr("Res&ume Submissions") : tr("P&ause Submissions"));
    m_pause->setAccessibleName(state == State::Paused ? tr("Resume submissions from devices")
                                                      : tr("Pause submissions from devices"));
    updateStatus();
    updateButtons();
}

void LivePanel::setModeration(bool on)
{
    const QSignalBlocker block(m_moderate);
    m_moderate->setChecked(on);
    updateButtons();
}

void LivePanel::setDevices(const QList<LiveDeviceRow> &devices)
{
    const QString current = m_devices->currentItem() ? m_devices->currentItem()->data(IdRole).toString() : QString();
    m_devices->clear();
    m_connected = 0;
    for (const LiveDeviceRow &d : devices) {
        if (d.connected && !d.blocked)
            ++m_connected;
        QString text = d.name.isEmpty() || d.name == d.label ? d.label : tr("%1: %2").arg(d.label, d.name);
        if (d.blocked)
            text = tr("%1, blocked").arg(text);
        else if (!d.connected)
            text = tr("%1, away").arg(text);
        auto *item = new QListWidgetItem(text, m_devices);
        item->setData(IdRole, d.id);
        item->setData(BlockedRole, d.blocked);
        if (d.id == current)
            m_devices->setCurrentItem(item);
    }
    m_count->setText(tr("%n device(s) connected", nullptr, m_connected));
    updateStatus();
    updateButtons();
}

void LivePanel::setHeld(const QList<LiveHeldRow> &held)
{
    QStringList selected = selectedHeld();
    m_held->clear();
    for (const LiveHeldRow &h : held) {
        auto *item = new QListWidgetItem(h.device.isEmpty() ? h.text : tr("%1 \u2014 %2").arg(h.text, h.device), m_held);
        item->setData(IdRole, h.id);
        item->setToolTip(h.text);
        if (selected.contains(h.id))
            item->setSelected(true);
    }
    if (!m_held->currentItem() && m_held->count() > 0)
        m_held->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    m_inbox->setTitle(held.isEmpty() ? tr("Waiting for approval") : tr("Waiting for approval (%1)").arg(held.size()));
    updateButtons();
}

void LivePanel::setReportPublished(const QStringList &languages)
{
    m_report->setText(languages.isEmpty() ? QString()
                                          : tr("Report published for participants (%1).")
                                                .arg(languages.join(QStringLiteral(", "))));
}

void LivePanel::setPublishing(bool busy)
{
    m_publishing = busy;
    updateButtons();
    if (busy)
        m_report->setText(tr("Preparing the report\u2026"));
}

void LivePanel::setPresenterShown(bool shown)
{
    const QSignalBlocker block(m_presenter);
    m_presenter->setChecked(shown);
}

QStringList LivePanel::selectedHeld() const
{
    QStringList ids;
    for (int r = 0; r < m_held->count(); ++r)
        if (m_held->item(r)->isSelected())
            ids << m_held->item(r)->data(IdRole).toString();
    if (ids.isEmpty() && m_held->currentItem())
        ids << m_held->currentItem()->data(IdRole).toString();
    return ids;
}

void LivePanel::updateStatus()
{
    QString text;
    switch (m_state) {
    case State::Stopped:
        text = tr("The live session is off.");
        break;
    case State::Running:
        text = tr("Live: %n device(s) connected.", nullptr, m_connected);
        break;
    case State::Paused:
        text = tr("Paused: devices cannot send ideas (%n connected).", nullptr, m_connected);
        break;
    case State::Failed:
        text = m_message.isEmpty() ? tr("The live session stopped.") : m_message;
        break;
    }
    if (m_state != State::Failed && !m_message.isEmpty())
        text = tr("%1 %2").arg(text, m_message);
    m_status->setText(text);
}

void LivePanel::updateButtons()
{
    const bool on = m_state == State::Running || m_state == State::Paused;
    m_pause->setEnabled(on);
    m_copy->setEnabled(on);
    m_stop->setEnabled(on);
    m_presenter->setEnabled(on);
    m_publish->setEnabled(on && !m_publishing);
    const bool anySelected = !selectedHeld().isEmpty();
    m_approve->setEnabled(on && anySelected);
    m_reject->setEnabled(on && anySelected);
    m_approveAll->setEnabled(on && m_held->count() > 0);
    const QListWidgetItem *device = m_devices->currentItem();
    m_block->setEnabled(on && device && !device->data(BlockedRole).toBool());
    m_qr->setVisible(on && !m_joinUrl.isEmpty());
    m_moderate->setEnabled(on);
    // Ideas held before moderation was turned off still wait for a decision.
    m_inbox->setVisible(m_moderate->isChecked() || m_held->count() > 0);
}

} // namespace pamoja
