#pragma once

// Runs the real pamoja binary for the command-line tests.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QStringList>
#include <QTest>

namespace pamoja::testing {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Qt warns on stderr (which the tests read) when the runtime folder is not private.
inline QString privateRuntimeDir()
{
    static QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir.path();
}

// unset: environment variables the run goes without (XDG_RUNTIME_DIR, QT_QPA_PLATFORM, ...).
inline Run runPamoja(const QStringList &args, int timeoutMs = 60000, const QStringList &unset = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), privateRuntimeDir());
    for (const QString &name : unset)
        env.remove(name);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PAMOJA_BINARY), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace pamoja::testing
