#include "CustomValueText.h"

#include "NumberParser.h"

#include <cmath>

namespace kartoteka {

namespace {

std::optional<bool> yesNoFromText(const QString &text)
{
    static const char *const yes[] = {"1", "yes", "y", "true", "+", "да", "д", "есть", "是", "有", "对"};
    static const char *const no[] = {"0", "no", "n", "false", "-", "нет", "н", "否", "无", "没有", "不"};
    const QString folded = text.toLower();
    for (const char *word : yes) {
        if (folded == QString::fromUtf8(word))
            return true;
    }
    for (const char *word : no) {
        if (folded == QString::fromUtf8(word))
            return false;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> customValueFromText(const CustomField &field, const QString &text, DateOrder dateOrder)
{
    switch (field.type) {
    case CustomField::Type::Text:
        return text;
    case CustomField::Type::Number: {
        const std::optional<double> number = parseNumber(text);
        if (!number || !std::isfinite(*number))
            return std::nullopt;
        return CustomField::numberValue(*number);
    }
    case CustomField::Type::Date: {
        const std::optional<QDate> date = parseDate(text, dateOrder);
        if (!date)
            return std::nullopt;
        return date->toString(Qt::ISODate);
    }
    case CustomField::Type::Bool: {
        const std::optional<bool> yes = yesNoFromText(text);
        if (!yes)
            return std::nullopt;
        return *yes ? QStringLiteral("1") : QStringLiteral("0");
    }
    case CustomField::Type::Choice:
        for (const QString &choice : field.choices) {
            if (choice.compare(text, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace kartoteka
