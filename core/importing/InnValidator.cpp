#include "InnValidator.h"

#include <array>
#include <span>

namespace kartoteka {

namespace {

// The check digit of the digits before it, with the weights the Federal Tax Service publishes.
int checkDigit(const QString &digits, std::span<const int> weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += (digits[qsizetype(i)].unicode() - u'0') * weights[i];
    return sum % 11 % 10;
}

int digitAt(const QString &digits, qsizetype i)
{
    return digits[i].unicode() - u'0';
}

} // namespace

QString normalizedInn(const QString &text)
{
    QString digits;
    digits.reserve(12);
    for (const QChar c : text) {
        const int value = c.digitValue(); // full-width and other script digits too
        if (value >= 0)
            digits.append(QChar(char16_t(u'0' + value)));
    }
    return digits;
}

bool isValidInn(const QString &digits)
{
    if (digits.size() != 10 && digits.size() != 12)
        return false;
    bool allZero = true;
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
        allZero = allZero && c == u'0';
    }
    if (allZero)
        return false;
    static constexpr std::array<int, 9> weights10{2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr std::array<int, 10> weights11{7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr std::array<int, 11> weights12{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (digits.size() == 10)
        return checkDigit(digits, weights10) == digitAt(digits, 9);
    return checkDigit(digits, weights11) == digitAt(digits, 10) && checkDigit(digits, weights12) == digitAt(digits, 11);
}

} // namespace kartoteka
