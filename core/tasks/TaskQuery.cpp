#include "TaskQuery.h"

#include "TaskRepository.h"
#include "contacts/User.h"
#include "storage/Sql.h"

namespace kartoteka {

TaskViewer TaskViewer::of(const User &user)
{
    return {user.id, user.role != User::Role::Manager};
}

namespace {

// Builds "a AND b AND ..." with the values bound in order.
class ClauseBuilder
{
public:
    void add(const QString &condition, const QVariantList &values = {})
    {
        m_terms.append(condition);
        m_values += values;
    }

    template <typename T, typename ToValue>
    void addIn(const QString &column, const std::vector<T> &items, ToValue toValue)
    {
        if (items.empty())
            return;
        QStringList marks;
        QVariantList values;
        for (const T &item : items) {
            marks.append(QStringLiteral("?"));
            values.append(toValue(item));
        }
        add(QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", "))), values);
    }

    void addIds(const QString &column, const std::vector<qint64> &ids)
    {
        addIn(column, ids, [](qint64 id) { return QVariant(id); });
    }

    TaskQuery::Clause clause() const
    {
        return {m_terms.isEmpty() ? QStringLiteral("1") : m_terms.join(QStringLiteral(" AND ")), m_values};
    }

private:
    QStringList m_terms;
    QVariantList m_values;
};

// Tasks planned longer than this are indexed apart (migration 007's tasks_multi_day).
const QString multiDay = QStringLiteral("julianday(planned_end) - julianday(planned_start) > 1");

// Planned time overlapping [from, to). Most tasks are read by a range of planned_start that
// starts a day before `from`; the few longer ones through their own partial index.
void addPeriod(ClauseBuilder &builder, const QDateTime &from, const QDateTime &to)
{
    if (from.isValid() && to.isValid()) {
        const QVariant fromText = sql::fromDateTime(from);
        const QVariant dayBefore = sql::fromDateTime(from.addDays(-1));
        builder.add(QStringLiteral("((planned_start >= ? AND planned_start < ? AND (planned_start >= ? OR planned_end > ?))"
                                   " OR (%1 AND planned_start < ? AND planned_end > ?))")
                        .arg(multiDay),
                    {dayBefore, sql::fromDateTime(to), fromText, fromText, dayBefore, fromText});
    } else if (from.isValid()) {
        const QVariant fromText = sql::fromDateTime(from);
        builder.add(QStringLiteral("(planned_start >= ? OR planned_end > ?)"), {fromText, fromText});
    } else if (to.isValid()) {
        builder.add(QStringLiteral("planned_start < ?"), {sql::fromDateTime(to)});
    }
}

} // namespace

TaskQuery::TaskQuery(QSqlDatabase db, TaskViewer viewer) : m_db(std::move(db)), m_viewer(viewer) {}

TaskQuery::Clause TaskQuery::where(const TaskFilter &filter) const
{
    ClauseBuilder builder;
    if (!m_viewer.seesEverything) {
        const qint64 me = m_viewer.userId;
        builder.add(QStringLiteral("(is_personal = 0 OR author_id = ? OR assignee_id = ? OR controller_id = ?)"),
                    {me, me, me});
    }
    addPeriod(builder, filter.from, filter.to);
    // With a whole period the planned_start range is the narrow read; the unary + keeps
    // SQLite from choosing tasks_assignee_planned instead, which walks the user's whole past
    // (2 s instead of 30 ms for one user's week of 2,000,000 tasks).
    const QString people = filter.from.isValid() && filter.to.isValid() ? QStringLiteral("+") : QString();
    builder.addIds(people + QStringLiteral("assignee_id"), filter.assigneeIds);
    builder.addIds(people + QStringLiteral("author_id"), filter.authorIds);
    builder.addIds(people + QStringLiteral("controller_id"), filter.controllerIds);
    builder.addIds(QStringLiteral("type_id"), filter.typeIds);
    builder.addIn(QStringLiteral("state"), filter.states,
                  [](Task::State state) { return QVariant(Task::stateCode(state)); });
    builder.addIn(QStringLiteral("importance"), filter.importances,
                  [](Task::Importance importance) { return QVariant(static_cast<int>(importance)); });
    builder.addIds(QStringLiteral("organization_id"), filter.organizationIds);
    builder.addIds(QStringLiteral("project_id"), filter.projectIds);
    if (filter.personId)
        builder.add(QStringLiteral("person_id = ?"), {*filter.personId});
    if (filter.dealId)
        builder.add(QStringLiteral("deal_id = ?"), {*filter.dealId});
    if (const auto user = filter.involvedUserId)
        builder.add(QStringLiteral("(author_id = ? OR assignee_id = ? OR controller_id = ?)"), {*user, *user, *user});
    return builder.clause();
}

namespace {

Result<std::vector<Task>> readTasks(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = sql::exec(db, statement, values);
    if (!query)
        return query.error();
    std::vector<Task> tasks;
    while (query->next())
        tasks.push_back(TaskMapping::read(*query));
    return tasks;
}

} // namespace

Result<std::vector<Task>> TaskQuery::journal(const TaskFilter &filter, int limit) const
{
    const Clause clause = where(filter);
    QVariantList values = clause.values;
    values.append(limit < 0 ? -1 : limit);
    // SQLite sorts NULL first ascending, so last descending: unscheduled tasks close the journal.
    return readTasks(m_db,
                     QStringLiteral("SELECT %1 FROM tasks WHERE %2 ORDER BY planned_start DESC, id DESC LIMIT ?")
                         .arg(TableGateway<TaskMapping>::selectList(), clause.sql),
                     values);
}

Result<std::vector<Task>> TaskQuery::calendar(const TaskFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to <= filter.from)
        return DatabaseError(DatabaseError::Kind::Invalid, QStringLiteral("A calendar needs a period."));
    const Clause clause = where(filter);
    // "+planned_start": ordered by the index, SQLite would walk all of tasks_planned (2.7 s on
    // 200,000 tasks) instead of searching the period's range and sorting a few rows (0.1 s).
    return readTasks(m_db,
                     QStringLiteral("SELECT %1 FROM tasks WHERE %2 ORDER BY +planned_start, id")
                         .arg(TableGateway<TaskMapping>::selectList(), clause.sql),
                     clause.values);
}

Result<qint64> TaskQuery::count(const TaskFilter &filter) const
{
    const Clause clause = where(filter);
    auto value = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM tasks WHERE %1").arg(clause.sql), clause.values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace kartoteka
