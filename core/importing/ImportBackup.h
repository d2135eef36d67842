#pragma once

#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QString>

namespace kartoteka {

class Database;

// What every import does before it writes: it refuses a read-only database, and takes a copy
// of the database beside it (<name>.before-import-<date-time>.sqlite), the way back whatever
// the import then does.
class ImportBackup
{
    Q_DECLARE_TR_FUNCTIONS(ImportBackup)

public:
    static DatabaseError refuseReadOnly(const Database &database);
    // Takes the copy; `path` receives where it is. The error says that nothing was imported.
    static DatabaseError take(Database &database, QString &path);

    // base + suffix, or base-2 + suffix, base-3 + suffix… when that file exists already.
    static QString freePath(const QString &base, const QString &suffix);
    // The date and time in file names: 20261124-093000.
    static QString timeStamp();
};

} // namespace kartoteka
