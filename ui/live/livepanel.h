#pragma once

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace pamoja {

class QrCodeWidget;

// A device that joined, as the panel lists it.
struct LiveDeviceRow
{
    QString id;      // the server's device id
    QString label;   // "device 7"
    QString name;    // the name it chose, or its alias
    bool connected = true;
    bool blocked = false;
};

// An idea a device sent that waits for the facilitator (moderation on).
struct LiveHeldRow
{
    QString id;
    QString text;
    QString device; // label of the device that sent it
};

// The "Live session" dock: how to join (address, code, QR), how many devices are here, pause, the
// moderation inbox, the devices with Block, publishing the report. A view only: LiveSession feeds it
// and acts on its signals, so it can be tested and drawn without a server.
class LivePanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { Stopped, Running, Paused, Failed };

    explicit LivePanel(QWidget *parent = nullptr);

    // address: what people type ("http://192.168.1.20:8080"); joinUrl: what the QR code opens (with ?code=).
    void setJoinInfo(const QString &address, const QString &joinUrl, const QString &code);
    void setState(State state, const QString &message = {});
    void setModeration(bool on);
    void setDevices(const QList<LiveDeviceRow> &devices);
    void setHeld(const QList<LiveHeldRow> &held);
    void setReportPublished(const QStringList &languages);
    void setPublishing(bool busy);

    State state() const { return m_state; }
    QString addressText() const;
    QString joinUrl() const { return m_joinUrl; }
    QString codeText() const;
    QString statusText() const;
    QString deviceCountText() const;
    int connectedCount() const { return m_connected; }
    QrCodeWidget *qrCode() const { return m_qr; }
    QListWidget *heldList() const { return m_held; }
    QListWidget *deviceList() const { return m_devices; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *approveAllButton() const { return m_approveAll; }
    QPushButton *blockButton() const { return m_block; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *presenterButton() const { return m_presenter; }
    QCheckBox *moderationBox() const { return m_moderate; }

    // The ids of the selected held ideas (the current one when none is selected).
    QStringList selectedHeld() const;

Q_SIGNALS:
    void pauseToggled(bool paused);
    void moderationToggled(bool on);
    void approveRequested(const QStringList &ids);
    void rejectRequested(const QStringList &ids);
    void approveAllRequested();
    void blockRequested(const QString &deviceId);
    void publishRequested();
    void copyRequested();
    void stopRequested();
    void presenterToggled(bool shown);

public Q_SLOTS:
    void setPresenterShown(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void updateStatus();

    State m_state = State::Stopped;
    QString m_message;
    QString m_joinUrl;
    int m_connected = 0;
    bool m_publishing = false;
    QLabel *m_status;
    QLabel *m_address;
    QLabel *m_code;
    QrCodeWidget *m_qr;
    QLabel *m_count;
    QPushButton *m_copy, *m_pause, *m_presenter, *m_stop;
    QCheckBox *m_moderate;
    QGroupBox *m_inbox;
    QListWidget *m_held;
    QPushButton *m_approve, *m_reject, *m_approveAll;
    QListWidget *m_devices;
    QPushButton *m_block;
    QPushButton *m_publish;
    QLabel *m_report;
};

} // namespace pamoja
