#pragma once

#include <QDate>

namespace kartoteka {

// The spans the calendar shows: a day, a week (from the locale's first day of the week), a
// business decade of a month (days 1–10, 11–20, 21 to the month's end) and a month.
enum class CalendarView { Day, Week, Decade, Month };

struct DateRange
{
    QDate first;
    QDate last; // included

    qint64 days() const { return first.daysTo(last) + 1; }
    bool contains(const QDate &date) const { return date >= first && date <= last; }
    bool operator==(const DateRange &) const = default;
};

// The span of `view` that holds `date`.
DateRange calendarPeriod(CalendarView view, const QDate &date, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
// The span before or after the one that holds `date` (what "previous" and "next" show).
DateRange previousCalendarPeriod(CalendarView view, const QDate &date, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);
DateRange nextCalendarPeriod(CalendarView view, const QDate &date, Qt::DayOfWeek firstDayOfWeek = Qt::Monday);

} // namespace kartoteka
