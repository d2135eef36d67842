#pragma once

#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"

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

} // namespace kartoteka::test
