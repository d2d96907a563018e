#pragma once

// File > Open Repository...: connects to a PostgreSQL database, lists its workshops and returns the
// location of the one chosen (issue 10). Listing runs on a worker thread, so a slow or unreachable
// server never freezes the window; the host, port, database and user are remembered, the password
// never (libpq's PGPASSWORD or ~/.pgpass work when the field is left empty).

#include <QDialog>
#include <QFutureWatcher>

#include "store/workshopstore.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace pamoja {

// What listing a database gave: its workshops, or why not.
struct RepositoryListing
{
    QList<RepositoryWorkshop> workshops;
    QString error;
    QString location; // the database listed
};

class OpenRepositoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenRepositoryDialog(QWidget *parent = nullptr);
    ~OpenRepositoryDialog() override;

    // The location to open, with the password typed (for connecting only: never show it; the
    // workshop's path() is the location without it).
    QString location() const;
    // The database's location from the fields, without a workshop; empty with a message when a field
    // is not valid.
    QString databaseLocation(QString *problem = nullptr) const;

public Q_SLOTS:
    void connectToDatabase();

Q_SIGNALS:
    void listed(); // the list (or an error) arrived; for tests

private:
    void showList(const RepositoryListing &listing);
    void updateButtons();
    void remember() const;

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<RepositoryListing> m_watcher;
    QString m_listed; // the database location the list shows
};

} // namespace pamoja
