#pragma once

#include "CliCommands.h"

namespace kartoteka::cli {

// `segment`: the ABC/XYZ analysis as a table, JSON, CSV or PDF report; --save keeps a snapshot.
void segmentOptions(QCommandLineParser &parser);
ExitCode segmentCommand(const QCommandLineParser &parser, const QString &databasePath);

} // namespace kartoteka::cli
