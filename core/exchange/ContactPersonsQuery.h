#pragma once

#include "storage/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace kartoteka {

// The contact persons of organizations in export order (by organization, then person), with
// `columns` of persons p and organizations o; archived ones (or those of an archived
// organization) only when asked for. Both the CSV and the vCard export read persons so.
Result<QSqlQuery> contactPersonsQuery(const QSqlDatabase &db, const QString &columns, bool includeArchived);

} // namespace kartoteka
