#pragma once

#include "CliCommands.h"

namespace kartoteka::cli {

// `search QUERY [--limit N] [--json]`: organizations and persons, best matches first.
void searchOptions(QCommandLineParser &parser);
ExitCode searchCommand(const QCommandLineParser &parser, const QString &databasePath);

} // namespace kartoteka::cli
