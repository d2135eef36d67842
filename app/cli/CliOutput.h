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

} // namespace kartoteka::cli
