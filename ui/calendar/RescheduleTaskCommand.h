#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace kartoteka::ui {

// Edit > Undo for a task dragged on the calendar: moves its planned start and end (and a
// pending reminder with the start) through TaskRepository in one transaction; undo puts back
// what was stored before. A failure goes to `reportError` and leaves the command obsolete, so
// the stack drops it.
class RescheduleTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RescheduleTaskCommand)

public:
    RescheduleTaskCommand(QSqlDatabase db, qint64 taskId, const QString &subject, const QDateTime &start,
                          const QDateTime &end, std::function<void(const QString &message)> reportError);

    void redo() override;
    void undo() override;
    qint64 taskId() const { return m_taskId; }

private:
    struct Times
    {
        QDateTime start;
        QDateTime end;
        QDateTime remindAt;
    };
    // Writes `times`; the first redo reads what they were into m_before.
    bool write(const Times &times, bool readBefore);
    void fail(const QString &message);

    QSqlDatabase m_db;
    qint64 m_taskId;
    Times m_after;
    Times m_before;
    bool m_beforeRead = false;
    std::function<void(const QString &message)> m_reportError;
};

} // namespace kartoteka::ui
