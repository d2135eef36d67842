#include "CalendarTaskLoader.h"

#include "tasks/TaskQuery.h"
#include "tasks/TaskTypeRepository.h"

namespace kartoteka::ui {

CalendarTaskLoader::CalendarTaskLoader(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QHash<qint64, CalendarTaskLoader::TypeLook>> CalendarTaskLoader::types() const
{
    auto types = TaskTypeRepository(m_db).list();
    if (!types)
        return types.error();
    QHash<qint64, TypeLook> looks;
    for (const TaskType &type : *types)
        looks.insert(type.id, {type.name, QColor(type.color)});
    return looks;
}

Result<std::vector<CalendarItem>> CalendarTaskLoader::load(const DateRange &days, const TaskViewer &viewer,
                                                           const std::vector<qint64> &assigneeIds,
                                                           const QDateTime &now) const
{
    auto looks = types();
    if (!looks)
        return looks.error();
    TaskFilter filter;
    filter.from = days.first.startOfDay();
    filter.to = days.last.addDays(1).startOfDay();
    filter.assigneeIds = assigneeIds;
    auto tasks = TaskQuery(m_db, viewer).calendar(filter);
    if (!tasks)
        return tasks.error();

    std::vector<CalendarItem> items;
    items.reserve(tasks->size());
    const QColor unknown(QStringLiteral("#607d8b"));
    for (const Task &task : *tasks) {
        CalendarItem item;
        item.id = task.id;
        item.subject = task.subject;
        const TypeLook look = looks->value(task.typeId, {QString(), unknown});
        item.typeName = look.name;
        item.color = look.color.isValid() ? look.color : unknown;
        item.state = task.state;
        item.allDay = task.allDay;
        item.start = task.plannedStart.toLocalTime();
        item.end = task.plannedEnd.isValid() && task.plannedEnd > task.plannedStart ? task.plannedEnd.toLocalTime()
                                                                                      : item.start;
        item.overdue = isOverdue(task, now);
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace kartoteka::ui
