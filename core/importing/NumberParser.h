#pragma once

#include <QString>

#include <optional>

namespace kartoteka {

enum class DecimalSeparator { Unknown, Comma, Point };

// Parses amounts as legacy files write them: "12 500,00", "125\u00a0000,00", "1,234.56",
// "1.234,56", "-990", "(990)", "1 234 567", with currency signs and words around them (₽, руб.,
// р., $, ¥, 元, €, RUB, USD...). Thousands go by space, no-break spaces, apostrophe, comma or
// point, in groups of three.
// The one ambiguous shape is a single comma or point followed by exactly three digits ("1,234"):
// it is a decimal separator unless `decimal` says the other character is (then it groups
// thousands). Learn `decimal` per column with NumberColumnAnalyzer.
std::optional<double> parseNumber(const QString &text, DecimalSeparator decimal);
std::optional<double> parseNumber(const QString &text); // DecimalSeparator::Unknown

// Watches the cells of a number column to learn its decimal separator from the cells that show
// it ("8,5", "1,234.56", "1.234.567", "12 500,00").
class NumberColumnAnalyzer
{
public:
    void add(const QString &cell);

    DecimalSeparator decimalSeparator() const; // Unknown when none or contradicting evidence
    bool ambiguous() const; // "1,234"-shaped cells seen and the column does not decide them

private:
    qint64 m_commaDecimal = 0;
    qint64 m_pointDecimal = 0;
    qint64 m_ambiguous = 0;
};

} // namespace kartoteka
