#include "SearchIndexBuilder.h"

#include "SearchText.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>

namespace kartoteka::search {

struct StagedRow
{
    SearchIndexBuilder::Index index;
    qint64 id;
    SearchIndexBuilder::Fields fields;
};

// Batches of rows from the writer to the building thread; the writer waits when the builder
// is far behind, so that memory stays bounded.
class RowQueue
{
public:
    enum class Next { Batch, End, Stopped };

    void push(std::vector<StagedRow> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_batches.size() < maxBatches || m_stopped; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    Next pop(std::vector<StagedRow> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty() || m_closed || m_stopped; });
        if (m_stopped)
            return Next::Stopped;
        if (m_batches.empty())
            return Next::End;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return Next::Batch;
    }
    void close() { change([&] { m_closed = true; }); } // no more rows: the build ends
    void stop() { change([&] { m_stopped = true; }); }  // the build is abandoned

private:
    static constexpr size_t maxBatches = 16;

    template <typename Change>
    void change(Change apply)
    {
        {
            std::lock_guard lock(m_mutex);
            apply();
        }
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<std::vector<StagedRow>> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
};

namespace {

constexpr int batchRows = 1024;
const char rowsModuleName[] = "kartoteka_rows";

// The same texts as the search triggers of migrations/004_search.sql make.
std::pair<QByteArray, QByteArray> indexTexts(SearchIndexBuilder::Index index, const SearchIndexBuilder::Fields &f)
{
    // Text that does not survive UTF-8 (a lone surrogate) is replaced by toUtf8() here just
    // as when the row was stored, so the triggers, reading it back, give the index the same terms.
    if (index == SearchIndexBuilder::Index::Organizations)
        return {indexText({f[0]}).toUtf8(), indexText({f[1], phoneDigits(f[2]), f[3], f[4]}).toUtf8()};
    return {indexText({f[0]}).toUtf8(), indexText({phoneDigits(f[1]), f[2]}).toUtf8()};
}

// An eponymous virtual table over the queue: "SELECT kind, rowid, names, contacts FROM
// kartoteka_rows" yields each row as the writer sends it, waiting for the next batch, so that
// one INSERT statement stages them all.
struct RowsTable
{
    sqlite3_vtab base{};
    RowQueue *queue = nullptr;
};

struct RowsCursor
{
    sqlite3_vtab_cursor base{};
    std::vector<StagedRow> batch;
    size_t at = 0;
    bool eof = false;
    int kind = 0;
    qint64 id = 0;
    std::pair<QByteArray, QByteArray> texts;
};

int rowsConnect(sqlite3 *db, void *aux, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int code = sqlite3_declare_vtab(db, "CREATE TABLE x(kind INTEGER, names TEXT, contacts TEXT)");
    if (code != SQLITE_OK)
        return code;
    auto *rows = new RowsTable;
    rows->queue = static_cast<RowQueue *>(aux);
    *table = &rows->base;
    return SQLITE_OK;
}

int rowsBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    info->estimatedCost = 1e6;
    info->estimatedRows = 1000000;
    return SQLITE_OK;
}

int rowsDisconnect(sqlite3_vtab *table)
{
    delete reinterpret_cast<RowsTable *>(table);
    return SQLITE_OK;
}

int rowsOpen(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = &(new RowsCursor)->base;
    return SQLITE_OK;
}

int rowsClose(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<RowsCursor *>(cursor);
    return SQLITE_OK;
}

int rowsNext(sqlite3_vtab_cursor *base)
{
    auto *cursor = reinterpret_cast<RowsCursor *>(base);
    const auto *table = reinterpret_cast<const RowsTable *>(base->pVtab);
    if (++cursor->at >= cursor->batch.size()) {
        cursor->batch.clear();
        cursor->at = 0;
        switch (table->queue->pop(cursor->batch)) {
        case RowQueue::Next::Stopped:
            return SQLITE_INTERRUPT;
        case RowQueue::Next::End:
            cursor->eof = true;
            return SQLITE_OK;
        case RowQueue::Next::Batch:
            break;
        }
    }
    const StagedRow &row = cursor->batch[cursor->at];
    cursor->kind = int(row.index);
    cursor->id = row.id;
    cursor->texts = indexTexts(row.index, row.fields);
    return SQLITE_OK;
}

int rowsFilter(sqlite3_vtab_cursor *base, int, const char *, int, sqlite3_value **)
{
    auto *cursor = reinterpret_cast<RowsCursor *>(base);
    cursor->at = 0;
    cursor->batch.clear(); // rowsNext pops the first batch
    return rowsNext(base);
}

int rowsEof(sqlite3_vtab_cursor *cursor)
{
    return reinterpret_cast<RowsCursor *>(cursor)->eof;
}

int rowsColumn(sqlite3_vtab_cursor *base, sqlite3_context *context, int column)
{
    const auto *cursor = reinterpret_cast<const RowsCursor *>(base);
    if (column == 0) {
        sqlite3_result_int(context, cursor->kind);
        return SQLITE_OK;
    }
    const QByteArray &text = column == 1 ? cursor->texts.first : cursor->texts.second;
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    return SQLITE_OK;
}

int rowsRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<const RowsCursor *>(cursor)->id;
    return SQLITE_OK;
}

sqlite3_module rowsModule()
{
    sqlite3_module module{};
    module.xConnect = rowsConnect; // no xCreate: eponymous only, nothing in the schema
    module.xBestIndex = rowsBestIndex;
    module.xDisconnect = rowsDisconnect;
    module.xOpen = rowsOpen;
    module.xClose = rowsClose;
    module.xFilter = rowsFilter;
    module.xNext = rowsNext;
    module.xEof = rowsEof;
    module.xColumn = rowsColumn;
    module.xRowid = rowsRowid;
    return module;
}

const sqlite3_module rowsModuleInstance = rowsModule();

// INSERT INTO index (index, rank) VALUES (key, value): an FTS5 setting.
int applySetting(sqlite3 *db, const QByteArray &index, const QString &key, const QVariant &value)
{
    const QByteArray statement = "INSERT INTO " + index + " (" + index + ", rank) VALUES (?, ?)";
    sqlite3_stmt *set = nullptr;
    int code = sqlite3_prepare_v2(db, statement.constData(), int(statement.size()), &set, nullptr);
    const QByteArray keyText = key.toUtf8();
    const QByteArray valueText = value.toString().toUtf8();
    if (code == SQLITE_OK)
        code = sqlite3_bind_text(set, 1, keyText.constData(), int(keyText.size()), SQLITE_TRANSIENT);
    if (code == SQLITE_OK) {
        code = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int
                   ? sqlite3_bind_int64(set, 2, value.toLongLong())
                   : sqlite3_bind_text(set, 2, valueText.constData(), int(valueText.size()), SQLITE_TRANSIENT);
    }
    if (code == SQLITE_OK)
        code = sqlite3_step(set) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
    sqlite3_finalize(set);
    return code;
}

} // namespace

namespace {

const char *const tableNames[] = {"organizations", "persons"};

QString indexName(SearchIndexBuilder::Index index)
{
    return QStringLiteral("search_") + QLatin1String(tableNames[int(index)]);
}

// Its column in search_state.
QString fromColumn(SearchIndexBuilder::Index index)
{
    return QLatin1String(tableNames[int(index)]) + QStringLiteral("_from");
}

constexpr SearchIndexBuilder::Index indexes[] = {SearchIndexBuilder::Index::Organizations,
                                                 SearchIndexBuilder::Index::Persons};

} // namespace

std::unique_ptr<SearchIndexBuilder> SearchIndexBuilder::start(QSqlDatabase db)
{
    std::unique_ptr<SearchIndexBuilder> builder(new SearchIndexBuilder(std::move(db)));
    if (builder->prepare() || (!builder->m_builds[0] && !builder->m_builds[1]))
        return nullptr;
    builder->m_thread = std::thread(&SearchIndexBuilder::build, builder.get());
    return builder;
}

SearchIndexBuilder::SearchIndexBuilder(QSqlDatabase db) : m_db(std::move(db)), m_queue(std::make_unique<RowQueue>()) {}

SearchIndexBuilder::~SearchIndexBuilder()
{
    abandon();
    release();
}

void SearchIndexBuilder::abandon()
{
    if (!m_thread.joinable())
        return;
    m_abandoned = true;
    m_queue->stop();
    m_thread.join();
}

int SearchIndexBuilder::onScratchProgress(void *builder)
{
    return static_cast<const SearchIndexBuilder *>(builder)->m_abandoned ? 1 : 0;
}

// The scratch files of imports that were killed before they could remove them. This import
// holds the database's write lock, so no other import is running beside it to own one.
void SearchIndexBuilder::removeStaleScratchFiles(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    const QDir folder = database.absoluteDir();
    const QString pattern = database.fileName() + QStringLiteral(".search-??????");
    for (const QString &name : folder.entryList({pattern}, QDir::Files))
        QFile::remove(folder.filePath(name));
}

// Which indexes this build can take over; any error means "none": the pause indexes then.
DatabaseError SearchIndexBuilder::prepare()
{
    auto paused = sql::scalar(m_db, QStringLiteral("SELECT suspended FROM search_state"));
    if (!paused)
        return paused.error();
    if (paused->toInt() != 1)
        return {DatabaseError::Kind::Refused, QStringLiteral("search indexing is not paused")};
    auto file = sql::exec(m_db, QStringLiteral("SELECT file FROM pragma_database_list WHERE name = 'main'"));
    if (!file)
        return file.error();
    const QString path = file->next() ? file->value(0).toString() : QString();
    if (path.isEmpty())
        return {DatabaseError::Kind::Refused, QStringLiteral("an in-memory database")};
    bool builds[2] = {false, false};
    for (const Index index : indexes) {
        const int i = int(index);
        // Table names are our own constants, never input.
        auto empty = sql::scalar(m_db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(tableNames[i])));
        if (!empty)
            return empty.error();
        if (!empty->toBool())
            continue;
        auto create = sql::scalar(m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
                                  {indexName(index)});
        if (!create)
            return create.error();
        m_createIndex[i] = create->toString();
        auto settings = sql::exec(m_db, QStringLiteral("SELECT k, v FROM %1_config WHERE k <> 'version'").arg(indexName(index)));
        if (!settings)
            return settings.error();
        while (settings->next())
            m_settings[i].append({settings->value(0).toString(), settings->value(1)});
        builds[i] = true;
    }
    if (!builds[0] && !builds[1])
        return {};
    removeStaleScratchFiles(path);
    m_scratch.setFileTemplate(QFileInfo(path).absoluteFilePath() + QStringLiteral(".search-XXXXXX"));
    if (!m_scratch.open())
        return {DatabaseError::Kind::CannotOpen, m_scratch.errorString()};
    m_scratch.close(); // SQLite opens it by name; an empty file is an empty database
    // From here on the search triggers note edits and deletes of every row in
    // search_pending_*, the new rows too: the built index holds them as they were added.
    // One statement, so that a failure leaves the pause as it was.
    const qint64 past = std::numeric_limits<qint64>::max();
    if (auto noted = sql::exec(m_db,
                               QStringLiteral("UPDATE search_state SET organizations_from = iif(?, ?, organizations_from), "
                                              "persons_from = iif(?, ?, persons_from)"),
                               {builds[0], past, builds[1], past});
        !noted)
        return noted.error();
    m_builds[0] = builds[0];
    m_builds[1] = builds[1];
    return {};
}

void SearchIndexBuilder::add(Index index, qint64 id, const Fields &fields)
{
    m_batch.push_back(StagedRow{index, id, fields});
    m_lastId[int(index)] = id;
    if (m_batch.size() >= batchRows)
        sendBatch();
}

void SearchIndexBuilder::sendBatch()
{
    if (m_batch.empty())
        return;
    m_queue->push(std::move(m_batch));
    m_batch = {};
    m_batch.reserve(batchRows);
}

void SearchIndexBuilder::endOfRows()
{
    sendBatch();
    m_queue->close();
}

// The building thread: its own connection to the scratch file, one transaction; the rows
// staged by one INSERT, then each index filled from them by one INSERT.
void SearchIndexBuilder::build()
{
    sqlite3 *scratch = nullptr;
    const auto run = [&](const QByteArray &statement) {
        return sqlite3_exec(scratch, statement.constData(), nullptr, nullptr, nullptr);
    };
    int code = sqlite3_open_v2(QFile::encodeName(m_scratch.fileName()).constData(), &scratch,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (code == SQLITE_OK)
        code = sqlite3_create_module_v2(scratch, rowsModuleName, &rowsModuleInstance, m_queue.get(), nullptr);
    if (code == SQLITE_OK)
        sqlite3_progress_handler(scratch, 4096, &SearchIndexBuilder::onScratchProgress, this);
    // A scratch file: nothing to recover if this fails, the main transaction stays as it was.
    for (const char *statement : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "BEGIN",
                                  "CREATE TABLE staged (kind INTEGER, id INTEGER, names TEXT, contacts TEXT)"}) {
        if (code == SQLITE_OK)
            code = run(statement);
    }
    if (code == SQLITE_OK)
        code = run(QByteArray("INSERT INTO staged SELECT kind, rowid, names, contacts FROM ") + rowsModuleName);
    for (const Index index : indexes) {
        if (!m_builds[int(index)])
            continue;
        const QByteArray name = indexName(index).toUtf8();
        if (code == SQLITE_OK)
            code = run(m_createIndex[int(index)].toUtf8());
        for (const auto &[key, value] : std::as_const(m_settings[int(index)])) {
            if (code == SQLITE_OK)
                code = applySetting(scratch, name, key, value);
        }
        // Rows of a kind were staged in the order of their ids, as FTS5 likes them.
        if (code == SQLITE_OK)
            code = run("INSERT INTO " + name + " (rowid, names, contacts) SELECT id, names, contacts FROM staged WHERE kind = "
                       + QByteArray::number(int(index)));
    }
    if (code == SQLITE_OK)
        code = run("COMMIT");
    if (code != SQLITE_OK) {
        m_buildError = scratch ? QString::fromUtf8(sqlite3_errmsg(scratch)) : QStringLiteral("cannot open the scratch file");
        m_queue->stop(); // the writer must not wait for a reader that is gone
    }
    sqlite3_close_v2(scratch);
    m_builtPromise.set_value();
}

DatabaseError SearchIndexBuilder::finish(const std::function<bool()> &stillWanted)
{
    endOfRows();
    while (m_built.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        if (stillWanted && !stillWanted()) {
            abandon();
            return {DatabaseError::Kind::Refused, QStringLiteral("search index: cancelled")};
        }
    }
    if (m_thread.joinable())
        m_thread.join();
    if (!m_buildError.isEmpty())
        return {DatabaseError::Kind::Failed, QStringLiteral("search index: %1").arg(m_buildError)};
    auto attached = sql::exec(m_db, QStringLiteral("ATTACH ? AS kartoteka_scratch"), {m_scratch.fileName()});
    if (!attached)
        return attached.error();
    m_attached = true;
    for (const Index index : indexes) {
        if (!m_builds[int(index)])
            continue;
        if (DatabaseError error = moveIntoMain(index))
            return error;
    }
    return {};
}

DatabaseError SearchIndexBuilder::moveIntoMain(Index index)
{
    const QString name = indexName(index);
    QStringList shadows;
    auto tables = sql::exec(m_db, QStringLiteral("SELECT name FROM kartoteka_scratch.sqlite_master WHERE type = 'table' "
                                                 "AND substr(name, 1, ?) = ? AND name <> ?"),
                            {name.size() + 1, QString(name + QLatin1Char('_')), QString(name + QStringLiteral("_config"))});
    if (!tables)
        return tables.error();
    while (tables->next())
        shadows << tables->value(0).toString();
    // Dropped and created again rather than written under: the connection keeps what FTS5
    // read of an index, and would not see its tables change.
    QStringList statements{QStringLiteral("DROP TABLE main.%1").arg(name), m_createIndex[int(index)]};
    for (const QString &shadow : std::as_const(shadows)) {
        statements << QStringLiteral("DELETE FROM main.%1").arg(shadow)
                   << QStringLiteral("INSERT INTO main.%1 SELECT * FROM kartoteka_scratch.%1").arg(shadow);
    }
    for (const QString &statement : std::as_const(statements)) {
        if (auto done = sql::exec(m_db, statement); !done)
            return done.error();
    }
    // The settings the index had, through FTS5 itself, which reloads them.
    for (const auto &[key, value] : std::as_const(m_settings[int(index)])) {
        if (auto set = sql::exec(m_db, QStringLiteral("INSERT INTO %1 (%1, rank) VALUES (?, ?)").arg(name), {key, value});
            !set)
            return set.error();
    }
    // The rows added are indexed; the search pause catches up with any after them.
    if (auto indexed = sql::exec(m_db, QStringLiteral("UPDATE search_state SET %1 = ?").arg(fromColumn(index)),
                                 {m_lastId[int(index)] + 1});
        !indexed)
        return indexed.error();
    return {};
}

void SearchIndexBuilder::release()
{
    if (m_attached) {
        sql::exec(m_db, QStringLiteral("DETACH kartoteka_scratch"));
        m_attached = false;
    }
    if (!m_scratch.fileName().isEmpty())
        m_scratch.remove();
}

} // namespace kartoteka::search
