#pragma once

#include "Task.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct TaskMapping
{
    using Value = Task;
    static QString table() { return QStringLiteral("tasks"); }
    static QStringList columns();
    static QVariantList values(const Task &task);
    static Task read(const QSqlQuery &query);
};

// Tasks, and the queries of journals, calendars and reminders.
class TaskRepository
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(QSqlDatabase db);

    // Validates, stamps created/updated times and stores; sets task.id.
    DatabaseError create(Task &task);
    DatabaseError update(Task &task);
    Result<Task> get(qint64 id) const;
    DatabaseError remove(qint64 id);

    // Journals: newest first by planned start (unscheduled last), then by id.
    Result<std::vector<Task>> journalOfOrganization(qint64 organizationId) const;
    Result<std::vector<Task>> journalOfPerson(qint64 personId) const;
    Result<std::vector<Task>> journalOfProject(qint64 projectId) const;
    Result<std::vector<Task>> journalOfDeal(qint64 dealId) const;

    // The tasks assigned to a user, soonest first (unscheduled last).
    Result<std::vector<Task>> assignedTo(qint64 userId) const;
    // Scheduled tasks whose planned time overlaps [from, to), by start; a task without an end
    // is an instant. An empty `assigneeIds` means everybody's tasks.
    Result<std::vector<Task>> overlapping(const QDateTime &from, const QDateTime &to,
                                          const std::vector<qint64> &assigneeIds = {}) const;
    // Open tasks whose reminder time has come and that have not reminded yet, oldest first.
    Result<std::vector<Task>> dueReminders(const QDateTime &now) const;
    DatabaseError markReminded(qint64 id, const QDateTime &at);
    // State done, 100 % and the actual end now unless one was recorded.
    DatabaseError markDone(qint64 id);

private:
    static DatabaseError validate(const Task &task);
    Result<std::vector<Task>> journal(const QString &column, qint64 id) const;

    TableGateway<TaskMapping> m_table;
};

} // namespace kartoteka
