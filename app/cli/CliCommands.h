#pragma once

#include "storage/DatabaseError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace kartoteka::cli {

// The exit codes of kartoteka-cli, a published contract.
enum ExitCode {
    Done = 0,
    BadInput = 1,      // bad input or a refused file
    UsageError = 2,
    DatabaseProblem = 3, // locked, corrupt, newer schema, read-only when writing
};

ExitCode exitCodeFor(const DatabaseError &error);

// One subcommand: its options, and how it runs once they are parsed.
struct Command
{
    const char *name;
    const char *summary;
    void (*addOptions)(QCommandLineParser &parser);
    ExitCode (*run)(const QCommandLineParser &parser, const QString &databasePath);
};

const std::vector<Command> &commands();

// Prints "kartoteka-cli: message" on stderr and returns `code`.
ExitCode fail(ExitCode code, const QString &message);

} // namespace kartoteka::cli
