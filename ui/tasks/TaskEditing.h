#pragma once

#include "tasks/Task.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;
class QWidget;

namespace kartoteka::ui {

class DatabaseController;
class TaskEditor;

// Where every page starts a change of a task: it opens the task editor (window-modal, so the
// rest of the program stays usable) prefilled for the case, and pushes what OK saves onto the
// window's undo stack as a command; deleting and marking done go there too.
class TaskEditing : public QObject
{
    Q_OBJECT

public:
    TaskEditing(DatabaseController &database, QUndoStack &undoStack, QWidget *window);

    bool isWritable() const;
    // The editor open now (the last one opened), or null.
    TaskEditor *openEditor() const;

public Q_SLOTS:
    // Quick add (Ctrl+N): a call of the current user at the next half hour, for 30 minutes.
    void newTask(std::optional<qint64> organizationId = std::nullopt);
    // A new task at a time chosen on the calendar (a slot double-clicked).
    void newTaskAt(const QDateTime &start, const QDateTime &end, bool allDay);
    // A call made just now: done, 100 %, the actual start and end now.
    void logCall(qint64 organizationId);
    void editTask(qint64 taskId);
    // Deletes after asking; Edit > Undo brings it back with its id.
    void deleteTask(qint64 taskId);
    // Done now, as an undoable step; false when it could not be (the user was told why).
    bool markDone(qint64 taskId);

Q_SIGNALS:
    // A task was created, changed or deleted through here (its id).
    void taskChanged(qint64 taskId);

private:
    void open(const Task &task);
    bool execute(QUndoCommand *command);
    qint64 callTypeId() const;
    void reportError(const QString &title, const QString &message);

    DatabaseController &m_database;
    QUndoStack &m_undoStack;
    QWidget *m_window;
    TaskEditor *m_editor = nullptr;
};

} // namespace kartoteka::ui
