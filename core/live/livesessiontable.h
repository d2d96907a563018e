#pragma once

// The live server's participant state shared through PostgreSQL, so several `pamoja serve` on one
// workshop behind a load balancer without sticky sessions know every device (schema 7: live_devices,
// live_ideas). Each write is its own small statement, outside the workshop's history: these rows are
// not workshop content. A token is never stored, only its SHA-256; which device sent an idea is
// stored as another hash of the device's token, so the table alone does not tell which device or
// participant wrote an anonymous idea (the held queue keeps the device label only while it waits).

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace pamoja {

struct SharedDevice
{
    int number = 0; // "device N"
    QByteArray csrf;
    QString name;
    QUuid participantId;
    bool anonymous = false;
    QString constituency;
    QString language;
    bool blocked = false;
};

struct SharedHeldIdea
{
    QUuid id;
    QString device;
    qint64 receivedMs = 0;
};

class WorkshopStore;

class LiveSessionTable
{
public:
    explicit LiveSessionTable(QSqlDatabase db) : m_db(std::move(db)) {}
    // The table of a workshop in a database open for writing, on the store's own connection (its
    // statements run between the store's transactions, on the same thread); null for a file.
    static std::unique_ptr<LiveSessionTable> forStore(const WorkshopStore &store);

    static QByteArray tokenHash(const QByteArray &token);
    static QByteArray ownerHash(const QByteArray &token);

    // A new device under this join code; its number comes from the database, so no two servers
    // give out the same label.
    Result<int> insertDevice(const QByteArray &token, const QString &code, const SharedDevice &d);
    Status removeDevice(int number);
    // The device with this token under this join code (a device of an earlier code is a stranger).
    std::optional<SharedDevice> find(const QByteArray &token, const QString &code) const;
    std::optional<bool> blocked(int number) const;
    Status block(int number);
    int count(const QString &code) const;
    QList<SharedDevice> devices(const QString &code) const;

    // Applied once by whichever server stores it first; a second store of the same id changes nothing.
    Status addIdea(const QUuid &id, const QByteArray &token, bool held, const QString &device, qint64 receivedMs);
    bool owns(const QUuid &id, const QByteArray &token) const;
    // The ideas the device with this token sent through any server: id -> still held.
    QHash<QUuid, bool> ownIdeas(const QByteArray &token) const;
    bool isHeld(const QUuid &id) const;
    QList<SharedHeldIdea> heldIdeas() const;
    Status release(const QUuid &id); // approved: no longer held, the device label forgotten
    Status removeIdea(const QUuid &id);
    // The row of an idea that could not be saved, when it is this device's and no idea of that id
    // is saved (decided by the database, not by what a server has followed so far).
    Status removeUnsavedIdea(const QUuid &id, const QByteArray &token);

private:
    QSqlDatabase m_db;
};

} // namespace pamoja
