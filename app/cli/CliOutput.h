#pragma once

#include "CliCommands.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace kartoteka {
class Database;
}

namespace kartoteka::cli {

// What every command shares: stdout, JSON printing, opening the database with its exit code.
QTextStream &out();
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);
// Opens the database or says why not; `mustExist` keeps read-only commands from creating files.
ExitCode openDatabase(Database &db, const QString &path, bool mustExist);
// What is wrong with writing an output to `output` ("-" is stdout): it is the database (or
// one of its files), which it would destroy. Empty when nothing is.
QString outputOverDatabase(const QString &databasePath, const QString &output);

// Where a report command (segment, tasks report) writes: --json or a table on stdout,
// --csv FILE (- for stdout), --pdf FILE.
class ReportOutputs
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutputs)

public:
    bool json = false;
    QString csvPath;
    QString pdfPath;

    // Reads --json, --csv and --pdf; says what is wrong with them, or nothing.
    QString read(const QCommandLineParser &parser, const QString &databasePath);
    bool csvToStdout() const { return csvPath == QLatin1String("-"); }
    // The table is printed only when neither JSON nor the CSV take stdout.
    bool stdoutTaken() const { return json || csvToStdout(); }
    static QString pdfWritten(const QString &path, int pages);
    // What was written besides the output, after it: on stdout, or stderr when stdout is taken.
    void printRemarks(const QStringList &remarks) const;
};

// Terminal tables: the columns a string takes (East Asian wide characters take two), and
// `text` cut to `columns` (with "…") and padded with spaces to exactly that width.
int displayWidth(const QString &text);
QString fitted(const QString &text, int columns);

} // namespace kartoteka::cli
