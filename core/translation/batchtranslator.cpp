#include "batchtranslator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>
#include <QProcess>

namespace pamoja::translation {

QString prepared(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar &c : s)
        if (c != QLatin1Char('\n') && (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029)))
            c = c == QLatin1Char('\r') ? QLatin1Char('\n') : QLatin1Char(' ');
    return s.trimmed();
}

QByteArray joined(const QStringList &texts)
{
    return texts.join(QString::fromUtf16(Separator)).toUtf8() + '\n';
}

QStringList split(const QByteArray &output, qsizetype count)
{
    const QStringList parts = QString::fromUtf8(output).split(QChar(0x1e));
    if (parts.size() != count)
        return {};
    QStringList out;
    out.reserve(parts.size());
    for (const QString &p : parts)
        out.append(p.trimmed());
    return out;
}

BatchTranslator::BatchTranslator(Apertium apertium, QObject *parent) : QObject(parent), m_apertium(std::move(apertium))
{
}

BatchTranslator::~BatchTranslator()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

void BatchTranslator::start(const QList<SourceText> &texts, const QString &to)
{
    Q_ASSERT(!m_running);
    m_chunks.clear();
    m_results.clear();
    m_noRoute.clear();
    m_error.clear();
    m_chunk = m_hop = 0;
    m_done = m_total = 0;
    m_cancelled = false;
    m_running = true;
    if (Status s = m_apertium.available(); !s) {
        finish(s.error());
        return;
    }

    // One group per source language, in a stable order; each cut into chunks.
    QMap<QString, QList<const SourceText *>> byLanguage;
    for (const SourceText &t : texts)
        if (!t.from.isEmpty() && t.from != to && !prepared(t.text).isEmpty())
            byLanguage[t.from].append(&t);
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        const Result<Route> route = m_apertium.route(it.key(), to);
        if (!route) {
            for (const SourceText *t : it.value())
                m_noRoute.insert(t->key, route.error());
            continue;
        }
        for (qsizetype i = 0; i < it.value().size(); i += ChunkSize) {
            Chunk c{*route, {}, {}};
            for (const SourceText *t : it.value().mid(i, ChunkSize)) {
                c.keys.append(t->key);
                c.texts.append(prepared(t->text));
            }
            m_total += int(c.keys.size());
            m_chunks.append(std::move(c));
        }
    }
    Q_EMIT progress(0, m_total);
    runNext();
}

void BatchTranslator::run(const QList<SourceText> &texts, const QString &to)
{
    QEventLoop loop;
    connect(this, &BatchTranslator::finished, &loop, &QEventLoop::quit);
    start(texts, to);
    if (m_running)
        loop.exec();
}

void BatchTranslator::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        m_process->deleteLater();
    }
    finish();
}

void BatchTranslator::runNext()
{
    if (m_chunk >= m_chunks.size()) {
        finish();
        return;
    }
    m_hop = 0;
    runHop(joined(m_chunks.at(m_chunk).texts));
}

void BatchTranslator::runHop(const QByteArray &input)
{
    const Mode &mode = m_chunks.at(m_chunk).route.hops.at(m_hop);
    auto *p = new QProcess(this);
    m_process = p;
    // Apertium's programs read and write UTF-8 whatever the user's locale says.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    connect(p, &QProcess::finished, this, &BatchTranslator::hopFinished);
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || p != m_process)
            return;
        p->deleteLater();
        finish(QCoreApplication::translate("pamoja::Translation", "Apertium could not be started (%1).").arg(p->errorString()));
    });
    p->start(m_apertium.program(), Apertium::arguments(mode));
    if (m_process != p) // failed to start: finished already
        return;
    p->write(input);
    p->closeWriteChannel();
}

void BatchTranslator::hopFinished()
{
    QProcess *p = m_process;
    if (!p)
        return;
    m_process = nullptr;
    p->deleteLater();
    const Chunk &c = m_chunks.at(m_chunk);
    const Mode &mode = c.route.hops.at(m_hop);
    if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0) {
        const QString detail = QString::fromUtf8(p->readAllStandardError()).trimmed().left(300);
        finish(QCoreApplication::translate("pamoja::Translation", "Apertium failed translating with %1 (exit code %2): %3")
                   .arg(mode.name, QString::number(p->exitCode()), detail));
        return;
    }
    const QByteArray output = p->readAllStandardOutput();
    if (++m_hop < c.route.hops.size()) {
        runHop(output);
        return;
    }
    const QStringList texts = split(output, c.keys.size());
    if (texts.isEmpty()) {
        finish(QCoreApplication::translate("pamoja::Translation", "Apertium's output with %1 did not keep the ideas apart; nothing of that part was stored.").arg(mode.name));
        return;
    }
    for (qsizetype i = 0; i < texts.size(); ++i)
        if (!texts.at(i).isEmpty())
            m_results.insert(c.keys.at(i), texts.at(i));
    m_done += int(c.keys.size());
    Q_EMIT progress(m_done, m_total);
    ++m_chunk;
    runNext();
}

void BatchTranslator::finish(const QString &error)
{
    if (!m_running)
        return;
    m_error = error;
    m_running = false;
    m_process = nullptr;
    Q_EMIT finished();
}

} // namespace pamoja::translation
