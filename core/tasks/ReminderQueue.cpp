#include "ReminderQueue.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace kartoteka {

namespace {

// The terms of the partial index tasks_pending_reminders, so that SQLite reads only pending rows.
const QString pending = QStringLiteral(
    "t.remind_at IS NOT NULL AND t.reminded_at IS NULL AND t.state NOT IN ('done', 'cancelled')");

constexpr int longestSnoozeMinutes = 7 * 24 * 60;

} // namespace

ReminderQueue::ReminderQueue(QSqlDatabase db, qint64 userId) : m_db(std::move(db)), m_userId(userId) {}

QString ReminderQueue::whoClause() const
{
    if (m_userId == 0)
        return {};
    return QStringLiteral(" AND (t.assignee_id = ? OR (t.assignee_id IS NULL AND t.author_id = ?))");
}

QVariantList ReminderQueue::whoValues() const
{
    if (m_userId == 0)
        return {};
    return {m_userId, m_userId};
}

Result<std::vector<Reminder>> ReminderQueue::due(const QDateTime &now) const
{
    QVariantList values{sql::fromDateTime(now)};
    values.append(whoValues());
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT t.id, t.subject, o.name, t.remind_at, t.planned_start FROM tasks t "
                                          "LEFT JOIN organizations o ON o.id = t.organization_id WHERE ")
                               + pending + QStringLiteral(" AND t.remind_at <= ?") + whoClause()
                               + QStringLiteral(" ORDER BY t.remind_at, t.id"),
                           values);
    if (!query)
        return query.error();
    std::vector<Reminder> reminders;
    while (query->next()) {
        reminders.push_back({query->value(0).toLongLong(), sql::toText(query->value(1)), sql::toText(query->value(2)),
                             sql::toDateTime(query->value(3)), sql::toDateTime(query->value(4))});
    }
    return reminders;
}

Result<std::vector<Reminder>> ReminderQueue::takeDue(const QDateTime &now)
{
    // BEGIN IMMEDIATE: another process taking the same rows waits for this one, then finds
    // them shown.
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    auto found = due(now);
    if (!found)
        return found.error();
    std::vector<Reminder> taken;
    for (Reminder &reminder : *found) {
        auto marked = sql::exec(m_db, QStringLiteral("UPDATE tasks SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL"),
                                {sql::fromDateTime(now), reminder.taskId});
        if (!marked)
            return marked.error();
        if (marked->numRowsAffected() == 1)
            taken.push_back(std::move(reminder));
    }
    if (DatabaseError error = transaction.commit())
        return error;
    return taken;
}

Result<std::optional<QDateTime>> ReminderQueue::nextDue() const
{
    auto next = sql::scalar(m_db, QStringLiteral("SELECT min(t.remind_at) FROM tasks t WHERE ") + pending + whoClause(),
                            whoValues());
    if (!next)
        return next.error();
    if (next->isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(sql::toDateTime(*next));
}

DatabaseError ReminderQueue::snooze(qint64 taskId, int minutes, const QDateTime &now)
{
    if (minutes <= 0 || minutes > longestSnoozeMinutes)
        return {DatabaseError::Kind::Invalid,
                tr("A reminder can be put off by 1 minute to 7 days, not %n minute(s).", nullptr, minutes)};
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    const QDateTime stamp = sql::now();
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE tasks SET remind_at = ?, reminded_at = NULL, updated_at = ? WHERE id = ?"),
                             {sql::fromDateTime(now.addSecs(qint64(minutes) * 60)), sql::fromDateTime(stamp), taskId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return {DatabaseError::Kind::NotFound, tr("Task #%1 does not exist.").arg(taskId)};
    return transaction.commit();
}

} // namespace kartoteka
