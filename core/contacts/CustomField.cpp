#include "CustomField.h"

#include "storage/EnumCodes.h"

#include <QDate>

#include <cmath>

namespace kartoteka {

namespace {
constexpr auto entityCodes = enumCodes<CustomField::Entity>({
    {CustomField::Entity::Organization, "organization"},
    {CustomField::Entity::Person, "person"},
});

constexpr auto typeCodes = enumCodes<CustomField::Type>({
    {CustomField::Type::Text, "text"},
    {CustomField::Type::Number, "number"},
    {CustomField::Type::Date, "date"},
    {CustomField::Type::Bool, "bool"},
    {CustomField::Type::Choice, "choice"},
});
} // namespace

QString CustomField::entityCode(Entity entity)
{
    return entityCodes.code(entity);
}

std::optional<CustomField::Entity> CustomField::entityFromCode(const QString &code)
{
    return entityCodes.fromCode(code);
}

QString CustomField::typeCode(Type type)
{
    return typeCodes.code(type);
}

std::optional<CustomField::Type> CustomField::typeFromCode(const QString &code)
{
    return typeCodes.fromCode(code);
}

QString CustomField::numberValue(double number)
{
    return QString::number(number, 'g', 15);
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
