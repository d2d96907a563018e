#include "openrepositorydialog.h"

#include "store/workshoplocation.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLocale>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace pamoja {

namespace {

constexpr int DefaultPort = 5432;
// Seconds libpq waits for a server that does not answer before giving up.
constexpr int ConnectTimeoutSeconds = 10;

QString settingsKey(const char *name)
{
    return QStringLiteral("repository/") + QLatin1StringView(name);
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

OpenRepositoryDialog::OpenRepositoryDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open Repository"));
    const QSettings settings;
    m_host = new QLineEdit(settings.value(settingsKey("host"), QStringLiteral("localhost")).toString(), this);
    m_host->setObjectName(QStringLiteral("repositoryHost"));
    m_host->setAccessibleName(tr("Server"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("repositoryPort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(settingsKey("port"), DefaultPort).toInt());
    m_database = new QLineEdit(settings.value(settingsKey("database")).toString(), this);
    m_database->setObjectName(QStringLiteral("repositoryDatabase"));
    m_database->setAccessibleName(tr("Database"));
    m_user = new QLineEdit(settings.value(settingsKey("user")).toString(), this);
    m_user->setObjectName(QStringLiteral("repositoryUser"));
    m_user->setAccessibleName(tr("User"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("repositoryPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From PGPASSWORD or ~/.pgpass when empty"));
    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("repositoryConnect"));
    m_connect->setDefault(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("repositoryWorkshops"));
    m_list->setAccessibleName(tr("Workshops in the database"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Workshop"), tr("Created"), tr("Version")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status = new QLabel(tr("Connect to list the workshops of the database."), this);
    m_status->setObjectName(QStringLiteral("repositoryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenRepositoryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenRepositoryDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &OpenRepositoryDialog::connectToDatabase);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OpenRepositoryDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Open)->isEnabled())
            accept();
    });
    connect(&m_watcher, &QFutureWatcher<RepositoryListing>::finished, this, [this] { showList(m_watcher.result()); });
    // A change to the connection fields makes the list stale: it must be listed again before opening.
    for (QLineEdit *e : {m_host, m_database, m_user, m_password})
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_list->clear();
            m_listed.clear();
            updateButtons();
        });
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        m_list->clear();
        m_listed.clear();
        updateButtons();
    });

    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("Port:"), this);
    portLabel->setBuddy(m_port);
    server->addWidget(portLabel);
    server->addWidget(m_port);
    // The server row holds a layout, so its label needs its buddy set by hand for the & to work.
    auto *hostLabel = new QLabel(tr("&Server:"), this);
    hostLabel->setBuddy(m_host);
    auto *form = new QFormLayout(this);
    form->addRow(hostLabel, server);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_connect);
    form->addRow(m_list);
    form->addRow(m_status);
    form->addRow(m_buttons);
    updateButtons();
    resize(560, 420);
}

OpenRepositoryDialog::~OpenRepositoryDialog()
{
    // Cancel while a slow server is being reached closes at once: the listing owns everything it
    // uses (its location string and its own connection) and finishes on its thread, unheard.
    m_watcher.disconnect(this);
}

QString OpenRepositoryDialog::databaseLocation(QString *problem) const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (host.isEmpty() || database.isEmpty()) {
        if (problem)
            *problem = tr("Give the server and the database.");
        return {};
    }
    QString uri = QStringLiteral("postgresql://");
    if (const QString user = m_user->text().trimmed(); !user.isEmpty()) {
        uri += encoded(user);
        if (!m_password->text().isEmpty())
            uri += QLatin1Char(':') + encoded(m_password->text());
        uri += QLatin1Char('@');
    }
    const QHostAddress address(host);
    uri += address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
    uri += QStringLiteral(":%1/%2?connect_timeout=%3").arg(QString::number(m_port->value()), encoded(database), QString::number(ConnectTimeoutSeconds));
    auto parsed = WorkshopLocation::parse(uri);
    if (!parsed) {
        if (problem)
            *problem = parsed.error();
        return {};
    }
    return uri;
}

QString OpenRepositoryDialog::location() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_listed.isEmpty())
        return {};
    return m_listed + QStringLiteral("&workshop=") + item->data(0, Qt::UserRole).toString();
}

void OpenRepositoryDialog::connectToDatabase()
{
    if (m_watcher.isRunning())
        return;
    QString problem;
    const QString uri = databaseLocation(&problem);
    if (uri.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_list->clear();
    m_listed.clear();
    m_status->setText(tr("Connecting\u2026"));
    m_connect->setEnabled(false);
    updateButtons();
    m_watcher.setFuture(QtConcurrent::run([uri] {
        RepositoryListing listing;
        listing.location = uri;
        auto r = WorkshopStore::listRepository(uri);
        if (r)
            listing.workshops = *r;
        else
            listing.error = r.error();
        return listing;
    }));
}

void OpenRepositoryDialog::showList(const RepositoryListing &listing)
{
    m_connect->setEnabled(true);
    // The fields were changed while it was listed: that list is of another database.
    if (listing.location != databaseLocation()) {
        m_status->setText(tr("The connection details changed; connect again."));
        updateButtons();
        Q_EMIT listed();
        return;
    }
    if (!listing.error.isEmpty()) {
        m_status->setText(listing.error);
    } else if (listing.workshops.isEmpty()) {
        m_status->setText(tr("The database holds no workshops yet. Copy one in with \"pamoja copy FILE LOCATION\"."));
    } else {
        m_listed = listing.location;
        remember();
        for (const RepositoryWorkshop &w : listing.workshops) {
            const QDateTime created = QDateTime::fromString(w.created, Qt::ISODateWithMs);
            const QString when = created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : w.created;
            auto *item = new QTreeWidgetItem(m_list, {w.title.isEmpty() ? tr("(untitled)") : w.title, when, QString::number(w.version)});
            item->setData(0, Qt::UserRole, w.id.toString(QUuid::WithoutBraces));
            item->setToolTip(0, w.id.toString(QUuid::WithoutBraces));
        }
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->setFocus();
        m_status->setText(tr("%n workshop(s) in the database.", nullptr, int(listing.workshops.size())));
    }
    updateButtons();
    Q_EMIT listed();
}

void OpenRepositoryDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!m_listed.isEmpty() && m_list->currentItem());
}

void OpenRepositoryDialog::remember() const
{
    QSettings settings;
    settings.setValue(settingsKey("host"), m_host->text().trimmed());
    settings.setValue(settingsKey("port"), m_port->value());
    settings.setValue(settingsKey("database"), m_database->text().trimmed());
    settings.setValue(settingsKey("user"), m_user->text().trimmed());
}

} // namespace pamoja
