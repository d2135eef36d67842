#include "BulkLoad.h"

#include "Sql.h"

namespace kartoteka {

BulkLoad::BulkLoad(QSqlDatabase db, const QStringList &tables, int cacheMiB) : m_db(db), m_searchPause(db)
{
    if (m_searchPause.startError()) {
        m_startError = m_searchPause.startError();
        return;
    }
    if (tables.contains(QStringLiteral("sales"))) {
        m_salesMonthsPause.emplace(db);
        if (m_salesMonthsPause->startError()) {
            m_startError = m_salesMonthsPause->startError();
            return;
        }
    }
    auto cache = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!cache) {
        m_startError = cache.error();
        return;
    }
    m_cacheSize = *cache;
    // PRAGMA takes no bound values; the size is our own constant.
    sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(cacheMiB * 1024));

    for (const QString &table : tables) {
        auto empty = sql::scalar(m_db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(table));
        if (!empty) {
            m_startError = empty.error();
            return;
        }
        if (!empty->toBool())
            continue;
        auto indexes = sql::exec(m_db,
                                 QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                "AND tbl_name = ? AND sql IS NOT NULL"),
                                 {table});
        if (!indexes) {
            m_startError = indexes.error();
            return;
        }
        QStringList names;
        while (indexes->next()) {
            names.append(indexes->value(0).toString());
            m_droppedIndexes.append(indexes->value(1).toString());
        }
        for (const QString &name : names) {
            if (auto dropped = sql::exec(m_db, QStringLiteral("DROP INDEX %1").arg(name)); !dropped) {
                m_startError = dropped.error();
                return;
            }
        }
    }
}

BulkLoad::~BulkLoad()
{
    if (m_cacheSize.isValid())
        sql::exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toInt()));
}

DatabaseError BulkLoad::rebuildIndexes()
{
    for (const QString &create : std::as_const(m_droppedIndexes)) {
        if (auto created = sql::exec(m_db, create); !created)
            return created.error();
    }
    m_droppedIndexes.clear();
    return {};
}

DatabaseError BulkLoad::finish()
{
    // Index builds sort; SQLite may spread that over a second core.
    sql::exec(m_db, QStringLiteral("PRAGMA threads = 2"));
    if (DatabaseError error = rebuildIndexes())
        return error;
    if (m_salesMonthsPause) {
        if (DatabaseError error = m_salesMonthsPause->finish())
            return error;
    }
    return m_searchPause.finish();
}

} // namespace kartoteka
