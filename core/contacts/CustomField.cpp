#include "CustomField.h"

#include <QDate>

#include <array>
#include <cmath>
#include <utility>

namespace kartoteka {

namespace {
constexpr std::array<std::pair<CustomField::Entity, const char *>, 2> entityCodes{{
    {CustomField::Entity::Organization, "organization"},
    {CustomField::Entity::Person, "person"},
}};

constexpr std::array<std::pair<CustomField::Type, const char *>, 5> typeCodes{{
    {CustomField::Type::Text, "text"},
    {CustomField::Type::Number, "number"},
    {CustomField::Type::Date, "date"},
    {CustomField::Type::Bool, "bool"},
    {CustomField::Type::Choice, "choice"},
}};

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &codes, Enum wanted)
{
    for (const auto &[value, code] : codes) {
        if (value == wanted)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &codes, const QString &wanted)
{
    for (const auto &[value, code] : codes) {
        if (wanted == QLatin1String(code))
            return value;
    }
    return std::nullopt;
}
} // namespace

QString CustomField::entityCode(Entity entity)
{
    return codeOf(entityCodes, entity);
}

std::optional<CustomField::Entity> CustomField::entityFromCode(const QString &code)
{
    return valueOf(entityCodes, code);
}

QString CustomField::typeCode(Type type)
{
    return codeOf(typeCodes, type);
}

std::optional<CustomField::Type> CustomField::typeFromCode(const QString &code)
{
    return valueOf(typeCodes, code);
}

bool CustomField::accepts(const QString &value) const
{
    switch (type) {
    case Type::Text:
        return true;
    case Type::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok); // QString::toDouble always uses the C locale
        return ok && std::isfinite(number);
    }
    case Type::Date:
        return QDate::fromString(value, Qt::ISODate).isValid();
    case Type::Bool:
        return value == QLatin1String("0") || value == QLatin1String("1");
    case Type::Choice:
        return choices.contains(value);
    }
    return false;
}

} // namespace kartoteka
