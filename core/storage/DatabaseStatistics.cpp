#include "DatabaseStatistics.h"

#include "Sql.h"

namespace kartoteka {

Result<DatabaseStatistics> DatabaseStatistics::read(const QSqlDatabase &db)
{
    // One statement, one snapshot: the counts agree with each other.
    auto query = sql::exec(db, QStringLiteral("SELECT (SELECT count(*) FROM organizations),"
                                              " (SELECT count(*) FROM persons),"
                                              " (SELECT count(*) FROM tasks),"
                                              " (SELECT count(*) FROM projects),"
                                              " (SELECT count(*) FROM deals),"
                                              " (SELECT count(*) FROM sales),"
                                              " (SELECT count(*) FROM users)"));
    if (!query)
        return query.error();
    if (!query->next())
        return DatabaseError(DatabaseError::Kind::Failed, QStringLiteral("no statistics row"));
    DatabaseStatistics stats;
    int i = 0;
    for (qint64 *field : {&stats.organizations, &stats.persons, &stats.tasks, &stats.projects, &stats.deals,
                          &stats.sales, &stats.users})
        *field = query->value(i++).toLongLong();
    return stats;
}

} // namespace kartoteka
