#pragma once

#include "importing/ImportReport.h"
#include "storage/Result.h"

#include <QCoreApplication>

#include <functional>

namespace kartoteka {

class Database;

// Reads an iCalendar file (Thunderbird, KOrganizer, our own export) with libical: every VEVENT
// and VTODO becomes a task of `userId` (author and assignee), its type the first CATEGORIES
// value that names a task type (by name or code), else meeting for a VEVENT and task for a
// VTODO. A UID seen before (kept in tasks.ical_uid, or one of our own exported task-ID@ UIDs)
// updates that task instead of adding another. All in one transaction after a backup, as one
// import batch of kind ics, which `import undo` takes back (created tasks deleted, updated
// ones restored).
//
// The file is read an event at a time (IcsComponentReader), so its size does not matter. A
// component libical cannot read (bad dates, stray lines) is rejected with its file line; a
// file that is not iCalendar at all is refused. A recurring event (RRULE, RDATE) is imported
// as its first occurrence, with a warning: a CRM task is one contact, not a series. Exceptions
// of a series (RECURRENCE-ID) are skipped, with a warning.
class TasksIcsImport
{
    Q_DECLARE_TR_FUNCTIONS(TasksIcsImport)

public:
    struct Options
    {
        qint64 userId = 0; // required
        bool backupFirst = true;
        // Nothing is written unless every event and to-do can be read (warnings do not count).
        bool strict = false;
        // Receives 0..100 as the events are read and written; returning false cancels the
        // import, which then writes nothing.
        std::function<bool(int percent)> progress;
    };

    static Result<ImportReport> run(Database &db, const QString &path, const Options &options);
};

} // namespace kartoteka
