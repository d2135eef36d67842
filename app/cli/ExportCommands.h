#pragma once

#include "CliCommands.h"

namespace kartoteka::cli {

// `export organizations|persons --csv FILE [--archived]`.
void exportOptions(QCommandLineParser &parser);
ExitCode exportCommand(const QCommandLineParser &parser, const QString &databasePath);

} // namespace kartoteka::cli
