#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kartoteka {

// The one record of time and contact management: a call, letter, meeting, visit, plain task...
struct Task
{
    enum class State { Planned, InProgress, Done, Cancelled, Postponed };
    enum class Importance { Low = 0, Normal = 1, High = 2 };

    qint64 id = 0;
    QString subject;
    QString content;
    qint64 typeId = 0; // a TaskType
    State state = State::Planned;
    Importance importance = Importance::Normal;
    int percentComplete = 0; // 0..100
    std::optional<qint64> organizationId;
    std::optional<qint64> personId;
    std::optional<qint64> projectId;
    std::optional<qint64> dealId;
    qint64 authorId = 0; // a user
    std::optional<qint64> assigneeId;
    std::optional<qint64> controllerId;
    bool personal = false; // seen by its author, assignee and controller (and supervisors) only
    bool allDay = false;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QDateTime actualStart;
    QDateTime actualEnd;
    QDateTime reviewAt;
    QDateTime remindAt;
    QDateTime remindedAt; // when the reminder was shown; unset while it is pending
    double expenses = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<qint64> importBatchId;

    bool isClosed() const { return state == State::Done || state == State::Cancelled; }

    static QString stateCode(State state);
    static std::optional<State> stateFromCode(const QString &code);
};

} // namespace kartoteka
