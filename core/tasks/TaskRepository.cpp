#include "TaskRepository.h"

#include "TaskQuery.h"
#include "storage/Sql.h"

#include <cmath>

namespace kartoteka {

QStringList TaskMapping::columns()
{
    return {QStringLiteral("subject"),        QStringLiteral("content"),         QStringLiteral("type_id"),
            QStringLiteral("state"),          QStringLiteral("importance"),      QStringLiteral("percent_complete"),
            QStringLiteral("organization_id"), QStringLiteral("person_id"),      QStringLiteral("project_id"),
            QStringLiteral("deal_id"),        QStringLiteral("author_id"),       QStringLiteral("assignee_id"),
            QStringLiteral("controller_id"),  QStringLiteral("is_personal"),     QStringLiteral("all_day"),
            QStringLiteral("planned_start"),  QStringLiteral("planned_end"),     QStringLiteral("actual_start"),
            QStringLiteral("actual_end"),     QStringLiteral("review_at"),       QStringLiteral("remind_at"),
            QStringLiteral("reminded_at"),    QStringLiteral("expenses"),        QStringLiteral("created_at"),
            QStringLiteral("updated_at"),     QStringLiteral("import_batch_id")};
}

QVariantList TaskMapping::values(const Task &t)
{
    return {t.subject,
            sql::fromText(t.content),
            t.typeId,
            Task::stateCode(t.state),
            static_cast<int>(t.importance),
            t.percentComplete,
            sql::fromId(t.organizationId),
            sql::fromId(t.personId),
            sql::fromId(t.projectId),
            sql::fromId(t.dealId),
            t.authorId,
            sql::fromId(t.assigneeId),
            sql::fromId(t.controllerId),
            t.personal ? 1 : 0,
            t.allDay ? 1 : 0,
            sql::fromDateTime(t.plannedStart),
            sql::fromDateTime(t.plannedEnd),
            sql::fromDateTime(t.actualStart),
            sql::fromDateTime(t.actualEnd),
            sql::fromDateTime(t.reviewAt),
            sql::fromDateTime(t.remindAt),
            sql::fromDateTime(t.remindedAt),
            t.expenses,
            sql::fromDateTime(t.createdAt),
            sql::fromDateTime(t.updatedAt),
            sql::fromId(t.importBatchId)};
}

Task TaskMapping::read(const QSqlQuery &q)
{
    Task t;
    int i = 0;
    t.id = q.value(i++).toLongLong();
    t.subject = sql::toText(q.value(i++));
    t.content = sql::toText(q.value(i++));
    t.typeId = q.value(i++).toLongLong();
    t.state = Task::stateFromCode(q.value(i++).toString()).value_or(Task::State::Planned);
    t.importance = static_cast<Task::Importance>(q.value(i++).toInt());
    t.percentComplete = q.value(i++).toInt();
    t.organizationId = sql::toId(q.value(i++));
    t.personId = sql::toId(q.value(i++));
    t.projectId = sql::toId(q.value(i++));
    t.dealId = sql::toId(q.value(i++));
    t.authorId = q.value(i++).toLongLong();
    t.assigneeId = sql::toId(q.value(i++));
    t.controllerId = sql::toId(q.value(i++));
    t.personal = q.value(i++).toInt() != 0;
    t.allDay = q.value(i++).toInt() != 0;
    t.plannedStart = sql::toDateTime(q.value(i++));
    t.plannedEnd = sql::toDateTime(q.value(i++));
    t.actualStart = sql::toDateTime(q.value(i++));
    t.actualEnd = sql::toDateTime(q.value(i++));
    t.reviewAt = sql::toDateTime(q.value(i++));
    t.remindAt = sql::toDateTime(q.value(i++));
    t.remindedAt = sql::toDateTime(q.value(i++));
    t.expenses = q.value(i++).toDouble();
    t.createdAt = sql::toDateTime(q.value(i++));
    t.updatedAt = sql::toDateTime(q.value(i++));
    t.importBatchId = sql::toId(q.value(i++));
    return t;
}

TaskRepository::TaskRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError TaskRepository::validate(const Task &task)
{
    const auto invalid = [](const QString &message) { return DatabaseError(DatabaseError::Kind::Invalid, message); };
    if (task.subject.trimmed().isEmpty())
        return invalid(tr("A task needs a subject."));
    if (task.typeId <= 0)
        return invalid(tr("A task needs a type."));
    if (task.authorId <= 0)
        return invalid(tr("A task needs an author."));
    if (const int importance = static_cast<int>(task.importance); importance < 0 || importance > 2)
        return invalid(tr("The importance of a task is low, normal or high."));
    if (task.percentComplete < 0 || task.percentComplete > 100)
        return invalid(tr("A task is 0 to 100 % complete, not %1 %.").arg(task.percentComplete));
    if (task.plannedStart.isValid() && task.plannedEnd.isValid() && task.plannedEnd < task.plannedStart)
        return invalid(tr("A task cannot be planned to end before it starts."));
    if (task.actualStart.isValid() && task.actualEnd.isValid() && task.actualEnd < task.actualStart)
        return invalid(tr("A task cannot have ended before it started."));
    if (!std::isfinite(task.expenses) || task.expenses < 0)
        return invalid(tr("The expenses of a task cannot be negative."));
    return {};
}

DatabaseError TaskRepository::create(Task &task)
{
    if (DatabaseError error = validate(task))
        return error;
    task.createdAt = task.updatedAt = sql::now();
    return m_table.create(task);
}

DatabaseError TaskRepository::update(Task &task)
{
    if (DatabaseError error = validate(task))
        return error;
    task.updatedAt = sql::now();
    return m_table.update(task);
}

Result<Task> TaskRepository::get(qint64 id) const
{
    return m_table.get(id);
}

DatabaseError TaskRepository::remove(qint64 id)
{
    return m_table.remove(id);
}

Result<std::vector<Task>> TaskRepository::journal(const QString &column, qint64 id) const
{
    // SQLite sorts NULL first ascending, so last descending: unscheduled tasks close the journal.
    return m_table.select(QStringLiteral("WHERE %1 = ? ORDER BY planned_start DESC, id DESC").arg(column), {id});
}

Result<std::vector<Task>> TaskRepository::journalOfOrganization(qint64 organizationId) const
{
    return journal(QStringLiteral("organization_id"), organizationId);
}

Result<std::vector<Task>> TaskRepository::journalOfPerson(qint64 personId) const
{
    return journal(QStringLiteral("person_id"), personId);
}

Result<std::vector<Task>> TaskRepository::journalOfProject(qint64 projectId) const
{
    return journal(QStringLiteral("project_id"), projectId);
}

Result<std::vector<Task>> TaskRepository::journalOfDeal(qint64 dealId) const
{
    return journal(QStringLiteral("deal_id"), dealId);
}

Result<std::vector<Task>> TaskRepository::assignedTo(qint64 userId) const
{
    return m_table.select(
        QStringLiteral("WHERE assignee_id = ? ORDER BY planned_start IS NULL, planned_start, id"), {userId});
}

Result<std::vector<Task>> TaskRepository::overlapping(const QDateTime &from, const QDateTime &to,
                                                      const std::vector<qint64> &assigneeIds) const
{
    TaskFilter filter;
    filter.from = from;
    filter.to = to;
    filter.assigneeIds = assigneeIds;
    return TaskQuery(m_table.database(), TaskViewer::everything()).calendar(filter);
}

Result<std::vector<Task>> TaskRepository::dueReminders(const QDateTime &now) const
{
    // A task done or cancelled before its reminder time has nothing left to remind of.
    return m_table.select(QStringLiteral("WHERE remind_at IS NOT NULL AND remind_at <= ? AND reminded_at IS NULL "
                                         "AND state NOT IN ('done', 'cancelled') ORDER BY remind_at, id"),
                          {sql::fromDateTime(now)});
}

DatabaseError TaskRepository::markReminded(qint64 id, const QDateTime &at)
{
    return m_table.write(QStringLiteral("UPDATE tasks SET reminded_at = ? WHERE id = ?"), {sql::fromDateTime(at), id});
}

DatabaseError TaskRepository::markDone(qint64 id)
{
    const QVariant now = sql::fromDateTime(sql::now());
    return m_table.write(QStringLiteral("UPDATE tasks SET state = 'done', percent_complete = 100, "
                                        "actual_end = coalesce(actual_end, ?), updated_at = ? WHERE id = ?"),
                         {now, now, id});
}

} // namespace kartoteka
