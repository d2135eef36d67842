#include "TaskDrafts.h"

namespace kartoteka::ui {

QDateTime TaskDrafts::nextHalfHour(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QTime time = local.time();
    QDateTime slot(local.date(), QTime(time.hour(), time.minute() < 30 ? 30 : 0));
    if (time.minute() >= 30)
        slot = slot.addSecs(3600);
    return slot;
}

Task TaskDrafts::plannedCall(const QDateTime &now, qint64 userId, qint64 callTypeId,
                             std::optional<qint64> organizationId)
{
    Task task;
    task.typeId = callTypeId;
    task.authorId = userId;
    task.assigneeId = userId;
    task.organizationId = organizationId;
    task.plannedStart = nextHalfHour(now);
    task.plannedEnd = task.plannedStart.addSecs(plannedMinutes * 60);
    return task;
}

Task TaskDrafts::loggedCall(const QDateTime &now, qint64 userId, qint64 callTypeId,
                            std::optional<qint64> organizationId)
{
    QDateTime minute = now.toLocalTime();
    minute.setTime(QTime(minute.time().hour(), minute.time().minute()));
    Task task;
    task.typeId = callTypeId;
    task.authorId = userId;
    task.assigneeId = userId;
    task.organizationId = organizationId;
    task.state = Task::State::Done;
    task.percentComplete = 100;
    task.plannedStart = minute;
    task.actualStart = minute;
    task.actualEnd = minute;
    return task;
}

} // namespace kartoteka::ui
