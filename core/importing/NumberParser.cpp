#include "NumberParser.h"

#include <array>
#include <charconv>

namespace kartoteka {

namespace {

enum class Evidence { None, CommaDecimal, PointDecimal, Ambiguous };

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isGroupSpace(QChar c)
{
    // Spaces of any kind (no-break U+00A0, narrow U+202F, thin U+2009) and the Swiss apostrophe.
    return c.isSpace() || c == u'\'' || c == u'\u2019';
}

bool isMinus(QChar c)
{
    return c == u'-' || c == u'\u2212' || c == u'\u2013';
}

constexpr std::array<QStringView, 17> currencies{
    u"руб.", u"руб", u"р.", u"р", u"₽", u"US$", u"$", u"¥", u"￥", u"元", u"€", u"£",
    u"rub", u"usd", u"eur", u"cny", u"rmb"};

QStringView withoutCurrencyPrefix(QStringView text)
{
    for (const QStringView currency : currencies) {
        if (text.startsWith(currency, Qt::CaseInsensitive))
            return text.sliced(currency.size()).trimmed();
    }
    return text;
}

QStringView withoutCurrencySuffix(QStringView text)
{
    for (const QStringView currency : currencies) {
        if (text.endsWith(currency, Qt::CaseInsensitive))
            return text.chopped(currency.size()).trimmed();
    }
    return text;
}

// Integer groups are valid thousands groups: the first of 1–3 digits, the others of exactly 3.
bool validGroups(const std::array<qsizetype, 32> &groups, qsizetype count)
{
    if (count < 2)
        return true;
    if (groups[0] < 1 || groups[0] > 3)
        return false;
    for (qsizetype i = 1; i < count; ++i) {
        if (groups[i] != 3)
            return false;
    }
    return true;
}

std::optional<double> parse(const QString &input, DecimalSeparator hint, Evidence *evidence)
{
    if (evidence)
        *evidence = Evidence::None;
    QStringView text = QStringView(input).trimmed();
    bool negative = false;
    if (text.size() >= 2 && text.front() == u'(' && text.back() == u')') { // accounting negatives
        negative = true;
        text = text.sliced(1, text.size() - 2).trimmed();
    }
    text = withoutCurrencySuffix(text);
    for (int pass = 0; pass < 2 && !text.isEmpty(); ++pass) {
        if (!negative && (isMinus(text.front()) || text.front() == u'+')) {
            negative = isMinus(text.front());
            text = text.sliced(1).trimmed();
        }
        if (pass == 0)
            text = withoutCurrencyPrefix(text);
    }
    if (text.isEmpty() || !isDigit(text.back()))
        return std::nullopt;

    // One pass: the digits in order, where each group of digits ends, and which separators.
    std::array<char, 64> digits{};
    qsizetype digitCount = 0;
    std::array<qsizetype, 32> groups{}; // digit counts between separators
    std::array<char16_t, 32> after{};   // the separator after each group
    qsizetype groupCount = 0;
    qsizetype commas = 0;
    qsizetype points = 0;
    bool spaces = false;
    qsizetype current = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isDigit(c)) {
            if (digitCount == qsizetype(digits.size()) - 2)
                return std::nullopt;
            digits[digitCount++] = char(c.unicode());
            ++current;
            continue;
        }
        char16_t separator = u' ';
        if (c == u',') {
            separator = u',';
            ++commas;
        } else if (c == u'.') {
            separator = u'.';
            ++points;
        } else if (isGroupSpace(c)) {
            spaces = true;
        } else {
            return std::nullopt;
        }
        // A separator sits between digits, one at a time ("1 ,5" and "1..5" are not numbers); only
        // a decimal mark may lead (".5").
        const bool leadingMark = i == 0 && separator != u' ';
        if ((current == 0 && !leadingMark) || groupCount == qsizetype(groups.size()) - 1)
            return std::nullopt;
        groups[groupCount] = current;
        after[groupCount] = separator;
        ++groupCount;
        current = 0;
    }
    groups[groupCount++] = current;

    // Which group boundary is the decimal point (-1: none).
    qsizetype decimalAt = -1;
    if (commas > 0 && points > 0) {
        const char16_t decimal = after[groupCount - 2];
        if ((decimal == u',' ? commas : points) != 1 || decimal == u' ')
            return std::nullopt;
        decimalAt = groupCount - 2;
        if (evidence)
            *evidence = decimal == u',' ? Evidence::CommaDecimal : Evidence::PointDecimal;
    } else if (commas > 1 || points > 1) {
        if (evidence)
            *evidence = commas > 1 ? Evidence::PointDecimal : Evidence::CommaDecimal;
    } else if (commas == 1 || points == 1) {
        const char16_t mark = commas == 1 ? u',' : u'.';
        qsizetype at = 0;
        while (after[at] != mark)
            ++at;
        const bool lastBoundary = at == groupCount - 2;
        const bool threeAfter = lastBoundary && groups[at + 1] == 3 && groups[at] >= 1 && groups[at] <= 3;
        if (!lastBoundary) {
            return std::nullopt; // "1,234 567": spaces after the decimal part
        } else if (spaces || !threeAfter) {
            decimalAt = at; // "12 500,00", "8,5": the mark can only be decimal
            if (evidence)
                *evidence = mark == u',' ? Evidence::CommaDecimal : Evidence::PointDecimal;
        } else {
            if (evidence)
                *evidence = Evidence::Ambiguous;
            const DecimalSeparator other = mark == u',' ? DecimalSeparator::Point : DecimalSeparator::Comma;
            if (hint != other)
                decimalAt = at;
        }
    }
    // Everything before the decimal point groups thousands with one kind of separator.
    const qsizetype integerGroups = decimalAt >= 0 ? decimalAt + 1 : groupCount;
    for (qsizetype i = 1; i + 1 < integerGroups; ++i) {
        if (after[i] != after[0])
            return std::nullopt;
    }
    if (!validGroups(groups, integerGroups))
        return std::nullopt;

    std::array<char, 72> ascii{};
    qsizetype length = 0;
    if (negative)
        ascii[length++] = '-';
    qsizetype fractionStart = digitCount;
    if (decimalAt >= 0) {
        fractionStart = 0;
        for (qsizetype i = 0; i <= decimalAt; ++i)
            fractionStart += groups[i];
    }
    for (qsizetype i = 0; i < digitCount; ++i) {
        if (i == fractionStart)
            ascii[length++] = '.';
        ascii[length++] = digits[i];
    }
    double value = 0;
    const auto [end, error] = std::from_chars(ascii.data(), ascii.data() + length, value);
    if (error != std::errc() || end != ascii.data() + length)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<double> parseNumber(const QString &text, DecimalSeparator decimal)
{
    return parse(text, decimal, nullptr);
}

std::optional<double> parseNumber(const QString &text)
{
    return parse(text, DecimalSeparator::Unknown, nullptr);
}

void NumberColumnAnalyzer::add(const QString &cell)
{
    Evidence evidence = Evidence::None;
    if (!parse(cell, DecimalSeparator::Unknown, &evidence))
        return;
    switch (evidence) {
    case Evidence::CommaDecimal:
        ++m_commaDecimal;
        break;
    case Evidence::PointDecimal:
        ++m_pointDecimal;
        break;
    case Evidence::Ambiguous:
        ++m_ambiguous;
        break;
    case Evidence::None:
        break;
    }
}

DecimalSeparator NumberColumnAnalyzer::decimalSeparator() const
{
    if (m_commaDecimal > 0 && m_pointDecimal == 0)
        return DecimalSeparator::Comma;
    if (m_pointDecimal > 0 && m_commaDecimal == 0)
        return DecimalSeparator::Point;
    return DecimalSeparator::Unknown;
}

bool NumberColumnAnalyzer::ambiguous() const
{
    return m_ambiguous > 0 && decimalSeparator() == DecimalSeparator::Unknown;
}

} // namespace kartoteka
