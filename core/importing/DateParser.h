#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace kartoteka {

// The order of day and month in dates written with a year last and '/' or '-' between parts
// (03/04/2025). Dates with dots (03.04.2025) are always day first, year-first dates
// (2025-04-03, 2025/04/03, 2025年4月3日) always year-month-day.
enum class DateOrder { Unknown, DayMonth, MonthDay };

// Watches the cells of a date column to tell its day/month order. A value with a first part over
// 12 proves DayMonth, a second part over 12 proves MonthDay. When no value proves either, or the
// values contradict each other, the column is ambiguous: the caller asks the user, never guesses.
class DateColumnAnalyzer
{
public:
    void add(const QString &cell);

    DateOrder order() const;  // Unknown unless exactly one order is proven
    bool ambiguous() const;   // order-dependent dates seen, and no single order proven
    bool hasOrderDependentDates() const { return m_orderDependent > 0; }

private:
    qint64 m_orderDependent = 0;
    qint64 m_dayFirstProofs = 0;
    qint64 m_monthFirstProofs = 0;
};

// Parses dd.mm.yyyy, dd.mm.yy, yyyy-mm-dd, yyyy/mm/dd, yyyy年m月d日, and dd/mm/yyyy or
// mm/dd/yyyy ('-' too) as told by order; a time after the date ("10:30", "T10:30:00Z") is ignored.
// Two-digit years: 00–69 are 20xx, 70–99 are 19xx. With DateOrder::Unknown an order-dependent date
// is read only when its own values decide it (13/04/2025) or day equals month.
// Impossible dates (31.02.2025) and anything else give nullopt.
std::optional<QDate> parseDate(const QString &text, DateOrder order);

} // namespace kartoteka
