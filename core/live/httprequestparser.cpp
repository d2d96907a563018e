#include "httprequestparser.h"

#include <QUrl>

namespace pamoja {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

// Field values: visible ASCII, obs-text (bytes >= 0x80), space and tab; never other controls.
bool isFieldValue(const QByteArray &s)
{
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

bool isTarget(const QByteArray &s)
{
    if (s.isEmpty() || s.at(0) != '/')
        return false;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return true;
    return false;
}

HttpRequestParser::HttpRequestParser(int maxHeaderBytes, int maxHeaderCount, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes), m_maxHeaderCount(maxHeaderCount), m_maxBodyBytes(maxBodyBytes)
{
}

HttpRequestParser::State HttpRequestParser::feed(const QByteArray &data)
{
    if (m_state == State::Error)
        return m_state;
    m_buffer.append(data);
    if (m_state == State::Complete)
        return m_state; // the caller takes the finished request first
    return m_state = parse();
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest r = std::move(m_current);
    m_current = {};
    m_headerParsed = false;
    m_expectContinue = false;
    m_bodyLength = 0;
    m_state = State::NeedMore;
    if (!m_buffer.isEmpty())
        m_state = parse();
    return r;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    return m_state = State::Error;
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (!m_headerParsed) {
        // Robustness (RFC 9112 2.2): empty lines before a request line are ignored.
        qsizetype skip = 0;
        while (skip + 1 < m_buffer.size() && m_buffer.at(skip) == '\r' && m_buffer.at(skip + 1) == '\n')
            skip += 2;
        if (skip)
            m_buffer.remove(0, skip);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > m_maxHeaderBytes)
                return fail(431, "The request's headers are too large.");
            return State::NeedMore;
        }
        if (end + 4 > m_maxHeaderBytes)
            return fail(431, "The request's headers are too large.");
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        if (!parseHead(head))
            return m_state;
        m_headerParsed = true;
    }
    if (m_buffer.size() < m_bodyLength)
        return State::NeedMore;
    m_current.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    return State::Complete;
}

bool HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &l : lines)
        if (!l.endsWith('\r') && &l != &lines.last()) {
            fail(400, "Lines must end with CR LF.");
            return false;
        }
    auto stripCr = [](QByteArray l) {
        if (l.endsWith('\r'))
            l.chop(1);
        return l;
    };
    const QByteArray requestLine = stripCr(lines.first());
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[0].size() > 16) {
        fail(400, "Malformed request line.");
        return false;
    }
    if (parts[2] == "HTTP/1.1")
        m_current.http11 = true;
    else if (parts[2] == "HTTP/1.0")
        m_current.http11 = false;
    else {
        fail(505, "Only HTTP/1.0 and 1.1 are spoken here.");
        return false;
    }
    if (!isTarget(parts[1])) {
        fail(400, "Malformed request target.");
        return false;
    }
    m_current.method = parts[0];
    m_current.target = parts[1];
    const qsizetype q = parts[1].indexOf('?');
    const QByteArray rawPath = q < 0 ? parts[1] : parts[1].left(q);
    m_current.query = q < 0 ? QByteArray() : parts[1].mid(q + 1);
    m_current.path = QByteArray::fromPercentEncoding(rawPath);
    if (m_current.path.contains('\0')) {
        fail(400, "Malformed request target.");
        return false;
    }

    if (lines.size() - 1 > m_maxHeaderCount) {
        fail(431, "The request has too many headers.");
        return false;
    }
    QByteArray contentLength;
    bool connectionClose = false, connectionKeepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = stripCr(lines.at(i));
        if (line.isEmpty() || line.at(0) == ' ' || line.at(0) == '\t') {
            fail(400, "Folded or empty header lines are not accepted.");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, "Malformed header line.");
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || !isFieldValue(value)) {
            fail(400, "Malformed header line.");
            return false;
        }
        if (name == "content-length") {
            if (!contentLength.isEmpty() && contentLength != value) {
                fail(400, "Conflicting Content-Length headers.");
                return false;
            }
            contentLength = value;
        } else if (name == "transfer-encoding") {
            fail(501, "Chunked request bodies are not accepted; send Content-Length.");
            return false;
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            connectionClose = connectionClose || v.contains("close");
            connectionKeepAlive = connectionKeepAlive || v.contains("keep-alive");
        } else if (name == "expect") {
            if (value.toLower() != "100-continue") {
                fail(417, "Unsupported Expect header.");
                return false;
            }
            m_expectContinue = true;
        }
        m_current.headers.append({name, value});
    }
    m_current.keepAlive = m_current.http11 ? !connectionClose : connectionKeepAlive;
    if (!contentLength.isEmpty()) {
        if (contentLength.size() > 18) {
            fail(413, "The request body is too large.");
            return false;
        }
        for (char c : contentLength)
            if (c < '0' || c > '9') {
                fail(400, "Malformed Content-Length.");
                return false;
            }
        m_bodyLength = contentLength.toLongLong();
        if (m_bodyLength > m_maxBodyBytes) {
            fail(413, "The request body is too large.");
            return false;
        }
    }
    if (m_bodyLength == 0)
        m_expectContinue = false;
    return true;
}

} // namespace pamoja
