#pragma once

#include "tasks/Task.h"

#include <QDateTime>

#include <optional>

namespace kartoteka::ui {

// The values a new task starts with, so that the usual case needs only a subject.
class TaskDrafts
{
public:
    static constexpr int plannedMinutes = 30;

    // The next whole or half hour after `now` (10:07 → 10:30, 10:30 → 11:00).
    static QDateTime nextHalfHour(const QDateTime &now);
    // Quick add (Ctrl+N): a call of `userId` (author and assignee) at the next half hour,
    // 30 minutes long, with the organization given.
    static Task plannedCall(const QDateTime &now, qint64 userId, qint64 callTypeId,
                            std::optional<qint64> organizationId);
    // A call made just now: done, 100 %, started and ended now.
    static Task loggedCall(const QDateTime &now, qint64 userId, qint64 callTypeId, std::optional<qint64> organizationId);
};

} // namespace kartoteka::ui
