#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace kartoteka {

// A column of another table that holds the id of a row: {"tasks", "organization_id"}.
struct Reference
{
    const char *table;
    const char *column;
};

// What refers to row `id`: for each table, the rows whose referencing columns hold the id (a row
// that does through two columns counts once), in translated words: "2 tasks, 1 sale". Tables no
// row of which refers are left out; empty when nothing refers to the row.
Result<QString> describeReferences(const QSqlDatabase &db, const std::vector<Reference> &references, qint64 id);

} // namespace kartoteka
