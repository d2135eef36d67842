#pragma once

#include "contacts/OrganizationRepository.h"

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

} // namespace kartoteka::test
