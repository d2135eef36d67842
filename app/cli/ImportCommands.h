#pragma once

#include "CliCommands.h"

namespace kartoteka::cli {

// `import clients|sales FILE`, `import undo BATCH`, `import list`.
void importOptions(QCommandLineParser &parser);
ExitCode importCommand(const QCommandLineParser &parser, const QString &databasePath);

} // namespace kartoteka::cli
