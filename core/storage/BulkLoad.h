#pragma once

#include "Result.h"
#include "SalesMonthsPause.h"
#include "SearchIndexPause.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace kartoteka {

// Settings for writing very many rows in one transaction (demo data, large imports): a page
// cache big enough that index pages are not spilled and re-read for every row, and the
// secondary indexes of tables that start empty dropped, then built once at the end, which
// sorts instead of inserting row by row; search indexing and, when sales are loaded, their
// monthly sums paused, then caught up in one go.
// Open it inside the caller's Transaction.
class BulkLoad
{
public:
    // `cacheMiB` bounds the page cache: demo data can afford more than an import that must
    // stay small beside its duplicate index.
    BulkLoad(QSqlDatabase db, const QStringList &tables, int cacheMiB = 256);
    ~BulkLoad();

    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    const DatabaseError &startError() const { return m_startError; }
    // Rebuilds the dropped indexes and the search index; call before committing.
    DatabaseError finish();
    // The dropped indexes alone, on this thread only, for a caller with other work for the
    // second core meanwhile (finish() then skips them).
    DatabaseError rebuildIndexes();

private:
    QSqlDatabase m_db;
    DatabaseError m_startError;
    QStringList m_droppedIndexes; // their CREATE statements
    QVariant m_cacheSize;
    SearchIndexPause m_searchPause;
    std::optional<SalesMonthsPause> m_salesMonthsPause;
};

} // namespace kartoteka
