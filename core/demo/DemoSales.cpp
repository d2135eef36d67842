#include "DemoSales.h"

#include <algorithm>
#include <cmath>

namespace kartoteka::demo {

DemoSales::DemoSales(std::mt19937 &random, QDate firstMonth, int months, QDate today)
    : m_random(random), m_firstMonth(firstMonth), m_months(months), m_today(today)
{
}

std::vector<DemoSaleLine> DemoSales::historyOfNextBuyer()
{
    // Log-normal monthly volume: the Pareto shape of real client bases.
    const double monthly = std::exp(std::normal_distribution<double>(10.5, 1.3)(m_random));
    const double roll = uniform(0, 1);
    const double noise = roll < 0.3 ? 0.05 : roll < 0.65 ? 0.17 : 0.6;
    const double zeroChance = roll < 0.65 ? 0.0 : 0.3;
    int firstActive = 0;
    int lastActive = m_months - 1;
    const double life = uniform(0, 1);
    if (life < 0.15)
        firstActive = std::uniform_int_distribution<int>(1, std::max(1, m_months - 1))(m_random);
    else if (life < 0.22)
        lastActive = std::uniform_int_distribution<int>(0, std::max(0, m_months - 4))(m_random);
    const double margin = uniform(0.08, 0.35);

    std::vector<DemoSaleLine> lines;
    std::normal_distribution<double> deviation(0.0, noise);
    for (int month = firstActive; month <= lastActive; ++month) {
        if (uniform(0, 1) < zeroChance)
            continue;
        const double total = monthly * std::max(0.05, 1.0 + deviation(m_random));
        const QDate monthStart = m_firstMonth.addMonths(month);
        const int lastDay = monthStart.addMonths(1).addDays(-1) > m_today
                                ? m_today.day()
                                : monthStart.daysInMonth();
        const int count = std::uniform_int_distribution<int>(1, 9)(m_random);
        for (int i = 0; i < count; ++i) {
            DemoSaleLine line;
            line.date = monthStart.addDays(std::uniform_int_distribution<int>(0, lastDay - 1)(m_random));
            line.amount = std::round(total / count * uniform(0.7, 1.3) * 100.0) / 100.0;
            line.profit = std::round(line.amount * margin * 100.0) / 100.0;
            lines.push_back(line);
        }
    }
    return lines;
}

} // namespace kartoteka::demo
