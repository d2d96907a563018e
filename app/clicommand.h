#pragma once

// What every subcommand of cli.cpp and cliserve.cpp shares: exit codes, messages and option parsing.

#include "document.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

namespace pamoja::cli {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

inline int fail(const QString &message, int code = Failed)
{
    QTextStream(stderr) << QCoreApplication::applicationName().toLower() << ": " << message << '\n';
    return code;
}

inline void out(const QString &text)
{
    QTextStream(stdout) << text << '\n';
}

// A parser for one subcommand; positional arguments are checked by the caller.
struct Command
{
    QCommandLineParser parser;
    explicit Command(const QString &description)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
    }
    QCommandLineOption add(const QString &name, const QString &help, const QString &value = {})
    {
        QCommandLineOption o(name, help, value);
        parser.addOption(o);
        return o;
    }
    // Returns an exit code when parsing failed or help was shown.
    std::optional<int> parse(const QStringList &args, int positional)
    {
        if (!parser.parse(args))
            return fail(parser.errorText(), Usage);
        if (parser.isSet(QStringLiteral("help"))) {
            out(parser.helpText());
            return Ok;
        }
        if (parser.positionalArguments().size() != positional)
            return fail(QCoreApplication::translate("pamoja::Cli", "expected %n file argument(s); see --help.", nullptr, positional), Usage);
        return std::nullopt;
    }
    QString required(const QCommandLineOption &o, int *code)
    {
        const QString v = parser.value(o);
        if (v.trimmed().isEmpty())
            *code = fail(QCoreApplication::translate("pamoja::Cli", "--%1 is required.").arg(o.names().first()), Usage);
        return v;
    }
};

// A workshop file or location as it may be printed: a postgresql:// location without its password.
inline QString shown(const QString &fileOrLocation)
{
    const auto l = WorkshopLocation::parse(fileOrLocation);
    return l ? l->display() : QString();
}

// Whether FILE names an existing workshop file, or a database location (which open() checks).
inline bool workshopExists(const QString &fileOrLocation)
{
    return WorkshopLocation::looksLikeUri(fileOrLocation) || QFileInfo::exists(fileOrLocation);
}

inline Result<std::unique_ptr<Document>> openForWriting(const QString &path)
{
    auto doc = Document::open(path, WorkshopStore::Access::ReadWrite);
    if (doc)
        (*doc)->setActor(QStringLiteral("cli"));
    return doc;
}

// `pamoja serve` (cliserve.cpp).
int cmdServe(const QStringList &args);
// `pamoja capture` (clicapture.cpp): needs a QApplication, except for --help.
int cmdCapture(const QStringList &args);
// `pamoja repo list` and `pamoja copy` (clirepo.cpp).
int cmdRepo(const QStringList &args);
int cmdCopy(const QStringList &args);
// `pamoja form`, and `pamoja import` of a contribution packet (cliform.cpp).
int cmdForm(const QStringList &args);
// `pamoja translate` (clitranslate.cpp).
int cmdTranslate(const QStringList &args);
int importPacket(const QString &path, const QString &in, const QByteArray &bytes, bool dryRun);
// `pamoja merge` (climerge.cpp).
int cmdMerge(const QStringList &args);
// `pamoja suggest` (clisuggest.cpp).
int cmdSuggest(const QStringList &args);

} // namespace pamoja::cli
