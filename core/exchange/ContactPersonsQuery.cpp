#include "ContactPersonsQuery.h"

#include <QSqlError>

namespace kartoteka {

Result<QSqlQuery> contactPersonsQuery(const QSqlDatabase &db, const QString &columns, bool includeArchived)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    // `columns` is one of our own fixed lists, never user input.
    if (!rows.prepare(QStringLiteral("SELECT %1 FROM persons p JOIN organizations o ON o.id = p.organization_id %2 "
                                     "ORDER BY o.id, p.id")
                          .arg(columns, includeArchived ? QString()
                                                        : QStringLiteral("WHERE p.archived_at IS NULL AND o.archived_at IS NULL"))))
        return DatabaseError::fromSql(rows.lastError());
    if (!rows.exec())
        return DatabaseError::fromSql(rows.lastError());
    return rows;
}

} // namespace kartoteka
