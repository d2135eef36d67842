#pragma once

#include "CliCommands.h"

namespace kartoteka::cli {

// `tasks report`: counts, hours, expenses, done on time and overdue per user, type, state or
// organization over a period, as a table, JSON, CSV or PDF report.
void tasksOptions(QCommandLineParser &parser);
ExitCode tasksCommand(const QCommandLineParser &parser, const QString &databasePath);

} // namespace kartoteka::cli
