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

// Terminal tables: the columns a string takes (East Asian wide characters take two), and
// `text` cut to `columns` (with "…") and padded with spaces to exactly that width.
int displayWidth(const QString &text);
QString fitted(const QString &text, int columns);

} // namespace kartoteka::cli
