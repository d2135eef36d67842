#pragma once

#include "CalendarItem.h"
#include "tasks/CalendarPeriod.h"
#include "tasks/TaskFilter.h"
#include "storage/Result.h"

#include <QHash>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka::ui {

// Reads the tasks a viewer may see in a span of days (whole local days) for the calendar, with
// their types' names and colours, as CalendarItems ordered by start.
class CalendarTaskLoader
{
public:
    explicit CalendarTaskLoader(QSqlDatabase db);

    Result<std::vector<CalendarItem>> load(const DateRange &days, const TaskViewer &viewer,
                                           const std::vector<qint64> &assigneeIds, const QDateTime &now) const;

private:
    struct TypeLook
    {
        QString name;
        QColor color;
    };
    Result<QHash<qint64, TypeLook>> types() const;

    QSqlDatabase m_db;
};

} // namespace kartoteka::ui
