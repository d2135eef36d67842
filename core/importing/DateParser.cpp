#include "DateParser.h"

#include <array>

namespace kartoteka {

namespace {

// The numeric parts of a date and how it was written; no allocation, it runs per row.
struct DateParts
{
    enum class Shape { Invalid, YearFirst, DayFirst, OrderDependent };
    Shape shape = Shape::Invalid;
    std::array<int, 3> values{};
    std::array<int, 3> digits{}; // how many digits each part had
};

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isTimeStart(QStringView rest)
{
    // What may follow a date: nothing, or a separator and a time ("10:30", "T10:30:00", "0:00:00").
    if (rest.isEmpty())
        return true;
    const QChar first = rest[0];
    return first.isSpace() || first == u'T' || first == u't' || first == u'г'; // "15.01.2025г."
}

DateParts splitDate(QStringView text)
{
    DateParts parts;
    text = text.trimmed();
    qsizetype i = 0;
    std::array<char16_t, 2> separators{};
    for (int part = 0; part < 3; ++part) {
        const qsizetype begin = i;
        int value = 0;
        while (i < text.size() && isDigit(text[i]) && i - begin < 4)
            value = value * 10 + (text[i++].unicode() - u'0');
        parts.digits[part] = int(i - begin);
        parts.values[part] = value;
        if (parts.digits[part] == 0)
            return {};
        if (part == 2)
            break;
        if (i >= text.size())
            return {};
        separators[part] = text[i].unicode();
        ++i;
    }
    const char16_t sep = separators[0];
    const bool chinese = sep == u'年' && separators[1] == u'月';
    if (chinese && i < text.size() && text[i] == u'日')
        ++i;
    if (!isTimeStart(text.sliced(i)) || (!chinese && sep != separators[1]))
        return {};
    if (parts.digits[0] == 4 && parts.digits[1] <= 2 && parts.digits[2] <= 2
        && (chinese || sep == u'-' || sep == u'/' || sep == u'.')) {
        parts.shape = DateParts::Shape::YearFirst;
    } else if (parts.digits[0] <= 2 && parts.digits[1] <= 2 && (parts.digits[2] == 2 || parts.digits[2] == 4)) {
        if (sep == u'.')
            parts.shape = DateParts::Shape::DayFirst;
        else if (sep == u'/' || sep == u'-')
            parts.shape = DateParts::Shape::OrderDependent;
    }
    return parts;
}

int fullYear(int year, int digits)
{
    if (digits == 4)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

std::optional<QDate> makeDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

void DateColumnAnalyzer::add(const QString &cell)
{
    const DateParts parts = splitDate(cell);
    if (parts.shape != DateParts::Shape::OrderDependent)
        return;
    ++m_orderDependent;
    const bool firstIsDay = parts.values[0] > 12 && parts.values[0] <= 31 && parts.values[1] <= 12;
    const bool secondIsDay = parts.values[1] > 12 && parts.values[1] <= 31 && parts.values[0] <= 12;
    if (firstIsDay)
        ++m_dayFirstProofs;
    if (secondIsDay)
        ++m_monthFirstProofs;
}

DateOrder DateColumnAnalyzer::order() const
{
    if (m_dayFirstProofs > 0 && m_monthFirstProofs == 0)
        return DateOrder::DayMonth;
    if (m_monthFirstProofs > 0 && m_dayFirstProofs == 0)
        return DateOrder::MonthDay;
    return DateOrder::Unknown;
}

bool DateColumnAnalyzer::ambiguous() const
{
    return m_orderDependent > 0 && order() == DateOrder::Unknown;
}

std::optional<QDate> parseDate(const QString &text, DateOrder order)
{
    const DateParts parts = splitDate(text);
    const auto &[a, b, c] = parts.values;
    switch (parts.shape) {
    case DateParts::Shape::Invalid:
        return std::nullopt;
    case DateParts::Shape::YearFirst:
        return makeDate(a, b, c);
    case DateParts::Shape::DayFirst:
        return makeDate(fullYear(c, parts.digits[2]), b, a);
    case DateParts::Shape::OrderDependent:
        break;
    }
    if (order == DateOrder::Unknown) {
        if (a > 12 || a == b)
            order = DateOrder::DayMonth;
        else if (b > 12)
            order = DateOrder::MonthDay;
        else
            return std::nullopt;
    }
    const int year = fullYear(c, parts.digits[2]);
    return order == DateOrder::DayMonth ? makeDate(year, b, a) : makeDate(year, a, b);
}

} // namespace kartoteka
