#include "livesessiontable.h"

#include "store/workshopstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pamoja {

namespace {

Status scaleFailed(const QSqlQuery &q)
{
    return Error{QCoreApplication::translate("pamoja::LiveServer", "The shared session table could not be written: %1").arg(q.lastError().text())};
}

SharedDevice scaleDeviceFrom(const QSqlQuery &q)
{
    SharedDevice d;
    d.number = q.value(0).toInt();
    d.csrf = q.value(1).toString().toLatin1();
    d.name = q.value(2).toString();
    d.participantId = QUuid::fromString(q.value(3).toString());
    d.anonymous = q.value(4).toInt() != 0;
    d.constituency = q.value(5).toString();
    d.language = q.value(6).toString();
    d.blocked = q.value(7).toInt() != 0;
    return d;
}

// A null QString binds as NULL; the text columns are NOT NULL.
QString scaleText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char scaleDeviceColumns[] = "number, csrf, name, participant_id, anonymous, constituency, language, blocked";

} // namespace

std::unique_ptr<LiveSessionTable> LiveSessionTable::forStore(const WorkshopStore &store)
{
    if (!store.isPostgres() || store.isReadOnly() || store.schemaVersion() < 7)
        return nullptr;
    // The store's connection is the one whose driver delivers its notifications.
    QSqlDriver *driver = store.notificationDriver();
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (driver && db.driver() == driver)
            return std::make_unique<LiveSessionTable>(db);
    }
    return nullptr;
}

QByteArray LiveSessionTable::tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray LiveSessionTable::ownerHash(const QByteArray &token)
{
    return QCryptographicHash::hash("pamoja idea owner\n" + token, QCryptographicHash::Sha256).toHex();
}

Result<int> LiveSessionTable::insertDevice(const QByteArray &token, const QString &code, const SharedDevice &d)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO live_devices (token_hash, join_code, csrf, name, participant_id, anonymous, "
                             "constituency, language, blocked, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) RETURNING number"));
    q.addBindValue(QString::fromLatin1(tokenHash(token)));
    q.addBindValue(code);
    q.addBindValue(QString::fromLatin1(d.csrf));
    q.addBindValue(scaleText(d.name));
    q.addBindValue(d.participantId.toString(QUuid::WithoutBraces));
    q.addBindValue(d.anonymous ? 1 : 0);
    q.addBindValue(scaleText(d.constituency));
    q.addBindValue(scaleText(d.language));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec() || !q.next())
        return Error{scaleFailed(q).error()};
    return q.value(0).toInt();
}

Status LiveSessionTable::removeDevice(int number)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM live_devices WHERE number = ?"));
    q.addBindValue(number);
    return q.exec() ? Status() : scaleFailed(q);
}

std::optional<SharedDevice> LiveSessionTable::find(const QByteArray &token, const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM live_devices WHERE token_hash = ? AND join_code = ?").arg(QLatin1StringView(scaleDeviceColumns)));
    q.addBindValue(QString::fromLatin1(tokenHash(token)));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return scaleDeviceFrom(q);
}

std::optional<bool> LiveSessionTable::blocked(int number) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT blocked FROM live_devices WHERE number = ?"));
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt() != 0;
}

Status LiveSessionTable::block(int number)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE live_devices SET blocked = 1 WHERE number = ?"));
    q.addBindValue(number);
    return q.exec() ? Status() : scaleFailed(q);
}

int LiveSessionTable::count(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM live_devices WHERE join_code = ?"));
    q.addBindValue(code);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<SharedDevice> LiveSessionTable::devices(const QString &code) const
{
    QList<SharedDevice> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM live_devices WHERE join_code = ? ORDER BY number").arg(QLatin1StringView(scaleDeviceColumns)));
    q.addBindValue(code);
    if (q.exec())
        while (q.next())
            out.append(scaleDeviceFrom(q));
    return out;
}

Status LiveSessionTable::addIdea(const QUuid &id, const QByteArray &token, bool held, const QString &device, qint64 receivedMs)
{
    QSqlQuery q(m_db);
    // A row this device left from an attempt whose idea was not saved takes this attempt's
    // moderation state (it may have been switched meanwhile); another device's row, or the row of an
    // idea that is saved, stays as it is (owns() then tells).
    q.prepare(QStringLiteral("INSERT INTO live_ideas (idea_id, owner_hash, held, held_device, received) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (idea_id) DO UPDATE SET held = EXCLUDED.held, held_device = EXCLUDED.held_device, "
                             "received = EXCLUDED.received WHERE live_ideas.owner_hash = EXCLUDED.owner_hash "
                             "AND NOT EXISTS (SELECT 1 FROM ideas WHERE ideas.id = EXCLUDED.idea_id)"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(QString::fromLatin1(ownerHash(token)));
    q.addBindValue(held ? 1 : 0);
    q.addBindValue(held ? scaleText(device) : QStringLiteral(""));
    q.addBindValue(receivedMs);
    return q.exec() ? Status() : scaleFailed(q);
}

bool LiveSessionTable::owns(const QUuid &id, const QByteArray &token) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT owner_hash FROM live_ideas WHERE idea_id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return q.exec() && q.next() && q.value(0).toString().toLatin1() == ownerHash(token);
}

QHash<QUuid, bool> LiveSessionTable::ownIdeas(const QByteArray &token) const
{
    QHash<QUuid, bool> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT idea_id, held FROM live_ideas WHERE owner_hash = ?"));
    q.addBindValue(QString::fromLatin1(ownerHash(token)));
    if (q.exec())
        while (q.next())
            out.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toInt() != 0);
    return out;
}

bool LiveSessionTable::isHeld(const QUuid &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT held FROM live_ideas WHERE idea_id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return q.exec() && q.next() && q.value(0).toInt() != 0;
}

QList<SharedHeldIdea> LiveSessionTable::heldIdeas() const
{
    QList<SharedHeldIdea> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT idea_id, held_device, received FROM live_ideas WHERE held = 1 ORDER BY received, idea_id")))
        while (q.next())
            out.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

Status LiveSessionTable::release(const QUuid &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE live_ideas SET held = 0, held_device = '' WHERE idea_id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return q.exec() ? Status() : scaleFailed(q);
}

Status LiveSessionTable::removeUnsavedIdea(const QUuid &id, const QByteArray &token)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM live_ideas WHERE idea_id = ? AND owner_hash = ? "
                             "AND NOT EXISTS (SELECT 1 FROM ideas WHERE ideas.id = ?)"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.addBindValue(QString::fromLatin1(ownerHash(token)));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return q.exec() ? Status() : scaleFailed(q);
}

Status LiveSessionTable::removeIdea(const QUuid &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM live_ideas WHERE idea_id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    return q.exec() ? Status() : scaleFailed(q);
}

} // namespace pamoja
