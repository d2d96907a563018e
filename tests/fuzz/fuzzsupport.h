#pragma once

// Shared by the libFuzzer harnesses: an application object (Qt's plugins and translation lookups
// want one), the input as a QByteArray, and a check that stops the run with a message.

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace pamoja::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "pamoja-fuzz";
    static char *argv[] = {name, nullptr};
    // Kept for the whole run (reachable from a static, so not a leak).
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property that must hold for every input: a failure is a finding, like a crash.
inline void require(bool condition, const char *what, const QString &detail = {})
{
    if (condition)
        return;
    std::fprintf(stderr, "Property violated: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace pamoja::fuzz
