#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kartoteka {

// A user-defined field of organizations or of persons; its values live in custom_values.
struct CustomField
{
    enum class Entity { Organization, Person };
    enum class Type { Text, Number, Date, Bool, Choice };

    qint64 id = 0;
    Entity entity = Entity::Organization;
    QString label; // unique per entity
    Type type = Type::Text;
    QStringList choices; // the allowed values of a Choice field
    int sortOrder = 0;

    bool operator==(const CustomField &) const = default;

    static QString entityCode(Entity entity);
    static std::optional<Entity> entityFromCode(const QString &code);
    static QString typeCode(Type type);
    static std::optional<Type> typeFromCode(const QString &code);

    // Whether `value` is a valid stored value of this field: a number in C locale,
    // a yyyy-MM-dd date, "1" or "0", one of the choices, any text.
    bool accepts(const QString &value) const;
    // A number as a Number field stores it: C locale, up to 15 significant digits.
    static QString numberValue(double number);
};

} // namespace kartoteka
