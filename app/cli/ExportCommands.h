#pragma once

#include "CliCommands.h"

namespace kartoteka::cli {

// `export organizations|persons --csv FILE`, `export persons --vcard FILE [--vcard-version 3|4]`,
// `export tasks --ics FILE [--from DATE] [--to DATE]`.
void exportOptions(QCommandLineParser &parser);
ExitCode exportCommand(const QCommandLineParser &parser, const QString &databasePath);

} // namespace kartoteka::cli
