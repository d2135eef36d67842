#pragma once

#include <QDate>

#include <random>
#include <vector>

namespace kartoteka::demo {

struct DemoSaleLine
{
    QDate date;
    double amount = 0;
    double profit = 0;
};

// The sales history of one demo buyer: a skewed size (a few buyers bring most revenue), a
// demand that is steady, seasonal or erratic, and some buyers that start late or stop
// buying, so that ABC, XYZ, new and lost clients all occur.
class DemoSales
{
public:
    DemoSales(std::mt19937 &random, QDate firstMonth, int months, QDate today);

    std::vector<DemoSaleLine> historyOfNextBuyer();

private:
    double uniform(double from, double to) { return std::uniform_real_distribution<double>(from, to)(m_random); }

    std::mt19937 &m_random;
    QDate m_firstMonth;
    int m_months;
    QDate m_today;
};

} // namespace kartoteka::demo
