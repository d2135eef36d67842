#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace kartoteka {

// A task's reminder as the reminder window lists it.
struct Reminder
{
    qint64 taskId = 0;
    QString subject;
    QString organization; // empty when the task has none
    QDateTime remindAt;
    QDateTime plannedStart;
};

// The reminders of one user: the open tasks assigned to them, or authored by them and assigned
// to nobody (user 0: everybody's, for a database without users). Taking the due ones records
// them as shown in the same transaction, and only rows still unshown are taken, so two windows
// or two processes never show one reminder twice.
class ReminderQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReminderQueue)

public:
    ReminderQueue(QSqlDatabase db, qint64 userId);

    // Due and unshown at `now`, oldest first, without taking them (for a read-only database).
    Result<std::vector<Reminder>> due(const QDateTime &now) const;
    // Due and unshown at `now`, oldest first, each now recorded as shown at `now`.
    Result<std::vector<Reminder>> takeDue(const QDateTime &now);
    // The earliest unshown reminder time, due or not; nullopt when nothing is pending.
    Result<std::optional<QDateTime>> nextDue() const;
    // Reminds again `minutes` after `now`.
    DatabaseError snooze(qint64 taskId, int minutes, const QDateTime &now);

private:
    QString whoClause() const;
    QVariantList whoValues() const;

    QSqlDatabase m_db;
    qint64 m_userId;
};

} // namespace kartoteka
