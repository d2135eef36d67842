#include "SearchIndexPause.h"

#include "Sql.h"

#include <vector>

namespace kartoteka {

namespace {

// How one index catches up. Usually: remove what the index held for the older rows noted
// while paused, index them as they are now (rows deleted meanwhile are not found by the join),
// then every newer row. When more rows were noted than the table holds now (an undone import
// deletes its million rows), removing them one by one costs more than indexing what is left
// afresh: the index is emptied and rebuilt instead.
struct CatchUp
{
    const char *notedCount;
    const char *rowCount;
    const char *removeNoted;
    const char *indexNoted;
    const char *indexNewer;
    const char *clearNoted;
    const char *removeAll;
    const char *indexAll;
};

const CatchUp catchUps[] = {
    {"SELECT count(*) FROM search_pending_organizations WHERE old_names IS NOT NULL",
     "SELECT count(*) FROM organizations",
     "INSERT INTO search_organizations (search_organizations, rowid, names, contacts) "
     "SELECT 'delete', id, old_names, old_contacts FROM search_pending_organizations WHERE old_names IS NOT NULL",
     "INSERT INTO search_organizations (rowid, names, contacts) "
     "SELECT o.id, kartoteka_search_text(o.name), "
     "kartoteka_search_text(o.inn, kartoteka_phone_digits(o.phones), o.email, o.city) "
     "FROM search_pending_organizations p JOIN organizations o ON o.id = p.id",
     "INSERT INTO search_organizations (rowid, names, contacts) "
     "SELECT id, kartoteka_search_text(name), "
     "kartoteka_search_text(inn, kartoteka_phone_digits(phones), email, city) "
     "FROM organizations WHERE id >= (SELECT organizations_from FROM search_state)",
     "DELETE FROM search_pending_organizations",
     "INSERT INTO search_organizations (search_organizations) VALUES ('delete-all')",
     "INSERT INTO search_organizations (rowid, names, contacts) "
     "SELECT id, kartoteka_search_text(name), "
     "kartoteka_search_text(inn, kartoteka_phone_digits(phones), email, city) FROM organizations"},
    {"SELECT count(*) FROM search_pending_persons WHERE old_names IS NOT NULL",
     "SELECT count(*) FROM persons",
     "INSERT INTO search_persons (search_persons, rowid, names, contacts) "
     "SELECT 'delete', id, old_names, old_contacts FROM search_pending_persons WHERE old_names IS NOT NULL",
     "INSERT INTO search_persons (rowid, names, contacts) "
     "SELECT p.id, kartoteka_search_text(p.full_name), "
     "kartoteka_search_text(kartoteka_phone_digits(p.phones), p.emails) "
     "FROM search_pending_persons q JOIN persons p ON p.id = q.id",
     "INSERT INTO search_persons (rowid, names, contacts) "
     "SELECT id, kartoteka_search_text(full_name), kartoteka_search_text(kartoteka_phone_digits(phones), emails) "
     "FROM persons WHERE id >= (SELECT persons_from FROM search_state)",
     "DELETE FROM search_pending_persons",
     "INSERT INTO search_persons (search_persons) VALUES ('delete-all')",
     "INSERT INTO search_persons (rowid, names, contacts) "
     "SELECT id, kartoteka_search_text(full_name), kartoteka_search_text(kartoteka_phone_digits(phones), emails) "
     "FROM persons"},
};

DatabaseError catchUp(const QSqlDatabase &db, const CatchUp &index)
{
    auto noted = sql::scalar(db, QString::fromLatin1(index.notedCount));
    if (!noted)
        return noted.error();
    auto rows = sql::scalar(db, QString::fromLatin1(index.rowCount));
    if (!rows)
        return rows.error();
    const bool rebuild = noted->toLongLong() > rows->toLongLong();
    const std::vector<const char *> statements =
        rebuild ? std::vector<const char *>{index.removeAll, index.indexAll, index.clearNoted}
                : std::vector<const char *>{index.removeNoted, index.indexNoted, index.indexNewer, index.clearNoted};
    for (const char *statement : statements) {
        if (auto result = sql::exec(db, QString::fromLatin1(statement)); !result)
            return result.error();
    }
    return {};
}

} // namespace

SearchIndexPause::SearchIndexPause(QSqlDatabase db) : m_db(std::move(db))
{
    auto suspended = sql::scalar(m_db, QStringLiteral("SELECT suspended FROM search_state"));
    if (!suspended) {
        m_startError = suspended.error();
        return;
    }
    if (suspended->toInt() == 1)
        return;
    if (auto paused = sql::exec(m_db, QStringLiteral("UPDATE search_state SET suspended = 1, "
                                                     "organizations_from = (SELECT coalesce(max(id), 0) + 1 FROM organizations), "
                                                     "persons_from = (SELECT coalesce(max(id), 0) + 1 FROM persons)"));
        !paused) {
        m_startError = paused.error();
        return;
    }
    m_owner = true;
    auto triggers = sql::exec(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                                   "AND name IN ('organizations_search_insert', 'persons_search_insert')"));
    if (!triggers) {
        m_startError = triggers.error();
        return;
    }
    QStringList names;
    while (triggers->next()) {
        names << triggers->value(0).toString();
        m_droppedTriggers << triggers->value(1).toString();
    }
    for (const QString &name : names) {
        // A name read from the schema, never user input.
        if (auto dropped = sql::exec(m_db, QStringLiteral("DROP TRIGGER %1").arg(name)); !dropped) {
            m_startError = dropped.error();
            return;
        }
    }
}

DatabaseError SearchIndexPause::finish()
{
    if (!m_owner)
        return {};
    m_owner = false;
    for (const QString &create : std::as_const(m_droppedTriggers)) {
        if (auto created = sql::exec(m_db, create); !created)
            return created.error();
    }
    m_droppedTriggers.clear();
    for (const CatchUp &index : catchUps) {
        if (DatabaseError error = catchUp(m_db, index))
            return error;
    }
    if (auto resumed = sql::exec(m_db, QStringLiteral("UPDATE search_state SET suspended = 0")); !resumed)
        return resumed.error();
    return {};
}

} // namespace kartoteka
