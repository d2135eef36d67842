#pragma once

#include "contacts/CustomField.h"
#include "contacts/Organization.h"
#include "search/ClientSearch.h"
#include "tasks/TaskType.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kartoteka::ui {

// The words the card index shows for stored codes and values, in the user's language.
class ContactTexts
{
    Q_DECLARE_TR_FUNCTIONS(ContactTexts)

public:
    static QString kindName(Organization::Kind kind);
    static QString priorityName(Organization::Priority priority);
    // "AX", "B", "C new"; empty when not ranked.
    static QString className(const QString &abc, const QString &xyz);
    static QString xyzName(const QString &xyz); // "X", ..., "new" in the user's language
    // The built-in types by their code, so that they follow the language; user types as named.
    static QString taskTypeName(const TaskType &type);
    // A custom field's stored value as the user reads it: Yes/No, a local date or number.
    static QString customValue(const CustomField &field, const QString &value);
    static QString matchedFieldName(SearchHit::Field field);
    // Local date and time in the locale's short format; empty for an invalid one.
    static QString dateTime(const QDateTime &value);
    static QString date(const QDateTime &value);
};

} // namespace kartoteka::ui
