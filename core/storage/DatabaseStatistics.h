#pragma once

#include "storage/Result.h"

#include <QSqlDatabase>

namespace kartoteka {

// How many records of each kind the database holds (for the status bar and `stats`).
struct DatabaseStatistics
{
    qint64 organizations = 0;
    qint64 persons = 0;
    qint64 tasks = 0;
    qint64 projects = 0;
    qint64 deals = 0;
    qint64 sales = 0;
    qint64 users = 0;

    static Result<DatabaseStatistics> read(const QSqlDatabase &db);
};

} // namespace kartoteka
