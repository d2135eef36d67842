#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <libical/ical.h>

#include <memory>
#include <optional>

namespace kartoteka::ics {

// What the task export and import share: libical ownership, time conversions, task UIDs.

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// A DATE-TIME in UTC ("...Z").
icaltimetype utcTime(const QDateTime &time);
// A DATE (all-day) value.
icaltimetype dateValue(const QDate &date);
// A value as read: with its zone (from the file's VTIMEZONE, libical's built-in zones, or Qt's
// zone of that TZID), UTC, or floating (local time); a DATE is local midnight. Invalid when unset.
QDateTime toDateTime(const icaltimetype &time, const char *tzid = nullptr);

// A property's text as a QString (libical has unescaped it).
QString text(const char *value);

// Task UIDs: a task made here is task-ID@kartoteka.<database uuid>; one imported from another
// calendar keeps the UID it came with (tasks.ical_uid).
class TaskUid
{
    Q_DECLARE_TR_FUNCTIONS(TaskUid)

public:
    // Reads this database's identity.
    static Result<TaskUid> of(const QSqlDatabase &db);

    QString forTask(qint64 taskId, const QString &storedUid) const;
    // The task id of a UID this database made; nullopt for UIDs of other databases and programs.
    std::optional<qint64> taskId(const QString &uid) const;

private:
    explicit TaskUid(QString domain) : m_domain(std::move(domain)) {}

    QString m_domain;
};

} // namespace kartoteka::ics
