#include "TasksIcsExport.h"

#include "IcsSupport.h"
#include "storage/Sql.h"
#include "tasks/TaskQuery.h"
#include "tasks/TaskTypeRepository.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>

namespace kartoteka {

namespace {

void add(icalcomponent *component, icalproperty *property)
{
    icalcomponent_add_property(component, property);
}

void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &value)
{
    if (!value.isEmpty())
        add(component, make(value.toUtf8().constData()));
}

icalproperty *xProperty(const char *name, const QString &value)
{
    icalproperty *property = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(property, name);
    return property;
}

int priorityOf(Task::Importance importance)
{
    switch (importance) {
    case Task::Importance::High:
        return 1;
    case Task::Importance::Low:
        return 9;
    case Task::Importance::Normal:
        break;
    }
    return 5;
}

icalproperty_status todoStatus(Task::State state)
{
    switch (state) {
    case Task::State::InProgress:
        return ICAL_STATUS_INPROCESS;
    case Task::State::Done:
        return ICAL_STATUS_COMPLETED;
    case Task::State::Cancelled:
        return ICAL_STATUS_CANCELLED;
    case Task::State::Planned:
    case Task::State::Postponed:
        break;
    }
    return ICAL_STATUS_NEEDSACTION;
}

// The last day of an all-day task, exclusive as DTEND wants it: an end at local midnight is
// already the next day's start.
QDate exclusiveEndDate(const Task &task)
{
    const QDate start = task.plannedStart.toLocalTime().date();
    const QDateTime end = task.plannedEnd.toLocalTime();
    const QDate last = end.time() == QTime(0, 0) ? end.date() : end.date().addDays(1);
    return last > start ? last : start.addDays(1);
}

void addAlarm(icalcomponent *component, const Task &task, bool relativeToStart)
{
    icalcomponent *alarm = icalcomponent_new_valarm();
    add(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    add(alarm, icalproperty_new_description(task.subject.toUtf8().constData()));
    icaltriggertype trigger;
    if (relativeToStart) {
        trigger.time = icaltime_null_time();
        trigger.duration = icaldurationtype_from_int(static_cast<int>(task.plannedStart.secsTo(task.remindAt)));
    } else {
        trigger.time = ics::utcTime(task.remindAt);
        trigger.duration = icaldurationtype_null_duration();
    }
    add(alarm, icalproperty_new_trigger(trigger));
    icalcomponent_add_component(component, alarm);
}

icalcomponent *componentOf(const Task &task, const QString &uid, const QString &typeName)
{
    const bool event = task.plannedStart.isValid() && task.plannedEnd.isValid();
    icalcomponent *c = event ? icalcomponent_new_vevent() : icalcomponent_new_vtodo();
    add(c, icalproperty_new_uid(uid.toUtf8().constData()));
    add(c, icalproperty_new_dtstamp(ics::utcTime(sql::now())));
    if (task.createdAt.isValid())
        add(c, icalproperty_new_created(ics::utcTime(task.createdAt)));
    if (task.updatedAt.isValid())
        add(c, icalproperty_new_lastmodified(ics::utcTime(task.updatedAt)));
    addText(c, icalproperty_new_summary, task.subject);
    addText(c, icalproperty_new_description, task.content);
    addText(c, icalproperty_new_categories, typeName);
    add(c, icalproperty_new_priority(priorityOf(task.importance)));
    add(c, xProperty("X-KARTOTEKA-STATE", Task::stateCode(task.state)));

    if (task.plannedStart.isValid())
        add(c, icalproperty_new_dtstart(task.allDay ? ics::dateValue(task.plannedStart.toLocalTime().date())
                                                    : ics::utcTime(task.plannedStart)));
    if (event) {
        add(c, icalproperty_new_dtend(task.allDay ? ics::dateValue(exclusiveEndDate(task)) : ics::utcTime(task.plannedEnd)));
        add(c, icalproperty_new_status(task.state == Task::State::Cancelled ? ICAL_STATUS_CANCELLED
                                                                             : ICAL_STATUS_CONFIRMED));
    } else {
        if (task.plannedEnd.isValid())
            add(c, icalproperty_new_due(task.allDay ? ics::dateValue(task.plannedEnd.toLocalTime().date())
                                                    : ics::utcTime(task.plannedEnd)));
        add(c, icalproperty_new_status(todoStatus(task.state)));
        add(c, icalproperty_new_percentcomplete(task.percentComplete));
        if (task.state == Task::State::Done && task.actualEnd.isValid())
            add(c, icalproperty_new_completed(ics::utcTime(task.actualEnd)));
    }
    // Relative to a DATE start the alarm would float with the reader's zone: absolute then.
    if (task.remindAt.isValid())
        addAlarm(c, task, task.plannedStart.isValid() && !task.allDay);
    return c;
}

} // namespace

// Writes the calendar component by component, so memory stays flat however many tasks there
// are (libical serializes a whole tree into one string, slowly for large trees).
static DatabaseError writeCalendar(const QSqlDatabase &db, const std::vector<Task> &tasks, QIODevice &device)
{
    auto uids = ics::TaskUid::of(db);
    if (!uids)
        return uids.error();
    auto types = TaskTypeRepository(db).list();
    if (!types)
        return types.error();
    QHash<qint64, QString> typeNames;
    for (const TaskType &type : *types)
        typeNames.insert(type.id, type.name);
    // Only tasks that came from another calendar have a stored UID: few rows.
    auto stored = sql::exec(db, QStringLiteral("SELECT id, ical_uid FROM tasks WHERE ical_uid IS NOT NULL"));
    if (!stored)
        return stored.error();
    QHash<qint64, QString> storedUids;
    while (stored->next())
        storedUids.insert(stored->value(0).toLongLong(), stored->value(1).toString());

    const auto serialized = [](icalcomponent *component) {
        char *text = icalcomponent_as_ical_string_r(component);
        QByteArray bytes(text);
        icalmemory_free_buffer(text);
        return bytes;
    };
    const ics::ComponentPtr calendar(icalcomponent_new_vcalendar());
    add(calendar.get(), icalproperty_new_prodid("-//Kartoteka//Kartoteka " KARTOTEKA_VERSION "//EN"));
    add(calendar.get(), icalproperty_new_version("2.0"));
    add(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const QByteArray frame = serialized(calendar.get());
    const QByteArray end = "END:VCALENDAR\r\n";
    const auto write = [&device](const QByteArray &bytes) { return device.write(bytes) == bytes.size(); };
    bool written = write(frame.left(frame.size() - end.size()));
    for (auto task = tasks.begin(); written && task != tasks.end(); ++task) {
        const ics::ComponentPtr component(
            componentOf(*task, uids->forTask(task->id, storedUids.value(task->id)), typeNames.value(task->typeId)));
        written = write(serialized(component.get()));
    }
    if (!written || !write(end))
        return {DatabaseError::Kind::CannotOpen, TasksIcsExport::tr("Cannot write the calendar: %1").arg(device.errorString())};
    return {};
}

Result<QByteArray> TasksIcsExport::toIcs(const QSqlDatabase &db, const std::vector<Task> &tasks)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (DatabaseError error = writeCalendar(db, tasks, buffer))
        return error;
    return bytes;
}

Result<qint64> TasksIcsExport::write(const QSqlDatabase &db, const TaskViewer &viewer, const TaskFilter &filter,
                                     QIODevice &device)
{
    auto tasks = TaskQuery(db, viewer).journal(filter);
    if (!tasks)
        return tasks.error();
    if (DatabaseError error = writeCalendar(db, *tasks, device))
        return error;
    return static_cast<qint64>(tasks->size());
}

} // namespace kartoteka
