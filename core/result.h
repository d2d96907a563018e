#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace pamoja {

// An error a facilitator can act on: one sentence, already translated.
struct Error
{
    QString message;
};

// A status: ok, or an error with a message. Never thrown, always returned.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error e) : m_error(std::move(e.message)), m_failed(true) {}
    static Status ok() { return {}; }

    bool isOk() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

// A value or an error.
template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error e) : m_error(std::move(e.message)) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return m_value.has_value(); }
    const QString &error() const { return m_error; }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    Status status() const { return isOk() ? Status() : Status(Error{m_error}); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace pamoja
