#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <initializer_list>

namespace kartoteka {

// One INSERT statement prepared once and run for many rows (demo data, imports). The caller
// holds the Transaction around the whole batch.
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    const DatabaseError &prepareError() const { return m_prepareError; }
    // Binds `values` in column order, runs the statement and returns the new row's id.
    Result<qint64> insert(std::initializer_list<QVariant> values);

private:
    QSqlQuery m_query;
    DatabaseError m_prepareError;
};

} // namespace kartoteka
