#include "CliCommands.h"

#include "CliOutput.h"
#include "ExportCommands.h"
#include "ImportCommands.h"
#include "SearchCommands.h"
#include "SegmentCommands.h"
#include "TaskCommands.h"

#include "demo/DemoDataGenerator.h"
#include "storage/Database.h"
#include "storage/DatabaseStatistics.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace kartoteka::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool parseCount(const QCommandLineParser &parser, const QString &name, qint64 &value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    value = parser.value(name).toLongLong(&ok);
    return ok && value >= 0;
}

// --- stats ---------------------------------------------------------------------------------

void statsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object.")});
}

ExitCode stats(const QCommandLineParser &parser, const QString &path)
{
    Database db;
    if (ExitCode code = openDatabase(db, path, false))
        return code;
    auto counts = DatabaseStatistics::read(db.connection());
    if (!counts)
        return fail(exitCodeFor(counts.error()), counts.error().message);
    const QList<std::pair<QString, qint64>> rows{
        {QStringLiteral("organizations"), counts->organizations}, {QStringLiteral("persons"), counts->persons},
        {QStringLiteral("tasks"), counts->tasks},                 {QStringLiteral("projects"), counts->projects},
        {QStringLiteral("deals"), counts->deals},                 {QStringLiteral("sales"), counts->sales},
        {QStringLiteral("users"), counts->users}};
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (const auto &[key, value] : rows)
            object.insert(key, value);
        printJson(object);
    } else {
        for (const auto &[key, value] : rows)
            out() << key << QStringLiteral(": ") << value << Qt::endl;
    }
    return Done;
}

// --- demo ----------------------------------------------------------------------------------

void demoOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("clients"), Cli::tr("Organizations to create (default 300)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("months"), Cli::tr("Months of sales history (default 24)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("tasks"), Cli::tr("Tasks to create (default 2000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), Cli::tr("Random seed; the same seed gives the same data."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("buyers"),
                      Cli::tr("Organizations with sales history (default: up to 10000)."), QStringLiteral("N")});
}

ExitCode demo(const QCommandLineParser &parser, const QString &path)
{
    DemoOptions options;
    qint64 months = options.months;
    qint64 seed = options.seed;
    if (!parseCount(parser, QStringLiteral("clients"), options.clients)
        || !parseCount(parser, QStringLiteral("tasks"), options.tasks)
        || !parseCount(parser, QStringLiteral("months"), months)
        || !parseCount(parser, QStringLiteral("seed"), seed)
        || !parseCount(parser, QStringLiteral("buyers"), options.buyers))
        return fail(BadInput, Cli::tr("--clients, --months, --tasks, --seed and --buyers take whole numbers of 0 or more."));
    if (months > 600 || seed > 0xffffffffLL)
        return fail(BadInput, Cli::tr("--months takes at most 600 and --seed at most 4294967295."));
    options.months = static_cast<int>(months);
    options.seed = static_cast<quint32>(seed);

    Database db;
    if (ExitCode code = openDatabase(db, path, false))
        return code;
    if (db.isReadOnly())
        return fail(DatabaseProblem, Cli::tr("«%1» is read-only; demo data cannot be written.").arg(path));

    const bool interactive = isatty(fileno(stderr));
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoDataGenerator::generate(db.connection(), options, [interactive](int percent) {
        if (interactive) {
            std::fprintf(stderr, "\r%3d %%", percent);
            std::fflush(stderr);
        }
        return true;
    });
    if (interactive)
        std::fprintf(stderr, "\r      \r");
    if (!summary)
        return fail(exitCodeFor(summary.error()), summary.error().message);
    out() << Cli::tr("Created %1 organizations, %2 persons, %3 users, %4 projects, %5 deals, %6 tasks and %7 sales "
                     "in %8 s.")
                 .arg(summary->organizations)
                 .arg(summary->persons)
                 .arg(summary->users)
                 .arg(summary->projects)
                 .arg(summary->deals)
                 .arg(summary->tasks)
                 .arg(summary->sales)
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Done;
}

// --- check ---------------------------------------------------------------------------------

void checkOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object.")});
}

ExitCode check(const QCommandLineParser &parser, const QString &path)
{
    Database db;
    if (ExitCode code = openDatabase(db, path, true))
        return code;
    auto problems = db.integrityProblems();
    if (!problems)
        return fail(exitCodeFor(problems.error()), problems.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("schema_version"), db.schemaVersion()},
                   {QStringLiteral("latest_schema_version"), Database::latestSchemaVersion()},
                   {QStringLiteral("integrity"), problems->isEmpty() ? QStringLiteral("ok") : QStringLiteral("damaged")},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(*problems)}});
    } else {
        out() << Cli::tr("Schema version: %1 (this program knows up to %2)")
                     .arg(db.schemaVersion())
                     .arg(Database::latestSchemaVersion())
              << Qt::endl;
        out() << Cli::tr("Integrity: %1").arg(problems->isEmpty() ? Cli::tr("ok") : Cli::tr("damaged")) << Qt::endl;
        for (const QString &problem : *problems)
            out() << QStringLiteral("  ") << problem << Qt::endl;
    }
    return problems->isEmpty() ? Done : DatabaseProblem;
}

// --- backup --------------------------------------------------------------------------------

void backupOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Where to write the copy; must not exist yet."));
}

ExitCode backup(const QCommandLineParser &parser, const QString &path)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return fail(UsageError, Cli::tr("backup takes one FILE."));
    Database db;
    if (ExitCode code = openDatabase(db, path, true))
        return code;
    const QString target = arguments.at(1);
    if (DatabaseError error = db.backupTo(target))
        return fail(exitCodeFor(error), error.message);
    out() << Cli::tr("Backed up «%1» to «%2».").arg(path, target) << Qt::endl;
    return Done;
}

} // namespace

ExitCode exitCodeFor(const DatabaseError &error)
{
    switch (error.kind) {
    case DatabaseError::Kind::None:
        return Done;
    case DatabaseError::Kind::NotADatabase:
    case DatabaseError::Kind::Invalid:
    case DatabaseError::Kind::Refused:
    case DatabaseError::Kind::NotFound:
        return BadInput;
    case DatabaseError::Kind::CannotOpen:
    case DatabaseError::Kind::Corrupt:
    case DatabaseError::Kind::NewerSchema:
    case DatabaseError::Kind::ReadOnly:
    case DatabaseError::Kind::Locked:
    case DatabaseError::Kind::Failed:
        return DatabaseProblem;
    }
    return DatabaseProblem;
}

ExitCode fail(ExitCode code, const QString &message)
{
    QTextStream(stderr) << QStringLiteral("kartoteka-cli: ") << message << Qt::endl;
    return code;
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> all{
        {"stats", QT_TRANSLATE_NOOP("Cli", "Count the records of each kind."), statsOptions, stats},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Fill the database with realistic demo data."), demoOptions, demo},
        {"check", QT_TRANSLATE_NOOP("Cli", "Check the database's integrity and schema version."), checkOptions, check},
        {"backup", QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the live database to FILE."), backupOptions,
         backup},
        {"import", QT_TRANSLATE_NOOP("Cli", "Import clients or sales (CSV), contacts (vCard) or tasks (iCalendar); undo or list imports."),
         importOptions, importCommand},
        {"export", QT_TRANSLATE_NOOP("Cli", "Export organizations or persons as CSV or vCard, tasks as iCalendar."),
         exportOptions, exportCommand},
        {"search", QT_TRANSLATE_NOOP("Cli", "Find organizations and persons by part of a name, INN, phone, e-mail or city."),
         searchOptions, searchCommand},
        {"segment", QT_TRANSLATE_NOOP("Cli", "ABC/XYZ segmentation as a table, JSON, CSV or PDF report."), segmentOptions,
         segmentCommand},
        {"tasks", QT_TRANSLATE_NOOP("Cli", "tasks report: hours, done on time and overdue per user, type, state or "
                                           "organization."),
         tasksOptions, tasksCommand},
    };
    return all;
}

} // namespace kartoteka::cli
