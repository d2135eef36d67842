#pragma once

#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kartoteka {

// Pauses row-by-row search indexing for a bulk write (demo data, an import, undoing one)
// inside the caller's transaction, and brings the index up to date in one statement per
// index at finish() (see migrations/004_search.sql for why). While paused, new organizations
// and persons must be appended (ids above the existing ones), as bulk loads do; their insert
// triggers are dropped meanwhile, since even a trigger that does nothing costs per row.
// Open it after the Transaction and finish it before committing. One left unfinished does
// nothing when destroyed: the caller's transaction is then rolling back, which undoes the
// pause with everything else (catching up would be work thrown away, or, after the rollback,
// a write outside any transaction).
// Pausing while a pause is on does nothing: the outer one catches up.
class SearchIndexPause
{
public:
    explicit SearchIndexPause(QSqlDatabase db);

    SearchIndexPause(const SearchIndexPause &) = delete;
    SearchIndexPause &operator=(const SearchIndexPause &) = delete;

    const DatabaseError &startError() const { return m_startError; }
    DatabaseError finish();

private:
    QSqlDatabase m_db;
    DatabaseError m_startError;
    bool m_owner = false; // this pause switched indexing off and must switch it on
    QStringList m_droppedTriggers; // their CREATE statements
};

} // namespace kartoteka
