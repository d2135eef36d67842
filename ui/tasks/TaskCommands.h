#pragma once

#include "contacts/OrganizationCommands.h"
#include "tasks/Task.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

namespace kartoteka::ui {

// Edit > Undo for changes to tasks. Like the organization commands, each writes through the
// connection given (the GUI's); a failure goes to `reportError` and leaves the command
// obsolete, so the stack drops it.

class CreateTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateTaskCommand)

public:
    CreateTaskCommand(QSqlDatabase db, const Task &task, ReportCommandError reportError);

    void redo() override;
    void undo() override;
    qint64 taskId() const { return m_task.id; }

private:
    QSqlDatabase m_db;
    Task m_task;
    ReportCommandError m_reportError;
};

// Any change of a stored task, from the editor's to a reschedule by drag: the values before
// and after, written whole.
class EditTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditTaskCommand)

public:
    EditTaskCommand(QSqlDatabase db, const Task &before, const Task &after, ReportCommandError reportError);

    void redo() override;
    void undo() override;

private:
    void write(const Task &values);

    QSqlDatabase m_db;
    Task m_before;
    Task m_after;
    ReportCommandError m_reportError;
};

// Deletes a task; undo writes it back with the same id.
class DeleteTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTaskCommand)

public:
    DeleteTaskCommand(QSqlDatabase db, qint64 id, ReportCommandError reportError);

    void redo() override;
    void undo() override;

private:
    QSqlDatabase m_db;
    qint64 m_id;
    Task m_task;
    bool m_deleted = false;
    ReportCommandError m_reportError;
};

// State done, 100 % and the actual end now unless one was recorded (TaskRepository::markDone);
// undo writes the task as it was.
class MarkTaskDoneCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MarkTaskDoneCommand)

public:
    MarkTaskDoneCommand(QSqlDatabase db, const Task &before, ReportCommandError reportError);

    void redo() override;
    void undo() override;

private:
    QSqlDatabase m_db;
    Task m_before;
    ReportCommandError m_reportError;
};

} // namespace kartoteka::ui
