#pragma once

#include <QString>
#include <QStringList>

namespace kartoteka {

// Phones and e-mails are stored as one text, their items joined by ", ".

// The items, trimmed, empty ones left out.
QStringList storedListItems(const QString &stored);
// The first item, or an empty string.
QString firstStoredItem(const QString &stored);

} // namespace kartoteka
