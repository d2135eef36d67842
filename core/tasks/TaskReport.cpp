#include "TaskReport.h"

#include "TaskQuery.h"
#include "storage/EnumCodes.h"
#include "storage/Sql.h"
#include "storage/SqliteHandle.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace kartoteka {

namespace {

constexpr auto groupingCodes = enumCodes<TaskReportGrouping>({
    {TaskReportGrouping::User, "user"},
    {TaskReportGrouping::Type, "type"},
    {TaskReportGrouping::State, "state"},
    {TaskReportGrouping::Organization, "organization"},
});

constexpr std::array<Task::State, 5> allStates{Task::State::Planned, Task::State::InProgress, Task::State::Done,
                                               Task::State::Cancelled, Task::State::Postponed};

// A period longer than this is a typing slip (year 20260), not a report anybody waits for.
constexpr qint64 maxPeriodDays = 3660;

// The measures of TaskReportMeasures over the rows of a GROUP BY, in its order. Durations
// are summed as whole seconds, so that sums are exact. julianday() is SQLite's; the
// PostgreSQL backend will need extract(epoch from ...) here, as TaskQuery does for its period.
// The one bound value is "now".
const QString measuresSql = QStringLiteral(
    "count(*), "
    "coalesce(sum(CAST(round((julianday(planned_end) - julianday(planned_start)) * 86400) AS INTEGER)), 0), "
    "coalesce(sum(CAST(round((julianday(actual_end) - julianday(actual_start)) * 86400) AS INTEGER)), 0), "
    "coalesce(sum(expenses), 0), "
    "sum(CASE WHEN state = 'done' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN state = 'done' AND actual_end <= coalesce(planned_end, planned_start) THEN 1 ELSE 0 END), "
    "sum(CASE WHEN state <> 'done' AND state <> 'cancelled' AND coalesce(planned_end, planned_start) < ? "
    "THEN 1 ELSE 0 END)");

TaskReportMeasures readMeasures(const QSqlQuery &query, int first)
{
    TaskReportMeasures m;
    m.tasks = query.value(first).toLongLong();
    m.plannedSeconds = query.value(first + 1).toLongLong();
    m.actualSeconds = query.value(first + 2).toLongLong();
    m.expenses = query.value(first + 3).toDouble();
    m.done = query.value(first + 4).toLongLong();
    m.doneOnTime = query.value(first + 5).toLongLong();
    m.overdue = query.value(first + 6).toLongLong();
    return m;
}

DatabaseError cancelled() { return DatabaseError(DatabaseError::Kind::Failed, QString()); }

// While alive, lets a long aggregate be cancelled in the middle: SQLite asks every so many
// virtual machine steps, and the query fails with SQLITE_INTERRUPT once the caller's progress
// function says stop.
class CancelWhileRunning
{
public:
    CancelWhileRunning(const QSqlDatabase &db, const TaskReport::Progress &progress)
        : m_handle(progress ? sqliteHandle(db) : nullptr), m_progress(progress)
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 200000, &CancelWhileRunning::onSqliteProgress, this);
    }
    ~CancelWhileRunning()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    CancelWhileRunning(const CancelWhileRunning &) = delete;
    CancelWhileRunning &operator=(const CancelWhileRunning &) = delete;

    // Reports `percent`; while the next queries run, the progress creeps towards `next` (how
    // far a query has got, SQLite cannot tell). False once cancelled.
    bool report(int percent, int next = -1)
    {
        m_percent = percent;
        m_next = std::max(percent, next);
        return tell(m_percent);
    }
    bool isCancelled() const { return m_cancelled; }

private:
    bool tell(double percent)
    {
        if (!m_cancelled && m_progress && !m_progress(int(percent)))
            m_cancelled = true;
        return !m_cancelled;
    }

    static int onSqliteProgress(void *self)
    {
        auto *me = static_cast<CancelWhileRunning *>(self);
        me->m_percent += (me->m_next - me->m_percent) * 0.02;
        return me->tell(me->m_percent) ? 0 : 1;
    }

    sqlite3 *m_handle;
    const TaskReport::Progress &m_progress;
    double m_percent = 0;
    double m_next = 0;
    bool m_cancelled = false;
};

// Holds one read snapshot for the whole run, so that every query sees the same tasks. A
// savepoint, because that works inside a caller's transaction too.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db) : m_db(db)
    {
        m_active = sql::exec(m_db, QStringLiteral("SAVEPOINT task_report_read")).ok();
    }
    ~ReadSnapshot()
    {
        if (m_active)
            sql::exec(m_db, QStringLiteral("RELEASE task_report_read"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

struct Named
{
    QString key;
    QString name;
};

// id -> key and name of the users or task types (small tables).
Result<QHash<qint64, Named>> readNames(const QSqlDatabase &db, const QString &statement)
{
    auto query = sql::exec(db, statement);
    if (!query)
        return query.error();
    QHash<qint64, Named> names;
    while (query->next())
        names.insert(query->value(0).toLongLong(), {query->value(1).toString(), query->value(2).toString()});
    return names;
}

// Largest planned hours first, then most tasks, then by name: who or what took the time.
void sortByWeight(std::vector<TaskReportRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const TaskReportRow &a, const TaskReportRow &b) {
        if (a.measures.plannedSeconds != b.measures.plannedSeconds)
            return a.measures.plannedSeconds > b.measures.plannedSeconds;
        if (a.measures.tasks != b.measures.tasks)
            return a.measures.tasks > b.measures.tasks;
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.key < b.key;
    });
}

// Gathers the cells of the (assignee, type, state) cube into rows of one dimension.
class RowCollector
{
public:
    void add(std::optional<qint64> id, const TaskReportMeasures &measures)
    {
        const qint64 key = id.value_or(0); // ids are positive; 0 is "none"
        auto [it, inserted] = m_rows.try_emplace(key);
        if (inserted)
            it->second.id = id;
        it->second.measures.add(measures);
    }
    std::vector<TaskReportRow> take()
    {
        std::vector<TaskReportRow> rows;
        rows.reserve(m_rows.size());
        for (auto &[key, row] : m_rows)
            rows.push_back(std::move(row));
        return rows;
    }

private:
    std::map<qint64, TaskReportRow> m_rows;
};

// The names of `ids` in `table` (users: display names), in the order given; unknown ids as "#id".
Result<QString> namesOf(const QSqlDatabase &db, const QString &table, const QString &column,
                        const std::vector<qint64> &ids)
{
    QStringList marks;
    QVariantList values;
    for (const qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    // Table and column are fixed names from the caller, never user input.
    auto query = sql::exec(db, QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (%3)")
                                   .arg(column, table, marks.join(QStringLiteral(", "))),
                           values);
    if (!query)
        return query.error();
    QHash<qint64, QString> found;
    while (query->next())
        found.insert(query->value(0).toLongLong(), query->value(1).toString());
    QStringList names;
    for (const qint64 id : ids)
        names.append(found.value(id, QStringLiteral("#%1").arg(id)));
    return names.join(QStringLiteral(", "));
}

// How the report reads the tasks: through the index on planned_start for a period that holds
// a small part of them, or in one pass over the table (SQLite's NOT INDEXED) when it holds more
// than a quarter: looking each task up through the index costs far more per row than reading
// the table in order (a year of 2,000,000 demo tasks: 12.5 s against 6.2 s under load).
Result<QString> tasksSource(const QSqlDatabase &db, const TaskFilter &filter)
{
    auto total = sql::scalar(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM tasks"));
    if (!total)
        return total.error();
    // Counted in the index alone; the few long tasks that began earlier do not change the answer.
    auto inPeriod = sql::scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE planned_start >= ? AND planned_start < ?"),
                                {sql::fromDateTime(filter.from), sql::fromDateTime(filter.to)});
    if (!inPeriod)
        return inPeriod.error();
    return inPeriod->toLongLong() * 4 > total->toLongLong() ? QStringLiteral("tasks NOT INDEXED") : QStringLiteral("tasks");
}

} // namespace

QString taskReportGroupingCode(TaskReportGrouping grouping)
{
    return groupingCodes.code(grouping);
}

std::optional<TaskReportGrouping> taskReportGroupingFromCode(const QString &code)
{
    return groupingCodes.fromCode(code);
}

void TaskReportMeasures::add(const TaskReportMeasures &other)
{
    tasks += other.tasks;
    plannedSeconds += other.plannedSeconds;
    actualSeconds += other.actualSeconds;
    expenses += other.expenses;
    done += other.done;
    doneOnTime += other.doneOnTime;
    overdue += other.overdue;
}

QString TaskReportParameters::problem() const
{
    if (!filter.from.isValid() || !filter.to.isValid())
        return TaskReport::tr("A task report needs a period with a start and an end.");
    if (filter.to <= filter.from)
        return TaskReport::tr("The period of a task report must end after it starts.");
    if (filter.from.daysTo(filter.to) > maxPeriodDays)
        return TaskReport::tr("The period of a task report can be at most ten years long.");
    if (!now.isValid())
        return TaskReport::tr("A task report needs the current time to tell overdue tasks.");
    return {};
}

TaskReport::TaskReport(QSqlDatabase db, TaskViewer viewer) : m_db(std::move(db)), m_viewer(viewer) {}

QString TaskReport::groupingTitle(TaskReportGrouping grouping)
{
    switch (grouping) {
    case TaskReportGrouping::User:
        return tr("Assignee");
    case TaskReportGrouping::Type:
        return tr("Type");
    case TaskReportGrouping::State:
        return tr("State");
    case TaskReportGrouping::Organization:
        return tr("Organization");
    }
    return {};
}

QString TaskReport::importanceName(Task::Importance importance)
{
    switch (importance) {
    case Task::Importance::Low:
        return tr("Low");
    case Task::Importance::Normal:
        return tr("Normal");
    case Task::Importance::High:
        return tr("High");
    }
    return {};
}

QString TaskReport::stateName(Task::State state)
{
    switch (state) {
    case Task::State::Planned:
        return tr("Planned");
    case Task::State::InProgress:
        return tr("In progress");
    case Task::State::Done:
        return tr("Done");
    case Task::State::Cancelled:
        return tr("Cancelled");
    case Task::State::Postponed:
        return tr("Postponed");
    }
    return {};
}

Result<TaskReportResult> TaskReport::run(const TaskReportParameters &parameters, const Progress &progress) const
{
    if (const QString problem = parameters.problem(); !problem.isEmpty())
        return DatabaseError(DatabaseError::Kind::Invalid, problem);
    // The snapshot outlives the cancel handler, so that its RELEASE is never interrupted.
    const ReadSnapshot snapshot(m_db);
    CancelWhileRunning cancel(m_db, progress);
    const auto failed = [&cancel](const QSqlError &error) -> DatabaseError {
        return cancel.isCancelled() ? cancelled() : DatabaseError::fromSql(error);
    };
    if (!cancel.report(0, 45))
        return cancelled();

    auto users = readNames(m_db, QStringLiteral("SELECT id, login, display_name FROM users"));
    if (!users)
        return cancel.isCancelled() ? cancelled() : users.error();
    auto types = readNames(m_db, QStringLiteral("SELECT id, code, name FROM task_types"));
    if (!types)
        return cancel.isCancelled() ? cancelled() : types.error();

    const TaskQuery::Clause where = TaskQuery(m_db, m_viewer).where(parameters.filter);
    auto source = tasksSource(m_db, parameters.filter);
    if (!source)
        return cancel.isCancelled() ? cancelled() : source.error();
    const QVariantList values = QVariantList{sql::fromDateTime(parameters.now)} + where.values;

    // 1. The cube of (assignee, type, state): at most users × types × 5 cells, from which the
    //    user, type and state rows, the totals and three of the charts are summed. "+column"
    //    keeps SQLite from walking an index in the grouping's order and looking up every task.
    QSqlQuery cube(m_db);
    cube.setForwardOnly(true);
    if (!cube.prepare(QStringLiteral("SELECT +assignee_id, type_id, state, %1 FROM %2 WHERE %3 "
                                     "GROUP BY +assignee_id, type_id, state")
                          .arg(measuresSql, *source, where.sql)))
        return DatabaseError::fromSql(cube.lastError());
    for (const QVariant &value : values)
        cube.addBindValue(value);
    if (!cube.exec())
        return failed(cube.lastError());
    RowCollector byUser, byType;
    std::array<TaskReportMeasures, allStates.size()> byState{};
    TaskReportResult result;
    result.parameters = parameters;
    while (cube.next()) {
        const TaskReportMeasures m = readMeasures(cube, 3);
        byUser.add(sql::toId(cube.value(0)), m);
        byType.add(cube.value(1).toLongLong(), m);
        const Task::State state = Task::stateFromCode(cube.value(2).toString()).value_or(Task::State::Planned);
        byState[std::size_t(state)].add(m);
        result.totals.add(m);
    }
    if (cube.lastError().isValid())
        return failed(cube.lastError());
    cube.finish();
    if (!cancel.report(45, 80))
        return cancelled();

    result.byUser = byUser.take();
    for (TaskReportRow &row : result.byUser) {
        if (row.id) {
            const Named named = users->value(*row.id);
            row.key = named.key;
            row.name = named.name.isEmpty() ? named.key : named.name;
        } else {
            row.name = tr("Unassigned");
        }
    }
    sortByWeight(result.byUser);
    result.byType = byType.take();
    for (TaskReportRow &row : result.byType) {
        const Named named = types->value(*row.id);
        row.key = named.key;
        row.name = named.name;
    }
    std::sort(result.byType.begin(), result.byType.end(), [](const TaskReportRow &a, const TaskReportRow &b) {
        if (a.measures.tasks != b.measures.tasks)
            return a.measures.tasks > b.measures.tasks;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (Task::State state : allStates) {
        TaskReportRow row;
        row.key = Task::stateCode(state);
        row.name = stateName(state);
        row.measures = byState[std::size_t(state)];
        result.byState.push_back(std::move(row));
    }

    // 2. Planned hours per day: summed per UTC hour of the planned start in SQL (at most 24 a
    //    day), then each hour placed on its local day here, which keeps daylight saving right.
    QSqlQuery hours(m_db);
    hours.setForwardOnly(true);
    if (!hours.prepare(QStringLiteral("SELECT substr(planned_start, 1, 13), count(*), "
                                      "coalesce(sum(CAST(round((julianday(planned_end) - julianday(planned_start)) "
                                      "* 86400) AS INTEGER)), 0) FROM %1 WHERE %2 GROUP BY 1")
                           .arg(*source, where.sql)))
        return DatabaseError::fromSql(hours.lastError());
    for (const QVariant &value : where.values)
        hours.addBindValue(value);
    if (!hours.exec())
        return failed(hours.lastError());
    const QDate firstDay = parameters.filter.from.toLocalTime().date();
    const QDate lastDay = parameters.filter.to.addMSecs(-1).toLocalTime().date();
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1))
        result.days.push_back({day, 0, 0});
    while (hours.next()) {
        const QDateTime hour = QDateTime::fromString(hours.value(0).toString() + QStringLiteral(":00:00Z"), Qt::ISODate);
        const qint64 index = std::clamp<qint64>(firstDay.daysTo(hour.toLocalTime().date()), 0,
                                                qint64(result.days.size()) - 1);
        result.days[std::size_t(index)].tasks += hours.value(1).toLongLong();
        result.days[std::size_t(index)].plannedSeconds += hours.value(2).toLongLong();
    }
    if (hours.lastError().isValid())
        return failed(hours.lastError());
    hours.finish();
    if (!cancel.report(80, 99))
        return cancelled();

    // 3. The rows of the chosen grouping.
    switch (parameters.grouping) {
    case TaskReportGrouping::User:
        result.rows = result.byUser;
        break;
    case TaskReportGrouping::Type:
        result.rows = result.byType;
        sortByWeight(result.rows);
        break;
    case TaskReportGrouping::State:
        for (const TaskReportRow &row : result.byState) {
            if (row.measures.tasks > 0)
                result.rows.push_back(row);
        }
        break;
    case TaskReportGrouping::Organization: {
        // Grouped first, then named: the join touches one row per organization, not per task.
        QSqlQuery organizations(m_db);
        organizations.setForwardOnly(true);
        if (!organizations.prepare(
                QStringLiteral("SELECT g.*, o.name FROM (SELECT +organization_id AS organization_id, %1 FROM %2 WHERE %3 "
                               "GROUP BY +organization_id) AS g LEFT JOIN organizations AS o ON o.id = g.organization_id")
                    .arg(measuresSql, *source, where.sql)))
            return DatabaseError::fromSql(organizations.lastError());
        for (const QVariant &value : values)
            organizations.addBindValue(value);
        if (!organizations.exec())
            return failed(organizations.lastError());
        while (organizations.next()) {
            TaskReportRow row;
            row.id = sql::toId(organizations.value(0));
            row.measures = readMeasures(organizations, 1);
            if (row.id) {
                row.key = QString::number(*row.id);
                row.name = organizations.value(8).toString();
            } else {
                row.name = tr("No organization");
            }
            result.rows.push_back(std::move(row));
        }
        if (organizations.lastError().isValid())
            return failed(organizations.lastError());
        sortByWeight(result.rows);
        break;
    }
    }
    const TaskFilter &f = parameters.filter;
    const std::array<std::tuple<QString, QString, QString, const std::vector<qint64> *>, 6> idFilters{{
        {tr("Assignees"), QStringLiteral("users"), QStringLiteral("display_name"), &f.assigneeIds},
        {tr("Authors"), QStringLiteral("users"), QStringLiteral("display_name"), &f.authorIds},
        {tr("Controllers"), QStringLiteral("users"), QStringLiteral("display_name"), &f.controllerIds},
        {tr("Types"), QStringLiteral("task_types"), QStringLiteral("name"), &f.typeIds},
        {tr("Organizations"), QStringLiteral("organizations"), QStringLiteral("name"), &f.organizationIds},
        {tr("Projects"), QStringLiteral("projects"), QStringLiteral("name"), &f.projectIds},
    }};
    for (std::size_t i = 0; i < idFilters.size(); ++i) {
        const auto &[label, table, column, ids] = idFilters[i];
        if (!ids->empty()) {
            auto names = namesOf(m_db, table, column, *ids);
            if (!names)
                return cancel.isCancelled() ? cancelled() : names.error();
            result.filterDescription.emplace_back(label, *names);
        }
        if (i == 3) { // states and importance read best after the types
            QStringList states, importances;
            for (Task::State state : f.states)
                states.append(stateName(state));
            for (Task::Importance importance : f.importances)
                importances.append(importanceName(importance));
            if (!states.isEmpty())
                result.filterDescription.emplace_back(tr("States"), states.join(QStringLiteral(", ")));
            if (!importances.isEmpty())
                result.filterDescription.emplace_back(tr("Importance"), importances.join(QStringLiteral(", ")));
        }
    }
    if (!cancel.report(100))
        return cancelled();
    return result;
}

} // namespace kartoteka
