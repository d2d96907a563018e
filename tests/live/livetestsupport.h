#pragma once

// Raw HTTP for the live server tests: a client on QTcpSocket that waits with the event loop running
// (the server lives on the same thread), so every byte on the wire is under the test's control.

#include "document.h"
#include "liveserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace pamoja::testing {

struct Reply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case
    QByteArray body;
    bool complete = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first == name)
                return h.second;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Parses one response from the front of buf; removes it when complete.
inline bool takeResponse(QByteArray &buf, Reply *r)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buf.left(end).split('\n');
    Reply out;
    out.status = lines.first().split(' ').value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray l = lines.at(i).trimmed();
        const qsizetype colon = l.indexOf(':');
        const QByteArray name = l.left(colon).trimmed().toLower();
        const QByteArray value = l.mid(colon + 1).trimmed();
        out.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (buf.size() < end + 4 + length)
        return false;
    out.body = buf.mid(end + 4, length);
    out.complete = true;
    buf.remove(0, end + 4 + length);
    *r = out;
    return true;
}

inline QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                          const QList<QByteArray> &headers = {}, const QByteArray &contentType = "application/json")
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: test\r\n";
    for (const QByteArray &h : headers)
        r += h + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        r += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

inline QByteArray bearer(const QByteArray &token)
{
    return "Authorization: Bearer " + token;
}

// One connection that can send several requests.
class Client
{
public:
    explicit Client(quint16 port, const QHostAddress &from = {})
    {
        if (!from.isNull())
            m_socket.bind(from);
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    Reply read(int timeoutMs = 5000)
    {
        Reply r;
        (void)QTest::qWaitFor([&] {
            m_buffer += m_socket.readAll();
            return takeResponse(m_buffer, &r) || m_socket.state() == QAbstractSocket::UnconnectedState;
        }, timeoutMs);
        if (!r.complete) {
            m_buffer += m_socket.readAll();
            takeResponse(m_buffer, &r);
        }
        return r;
    }
    Reply send(const QByteArray &bytes, int timeoutMs = 5000)
    {
        write(bytes);
        return read(timeoutMs);
    }
    // Waits until the server closes the connection; true when it did.
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] {
            m_buffer += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        }, timeoutMs);
    }
    QByteArray received() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

inline Reply send(quint16 port, const QByteArray &bytes)
{
    Client c(port);
    return c.send(bytes);
}

inline QByteArray newIdBody(const QString &text, const QUuid &id = QUuid::createUuid(), const QByteArray &extra = {})
{
    QJsonObject o{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}, {QStringLiteral("text"), text}};
    QByteArray b = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!extra.isEmpty()) {
        b.chop(1);
        b += ',' + extra + '}';
    }
    return b;
}

// Limits for tests: short timeouts, a generous rate (tests that need the rate limit lower it).
inline LiveLimits fastLimits()
{
    LiveLimits l;
    l.idleTimeoutMs = 2000;
    l.requestTimeoutMs = 2000;
    l.submitRatePerSecond = 1000;
    l.submitBurst = 1000;
    l.joinRatePerSecond = 1000;
    l.joinBurst = 1000;
    l.eventCoalesceMs = 10;
    return l;
}

} // namespace pamoja::testing
