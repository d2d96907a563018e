// `pamoja repo list URL` and `pamoja copy SRC DST` (issue 10): workshops in a PostgreSQL database,
// and whole workshops, with their history, between files and databases.

#include "clicommand.h"

namespace pamoja::cli {

namespace {
// A title from the database on one terminal line: no control characters reach the terminal.
QString safeText(QString text)
{
    for (QChar &ch : text)
        if (controlCharacterAt(QString(ch)) == 0)
            ch = QChar(QChar::ReplacementCharacter);
    return text;
}
} // namespace

int cmdRepo(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "List the workshops of a PostgreSQL database: id, version, created, title."));
    c.parser.addPositionalArgument(QStringLiteral("list"), QCoreApplication::translate("pamoja::Cli", "The word list."));
    c.parser.addPositionalArgument(QStringLiteral("location"), QCoreApplication::translate("pamoja::Cli", "postgresql://[user@]host[:port]/dbname"));
    if (auto r = c.parse(args, 2))
        return *r;
    if (c.parser.positionalArguments().first() != QLatin1StringView("list"))
        return fail(QCoreApplication::translate("pamoja::Cli", "unknown command \"repo %1\"; see pamoja help").arg(c.parser.positionalArguments().first()), Usage);
    const auto list = WorkshopStore::listRepository(c.parser.positionalArguments().at(1));
    if (!list)
        return fail(list.error());
    if (list->isEmpty()) {
        out(QCoreApplication::translate("pamoja::Cli", "No workshops in this database yet."));
        return Ok;
    }
    for (const RepositoryWorkshop &w : *list)
        out(QStringLiteral("%1  v%2  %3  %4").arg(w.id.toString(QUuid::WithoutBraces)).arg(w.version).arg(w.created.left(10), safeText(w.title)));
    return Ok;
}

int cmdCopy(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Copy a whole workshop, with its history, between files and PostgreSQL databases; "
                                                         "prints where the copy is."));
    c.parser.addPositionalArgument(QStringLiteral("source"), QCoreApplication::translate("pamoja::Cli", "A workshop file or postgresql:// location."));
    c.parser.addPositionalArgument(QStringLiteral("target"), QCoreApplication::translate("pamoja::Cli", "A new file, or a postgresql:// database (the workshop keeps its id there)."));
    if (auto r = c.parse(args, 2))
        return *r;
    auto source = Document::open(c.parser.positionalArguments().at(0), WorkshopStore::Access::ReadOnly);
    if (!source)
        return fail(source.error());
    const auto copied = (*source)->store().copyTo(c.parser.positionalArguments().at(1));
    if (!copied)
        return fail(copied.error());
    out(*copied);
    return Ok;
}

} // namespace pamoja::cli
