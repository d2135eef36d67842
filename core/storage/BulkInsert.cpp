#include "BulkInsert.h"

#include <QSqlError>

namespace kartoteka {

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns) : m_query(db)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (!m_query.prepare(statement))
        m_prepareError = DatabaseError::fromSql(m_query.lastError(), table);
}

Result<qint64> BulkInsert::insert(std::initializer_list<QVariant> values)
{
    if (m_prepareError)
        return m_prepareError;
    int index = 0;
    for (const QVariant &value : values)
        m_query.bindValue(index++, value);
    if (!m_query.exec())
        return DatabaseError::fromSql(m_query.lastError());
    return m_query.lastInsertId().toLongLong();
}

} // namespace kartoteka
