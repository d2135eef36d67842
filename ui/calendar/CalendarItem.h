#pragma once

#include "tasks/Task.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace kartoteka::ui {

// What the calendar views draw of one task: its times in local time, its type's colour, and
// whether it is overdue. Built once per load; the views never read the database.
struct CalendarItem
{
    qint64 id = 0;
    QString subject;
    QString typeName;
    QColor color;
    Task::State state = Task::State::Planned;
    bool allDay = false;
    QDateTime start; // local time
    QDateTime end;   // local time; equal to start for a task without an end (an instant)
    bool overdue = false;

    bool isClosed() const { return state == Task::State::Done || state == Task::State::Cancelled; }
    // Drawn in the all-day row: no times, or a day or more long.
    bool inAllDayRow() const { return allDay || start.secsTo(end) >= 24 * 3600; }
    // The first and last local day it covers (an end at midnight does not cover that day).
    QDate firstDay() const { return start.date(); }
    QDate lastDay() const
    {
        if (end <= start)
            return start.date();
        const QDate endDay = end.date();
        return end.time() == QTime(0, 0) ? endDay.addDays(-1) : endDay;
    }
};

// A time as the locale writes it short, without seconds (some locales' short format has them).
QString shortTime(const QTime &time);

// Overdue: still open and its planned end (or start, without an end) has passed.
inline bool isOverdue(const Task &task, const QDateTime &now)
{
    if (task.isClosed())
        return false;
    const QDateTime due = task.plannedEnd.isValid() ? task.plannedEnd : task.plannedStart;
    return due.isValid() && due < now;
}

} // namespace kartoteka::ui
