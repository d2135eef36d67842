#include "ExportCommands.h"

#include "CliOutput.h"
#include "exchange/ContactsCsvExport.h"
#include "exchange/PersonsVCardExport.h"
#include "exchange/TasksIcsExport.h"
#include "storage/Database.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <tuple>

namespace kartoteka::cli {

namespace {

struct ExportCli
{
    Q_DECLARE_TR_FUNCTIONS(ExportCli)
};

// `export tasks --ics FILE|- [--from DATE] [--to DATE]`: every task, or those planned in the
// days from..to (both included, the user's local days), as one iCalendar file.
ExitCode exportTasks(const QCommandLineParser &parser, const QString &databasePath)
{
    const QString path = parser.value(QStringLiteral("ics"));
    if (path.isEmpty() || parser.isSet(QStringLiteral("csv")) || parser.isSet(QStringLiteral("vcard")))
        return fail(UsageError, ExportCli::tr("export tasks needs --ics FILE (- for stdout)."));
    TaskFilter filter;
    for (const auto &[option, bound, nextDay] : {std::tuple{"from", &filter.from, false}, std::tuple{"to", &filter.to, true}}) {
        const QString value = parser.value(QString::fromLatin1(option));
        if (value.isEmpty())
            continue;
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!day.isValid())
            return fail(UsageError, ExportCli::tr("--%1 takes a date as YYYY-MM-DD, not «%2».").arg(QString::fromLatin1(option), value));
        *bound = QDateTime(nextDay ? day.addDays(1) : day, QTime(0, 0), Qt::LocalTime).toUTC();
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from)
        return fail(UsageError, ExportCli::tr("--to comes before --from."));
    if (const QString problem = outputOverDatabase(databasePath, path); !problem.isEmpty())
        return fail(UsageError, problem);

    Database db;
    if (ExitCode code = openDatabase(db, databasePath, true))
        return code;
    const auto write = [&](QIODevice &device) {
        return TasksIcsExport::write(db.connection(), TaskViewer::everything(), filter, device);
    };
    if (path == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(BadInput, ExportCli::tr("Cannot write to the standard output."));
        auto tasks = write(stdoutFile);
        return tasks ? Done : fail(exitCodeFor(tasks.error()), tasks.error().message);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(BadInput, ExportCli::tr("Cannot write «%1»: %2").arg(path, file.errorString()));
    auto tasks = write(file);
    if (!tasks)
        return fail(exitCodeFor(tasks.error()), tasks.error().message);
    if (!file.commit())
        return fail(BadInput, ExportCli::tr("Cannot write «%1»: %2").arg(path, file.errorString()));
    std::fprintf(stderr, "%s\n", qPrintable(ExportCli::tr("Exported %n task(s) to «%1».", nullptr, int(*tasks)).arg(path)));
    return Done;
}

} // namespace

void exportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("what"), ExportCli::tr("organizations, persons or tasks"));
    parser.addOption({QStringLiteral("ics"), ExportCli::tr("Write the tasks as iCalendar to FILE (- for stdout)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("from"), ExportCli::tr("Tasks planned on or after DATE (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), ExportCli::tr("Tasks planned on or before DATE (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("csv"), ExportCli::tr("Write CSV to FILE (- for stdout)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("vcard"), ExportCli::tr("Write the persons as vCards to FILE (- for stdout)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("vcard-version"), ExportCli::tr("vCard version: 3 (the default) or 4."),
                      QStringLiteral("3|4"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("archived"), ExportCli::tr("Include archived records.")});
}

ExitCode exportCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    const QString what = parser.positionalArguments().value(1);
    if (what == QLatin1String("tasks"))
        return exportTasks(parser, databasePath);
    if (what != QLatin1String("organizations") && what != QLatin1String("persons"))
        return fail(UsageError, ExportCli::tr("export takes organizations, persons or tasks."));
    const bool vcard = parser.isSet(QStringLiteral("vcard"));
    if (vcard && (what != QLatin1String("persons") || parser.isSet(QStringLiteral("csv"))))
        return fail(UsageError, ExportCli::tr("--vcard exports persons, instead of --csv."));
    const QString path = parser.value(vcard ? QStringLiteral("vcard") : QStringLiteral("csv"));
    if (path.isEmpty())
        return fail(UsageError, ExportCli::tr("export needs --csv FILE or, for persons, --vcard FILE (- for stdout)."));
    const QString version = parser.value(QStringLiteral("vcard-version"));
    if (version != QLatin1String("3") && version != QLatin1String("4"))
        return fail(UsageError, ExportCli::tr("--vcard-version takes 3 or 4."));
    if (const QString problem = outputOverDatabase(databasePath, path); !problem.isEmpty())
        return fail(UsageError, problem);

    Database db;
    if (ExitCode code = openDatabase(db, databasePath, true))
        return code;
    const bool archived = parser.isSet(QStringLiteral("archived"));
    const auto write = [&](QIODevice &device) {
        if (vcard)
            return PersonsVCardExport::write(db.connection(), device,
                                             version == QLatin1String("4") ? VCard::Version::V4 : VCard::Version::V3, archived);
        return what == QLatin1String("organizations") ? ContactsCsvExport::writeOrganizations(db.connection(), device, archived)
                                                       : ContactsCsvExport::writePersons(db.connection(), device, archived);
    };
    if (path == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(BadInput, ExportCli::tr("Cannot write to the standard output."));
        auto rows = write(stdoutFile);
        return rows ? Done : fail(exitCodeFor(rows.error()), rows.error().message);
    }
    // A file is replaced only by a complete export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(BadInput, ExportCli::tr("Cannot write «%1»: %2").arg(path, file.errorString()));
    auto rows = write(file);
    if (!rows)
        return fail(exitCodeFor(rows.error()), rows.error().message);
    if (!file.commit())
        return fail(BadInput, ExportCli::tr("Cannot write «%1»: %2").arg(path, file.errorString()));
    std::fprintf(stderr, "%s\n", qPrintable(ExportCli::tr("Exported %1 rows to «%2».").arg(*rows).arg(path)));
    return Done;
}

} // namespace kartoteka::cli
