#pragma once

#include "storage/DatabaseError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryFile>
#include <QVariant>

#include <array>
#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <thread>
#include <vector>

namespace kartoteka::search {

class RowQueue;
struct StagedRow;

// Builds the search indexes of a bulk load into tables that were empty when it began on a
// thread of its own, so that they are built while the writer builds its B-tree indexes
// instead of after them. During the load the rows are handed over as they are inserted and
// staged (their index text computed) in a scratch database beside the main one; when they
// are all in, the thread fills an index there for each table; finish() then moves the built
// indexes into the main database, inside the load's transaction. An index it replaces holds
// nothing that counts (its table was empty), so it is replaced whole, dropped and created
// again so that no FTS5 state the connection cached can outlive the swap. Edits and deletes
// of the rows meanwhile are noted by the search triggers in search_pending_* and caught up by
// SearchIndexPause after finish(). Use inside a SearchIndexPause, after it started.
class SearchIndexBuilder
{
public:
    enum class Index { Organizations, Persons };
    // The fields of a row in the order the index reads them:
    // organizations: name, inn, phones, email, city; persons: full name, phones, e-mails.
    using Fields = std::array<QString, 5>;

    // Null when no index can be built beside (both tables have rows, the database has no
    // folder for the scratch file): the search pause then indexes the rows at its end.
    static std::unique_ptr<SearchIndexBuilder> start(QSqlDatabase db);
    ~SearchIndexBuilder();

    SearchIndexBuilder(const SearchIndexBuilder &) = delete;
    SearchIndexBuilder &operator=(const SearchIndexBuilder &) = delete;

    bool builds(Index index) const { return m_builds[int(index)]; }
    // Every row inserted into a table it builds, while this runs, in the order of their ids.
    void add(Index index, qint64 id, const Fields &fields);
    // No more rows: the thread builds the indexes now.
    void endOfRows();
    // Waits for the indexes and moves them into the main database. While it waits it asks
    // `stillWanted` ten times a second; when that says no, the build is abandoned at once and
    // finish() returns an error (Refused).
    DatabaseError finish(const std::function<bool()> &stillWanted = {});
    // Lets go of the scratch database; call after the main transaction ended (the destructor
    // does it too).
    void release();

private:
    explicit SearchIndexBuilder(QSqlDatabase db);
    DatabaseError prepare();
    static void removeStaleScratchFiles(const QString &databasePath);
    void build();
    void abandon(); // stops the thread, whatever it was doing, and waits for it
    static int onScratchProgress(void *builder);
    void sendBatch();
    DatabaseError moveIntoMain(Index index);

    QSqlDatabase m_db;
    bool m_builds[2] = {false, false};
    qint64 m_lastId[2] = {0, 0};
    QString m_createIndex[2]; // each index's CREATE statement, as the schema holds it
    QList<std::pair<QString, QVariant>> m_settings[2]; // each index's FTS5 settings (hash size)
    QTemporaryFile m_scratch;
    std::unique_ptr<RowQueue> m_queue;
    std::vector<StagedRow> m_batch; // rows not yet handed over
    std::thread m_thread;
    std::promise<void> m_builtPromise; // kept by the thread as it ends
    std::future<void> m_built = m_builtPromise.get_future();
    std::atomic<bool> m_abandoned = false; // the thread's statements stop when set
    QString m_buildError; // set by the thread before it ends
    bool m_attached = false;
};

} // namespace kartoteka::search
