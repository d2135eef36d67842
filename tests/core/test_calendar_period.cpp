#include "tasks/CalendarPeriod.h"

#include <catch2/catch.hpp>

using namespace kartoteka;

namespace {
DateRange range(int y1, int m1, int d1, int y2, int m2, int d2)
{
    return {QDate(y1, m1, d1), QDate(y2, m2, d2)};
}
} // namespace

TEST_CASE("Decades are days 1-10, 11-20 and 21 to the end of the month", "[calendar]")
{
    CHECK(calendarPeriod(CalendarView::Decade, QDate(2026, 3, 1)) == range(2026, 3, 1, 2026, 3, 10));
    CHECK(calendarPeriod(CalendarView::Decade, QDate(2026, 3, 10)) == range(2026, 3, 1, 2026, 3, 10));
    CHECK(calendarPeriod(CalendarView::Decade, QDate(2026, 3, 11)) == range(2026, 3, 11, 2026, 3, 20));
    CHECK(calendarPeriod(CalendarView::Decade, QDate(2026, 3, 21)) == range(2026, 3, 21, 2026, 3, 31)); // 11 days
    CHECK(calendarPeriod(CalendarView::Decade, QDate(2026, 3, 21)).days() == 11);
    CHECK(calendarPeriod(CalendarView::Decade, QDate(2026, 2, 25)) == range(2026, 2, 21, 2026, 2, 28)); // 8 days
    CHECK(calendarPeriod(CalendarView::Decade, QDate(2028, 2, 29)) == range(2028, 2, 21, 2028, 2, 29)); // leap year
    CHECK(calendarPeriod(CalendarView::Decade, QDate(2026, 4, 30)) == range(2026, 4, 21, 2026, 4, 30));

    // Previous and next cross months and years.
    CHECK(nextCalendarPeriod(CalendarView::Decade, QDate(2026, 1, 25)) == range(2026, 2, 1, 2026, 2, 10));
    CHECK(previousCalendarPeriod(CalendarView::Decade, QDate(2026, 3, 5)) == range(2026, 2, 21, 2026, 2, 28));
    CHECK(nextCalendarPeriod(CalendarView::Decade, QDate(2026, 12, 31)) == range(2027, 1, 1, 2027, 1, 10));
    CHECK(previousCalendarPeriod(CalendarView::Decade, QDate(2026, 3, 15)) == range(2026, 3, 1, 2026, 3, 10));
}

TEST_CASE("Weeks start on the locale's first day, days and months are what they say", "[calendar]")
{
    const QDate wednesday(2026, 11, 25);
    CHECK(calendarPeriod(CalendarView::Week, wednesday, Qt::Monday) == range(2026, 11, 23, 2026, 11, 29));
    CHECK(calendarPeriod(CalendarView::Week, wednesday, Qt::Sunday) == range(2026, 11, 22, 2026, 11, 28));
    CHECK(calendarPeriod(CalendarView::Week, QDate(2026, 11, 22), Qt::Sunday).first == QDate(2026, 11, 22));
    CHECK(calendarPeriod(CalendarView::Week, QDate(2026, 11, 22), Qt::Monday).first == QDate(2026, 11, 16));
    CHECK(nextCalendarPeriod(CalendarView::Week, QDate(2026, 12, 30), Qt::Monday) == range(2027, 1, 4, 2027, 1, 10));
    CHECK(calendarPeriod(CalendarView::Day, wednesday) == range(2026, 11, 25, 2026, 11, 25));
    CHECK(previousCalendarPeriod(CalendarView::Day, QDate(2026, 3, 1)) == range(2026, 2, 28, 2026, 2, 28));
    CHECK(calendarPeriod(CalendarView::Month, QDate(2028, 2, 10)) == range(2028, 2, 1, 2028, 2, 29));
    CHECK(nextCalendarPeriod(CalendarView::Month, QDate(2026, 1, 31)) == range(2026, 2, 1, 2026, 2, 28));
}
