#pragma once

// Translates many short texts with Apertium without blocking the thread it lives on: the texts of
// one source language go through one `apertium` process per hop (two through Spanish), in chunks, so
// a thousand ideas cost a few processes, not a thousand, and progress and cancel have a grain.

#include "apertium.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QProcess;

namespace pamoja::translation {

struct SourceText
{
    QString key; // the caller's, e.g. an idea's id
    QString text;
    QString from; // ISO 639-1
};

// Between two texts in one run: a line with ASCII's record separator between blank lines. The
// blank lines end a sentence for Apertium (without them its transfer moves words across texts: "the
// red" + "house" gave "La casa" + "roja"); the control character never occurs in an idea (the record
// rules refuse control characters) and Apertium passes it through unchanged.
inline constexpr char16_t Separator[] = u"\n\n\x1e\n\n";

// What Apertium is sent for one text: line breaks as LF, other control characters as spaces (so the
// separator cannot be forged), surrounding blanks trimmed.
QString prepared(const QString &text);
// Joins the prepared texts with the separator, and splits Apertium's output back (trimmed); an
// empty list when the output does not hold exactly `count` texts.
QByteArray joined(const QStringList &texts);
QStringList split(const QByteArray &output, qsizetype count);

class BatchTranslator : public QObject
{
    Q_OBJECT
public:
    explicit BatchTranslator(Apertium apertium, QObject *parent = nullptr);
    ~BatchTranslator() override;

    // Texts per process; small enough for progress and cancel to respond, large enough that the
    // start-up of a process (some 50 ms) does not dominate.
    static constexpr int ChunkSize = 200;

    // Starts translating into `to`; texts already in `to`, empty ones and those without a route are
    // left out (see skipped()). finished() follows, also when nothing is left to do.
    void start(const QList<SourceText> &texts, const QString &to);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    // Key -> translation of every text done so far.
    const QHash<QString, QString> &results() const { return m_results; }
    // Keys left out because no route exists, with the message naming the missing pair.
    const QHash<QString, QString> &noRoute() const { return m_noRoute; }
    // Set when Apertium failed; the texts of the chunks finished before keep their translations.
    const QString &error() const { return m_error; }
    int total() const { return m_total; }

    // Translates and waits (runs an event loop): for the command line, tests and benchmarks.
    void run(const QList<SourceText> &texts, const QString &to);

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    struct Chunk
    {
        Route route;
        QStringList keys;
        QStringList texts;
    };
    void runNext();
    void runHop(const QByteArray &input);
    void hopFinished();
    void finish(const QString &error = {});

    Apertium m_apertium;
    QList<Chunk> m_chunks;
    qsizetype m_chunk = 0;
    qsizetype m_hop = 0;
    QPointer<QProcess> m_process;
    QHash<QString, QString> m_results;
    QHash<QString, QString> m_noRoute;
    QString m_error;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace pamoja::translation
