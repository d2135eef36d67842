#pragma once

#include "Task.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace kartoteka {

struct User;

// Who looks at tasks: a manager sees shared tasks and the personal ones they author, are
// assigned or control; a supervisor (or admin) sees all.
struct TaskViewer
{
    qint64 userId = 0;
    bool seesEverything = false;

    static TaskViewer of(const User &user);
    static TaskViewer everything() { return {0, true}; }
};

// The filters every task list shares (journals, the calendar, reports). Empty lists and unset
// values do not filter.
struct TaskFilter
{
    // Tasks whose planned time overlaps [from, to); a task without an end is an instant.
    // Either bound may be unset; with a bound set, unscheduled tasks are left out.
    QDateTime from;
    QDateTime to;
    std::vector<qint64> assigneeIds;
    std::vector<qint64> authorIds;
    std::vector<qint64> controllerIds;
    std::vector<qint64> typeIds;
    std::vector<Task::State> states;
    std::vector<Task::Importance> importances;
    std::vector<qint64> organizationIds;
    std::vector<qint64> projectIds;
    std::optional<qint64> personId;
    std::optional<qint64> dealId;
    // A user's journal: the tasks they author, are assigned or control.
    std::optional<qint64> involvedUserId;

    bool operator==(const TaskFilter &) const = default;
};

} // namespace kartoteka
