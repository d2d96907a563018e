#pragma once

// An incremental HTTP/1.1 request parser with hard caps, written for the live server because
// QHttpServer 6.4 buffers whole requests before any code of ours sees them (no size limits). It
// accepts only what browsers and the participant page send: Content-Length bodies (no chunked
// uploads), CRLF line ends, no header folding. Fuzzed by tests/live/fuzz_httprequestparser.

#include <QByteArray>
#include <QList>
#include <QPair>

namespace pamoja {

struct HttpRequest
{
    QByteArray method;     // GET, POST, ... (upper case as sent)
    QByteArray target;     // as sent: /path?query
    QByteArray path;       // percent-decoded path
    QByteArray query;      // raw query, without '?'
    bool http11 = true;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray &lowerName) const;
    bool hasHeader(const QByteArray &lowerName) const;
};

class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    HttpRequestParser(int maxHeaderBytes, int maxHeaderCount, qint64 maxBodyBytes);

    // Adds received bytes and parses as far as possible.
    State feed(const QByteArray &data);
    // After Complete: the request; parsing continues with the bytes after it (pipelining).
    HttpRequest take();
    State state() const { return m_state; }

    // After Error: the status to answer (400, 413, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

    // True while the bytes of an unfinished request are buffered.
    bool inProgress() const { return !m_buffer.isEmpty() || m_headerParsed; }
    // The request being read asks for "100 Continue" before sending its body.
    bool wantsContinue() const { return m_headerParsed && m_expectContinue; }

private:
    State parse();
    State fail(int status, const char *message);
    bool parseHead(const QByteArray &head);

    int m_maxHeaderBytes;
    int m_maxHeaderCount;
    qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    State m_state = State::NeedMore;
    bool m_headerParsed = false;
    bool m_expectContinue = false;
    qint64 m_bodyLength = 0;
    HttpRequest m_current;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace pamoja
