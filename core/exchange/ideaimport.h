#pragma once

// Ideas from files people already have: plain text (one idea per line), Markdown (bullets, headings
// naming steps), and CSV or XLSX (first sheet) from spreadsheets and online form or sticky-note tools. The format is
// detected from the content; encodings as in text::decode. Everything is validated before anything
// is planned: an import applies completely or not at all, and errors name the line (and column).

#include "../domain/workshopdata.h"
#include "../result.h"

#include <QByteArray>

namespace pamoja::ideaimport {

inline constexpr qint64 MaxBytes = 32LL * 1024 * 1024;
inline constexpr int MaxIdeas = 20000;

enum class Format { Unknown, Text, Markdown, Csv, Xlsx, WorkshopJson, WorkshopFile, Zip, Packet };

// From the bytes first (JSON export, SQLite workshop, ZIP container, contribution packet (exchange/packet.h,
// also pasted into an e-mail), CSV shape, Markdown marks),
// the file name's extension only to break a tie between text and CSV or Markdown.
Format detect(const QByteArray &bytes, const QString &fileName = {});
QString formatName(Format f);

// How the columns of a CSV file map to ideas.
struct Mapping
{
    QString preset;          // "generic", "form" (one column per question), "sticky" (one note per row)
    QList<int> textColumns;  // several for form responses: each answer is an idea
    int authorColumn = -1;
    int constituencyColumn = -1;
    int stepColumn = -1;
    int languageColumn = -1;
    int promptColumn = -1;
};

struct Row
{
    int line = 0;  // where it starts in the file (1-based)
    int step = 0;  // 0: the import's default step
    QString prompt; // a heading or form question naming one of the step's prompts; may be empty
    QString text;
    QString author;       // a name as written; matched against the roster
    QString constituency; // as written; mapped to a code
    QString language;
};

struct Parsed
{
    Format format = Format::Unknown;
    QString encoding;
    QStringList header;   // CSV and XLSX only
    QChar separator;      // CSV only
    Mapping mapping;      // CSV and XLSX only
    QList<Row> rows;
    QStringList warnings; // translated; nothing in them stops the import
};

// Reads the file; for CSV and XLSX the mapping is guessed from the header unless one is given.
Result<Parsed> parse(const QByteArray &bytes, const QString &fileName = {},
                     const std::optional<Mapping> &mapping = std::nullopt);
// The header's best mapping, recognising the exports of common form and sticky-note tools.
Mapping guessMapping(const QStringList &header);

struct Plan
{
    ChangeSet changes;
    int ideas = 0;
    QStringList warnings; // the parse's and the plan's (unknown names, prompts, constituencies)
};

// One change set adding every row as an idea (source "import") of `defaultStep` unless the row names
// a step; authors matched by name on the roster (else anonymous, with a warning); headings and form
// questions matched to the step's prompts by text (else the step's first prompt).
Result<Plan> plan(const WorkshopData &data, const Parsed &parsed, int defaultStep);

} // namespace pamoja::ideaimport
