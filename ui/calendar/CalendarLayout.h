#pragma once

#include "CalendarItem.h"
#include "tasks/CalendarPeriod.h"

#include <vector>

namespace kartoteka::ui {

// Where the items of a span of days go in a time grid, computed once per load (the views only
// scale it to their size): timed items become one block per day they touch, overlapping blocks
// of a day side by side in lanes; items of the all-day row become bars across the days they
// cover, stacked in lanes.
struct TimedBlock
{
    int item = 0;     // index into the items
    int day = 0;      // column: days from the span's first day
    int startMinute = 0; // of the day, 0..1440
    int endMinute = 0;   // of the day; at least startMinute + minimumMinutes
    int lane = 0;
    int lanes = 1;       // lanes of its group of overlapping blocks
    bool endsHere = false; // holds the item's end (its bottom edge resizes it)
};

struct AllDayBar
{
    int item = 0;
    int firstDay = 0; // columns covered, clamped to the span
    int lastDay = 0;
    int lane = 0;
};

struct CalendarLayout
{
    // A block is drawn at least this long, so that an instant or a five-minute call is seen.
    static constexpr int minimumMinutes = 20;

    std::vector<TimedBlock> blocks; // by day, then start
    std::vector<AllDayBar> bars;
    int allDayLanes = 0;
    std::vector<int> allDayCounts; // items in the all-day row per day

    static CalendarLayout of(const std::vector<CalendarItem> &items, const DateRange &days);
};

} // namespace kartoteka::ui
