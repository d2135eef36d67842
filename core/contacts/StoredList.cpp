#include "StoredList.h"

namespace kartoteka {

QStringList storedListItems(const QString &stored)
{
    QStringList items;
    for (const QString &item : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString trimmed = item.trimmed(); !trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QString firstStoredItem(const QString &stored)
{
    return stored.section(QLatin1Char(','), 0, 0).trimmed();
}

} // namespace kartoteka
