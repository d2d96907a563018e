#include "cli.h"
#include "clicommand.h"

#include "analysis/balance.h"
#include "document.h"
#include "domain/constituency.h"
#include "domain/validation.h"
#include "edits.h"
#include "exchange/ideaimport.h"
#include "exchange/jsonexchange.h"
#include "exportformats.h"
#include "i18n.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>


namespace pamoja::cli {

namespace {

int cmdNew(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Create a new workshop file, or a new workshop in a PostgreSQL database (prints its location)."));
    const auto title = c.add(QStringLiteral("title"), QCoreApplication::translate("pamoja::Cli", "The workshop's title."), QCoreApplication::translate("pamoja::Cli", "text"));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file to create (.pamoja), or a postgresql:// database (with ?workshop=ID for a chosen id)."));
    if (auto r = c.parse(args, 1))
        return *r;
    int code = Ok;
    const QString t = c.required(title, &code);
    if (code)
        return code;
    // Prompts and catalogue in the interface language, as in the window.
    auto doc = Document::create(c.parser.positionalArguments().first(), t.trimmed(), Document::Seed::Default,
                                i18n::preferredLanguage());
    if (!doc)
        return fail(doc.error());
    // In a database: where the workshop is (with its new id, without the password), for scripts.
    if ((*doc)->store().isPostgres())
        out((*doc)->path());
    return Ok;
}

int cmdParticipantAdd(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Add a participant to a workshop."));
    const auto name = c.add(QStringLiteral("name"), QCoreApplication::translate("pamoja::Cli", "Name or alias."), QCoreApplication::translate("pamoja::Cli", "name"));
    const auto org = c.add(QStringLiteral("org"), QCoreApplication::translate("pamoja::Cli", "Organisation (created when new)."), QCoreApplication::translate("pamoja::Cli", "organisation"));
    const auto cons = c.add(QStringLiteral("constituency"), QCoreApplication::translate("pamoja::Cli", "south, north, donor or other."), QCoreApplication::translate("pamoja::Cli", "constituency"));
    const auto country = c.add(QStringLiteral("country"), QCoreApplication::translate("pamoja::Cli", "Country."), QCoreApplication::translate("pamoja::Cli", "country"));
    const auto lang = c.add(QStringLiteral("lang"), QCoreApplication::translate("pamoja::Cli", "Language code, e.g. fr."), QCoreApplication::translate("pamoja::Cli", "code"));
    const auto role = c.add(QStringLiteral("role"), QCoreApplication::translate("pamoja::Cli", "participant (default), facilitator or observer."), QCoreApplication::translate("pamoja::Cli", "role"));
    const auto consent = c.add(QStringLiteral("consent"), QCoreApplication::translate("pamoja::Cli", "The participant agrees to be named in outputs."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;
    int code = Ok;
    Participant p;
    p.name = c.required(name, &code);
    p.constituency = c.required(cons, &code);
    if (code)
        return code;
    p.country = c.parser.value(country);
    p.language = c.parser.value(lang);
    p.consent = c.parser.isSet(consent);
    if (c.parser.isSet(role)) {
        p.role = c.parser.value(role);
        if (!QStringList{QStringLiteral("participant"), QStringLiteral("facilitator"), QStringLiteral("observer")}
                 .contains(p.role))
            return fail(QCoreApplication::translate("pamoja::Cli", "--role must be participant, facilitator or observer."), Usage);
    }
    auto doc = openForWriting(c.parser.positionalArguments().first());
    if (!doc)
        return fail(doc.error());
    QUuid id;
    auto cs = edits::addParticipant((*doc)->data(), p, c.parser.value(org), &id);
    if (!cs)
        return fail(cs.error());
    if (Status s = (*doc)->apply(*cs, QCoreApplication::translate("pamoja::Cli", "Add participant %1").arg(p.name.trimmed())); !s)
        return fail(s.error());
    out(idString(id));
    return Ok;
}

int cmdIdeaAdd(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Add an idea to a workshop; prints the new idea's id."));
    const auto stepOpt = c.add(QStringLiteral("step"), QCoreApplication::translate("pamoja::Cli", "envision, change or action."), QCoreApplication::translate("pamoja::Cli", "step"));
    const auto text = c.add(QStringLiteral("text"), QCoreApplication::translate("pamoja::Cli", "The idea's text."), QCoreApplication::translate("pamoja::Cli", "text"));
    const auto participant = c.add(QStringLiteral("participant"), QCoreApplication::translate("pamoja::Cli", "Name of the contributing participant."), QCoreApplication::translate("pamoja::Cli", "name"));
    const auto anonymous = c.add(QStringLiteral("anonymous"), QCoreApplication::translate("pamoja::Cli", "Store no author (the default without --participant)."));
    const auto cons = c.add(QStringLiteral("constituency"), QCoreApplication::translate("pamoja::Cli", "For anonymous ideas: the constituency it comes from."), QCoreApplication::translate("pamoja::Cli", "constituency"));
    const auto lang = c.add(QStringLiteral("lang"), QCoreApplication::translate("pamoja::Cli", "Language code of the text."), QCoreApplication::translate("pamoja::Cli", "code"));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;
    int code = Ok;
    edits::IdeaDraft d;
    d.step = step::fromCode(c.required(stepOpt, &code));
    d.text = c.required(text, &code);
    if (code)
        return code;
    if (!d.step)
        return fail(QCoreApplication::translate("pamoja::Cli", "--step must be envision, change or action."), Usage);
    if (c.parser.isSet(participant) && c.parser.isSet(anonymous))
        return fail(QCoreApplication::translate("pamoja::Cli", "use either --participant or --anonymous, not both."), Usage);
    if (c.parser.isSet(participant) && c.parser.isSet(cons))
        return fail(QCoreApplication::translate("pamoja::Cli", "--constituency is only for anonymous ideas; a participant's own is used."), Usage);
    d.language = c.parser.value(lang);
    d.constituency = c.parser.value(cons);
    auto doc = openForWriting(c.parser.positionalArguments().first());
    if (!doc)
        return fail(doc.error());
    if (c.parser.isSet(participant)) {
        const QString name = c.parser.value(participant).trimmed();
        for (const Participant &p : (*doc)->data().table<Participant>().items())
            if (p.name.compare(name, Qt::CaseInsensitive) == 0)
                d.authorId = p.id;
        if (d.authorId.isNull())
            return fail(QCoreApplication::translate("pamoja::Cli", "there is no participant called \"%1\"; add them first.").arg(name));
    }
    QUuid id;
    auto cs = edits::addIdea((*doc)->data(), d, &id);
    if (!cs)
        return fail(cs.error());
    if (Status s = (*doc)->apply(*cs, QCoreApplication::translate("pamoja::Cli", "Add idea")); !s)
        return fail(s.error());
    out(idString(id));
    return Ok;
}

QJsonObject infoJson(const WorkshopData &data, const WorkshopStore &store)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), data.workshop().title);
    o.insert(QStringLiteral("schema_version"), store.schemaVersion());
    QJsonObject steps;
    for (int s = step::First; s <= step::Last; ++s)
        steps.insert(step::code(s), int(data.ideas(s).size()));
    o.insert(QStringLiteral("ideas"), steps);
    o.insert(QStringLiteral("clusters"), data.table<Cluster>().size());
    o.insert(QStringLiteral("actions"), data.table<Action>().size());
    o.insert(QStringLiteral("system_changes"), data.table<SystemChange>().size());
    QJsonObject people;
    for (const QString &c : constituency::codes())
        people.insert(c, 0);
    for (const Participant &p : data.table<Participant>().items())
        people.insert(p.constituency, people.value(p.constituency).toInt() + 1);
    o.insert(QStringLiteral("participants"), people);
    const Balance b = computeBalance(data);
    QJsonArray rows;
    for (const ConstituencyShare &r : b.rows) {
        QJsonObject row;
        row.insert(QStringLiteral("constituency"), r.constituency);
        row.insert(QStringLiteral("people"), r.people);
        row.insert(QStringLiteral("ideas"), r.ideas);
        row.insert(QStringLiteral("votes"), r.votes);
        row.insert(QStringLiteral("people_share"), r.peopleShare);
        row.insert(QStringLiteral("idea_share"), r.ideaShare);
        row.insert(QStringLiteral("vote_share"), r.voteShare);
        row.insert(QStringLiteral("under_represented"), r.fewIdeas || r.fewVotes);
        rows.append(row);
    }
    QJsonObject balance;
    balance.insert(QStringLiteral("rows"), rows);
    balance.insert(QStringLiteral("unknown_ideas"), b.unknownIdeas);
    o.insert(QStringLiteral("balance"), balance);
    return o;
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

int cmdInfo(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Show a summary of a workshop."));
    const auto json = c.add(QStringLiteral("json"), QCoreApplication::translate("pamoja::Cli", "Print JSON instead of text."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;
    auto doc = Document::open(c.parser.positionalArguments().first(), WorkshopStore::Access::ReadOnly);
    if (!doc)
        return fail(doc.error());
    const WorkshopData &data = (*doc)->data();
    if (c.parser.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(infoJson(data, (*doc)->store())).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    out(data.workshop().title);
    for (int s = step::First; s <= step::Last; ++s)
        out(QCoreApplication::translate("pamoja::Cli", "  %1: %n idea(s)", nullptr, int(data.ideas(s).size())).arg(step::label(s)));
    out(QCoreApplication::translate("pamoja::Cli", "Participants and balance (people / ideas / votes):"));
    const Balance b = computeBalance(data);
    for (const ConstituencyShare &r : b.rows) {
        out(QStringLiteral("  %1: %2 / %3 / %4%5")
                .arg(constituency::label(r.constituency), percent(r.peopleShare), percent(r.ideaShare),
                     percent(r.voteShare), r.fewIdeas || r.fewVotes ? QCoreApplication::translate("pamoja::Cli", "  (under-represented)") : QString()));
    }
    if (b.unknownIdeas)
        out(QCoreApplication::translate("pamoja::Cli", "  %n anonymous idea(s) without a constituency", nullptr, b.unknownIdeas));
    return Ok;
}

int cmdExport(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Export a workshop: a report (pdf, odt, html, md), its tables (csv, xlsx), its data (json) or its board (png, svg)."));
    const auto format = c.add(QStringLiteral("format"), QCoreApplication::translate("pamoja::Cli", "Output format: %1.").arg(exportFormatCodes().join(QStringLiteral(", "))), QCoreApplication::translate("pamoja::Cli", "format"));
    const auto output = c.add({QStringLiteral("o")}, QCoreApplication::translate("pamoja::Cli", "Output file. For csv, OUT.csv gives OUT-ideas.csv, OUT-votes.csv and OUT-actions.csv."), QCoreApplication::translate("pamoja::Cli", "file"));
    const auto lang = c.add(QStringLiteral("lang"), QCoreApplication::translate("pamoja::Cli", "Report language: en, nl, fr, es or pt (default: the workshop's main language)."), QCoreApplication::translate("pamoja::Cli", "code"));
    const auto paper = c.add(QStringLiteral("paper"), QCoreApplication::translate("pamoja::Cli", "Paper size: a4 or letter."), QCoreApplication::translate("pamoja::Cli", "size"));
    const auto pdfa = c.add(QStringLiteral("pdfa"), QCoreApplication::translate("pamoja::Cli", "Write PDF/A-1b (archival PDF)."));
    const auto log = c.add(QStringLiteral("interventions"), QCoreApplication::translate("pamoja::Cli", "Add the facilitator intervention log as an appendix."));
    const auto noTranslations = c.add(QStringLiteral("no-translations"), QCoreApplication::translate("pamoja::Cli", "Leave out the translations beside the ideas (machine translations are marked as such when included)."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;
    int code = Ok;
    ExportOptions opts;
    opts.format = c.required(format, &code).toLower();
    opts.output = c.required(output, &code);
    if (code)
        return code;
    if (!exportFormatCodes().contains(opts.format))
        return fail(QCoreApplication::translate("pamoja::Cli", "unknown format \"%1\"; use one of %2.").arg(opts.format, exportFormatCodes().join(QStringLiteral(", "))), Usage);
    opts.language = c.parser.value(lang).toLower();
    opts.paper = c.parser.value(paper).toLower();
    if (!opts.paper.isEmpty() && opts.paper != QLatin1StringView("a4") && opts.paper != QLatin1StringView("letter"))
        return fail(QCoreApplication::translate("pamoja::Cli", "--paper must be a4 or letter."), Usage);
    opts.pdfA = c.parser.isSet(pdfa);
    opts.content.interventions = c.parser.isSet(log);
    opts.content.translations = !c.parser.isSet(noTranslations);
    auto doc = Document::open(c.parser.positionalArguments().first(), WorkshopStore::Access::ReadOnly);
    if (!doc)
        return fail(doc.error());
    if (Status s = exportWorkshop(**doc, opts); !s)
        return fail(s.error());
    return Ok;
}

// Ideas from a text, Markdown, CSV or XLSX file into an existing workshop, all or nothing.
int importIdeas(const QString &path, const QString &in, const QByteArray &bytes, const QString &stepCode, bool dryRun)
{
    auto parsed = ideaimport::parse(bytes, in);
    if (!parsed)
        return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was imported.").arg(in, parsed.error()));
    if (!workshopExists(path))
        return fail(QCoreApplication::translate("pamoja::Cli", "%1 does not exist; ideas are imported into an existing workshop (pamoja new).").arg(path));
    auto doc = dryRun ? Document::open(path, WorkshopStore::Access::ReadOnly) : openForWriting(path);
    if (!doc)
        return fail(doc.error());
    int step = (*doc)->data().workshop().activeStep;
    if (!stepCode.isEmpty()) {
        step = step::fromCode(stepCode);
        if (!step && stepCode.size() == 1)
            step = stepCode.toInt();
        if (step < step::First || step > step::Last)
            return fail(QCoreApplication::translate("pamoja::Cli", "--step must be envision, change or action (or 1, 2, 3)."), Usage);
    }
    auto plan = ideaimport::plan((*doc)->data(), *parsed, step);
    if (!plan)
        return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2").arg(in, plan.error()));
    for (const QString &w : plan->warnings)
        QTextStream(stderr) << QCoreApplication::translate("pamoja::Cli", "warning: %1").arg(w) << '\n';
    const QString what = QCoreApplication::translate("pamoja::Cli", "%1 (%2)").arg(ideaimport::formatName(parsed->format), parsed->encoding);
    if (dryRun) {
        out(QCoreApplication::translate("pamoja::Cli", "Would import %n idea(s) from %1; nothing was changed.", nullptr, plan->ideas).arg(what));
        return Ok;
    }
    if (Status s = (*doc)->apply(plan->changes, QCoreApplication::translate("pamoja::Cli", "Import %1").arg(QFileInfo(in).fileName())); !s)
        return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was imported.").arg(in, s.error()));
    out(QCoreApplication::translate("pamoja::Cli", "Imported %n idea(s) from %1.", nullptr, plan->ideas).arg(what));
    return Ok;
}

// Whether a JSON import creates the workshop: a file that does not exist yet, a database location
// without a workshop id, or one naming an id the database does not hold (it gets that id).
Result<bool> isNewWorkshop(const QString &path)
{
    if (!WorkshopLocation::looksLikeUri(path))
        return !QFileInfo::exists(path);
    const auto location = WorkshopLocation::parse(path);
    if (!location)
        return Error{location.error()};
    if (location->workshop.isNull())
        return true;
    const auto list = WorkshopStore::listRepository(path);
    if (!list)
        return Error{list.error()};
    return std::none_of(list->begin(), list->end(), [&](const RepositoryWorkshop &w) { return w.id == location->workshop; });
}

int cmdImport(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Import into a workshop: a pamoja-workshop JSON export (the workshop is created when it does not exist), "
                                                          "ideas from a text, Markdown, CSV or XLSX file, or a contribution packet from the offline form "
                                                          "(the format and encoding are detected from the content)."));
    const auto stepOpt = c.add(QStringLiteral("step"), QCoreApplication::translate("pamoja::Cli", "Ideas: the step they go to unless the file names one (envision, change, action; default: the active step)."),
                               QCoreApplication::translate("pamoja::Cli", "step"));
    const auto dryRun = c.add(QStringLiteral("dry-run"), QCoreApplication::translate("pamoja::Cli", "Ideas and contribution packets: check the file and say what would be imported, changing nothing."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    c.parser.addPositionalArgument(QStringLiteral("source"), QCoreApplication::translate("pamoja::Cli", "The JSON export, the text, Markdown, CSV or XLSX file, or the contribution packet to import."));
    if (auto r = c.parse(args, 2))
        return *r;
    const QString path = c.parser.positionalArguments().at(0);
    const QString in = c.parser.positionalArguments().at(1);
    QFile f(in);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("pamoja::Cli", "cannot read %1: %2").arg(in, f.errorString()));
    if (f.size() > exchange::MaxImportBytes)
        return fail(QCoreApplication::translate("pamoja::Cli", "%1 is too large to be a Pamoja workshop export.").arg(in));
    const QByteArray json = f.readAll();
    if (ideaimport::detect(json, in) == ideaimport::Format::Packet)
        return importPacket(path, in, json, c.parser.isSet(dryRun));
    if (ideaimport::detect(json, in) != ideaimport::Format::WorkshopJson && !json.trimmed().startsWith('{'))
        return importIdeas(path, in, json, c.parser.value(stepOpt), c.parser.isSet(dryRun));
    const auto fresh = isNewWorkshop(path);
    if (!fresh)
        return fail(fresh.error());
    const QString description = QCoreApplication::translate("pamoja::Cli", "Import %1").arg(QFileInfo(in).fileName());
    if (*fresh) {
        // A new workshop whose first entry is the import: a bad export, a taken id or a failed
        // write leaves no file and no workshop in a database behind.
        auto plan = exchange::planImport(json, WorkshopData());
        if (!plan)
            return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was imported.").arg(in, plan.error()));
        auto doc = Document::createWith(path, plan->changes, description, QStringLiteral("cli"));
        if (!doc)
            return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was imported.").arg(in, doc.error()));
        out(QCoreApplication::translate("pamoja::Cli", "Imported %n item(s); %1 already present.", nullptr, plan->added).arg(plan->alreadyPresent));
        if ((*doc)->store().isPostgres())
            out((*doc)->path());
        return Ok;
    }
    auto doc = openForWriting(path);
    if (!doc)
        return fail(doc.error());
    auto plan = exchange::planImport(json, (*doc)->data());
    Status s = plan ? (*doc)->apply(plan->changes, description) : Status(Error{plan.error()});
    if (!s)
        return fail(QCoreApplication::translate("pamoja::Cli", "%1: %2 Nothing was imported.").arg(in, s.error()));
    out(QCoreApplication::translate("pamoja::Cli", "Imported %n item(s); %1 already present.", nullptr, plan->added).arg(plan->alreadyPresent));
    return Ok;
}

int cmdCheck(const QStringList &args)
{
    Command c(QCoreApplication::translate("pamoja::Cli", "Check a workshop file: the database's integrity, the schema version and the workshop's own rules."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("pamoja::Cli", "The workshop file."));
    if (auto r = c.parse(args, 1))
        return *r;
    auto doc = Document::open(c.parser.positionalArguments().first(), WorkshopStore::Access::ReadOnly);
    if (!doc)
        return fail(doc.error());
    const WorkshopStore &store = (*doc)->store();
    QStringList problems = store.integrityProblems();
    problems.append(workshopProblems((*doc)->data()));
    // The whole history must read back too: it is the workshop's audit trail.
    const auto history = store.historyCount();
    if (!history)
        problems.append(history.error());
    else if (const auto entries = store.history(); !entries)
        problems.append(entries.error());
    if (!problems.isEmpty()) {
        // One line per problem, on stderr like every failure; a damaged file can have thousands.
        constexpr int Shown = 50;
        QTextStream err(stderr);
        err << QCoreApplication::translate("pamoja::Cli", "pamoja: %1 has %n problem(s):", nullptr, int(problems.size()))
                   .arg(shown(c.parser.positionalArguments().first()))
            << '\n';
        for (QString p : problems.first(qMin(problems.size(), qsizetype(Shown)))) {
            // Problems quote the file's text: a control character in it must not reach the terminal.
            for (QChar &ch : p)
                if (controlCharacterAt(QString(ch)) == 0 || ch == QLatin1Char('\n'))
                    ch = QChar(QChar::ReplacementCharacter);
            err << "  " << p << '\n';
        }
        if (problems.size() > Shown)
            err << QCoreApplication::translate("pamoja::Cli", "  ... and %n more.", nullptr, int(problems.size() - Shown)) << '\n';
        return Failed;
    }
    out(QCoreApplication::translate("pamoja::Cli", "ok: schema version %1, %n history entries", nullptr, int(history.value()))
            .arg(store.schemaVersion()));
    return Ok;
}

QString usage()
{
    return QCoreApplication::translate("pamoja::Cli", "Usage: pamoja [FILE]                      start the application\n"
              "       pamoja new FILE --title TEXT\n"
              "       pamoja participant add FILE --name NAME --constituency south|north|donor|other\n"
              "                              [--org ORG] [--country C] [--lang L] [--role R] [--consent]\n"
              "       pamoja idea add FILE --step envision|change|action --text TEXT\n"
              "                       [--participant NAME | --anonymous] [--lang L]\n"
              "       pamoja info FILE [--json]\n"
              "       pamoja export FILE --format pdf|odt|html|md|csv|xlsx|json|png|svg -o OUT\n"
              "                          [--lang en|nl|fr|es|pt] [--paper a4|letter] [--pdfa] [--interventions]\n"
              "                          [--no-translations]\n"
              "       pamoja import FILE IN.json\n"
              "       pamoja import FILE IDEAS.txt|.md|.csv|.xlsx [--step envision|change|action] [--dry-run]\n"
              "       pamoja import FILE PACKET.txt [--dry-run]\n"
              "       pamoja form FILE -o FORM.html [--steps 1,2,3] [--language en|nl|fr|es|pt]\n"
              "       pamoja merge TARGET SOURCE... [--dry-run]\n"
              "       pamoja translate FILE --to LANG [--step envision|change|action]\n"
              "       pamoja check FILE\n"
              "       pamoja serve FILE [--bind ADDR] [--port P] [--code CODE] [--trusted-proxy ADDR] [--moderate]\n"
              "       pamoja capture FILE [--step N]\n"
              "       pamoja suggest FILE --step envision|change|action [--groups N] [--json]\n"
              "       pamoja repo list postgresql://[USER@]HOST[:PORT]/DB\n"
              "       pamoja copy SOURCE TARGET\n"
              "FILE may also be a PostgreSQL location: postgresql://[USER@]HOST[:PORT]/DB?workshop=ID\n"
              "Each command takes --help.");
}

} // namespace

bool isSubcommand(const QStringList &args)
{
    static const QStringList commands{QStringLiteral("new"),    QStringLiteral("participant"), QStringLiteral("idea"),
                                      QStringLiteral("info"),   QStringLiteral("export"),      QStringLiteral("import"),
                                      QStringLiteral("check"),  QStringLiteral("serve"),       QStringLiteral("form"),        QStringLiteral("repo"),        QStringLiteral("copy"),        QStringLiteral("help"),        QStringLiteral("--help"),
                                      QStringLiteral("-h"),     QStringLiteral("--version"),
                                      QStringLiteral("merge"),  QStringLiteral("translate"),
                                      QStringLiteral("suggest")};
    return args.size() > 1 && commands.contains(args.at(1));
}

Route route(const QStringList &args)
{
    if (args.size() < 2)
        return Route::Window;
    if (isSubcommand(args))
        return Route::Subcommand;
    if (args.at(1) == QLatin1StringView("capture"))
        return Route::Capture;
    const QString first = args.at(1);
    if (first.startsWith(QLatin1Char('-')))
        return Route::Window;
    const bool path = QFileInfo::exists(first) || first.contains(QLatin1Char('/')) || first.contains(QDir::separator()) ||
                      first.endsWith(QLatin1StringView(".pamoja"), Qt::CaseInsensitive);
    return path ? Route::Window : Route::Unknown;
}

int runCapture(const QStringList &args)
{
    return cmdCapture(args);
}

int run(const QStringList &args)
{
    const QString cmd = args.value(1);
    // Subcommands with a verb ("idea add") are parsed without the verb.
    auto rest = [&](int drop) {
        QStringList a = args.mid(drop);
        a.prepend(args.first());
        return a;
    };
    if (cmd == QLatin1StringView("help") || cmd == QLatin1StringView("--help") || cmd == QLatin1StringView("-h")) {
        out(usage());
        return Ok;
    }
    if (cmd == QLatin1StringView("--version")) {
        out(QStringLiteral("pamoja %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    if (cmd == QLatin1StringView("new"))
        return cmdNew(rest(2));
    if (cmd == QLatin1StringView("info"))
        return cmdInfo(rest(2));
    if (cmd == QLatin1StringView("export"))
        return cmdExport(rest(2));
    if (cmd == QLatin1StringView("import"))
        return cmdImport(rest(2));
    if (cmd == QLatin1StringView("check"))
        return cmdCheck(rest(2));
    if (cmd == QLatin1StringView("serve"))
        return cmdServe(rest(2));
    if (cmd == QLatin1StringView("form"))
        return cmdForm(rest(2));
    if (cmd == QLatin1StringView("repo"))
        return cmdRepo(rest(2));
    if (cmd == QLatin1StringView("copy"))
        return cmdCopy(rest(2));
    if (cmd == QLatin1StringView("merge"))
        return cmdMerge(rest(2));
    if (cmd == QLatin1StringView("translate"))
        return cmdTranslate(rest(2));
    if (cmd == QLatin1StringView("suggest"))
        return cmdSuggest(rest(2));
    if (cmd == QLatin1StringView("participant") && args.value(2) == QLatin1StringView("add"))
        return cmdParticipantAdd(rest(3));
    if (cmd == QLatin1StringView("idea") && args.value(2) == QLatin1StringView("add"))
        return cmdIdeaAdd(rest(3));
    // One line on stderr, like every other failure; "pamoja help" lists the commands. A verb is
    // named with its command ("idea remove"), a mistyped command alone ("exprot").
    const bool verb = cmd == QLatin1StringView("participant") || cmd == QLatin1StringView("idea");
    return fail(QCoreApplication::translate("pamoja::Cli", "unknown command \"%1\"; see pamoja help")
                    .arg(verb ? args.mid(1, 2).join(QLatin1Char(' ')).trimmed() : cmd),
                Usage);
}

} // namespace pamoja::cli
