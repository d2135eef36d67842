#include "TaskEditing.h"

#include "TaskCommands.h"
#include "TaskDrafts.h"
#include "TaskEditor.h"
#include "storage/DatabaseController.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QPointer>
#include <QUndoStack>

namespace kartoteka::ui {

TaskEditing::TaskEditing(DatabaseController &database, QUndoStack &undoStack, QWidget *window)
    : QObject(window), m_database(database), m_undoStack(undoStack), m_window(window)
{
}

bool TaskEditing::isWritable() const
{
    const auto user = m_database.currentUser();
    return m_database.isOpen() && !m_database.isReadOnly() && user && user->id > 0;
}

TaskEditor *TaskEditing::openEditor() const
{
    return m_editor;
}

void TaskEditing::reportError(const QString &title, const QString &message)
{
    m_database.dialogs().reportError(m_window, title, message);
}

qint64 TaskEditing::callTypeId() const
{
    auto call = TaskTypeRepository(m_database.connection()).findByCode(QStringLiteral("call"));
    return call ? call->id : 0;
}

void TaskEditing::newTask(std::optional<qint64> organizationId)
{
    if (!isWritable())
        return;
    open(TaskDrafts::plannedCall(QDateTime::currentDateTime(), m_database.currentUser()->id, callTypeId(),
                                 organizationId));
}

void TaskEditing::newTaskAt(const QDateTime &start, const QDateTime &end, bool allDay)
{
    if (!isWritable())
        return;
    Task task = TaskDrafts::plannedCall(QDateTime::currentDateTime(), m_database.currentUser()->id, callTypeId(),
                                        std::nullopt);
    task.plannedStart = start;
    task.plannedEnd = end;
    task.allDay = allDay;
    open(task);
}

void TaskEditing::logCall(qint64 organizationId)
{
    if (!isWritable())
        return;
    Task call = TaskDrafts::loggedCall(QDateTime::currentDateTime(), m_database.currentUser()->id, callTypeId(),
                                       organizationId > 0 ? std::optional<qint64>(organizationId) : std::nullopt);
    call.subject = tr("Call");
    open(call);
}

void TaskEditing::editTask(qint64 taskId)
{
    if (!isWritable())
        return;
    auto task = TaskRepository(m_database.connection()).get(taskId);
    if (!task) {
        reportError(tr("Cannot edit the task"), task.error().message);
        return;
    }
    open(*task);
}

void TaskEditing::open(const Task &task)
{
    auto *editor = new TaskEditor(m_database.connection(), task, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &QObject::destroyed, this, [this, editor] {
        if (m_editor == editor)
            m_editor = nullptr;
    });
    // The commands hold this database's connection: an editor left open over another is void.
    connect(&m_database, &DatabaseController::databaseChanged, editor, &QWidget::close);
    connect(editor, &QDialog::accepted, this, [this, editor, original = task] {
        if (!isWritable())
            return;
        const Task changed = editor->task();
        const QSqlDatabase db = m_database.connection();
        if (original.id == 0) {
            auto *command = new CreateTaskCommand(db, changed, [this](const QString &message) {
                reportError(tr("Cannot create the task"), message);
            });
            if (execute(command))
                Q_EMIT taskChanged(command->taskId());
            return;
        }
        if (TaskMapping::values(changed) == TaskMapping::values(original))
            return; // nothing to save or to undo
        if (execute(new EditTaskCommand(db, original, changed, [this](const QString &message) {
                reportError(tr("Cannot save the task"), message);
            })))
            Q_EMIT taskChanged(changed.id);
    });
    editor->open();
}

bool TaskEditing::execute(QUndoCommand *command)
{
    const int before = m_undoStack.index();
    m_undoStack.push(command); // runs redo(); an obsolete command is deleted
    return m_undoStack.index() != before;
}

void TaskEditing::deleteTask(qint64 taskId)
{
    if (!isWritable())
        return;
    auto task = TaskRepository(m_database.connection()).get(taskId);
    if (!task) {
        reportError(tr("Cannot delete the task"), task.error().message);
        return;
    }
    if (!m_database.dialogs().confirm(m_window, tr("Delete the task"),
                                      tr("Delete «%1»? Edit › Undo brings it back.").arg(task->subject)))
        return;
    if (execute(new DeleteTaskCommand(m_database.connection(), taskId, [this](const QString &message) {
            reportError(tr("Cannot delete the task"), message);
        })))
        Q_EMIT taskChanged(taskId);
}

bool TaskEditing::markDone(qint64 taskId)
{
    if (!isWritable())
        return false;
    auto task = TaskRepository(m_database.connection()).get(taskId);
    if (!task) {
        reportError(tr("Cannot complete the task"), task.error().message);
        return false;
    }
    if (task->state == Task::State::Done)
        return true;
    if (!execute(new MarkTaskDoneCommand(m_database.connection(), *task, [this](const QString &message) {
            reportError(tr("Cannot complete the task"), message);
        })))
        return false;
    Q_EMIT taskChanged(taskId);
    return true;
}

} // namespace kartoteka::ui
