#include "CalendarLayout.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>

namespace kartoteka::ui {

namespace {

constexpr int minutesPerDay = 24 * 60;

// Lanes for one day's blocks (sorted by start): a block takes the lane that freed first when
// one has, else a new one; a group ends when every lane is free, and its blocks share its width.
void assignLanes(std::vector<TimedBlock>::iterator first, std::vector<TimedBlock>::iterator last)
{
    using Lane = std::pair<int, int>; // (end minute, lane)
    std::priority_queue<Lane, std::vector<Lane>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> freeLanes;
    auto groupStart = first;
    int lanes = 0;
    int groupEnd = -1;
    auto closeGroup = [&](std::vector<TimedBlock>::iterator end) {
        for (auto it = groupStart; it != end; ++it)
            it->lanes = lanes;
        groupStart = end;
        lanes = 0;
        busy = {};
        freeLanes = {};
    };
    for (auto it = first; it != last; ++it) {
        if (it->startMinute >= groupEnd && it != groupStart)
            closeGroup(it);
        while (!busy.empty() && busy.top().first <= it->startMinute) {
            freeLanes.push(busy.top().second);
            busy.pop();
        }
        if (!freeLanes.empty()) {
            it->lane = freeLanes.top();
            freeLanes.pop();
        } else {
            it->lane = lanes++;
        }
        busy.push({it->endMinute, it->lane});
        groupEnd = it == groupStart ? it->endMinute : std::max(groupEnd, it->endMinute);
    }
    closeGroup(last);
}

} // namespace

CalendarLayout CalendarLayout::of(const std::vector<CalendarItem> &items, const DateRange &days)
{
    CalendarLayout layout;
    const int dayCount = int(days.days());
    layout.allDayCounts.assign(std::size_t(std::max(dayCount, 0)), 0);
    std::vector<int> allDayItems;
    for (int index = 0; index < int(items.size()); ++index) {
        const CalendarItem &item = items[std::size_t(index)];
        const int first = int(days.first.daysTo(item.firstDay()));
        const int last = int(days.first.daysTo(item.lastDay()));
        if (last < 0 || first >= dayCount)
            continue;
        if (item.inAllDayRow()) {
            allDayItems.push_back(index);
            for (int day = std::max(first, 0); day <= std::min(last, dayCount - 1); ++day)
                ++layout.allDayCounts[std::size_t(day)];
            continue;
        }
        // Minutes from the clock times, not from each day's midnight: a local midnight costs a
        // time zone lookup, thousands of times per load.
        const int startMinute = item.start.time().msecsSinceStartOfDay() / 60000;
        const int endMinute = item.end.date() > item.lastDay() ? minutesPerDay : item.end.time().msecsSinceStartOfDay() / 60000;
        for (int day = std::max(first, 0); day <= std::min(last, dayCount - 1); ++day) {
            TimedBlock block;
            block.item = index;
            block.day = day;
            block.startMinute = day == first ? startMinute : 0;
            block.endsHere = day == last;
            block.endMinute = block.endsHere ? endMinute : minutesPerDay;
            block.startMinute = std::clamp(block.startMinute, 0, minutesPerDay - minimumMinutes);
            block.endMinute = std::max(block.endMinute, block.startMinute + minimumMinutes);
            layout.blocks.push_back(block);
        }
    }
    std::sort(layout.blocks.begin(), layout.blocks.end(), [](const TimedBlock &a, const TimedBlock &b) {
        return std::tie(a.day, a.startMinute, b.endMinute, a.item) < std::tie(b.day, b.startMinute, a.endMinute, b.item);
    });
    for (auto first = layout.blocks.begin(); first != layout.blocks.end();) {
        const auto last = std::find_if(first, layout.blocks.end(), [&](const TimedBlock &b) { return b.day != first->day; });
        assignLanes(first, last);
        first = last;
    }

    // Longer bars first, so that they keep the top lanes.
    std::stable_sort(allDayItems.begin(), allDayItems.end(), [&](int a, int b) {
        const CalendarItem &x = items[std::size_t(a)];
        const CalendarItem &y = items[std::size_t(b)];
        const QDate xFirst = std::max(x.firstDay(), days.first);
        const QDate yFirst = std::max(y.firstDay(), days.first);
        if (xFirst != yFirst)
            return xFirst < yFirst;
        return x.firstDay().daysTo(x.lastDay()) > y.firstDay().daysTo(y.lastDay());
    });
    std::vector<int> laneEnds; // the last day taken in each lane
    for (const int index : allDayItems) {
        const CalendarItem &item = items[std::size_t(index)];
        AllDayBar bar;
        bar.item = index;
        bar.firstDay = std::max(0, int(days.first.daysTo(item.firstDay())));
        bar.lastDay = std::min(dayCount - 1, int(days.first.daysTo(item.lastDay())));
        const auto lane = std::find_if(laneEnds.begin(), laneEnds.end(), [&](int end) { return end < bar.firstDay; });
        bar.lane = int(lane - laneEnds.begin());
        if (lane == laneEnds.end())
            laneEnds.push_back(bar.lastDay);
        else
            *lane = bar.lastDay;
        layout.bars.push_back(bar);
    }
    layout.allDayLanes = int(laneEnds.size());
    return layout;
}

} // namespace kartoteka::ui
