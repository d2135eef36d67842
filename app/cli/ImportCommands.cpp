#include "ImportCommands.h"

#include "CliOutput.h"
#include "exchange/TasksIcsImport.h"
#include "exchange/VCardImport.h"
#include "contacts/CurrentUser.h"
#include "contacts/UserRepository.h"
#include "importing/ClientImporter.h"
#include "importing/ImportBatchRepository.h"
#include "importing/ImportProfileRepository.h"
#include "importing/PhoneNormalizer.h"
#include "importing/ImportUndo.h"
#include "importing/SalesImporter.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QStringDecoder>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace kartoteka::cli {

namespace {

struct ImportCli
{
    Q_DECLARE_TR_FUNCTIONS(ImportCli)
};

QString delimiterName(QChar delimiter)
{
    if (delimiter.isNull()) // not a CSV file (iCalendar)
        return {};
    return delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
}

// Reads the options into settings; an empty string means they are fine.
QString readSettings(const QCommandLineParser &parser, Database &db, ImportSettings &settings)
{
    if (parser.isSet(QStringLiteral("profile"))) {
        if (DatabaseError error = ImportProfileRepository(db.connection()).load(parser.value(QStringLiteral("profile")), settings))
            return error.message;
    }
    const QString encoding = parser.value(QStringLiteral("encoding"));
    if (!encoding.isEmpty() && encoding != QLatin1String("auto")) {
        if (!QStringDecoder(encoding.toUtf8().constData()).isValid())
            return ImportCli::tr("«%1» is not an encoding this system knows.").arg(encoding);
        settings.encoding = encoding;
    }
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("tab"))
        settings.delimiter = QLatin1Char('\t');
    else if (delimiter.size() == 1)
        settings.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty() && delimiter != QLatin1String("auto"))
        return ImportCli::tr("--delimiter takes auto, tab or one character.");
    for (const QString &pair : parser.values(QStringLiteral("map"))) {
        const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return ImportCli::tr("--map takes HEADER=FIELD, not «%1».").arg(pair);
        settings.mapping.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }
    if (parser.isSet(QStringLiteral("on-duplicate"))) {
        const auto policy = duplicatePolicyFromCode(parser.value(QStringLiteral("on-duplicate")));
        if (!policy)
            return ImportCli::tr("--on-duplicate takes merge, skip or create.");
        settings.onDuplicate = *policy;
    }
    if (parser.isSet(QStringLiteral("date-order"))) {
        const QString order = parser.value(QStringLiteral("date-order"));
        if (order == QLatin1String("dmy"))
            settings.dateOrder = DateOrder::DayMonth;
        else if (order == QLatin1String("mdy"))
            settings.dateOrder = DateOrder::MonthDay;
        else
            return ImportCli::tr("--date-order takes dmy or mdy.");
    }
    if (parser.isSet(QStringLiteral("region"))) {
        const QString region = parser.value(QStringLiteral("region")).toUpper();
        if (!PhoneNormalizer::isKnownRegion(region))
            return ImportCli::tr("--region takes a country as two letters (RU, BY, KZ, CN…), not «%1».").arg(region);
        settings.defaultRegion = region;
    }
    settings.strict = parser.isSet(QStringLiteral("strict"));
    settings.rejectsPath = parser.value(QStringLiteral("rejects"));
    return {};
}

QJsonObject reportJson(const ImportReport &report)
{
    QJsonObject mapping;
    for (int i = 0; i < report.headers.size(); ++i)
        mapping.insert(report.headers.at(i), report.fields.value(i));
    QJsonObject json{{QStringLiteral("batch"), report.written ? QJsonValue(report.batchId) : QJsonValue()},
                     {QStringLiteral("rows"), report.rows},
                     {QStringLiteral("created"), report.created},
                     {QStringLiteral("merged"), report.merged},
                     {QStringLiteral("skipped"), report.skipped},
                     {QStringLiteral("rejected"), report.rejected()},
                     {QStringLiteral("warnings"), report.warnings.size()},
                     {QStringLiteral("encoding"), report.encoding},
                     {QStringLiteral("delimiter"), delimiterName(report.delimiter)},
                     {QStringLiteral("mapping"), mapping},
                     {QStringLiteral("written"), report.written}};
    const ImportReport::Timings &t = report.timings;
    json.insert(QStringLiteral("timings_ms"), QJsonObject{{QStringLiteral("reading"), t.reading},
                                                          {QStringLiteral("normalizing"), t.normalizing},
                                                          {QStringLiteral("matching"), t.matching},
                                                          {QStringLiteral("writing"), t.writing},
                                                          {QStringLiteral("indexing"), t.indexing},
                                                          {QStringLiteral("committing"), t.committing}});
    QJsonArray rejects;
    for (const RejectedRow &row : report.rejects)
        rejects.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
    json.insert(QStringLiteral("rejects"), rejects);
    if (report.newClients > 0)
        json.insert(QStringLiteral("new_clients"), report.newClients);
    if (!report.rejectsPath.isEmpty())
        json.insert(QStringLiteral("rejects_file"), report.rejectsPath);
    if (!report.rejectsError.isEmpty())
        json.insert(QStringLiteral("rejects_file_error"), report.rejectsError);
    return json;
}

void printReport(const ImportReport &report)
{
    out() << ImportCli::tr("Read %1 rows (%2, delimiter %3): %4 created, %5 merged, %6 skipped, %7 rejected, %8 warnings.")
                 .arg(report.rows)
                 .arg(report.encoding, delimiterName(report.delimiter))
                 .arg(report.created)
                 .arg(report.merged)
                 .arg(report.skipped)
                 .arg(report.rejected())
                 .arg(report.warnings.size())
          << Qt::endl;
    for (const RejectedRow &row : report.rejects)
        out() << ImportCli::tr("  line %1: rejected: %2").arg(row.line).arg(row.reason) << Qt::endl;
    for (const ImportWarning &warning : report.warnings)
        out() << ImportCli::tr("  line %1: %2").arg(warning.line).arg(warning.message) << Qt::endl;
    if (!report.rejectsPath.isEmpty())
        out() << ImportCli::tr("Rejected rows were written to «%1».").arg(report.rejectsPath) << Qt::endl;
    if (!report.rejectsError.isEmpty())
        QTextStream(stderr) << report.rejectsError << Qt::endl;
    if (report.written)
        out() << ImportCli::tr("Import #%1 done; `import undo %1` takes it back.").arg(report.batchId) << Qt::endl;
}

// Runs an import with a percentage on an interactive stderr.
Result<ImportReport> withProgress(const QCommandLineParser &parser,
                                  const std::function<Result<ImportReport>(const CsvImport::Progress &)> &run)
{
    const bool interactive = isatty(fileno(stderr)) && !parser.isSet(QStringLiteral("json"));
    const CsvImport::Progress progress = [interactive](int percent) {
        if (interactive) {
            std::fprintf(stderr, "\r%3d %%", percent);
            std::fflush(stderr);
        }
        return true;
    };
    auto report = run(progress);
    if (interactive)
        std::fprintf(stderr, "\r      \r");
    return report;
}

ExitCode finishImport(const QCommandLineParser &parser, const Result<ImportReport> &report)
{
    if (!report)
        return fail(exitCodeFor(report.error()), report.error().message);
    if (parser.isSet(QStringLiteral("json")))
        printJson(reportJson(*report));
    else
        printReport(*report);
    if (!report->written)
        return fail(BadInput, ImportCli::tr("--strict: %n row(s) could not be read, so nothing was imported.", nullptr,
                                            static_cast<int>(report->rejected())));
    return Done;
}

ExitCode importFile(const QCommandLineParser &parser, Database &db, ImportTarget target, const QString &file)
{
    ImportSettings settings;
    settings.target = target;
    if (const QString problem = readSettings(parser, db, settings); !problem.isEmpty())
        return fail(BadInput, problem);
    auto plan = ImportPlan::prepare(file, settings);
    if (!plan)
        return fail(exitCodeFor(plan.error()), plan.error().message);
    if (DatabaseError error = plan->readyToRun())
        return fail(BadInput, error.message);
    if (parser.isSet(QStringLiteral("save-profile"))) {
        if (DatabaseError error = ImportProfileRepository(db.connection()).save(parser.value(QStringLiteral("save-profile")),
                                                                                plan->settings))
            return fail(exitCodeFor(error), error.message);
    }

    std::unique_ptr<CsvImport> importer;
    if (target == ImportTarget::Clients)
        importer = std::make_unique<ClientImporter>(db);
    else
        importer = std::make_unique<SalesImporter>(db);
    return finishImport(parser, withProgress(parser, [&](const CsvImport::Progress &progress) {
                            return importer->run(*plan, progress);
                        }));
}

ExitCode importVCard(const QCommandLineParser &parser, Database &db, const QString &file)
{
    ImportSettings settings;
    if (const QString problem = readSettings(parser, db, settings); !problem.isEmpty())
        return fail(BadInput, problem);
    return finishImport(parser, withProgress(parser, [&](const CsvImport::Progress &progress) {
                            return VCardImport::run(db, file, settings, progress);
                        }));
}

// `import ics FILE [--user LOGIN]`: the tasks of an iCalendar file, as the user's.
ExitCode importIcs(const QCommandLineParser &parser, Database &db, const QString &file)
{
    qint64 userId = 0;
    if (parser.isSet(QStringLiteral("user"))) {
        auto user = UserRepository(db.connection()).findByLogin(parser.value(QStringLiteral("user")));
        if (!user)
            return fail(BadInput, user.error().message);
        userId = user->id;
    } else {
        auto resolved = CurrentUser::resolve(db.connection(), true);
        if (!resolved)
            return fail(exitCodeFor(resolved.error()), resolved.error().message);
        if (!resolved->user)
            return fail(UsageError, ImportCli::tr("The database has several users: say whose tasks these are with --user LOGIN."));
        userId = resolved->user->id;
    }
    TasksIcsImport::Options options;
    options.userId = userId;
    options.strict = parser.isSet(QStringLiteral("strict"));
    return finishImport(parser, TasksIcsImport::run(db, file, options));
}

ExitCode listImports(const QCommandLineParser &parser, Database &db)
{
    auto batches = ImportBatchRepository(db.connection()).list();
    if (!batches)
        return fail(exitCodeFor(batches.error()), batches.error().message);
    QJsonArray array;
    for (const ImportBatch &batch : *batches) {
        array.append(QJsonObject{{QStringLiteral("batch"), batch.id},
                                 {QStringLiteral("kind"), ImportBatch::kindCode(batch.kind)},
                                 {QStringLiteral("file"), batch.filePath},
                                 {QStringLiteral("started"), batch.startedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("rows"), batch.counts.rowsRead},
                                 {QStringLiteral("created"), batch.counts.created},
                                 {QStringLiteral("merged"), batch.counts.merged},
                                 {QStringLiteral("rejected"), batch.counts.rejected},
                                 {QStringLiteral("undone"), batch.isUndone()}});
        if (!parser.isSet(QStringLiteral("json")))
            out() << QStringLiteral("#%1  %2  %3  %4  ")
                         .arg(batch.id)
                         .arg(ImportBatch::kindCode(batch.kind), batch.startedAt.toLocalTime().toString(Qt::ISODate),
                              batch.filePath)
                  << ImportCli::tr("%1 rows, %2 created, %3 merged, %4 rejected%5")
                         .arg(batch.counts.rowsRead)
                         .arg(batch.counts.created)
                         .arg(batch.counts.merged)
                         .arg(batch.counts.rejected)
                         .arg(batch.isUndone() ? ImportCli::tr(", undone") : QString())
                  << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(array);
    return Done;
}

} // namespace

void importOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("what"), ImportCli::tr("clients FILE, sales FILE, vcard FILE, ics FILE, undo BATCH or list."));
    parser.addOption({QStringLiteral("encoding"), ImportCli::tr("auto (default) or an encoding name, e.g. windows-1251."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("delimiter"), ImportCli::tr("auto (default), tab or one character."),
                      QStringLiteral("CHAR")});
    parser.addOption({QStringLiteral("profile"), ImportCli::tr("Use the saved import profile NAME."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("save-profile"), ImportCli::tr("Save these settings as the profile NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("map"), ImportCli::tr("Map a column: HEADER=FIELD (repeatable; FIELD - ignores it)."),
                      QStringLiteral("HEADER=FIELD")});
    parser.addOption({QStringLiteral("on-duplicate"), ImportCli::tr("merge (default), skip or create."),
                      QStringLiteral("POLICY")});
    parser.addOption({QStringLiteral("date-order"), ImportCli::tr("dmy or mdy, for dates like 03/04/2025."),
                      QStringLiteral("ORDER")});
    parser.addOption({QStringLiteral("region"), ImportCli::tr("Country of phone numbers without a code (default RU)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("strict"), ImportCli::tr("Write nothing unless every row can be read.")});
    parser.addOption({QStringLiteral("rejects"), ImportCli::tr("Write the rejected rows to FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), ImportCli::tr("Print one JSON object (an array for list).")});
    parser.addOption({QStringLiteral("user"), ImportCli::tr("ics: whose tasks they become (a login; default: the only user)."),
                      QStringLiteral("LOGIN")});
}

ExitCode importCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    const QStringList arguments = parser.positionalArguments();
    const QString what = arguments.value(1);
    const bool needsArgument = what == QLatin1String("clients") || what == QLatin1String("sales")
                               || what == QLatin1String("vcard") || what == QLatin1String("ics")
                               || what == QLatin1String("undo");
    if (!(needsArgument && arguments.size() == 3) && !(what == QLatin1String("list") && arguments.size() == 2))
        return fail(UsageError, ImportCli::tr("import takes clients FILE, sales FILE, vcard FILE, ics FILE, undo BATCH or list."));

    Database db;
    if (ExitCode code = openDatabase(db, databasePath, what == QLatin1String("list") || what == QLatin1String("undo")))
        return code;
    if (what == QLatin1String("list"))
        return listImports(parser, db);
    if (db.isReadOnly())
        return fail(DatabaseProblem, ImportCli::tr("«%1» is read-only; nothing can be imported or undone.").arg(databasePath));
    if (what == QLatin1String("undo")) {
        bool ok = false;
        const qint64 batch = arguments.at(2).toLongLong(&ok);
        if (!ok)
            return fail(UsageError, ImportCli::tr("import undo takes a batch number."));
        if (DatabaseError error = ImportUndo::undo(db.connection(), batch))
            return fail(exitCodeFor(error), error.message);
        out() << ImportCli::tr("Import #%1 was undone.").arg(batch) << Qt::endl;
        return Done;
    }
    if (what == QLatin1String("vcard"))
        return importVCard(parser, db, arguments.at(2));
    if (what == QLatin1String("ics"))
        return importIcs(parser, db, arguments.at(2));
    return importFile(parser, db, what == QLatin1String("clients") ? ImportTarget::Clients : ImportTarget::Sales,
                      arguments.at(2));
}

} // namespace kartoteka::cli
