#pragma once

#include "DateParser.h"
#include "contacts/CustomField.h"

#include <QString>

#include <optional>

namespace kartoteka {

// A cell of an imported file as the stored value of a custom field (CustomField::accepts):
// numbers as legacy files write them ("12 500,50") in C locale, dates in any format parseDate
// reads as yyyy-MM-dd, yes/no words of three languages as "1"/"0", a choice in any letter case
// as the choice's own spelling, text as it is. Nullopt when the cell is no value of the field.
std::optional<QString> customValueFromText(const CustomField &field, const QString &text, DateOrder dateOrder);

} // namespace kartoteka
