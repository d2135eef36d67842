#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace kartoteka {

// Settings for writing very many rows in one transaction (demo data, large imports): a page
// cache big enough that index pages are not spilled and re-read for every row, and the
// secondary indexes of tables that start empty dropped, then built once at the end, which
// sorts instead of inserting row by row. Open it inside the caller's Transaction.
class BulkLoad
{
public:
    BulkLoad(QSqlDatabase db, const QStringList &tables);
    ~BulkLoad();

    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    const DatabaseError &startError() const { return m_startError; }
    // Rebuilds the dropped indexes; call before committing.
    DatabaseError finish();

private:
    QSqlDatabase m_db;
    DatabaseError m_startError;
    QStringList m_droppedIndexes; // their CREATE statements
    QVariant m_cacheSize;
};

} // namespace kartoteka
