#include "SearchIndexPause.h"

#include "Sql.h"

namespace kartoteka {

namespace {

// The rows noted while paused: first remove what the index held for them, then index them
// as they are now (rows deleted meanwhile are not found by the join).
const char *const catchUpStatements[] = {
    "INSERT INTO search_organizations (search_organizations, rowid, names, contacts) "
    "SELECT 'delete', id, old_names, old_contacts FROM search_pending_organizations WHERE old_names IS NOT NULL",
    "INSERT INTO search_organizations (rowid, names, contacts) "
    "SELECT o.id, kartoteka_search_text(o.name), "
    "kartoteka_search_text(o.inn, o.phones, kartoteka_phone_digits(o.phones), o.email, o.city) "
    "FROM search_pending_organizations p JOIN organizations o ON o.id = p.id",
    "DELETE FROM search_pending_organizations",
    "INSERT INTO search_persons (search_persons, rowid, names, contacts) "
    "SELECT 'delete', id, old_names, old_contacts FROM search_pending_persons WHERE old_names IS NOT NULL",
    "INSERT INTO search_persons (rowid, names, contacts) "
    "SELECT p.id, kartoteka_search_text(p.full_name), "
    "kartoteka_search_text(p.phones, kartoteka_phone_digits(p.phones), p.emails) "
    "FROM search_pending_persons q JOIN persons p ON p.id = q.id",
    "DELETE FROM search_pending_persons",
    "UPDATE search_state SET suspended = 0",
};

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
    if (auto paused = sql::exec(m_db, QStringLiteral("UPDATE search_state SET suspended = 1")); !paused)
        m_startError = paused.error();
    else
        m_owner = true;
}

SearchIndexPause::~SearchIndexPause()
{
    finish();
}

DatabaseError SearchIndexPause::finish()
{
    if (!m_owner)
        return {};
    m_owner = false;
    for (const char *statement : catchUpStatements) {
        if (auto result = sql::exec(m_db, QString::fromLatin1(statement)); !result)
            return result.error();
    }
    return {};
}

} // namespace kartoteka
