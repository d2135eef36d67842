#include "ForeignKeysOff.h"

#include "Sql.h"

namespace kartoteka {

ForeignKeysOff::ForeignKeysOff(QSqlDatabase db) : m_db(std::move(db))
{
    sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
}

ForeignKeysOff::~ForeignKeysOff()
{
    sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace kartoteka
