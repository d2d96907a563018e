#pragma once

#include <QDialog>
#include <QHostAddress>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace pamoja {

// One address the server can listen on: an IPv4 address of a network interface.
struct NetworkChoice
{
    QString interfaceName;  // "wlan0"
    QString humanName;      // "Wi-Fi" where the system has one, else the interface name
    QHostAddress address;
    bool loopback = false;
    bool up = false;        // up and running
    bool isVirtual = false; // virtual, tunnel or unknown interface types (docker0, VPN)
};

// The IPv4 addresses of every interface, the best guess for the room's network first: up and
// running, not loopback, physical before virtual; loopback last.
QList<NetworkChoice> networkChoices();
// Orders choices (exposed for tests with made-up interfaces).
void sortNetworkChoices(QList<NetworkChoice> &choices);

// Session > Start Live Session...: pick the network address and port and whether device ideas wait for
// approval. Start asks the owner to start the server (startRequested); when that fails the dialog stays
// open with the reason (showError) so the facilitator can pick another port. The choices are remembered.
class LiveSessionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LiveSessionDialog(QWidget *parent = nullptr);

    QHostAddress address() const;
    int port() const;
    bool moderation() const;
    QComboBox *interfaceBox() const { return m_interface; }
    QSpinBox *portBox() const { return m_port; }
    QCheckBox *moderationBox() const { return m_moderation; }
    QPushButton *startButton() const;
    QString errorText() const;

    // Replaces the interface list (tests; the constructor fills it from the system).
    void setChoices(const QList<NetworkChoice> &choices);
    void showError(const QString &message);
    void saveSettings() const;

    static constexpr int DefaultPort = 8080;

Q_SIGNALS:
    void startRequested(const QHostAddress &address, int port, bool moderation);

private:
    void start();

    QComboBox *m_interface;
    QSpinBox *m_port;
    QCheckBox *m_moderation;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pamoja
