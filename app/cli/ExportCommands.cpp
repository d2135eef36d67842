#include "ExportCommands.h"

#include "CliOutput.h"
#include "exchange/ContactsCsvExport.h"
#include "exchange/PersonsVCardExport.h"
#include "storage/Database.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace kartoteka::cli {

namespace {

struct ExportCli
{
    Q_DECLARE_TR_FUNCTIONS(ExportCli)
};

} // namespace

void exportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("what"), ExportCli::tr("organizations or persons"));
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
    if (what != QLatin1String("organizations") && what != QLatin1String("persons"))
        return fail(UsageError, ExportCli::tr("export takes organizations or persons."));
    const bool vcard = parser.isSet(QStringLiteral("vcard"));
    if (vcard && (what != QLatin1String("persons") || parser.isSet(QStringLiteral("csv"))))
        return fail(UsageError, ExportCli::tr("--vcard exports persons, instead of --csv."));
    const QString path = parser.value(vcard ? QStringLiteral("vcard") : QStringLiteral("csv"));
    if (path.isEmpty())
        return fail(UsageError, ExportCli::tr("export needs --csv FILE or, for persons, --vcard FILE (- for stdout)."));
    const QString version = parser.value(QStringLiteral("vcard-version"));
    if (version != QLatin1String("3") && version != QLatin1String("4"))
        return fail(UsageError, ExportCli::tr("--vcard-version takes 3 or 4."));

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
