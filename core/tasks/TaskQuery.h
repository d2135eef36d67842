#pragma once

#include "TaskFilter.h"
#include "storage/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <vector>

namespace kartoteka {

// Reads the tasks a viewer may see through a TaskFilter: journals, the calendar, and the
// WHERE clause that reports aggregate over.
class TaskQuery
{
public:
    TaskQuery(QSqlDatabase db, TaskViewer viewer);

    // A WHERE clause (without the word WHERE, over the table `tasks`) and its bound values.
    struct Clause
    {
        QString sql;
        QVariantList values;
    };
    Clause where(const TaskFilter &filter) const;

    // Newest first by planned start (unscheduled last), then by id; at most `limit` (< 0: all).
    Result<std::vector<Task>> journal(const TaskFilter &filter, int limit = -1) const;
    // Scheduled tasks overlapping [filter.from, filter.to) (both required), by start, then id.
    Result<std::vector<Task>> calendar(const TaskFilter &filter) const;
    // How many tasks the journal of `filter` has.
    Result<qint64> count(const TaskFilter &filter) const;

private:
    QSqlDatabase m_db;
    TaskViewer m_viewer;
};

} // namespace kartoteka
