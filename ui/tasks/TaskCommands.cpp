#include "TaskCommands.h"

#include "tasks/TaskRepository.h"

namespace kartoteka::ui {

namespace {

// Writes a deleted task back under the id it had (TaskRepository::create would give a new one,
// and whatever refers to the old id, a later command on the stack included, would miss it).
DatabaseError restoreTask(const QSqlDatabase &db, const Task &task)
{
    return TableGateway<TaskMapping>(db).insertWithId(task);
}

} // namespace

CreateTaskCommand::CreateTaskCommand(QSqlDatabase db, const Task &task, ReportCommandError reportError)
    : m_db(std::move(db)), m_task(task), m_reportError(std::move(reportError))
{
    m_task.id = 0;
    setText(tr("create task «%1»").arg(task.subject));
}

void CreateTaskCommand::redo()
{
    DatabaseError error;
    if (m_task.id == 0) {
        TaskRepository repository(m_db);
        error = repository.create(m_task);
        if (!error) {
            // Keep the row as written, so that redo after undo writes the same one.
            if (auto stored = repository.get(m_task.id))
                m_task = std::move(stored).value();
        }
    } else {
        error = restoreTask(m_db, m_task);
    }
    if (error) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

void CreateTaskCommand::undo()
{
    if (DatabaseError error = TaskRepository(m_db).remove(m_task.id)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

EditTaskCommand::EditTaskCommand(QSqlDatabase db, const Task &before, const Task &after, ReportCommandError reportError)
    : m_db(std::move(db)), m_before(before), m_after(after), m_reportError(std::move(reportError))
{
    setText(tr("edit task «%1»").arg(after.subject));
}

void EditTaskCommand::write(const Task &values)
{
    Task copy = values;
    if (DatabaseError error = TaskRepository(m_db).update(copy)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

void EditTaskCommand::redo()
{
    write(m_after);
}

void EditTaskCommand::undo()
{
    write(m_before);
}

DeleteTaskCommand::DeleteTaskCommand(QSqlDatabase db, qint64 id, ReportCommandError reportError)
    : m_db(std::move(db)), m_id(id), m_reportError(std::move(reportError))
{
    setText(tr("delete task"));
}

void DeleteTaskCommand::redo()
{
    m_deleted = false;
    TaskRepository repository(m_db);
    auto task = repository.get(m_id);
    if (!task) {
        setObsolete(true);
        m_reportError(task.error().message);
        return;
    }
    if (DatabaseError error = repository.remove(m_id)) {
        setObsolete(true);
        m_reportError(error.message);
        return;
    }
    m_task = std::move(task).value();
    setText(tr("delete task «%1»").arg(m_task.subject));
    m_deleted = true;
}

void DeleteTaskCommand::undo()
{
    if (!m_deleted)
        return;
    if (DatabaseError error = restoreTask(m_db, m_task)) {
        setObsolete(true);
        m_reportError(error.message);
        return;
    }
    m_deleted = false;
}

MarkTaskDoneCommand::MarkTaskDoneCommand(QSqlDatabase db, const Task &before, ReportCommandError reportError)
    : m_db(std::move(db)), m_before(before), m_reportError(std::move(reportError))
{
    setText(tr("mark «%1» done").arg(before.subject));
}

void MarkTaskDoneCommand::redo()
{
    if (DatabaseError error = TaskRepository(m_db).markDone(m_before.id)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

void MarkTaskDoneCommand::undo()
{
    Task copy = m_before;
    if (DatabaseError error = TaskRepository(m_db).update(copy)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

} // namespace kartoteka::ui
