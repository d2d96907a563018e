#include "livesessiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace pamoja {

namespace {
const auto InterfaceKey = QStringLiteral("live/interface");
const auto AddressKey = QStringLiteral("live/address");
const auto PortKey = QStringLiteral("live/port");
const auto ModerationKey = QStringLiteral("live/moderation");

int rank(const NetworkChoice &c)
{
    if (c.loopback)
        return 3;
    if (!c.up)
        return 2;
    return c.isVirtual ? 1 : 0;
}
} // namespace

void sortNetworkChoices(QList<NetworkChoice> &choices)
{
    std::stable_sort(choices.begin(), choices.end(),
                     [](const NetworkChoice &a, const NetworkChoice &b) { return rank(a) < rank(b); });
}

QList<NetworkChoice> networkChoices()
{
    QList<NetworkChoice> out;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        const auto type = i.type();
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            if (e.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            NetworkChoice c;
            c.interfaceName = i.name();
            c.humanName = i.humanReadableName();
            c.address = e.ip();
            c.loopback = flags.testFlag(QNetworkInterface::IsLoopBack) || e.ip().isLoopback();
            c.up = flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning);
            c.isVirtual = type == QNetworkInterface::Virtual || type == QNetworkInterface::Unknown ||
                          i.name().startsWith(QLatin1StringView("docker")) ||
                          i.name().startsWith(QLatin1StringView("veth")) || i.name().startsWith(QLatin1StringView("br-"));
            out << c;
        }
    }
    // A machine without any IPv4 configured still gets loopback, so the facilitator can try the page.
    if (std::none_of(out.cbegin(), out.cend(), [](const NetworkChoice &c) { return c.loopback; })) {
        NetworkChoice lo;
        lo.interfaceName = QStringLiteral("lo");
        lo.humanName = lo.interfaceName;
        lo.address = QHostAddress(QHostAddress::LocalHost);
        lo.loopback = true;
        lo.up = true;
        out << lo;
    }
    sortNetworkChoices(out);
    return out;
}

LiveSessionDialog::LiveSessionDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("liveSessionDialog"));
    setWindowTitle(tr("Start Live Session"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Participants join from their own phones or laptops on the same network: no "
                                "internet, no install, no account. Pick the network they are on."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_interface = new QComboBox(this);
    m_interface->setObjectName(QStringLiteral("liveInterface"));
    m_interface->setAccessibleName(tr("Network"));
    form->addRow(tr("&Network:"), m_interface);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("livePort"));
    m_port->setRange(1024, 65535);
    m_port->setAccessibleName(tr("Port"));
    form->addRow(tr("&Port:"), m_port);
    m_moderation = new QCheckBox(tr("&Moderate: ideas from devices wait for my approval"), this);
    m_moderation->setObjectName(QStringLiteral("liveModeration"));
    form->addRow(QString(), m_moderation);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("liveError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem starting the live session"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(pal);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    startButton()->setText(tr("&Start"));
    startButton()->setAccessibleName(tr("Start the live session"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LiveSessionDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LiveSessionDialog::reject);
    connect(m_interface, &QComboBox::currentIndexChanged, this, [this] {
        const bool loopback = address().isLoopback();
        m_hint->setText(loopback ? tr("Only this computer can reach the session on this address. Connect to "
                                      "the room's Wi-Fi for phones to join.")
                                 : QString());
        m_hint->setVisible(loopback);
        m_error->hide();
    });
    connect(m_port, &QSpinBox::valueChanged, m_error, &QWidget::hide);

    const QSettings s;
    m_port->setValue(s.value(PortKey, DefaultPort).toInt());
    m_moderation->setChecked(s.value(ModerationKey, false).toBool());
    setChoices(networkChoices());
}

void LiveSessionDialog::setChoices(const QList<NetworkChoice> &choices)
{
    const QSettings s;
    const QString lastName = s.value(InterfaceKey).toString();
    const QString lastAddress = s.value(AddressKey).toString();
    m_interface->clear();
    int remembered = -1;
    for (const NetworkChoice &c : choices) {
        QString label = c.humanName == c.interfaceName || c.humanName.isEmpty()
                            ? tr("%1 \u2014 %2").arg(c.interfaceName, c.address.toString())
                            : tr("%1 (%2) \u2014 %3").arg(c.humanName, c.interfaceName, c.address.toString());
        if (c.loopback)
            label = tr("%1, this computer only").arg(label);
        else if (!c.up)
            label = tr("%1, not connected").arg(label);
        m_interface->addItem(label, c.address.toString());
        m_interface->setItemData(m_interface->count() - 1, c.interfaceName, Qt::UserRole + 1);
        // The same network as last time, if it is still there and connected.
        if (remembered < 0 && c.up && c.interfaceName == lastName &&
            (lastAddress.isEmpty() || lastAddress == c.address.toString() || !c.loopback))
            remembered = m_interface->count() - 1;
    }
    m_interface->setCurrentIndex(remembered >= 0 ? remembered : 0);
}

QHostAddress LiveSessionDialog::address() const
{
    return QHostAddress(m_interface->currentData().toString());
}

int LiveSessionDialog::port() const
{
    return m_port->value();
}

bool LiveSessionDialog::moderation() const
{
    return m_moderation->isChecked();
}

QPushButton *LiveSessionDialog::startButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString LiveSessionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LiveSessionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_port->setFocus();
    m_port->selectAll();
}

void LiveSessionDialog::saveSettings() const
{
    QSettings s;
    s.setValue(InterfaceKey, m_interface->currentData(Qt::UserRole + 1).toString());
    s.setValue(AddressKey, m_interface->currentData().toString());
    s.setValue(PortKey, m_port->value());
    s.setValue(ModerationKey, m_moderation->isChecked());
}

void LiveSessionDialog::start()
{
    m_error->hide();
    if (m_interface->count() == 0 || address().isNull()) {
        showError(tr("There is no network address to listen on."));
        return;
    }
    Q_EMIT startRequested(address(), port(), moderation());
}

} // namespace pamoja
