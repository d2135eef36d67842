#pragma once

#include "TaskFilter.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace kartoteka {

// What the rows of a task report are: one per assignee ("user"; unassigned tasks are a group
// of their own), task type, state, or organization (tasks without one are a group too).
enum class TaskReportGrouping { User, Type, State, Organization };

QString taskReportGroupingCode(TaskReportGrouping grouping); // "user", "type", "state", "organization"
std::optional<TaskReportGrouping> taskReportGroupingFromCode(const QString &code);

// The sums of a set of tasks. Exact rules (also in README, "tasks report"):
// - tasks: how many tasks;
// - planned hours: planned end − planned start, for tasks with both;
// - actual hours: actual end − actual start, for tasks with both;
// - expenses: the sum of the tasks' expenses;
// - done: tasks in state done;
// - done on time: done tasks whose actual end is at or before the deadline, the deadline being
//   the planned end, or the planned start of a task without an end; a done task without an
//   actual end or without a deadline is not "on time";
// - overdue: tasks neither done nor cancelled whose deadline is before "now".
struct TaskReportMeasures
{
    qint64 tasks = 0;
    qint64 plannedSeconds = 0;
    qint64 actualSeconds = 0;
    double expenses = 0;
    qint64 done = 0;
    qint64 doneOnTime = 0;
    qint64 overdue = 0;

    double plannedHours() const { return double(plannedSeconds) / 3600.0; }
    double actualHours() const { return double(actualSeconds) / 3600.0; }
    void add(const TaskReportMeasures &other);
    bool operator==(const TaskReportMeasures &) const = default;
};

// One row of the report: a user, a type, a state or an organization with its measures.
struct TaskReportRow
{
    // The user, type or organization id; unset for the "unassigned" and "no organization"
    // groups and for states.
    std::optional<qint64> id;
    // A stable key for scripts: the user's login, the type's code, the state's code, or the
    // organization's id as text; empty for "unassigned" and "no organization".
    QString key;
    QString name; // what people read: display name, type name, state name, organization name
    TaskReportMeasures measures;
};

// Planned hours of the tasks that start on one day (local time) of the period.
struct TaskReportDay
{
    QDate day;
    qint64 plannedSeconds = 0;
    qint64 tasks = 0;
    double plannedHours() const { return double(plannedSeconds) / 3600.0; }
};

struct TaskReportParameters
{
    // Period = planned time overlapping [filter.from, filter.to); both bounds are required.
    TaskFilter filter;
    TaskReportGrouping grouping = TaskReportGrouping::User;
    // Tasks whose deadline is before this are overdue (unless done or cancelled).
    QDateTime now;

    // Why the report cannot be made (a missing or reversed period, a period over 10 years,
    // an unset "now"), or an empty string.
    QString problem() const;
};

struct TaskReportResult
{
    TaskReportParameters parameters;
    // Ordered by planned hours, then tasks, descending, then by name (state grouping: in the
    // order planned, in progress, done, cancelled, postponed).
    std::vector<TaskReportRow> rows;
    TaskReportMeasures totals;

    // The filters in words, for the printed report and the CLI: ("Assignees", "Ann, Bob"), ...
    // in the order assignees, authors, controllers, types, states, importance, organizations,
    // projects; only the filters that are set.
    std::vector<std::pair<QString, QString>> filterDescription;

    // The chart series, whatever the grouping:
    std::vector<TaskReportRow> byUser;  // planned vs actual hours per user, ordered like rows
    std::vector<TaskReportRow> byState; // all five states, in their order, zero counts included
    std::vector<TaskReportRow> byType;  // the types that have tasks, by count descending
    // Every day of the period, in order; a task counts on the day its planned start falls on
    // (the period's first day for tasks that began before the period).
    std::vector<TaskReportDay> days;
};

// Aggregates tasks in SQL over the tasks a viewer may see (TaskQuery::where) and a filter.
class TaskReport
{
    Q_DECLARE_TR_FUNCTIONS(TaskReport)

public:
    // Receives 0..100; returning false cancels the run.
    using Progress = std::function<bool(int percent)>;

    TaskReport(QSqlDatabase db, TaskViewer viewer);

    // A cancelled run returns a DatabaseError of kind Failed with an empty message; impossible
    // parameters one of kind Invalid.
    Result<TaskReportResult> run(const TaskReportParameters &parameters, const Progress &progress = {}) const;

    // The localized name of a state ("In progress").
    static QString stateName(Task::State state);
    static QString importanceName(Task::Importance importance);
    // What a row of a grouping is called: "Assignee", "Type", "State", "Organization".
    static QString groupingTitle(TaskReportGrouping grouping);

private:
    QSqlDatabase m_db;
    TaskViewer m_viewer;
};

} // namespace kartoteka
