#pragma once

#include "storage/Result.h"
#include "tasks/Task.h"
#include "tasks/TaskFilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

class QIODevice;

namespace kartoteka {

// Tasks as an iCalendar file (RFC 5545) that Thunderbird and KOrganizer open: a task with a
// planned start and end is a VEVENT (DTSTART/DTEND in UTC, DATE values when all-day), any other
// a VTODO (DTSTART, DUE, STATUS from the state, PERCENT-COMPLETE, COMPLETED from the actual end).
// Both carry UID (TaskUid: stable, so a re-import updates), SUMMARY, DESCRIPTION, PRIORITY
// (high 1, normal 5, low 9), CATEGORIES (the type's name), X-KARTOTEKA-STATE (the exact state)
// and, for a reminder, a VALARM whose TRIGGER is relative to DTSTART, or absolute without one.
// libical does the escaping and line folding.
class TasksIcsExport
{
    Q_DECLARE_TR_FUNCTIONS(TasksIcsExport)

public:
    static Result<QByteArray> toIcs(const QSqlDatabase &db, const std::vector<Task> &tasks);
    // The tasks `viewer` sees through `filter`, to `device`; how many were written.
    static Result<qint64> write(const QSqlDatabase &db, const TaskViewer &viewer, const TaskFilter &filter,
                                QIODevice &device);
};

} // namespace kartoteka
