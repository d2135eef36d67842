#include "RescheduleTaskCommand.h"

#include "storage/Transaction.h"
#include "tasks/TaskRepository.h"

namespace kartoteka::ui {

RescheduleTaskCommand::RescheduleTaskCommand(QSqlDatabase db, qint64 taskId, const QString &subject,
                                             const QDateTime &start, const QDateTime &end,
                                             std::function<void(const QString &message)> reportError)
    : m_db(std::move(db)), m_taskId(taskId), m_after{start, end, {}}, m_reportError(std::move(reportError))
{
    setText(tr("reschedule «%1»").arg(subject));
}

void RescheduleTaskCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_reportError)
        m_reportError(message);
}

bool RescheduleTaskCommand::write(const Times &times, bool readBefore)
{
    Transaction transaction(m_db);
    if (transaction.beginError()) {
        fail(transaction.beginError().message);
        return false;
    }
    TaskRepository repository(m_db);
    auto task = repository.get(m_taskId);
    if (!task) {
        fail(task.error().message);
        return false;
    }
    Times written = times;
    if (readBefore) {
        m_before = {task->plannedStart, task->plannedEnd, task->remindAt};
        // A reminder still to come keeps its distance to the start.
        written.remindAt = task->remindAt;
        if (task->remindAt.isValid() && !task->remindedAt.isValid() && task->plannedStart.isValid())
            written.remindAt = times.start.addSecs(task->plannedStart.secsTo(task->remindAt));
        m_after.remindAt = written.remindAt;
        // A task without an end (an instant) stays one.
        if (!task->plannedEnd.isValid() && times.end == times.start)
            m_after.end = written.end = QDateTime();
    }
    task->plannedStart = written.start.toUTC();
    task->plannedEnd = written.end.isValid() ? written.end.toUTC() : QDateTime();
    task->remindAt = written.remindAt.isValid() ? written.remindAt.toUTC() : QDateTime();
    if (DatabaseError error = repository.update(*task)) {
        fail(error.message);
        return false;
    }
    if (DatabaseError error = transaction.commit()) {
        fail(error.message);
        return false;
    }
    return true;
}

void RescheduleTaskCommand::redo()
{
    if (write(m_after, !m_beforeRead))
        m_beforeRead = true;
}

void RescheduleTaskCommand::undo()
{
    write(m_before, false);
}

} // namespace kartoteka::ui
