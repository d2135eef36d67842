#pragma once

#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "tasks/Task.h"

#include <catch2/catch.hpp>

namespace kartoteka::test {

// An organization with just a name, for tests about what hangs off organizations.
inline qint64 addOrganization(const QSqlDatabase &db, const QString &name)
{
    Organization organization;
    organization.name = name;
    REQUIRE_FALSE(OrganizationRepository(db).create(organization));
    return organization.id;
}

// A user (a manager) with a login and a display name (the login when none is given).
inline qint64 addUser(const QSqlDatabase &db, const QString &login, const QString &displayName = {})
{
    User user;
    user.login = login;
    user.displayName = displayName.isEmpty() ? login : displayName;
    REQUIRE_FALSE(UserRepository(db).create(user));
    return user.id;
}

// A task as the report tests count them: its assignee (also its author), type, organization,
// state, planned and actual times and expenses.
inline Task reportTask(std::optional<qint64> assignee, qint64 type, std::optional<qint64> organization, Task::State state,
                       const QDateTime &start, const QDateTime &end, const QDateTime &actualStart = {},
                       const QDateTime &actualEnd = {}, double expenses = 0)
{
    Task t;
    t.subject = QStringLiteral("Task");
    t.typeId = type;
    t.authorId = assignee.value_or(0);
    t.assigneeId = assignee;
    t.organizationId = organization;
    t.state = state;
    t.plannedStart = start;
    t.plannedEnd = end;
    t.actualStart = actualStart;
    t.actualEnd = actualEnd;
    t.expenses = expenses;
    return t;
}

} // namespace kartoteka::test
