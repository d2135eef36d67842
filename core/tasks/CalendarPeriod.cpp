#include "CalendarPeriod.h"

#include <algorithm>

namespace kartoteka {

DateRange calendarPeriod(CalendarView view, const QDate &date, Qt::DayOfWeek firstDayOfWeek)
{
    switch (view) {
    case CalendarView::Day:
        return {date, date};
    case CalendarView::Week: {
        const int back = (date.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
        const QDate first = date.addDays(-back);
        return {first, first.addDays(6)};
    }
    case CalendarView::Decade: {
        // The third decade runs to the month's end: 8 to 11 days.
        const int decade = std::min((date.day() - 1) / 10, 2);
        const QDate first(date.year(), date.month(), decade * 10 + 1);
        const QDate last = decade < 2 ? first.addDays(9) : QDate(date.year(), date.month(), date.daysInMonth());
        return {first, last};
    }
    case CalendarView::Month:
        return {QDate(date.year(), date.month(), 1), QDate(date.year(), date.month(), date.daysInMonth())};
    }
    return {date, date};
}

DateRange previousCalendarPeriod(CalendarView view, const QDate &date, Qt::DayOfWeek firstDayOfWeek)
{
    return calendarPeriod(view, calendarPeriod(view, date, firstDayOfWeek).first.addDays(-1), firstDayOfWeek);
}

DateRange nextCalendarPeriod(CalendarView view, const QDate &date, Qt::DayOfWeek firstDayOfWeek)
{
    return calendarPeriod(view, calendarPeriod(view, date, firstDayOfWeek).last.addDays(1), firstDayOfWeek);
}

} // namespace kartoteka
