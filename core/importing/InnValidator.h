#pragma once

#include <QString>

namespace kartoteka {

// The INN (Russian taxpayer number) as digits only: "ИНН 7707083893" → "7707083893".
QString normalizedInn(const QString &text);

// Whether digits form an INN with valid check digits: 10 digits (organizations) or 12 digits
// (individuals and sole proprietors). All zeros is a placeholder, not an INN.
bool isValidInn(const QString &digits);

} // namespace kartoteka
