#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace kartoteka {

// The SQLite connection under a QSQLITE connection, for what the Qt driver cannot do (bulk
// binding, SQL functions); null when the driver is not QSQLITE or not open.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace kartoteka
