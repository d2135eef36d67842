#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace kartoteka {

// One INSERT statement prepared once and run for many rows (demo data, imports). The caller
// holds the Transaction around the whole batch. It speaks to SQLite's C API through the Qt
// connection's handle: the driver's per-row binding costs more than SQLite's own insert.
class BulkInsert
{
public:
    BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    const DatabaseError &prepareError() const { return m_prepareError; }
    // Binds `values` in column order, runs the statement and returns the new row's id.
    Result<qint64> insert(std::initializer_list<QVariant> values);

private:
    DatabaseError bindError(int code) const;

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_table;
    DatabaseError m_prepareError;
};

} // namespace kartoteka
