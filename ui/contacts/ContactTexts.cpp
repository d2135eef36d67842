#include "ContactTexts.h"

#include <QLocale>

namespace kartoteka::ui {

QString ContactTexts::kindName(Organization::Kind kind)
{
    switch (kind) {
    case Organization::Kind::Client: return tr("Client");
    case Organization::Kind::Partner: return tr("Partner");
    case Organization::Kind::Supplier: return tr("Supplier");
    case Organization::Kind::Prospect: return tr("Prospect");
    }
    return {};
}

QString ContactTexts::priorityName(Organization::Priority priority)
{
    switch (priority) {
    case Organization::Priority::Low: return tr("Low");
    case Organization::Priority::Normal: return tr("Normal");
    case Organization::Priority::High: return tr("High");
    case Organization::Priority::Key: return tr("Key client");
    }
    return {};
}

QString ContactTexts::xyzName(const QString &xyz)
{
    return xyz == QLatin1String("new") ? tr("new", "XYZ class of a client with too short a history") : xyz;
}

QString ContactTexts::className(const QString &abc, const QString &xyz)
{
    if (xyz == QLatin1String("new"))
        return abc.isEmpty() ? xyzName(xyz) : abc + QLatin1Char(' ') + xyzName(xyz);
    return abc + xyz;
}

QString ContactTexts::taskTypeName(const TaskType &type)
{
    if (type.builtin) {
        if (type.code == QLatin1String("call")) return tr("Call");
        if (type.code == QLatin1String("letter")) return tr("Letter");
        if (type.code == QLatin1String("email")) return tr("E-mail");
        if (type.code == QLatin1String("meeting")) return tr("Meeting");
        if (type.code == QLatin1String("visit")) return tr("Visit");
        if (type.code == QLatin1String("task")) return tr("Task");
    }
    return type.name;
}

QString ContactTexts::matchedFieldName(SearchHit::Field field)
{
    switch (field) {
    case SearchHit::Field::Name: return tr("name");
    case SearchHit::Field::Inn: return tr("INN");
    case SearchHit::Field::Phone: return tr("phone");
    case SearchHit::Field::Email: return tr("e-mail");
    case SearchHit::Field::City: return tr("city");
    }
    return {};
}

QString ContactTexts::dateTime(const QDateTime &value)
{
    return value.isValid() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString ContactTexts::date(const QDateTime &value)
{
    return value.isValid() ? QLocale().toString(value.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString ContactTexts::customValue(const CustomField &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    switch (field.type) {
    case CustomField::Type::Bool:
        return value == QLatin1String("1") ? tr("Yes") : tr("No");
    case CustomField::Type::Date:
        return QLocale().toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    case CustomField::Type::Number:
        return QLocale().toString(QLocale::c().toDouble(value), 'g', 15);
    case CustomField::Type::Text:
    case CustomField::Type::Choice:
        break;
    }
    return value;
}

} // namespace kartoteka::ui
