#include "Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kartoteka {

namespace {
// Open transactions per connection; connections belong to one thread, so this is per thread.
thread_local QHash<QString, int> openDepth;
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = openDepth[m_db.connectionName()];
    if (depth > 0)
        m_savepoint = QStringLiteral("kartoteka_%1").arg(depth);
    const QString begin = m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT ") + m_savepoint;
    if (run(begin, &m_beginError)) {
        m_active = true;
        ++depth;
    }
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::run(const QString &statement, DatabaseError *error)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = DatabaseError::fromSql(query.lastError());
    return false;
}

DatabaseError Transaction::commit()
{
    if (!m_active)
        return m_beginError ? m_beginError
                            : DatabaseError(DatabaseError::Kind::Failed,
                                            QStringLiteral("commit without a transaction"));
    DatabaseError error;
    const QString finish = m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                 : QStringLiteral("RELEASE ") + m_savepoint;
    if (!run(finish, &error))
        return error;
    m_active = false;
    --openDepth[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        run(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --openDepth[m_db.connectionName()];
}

} // namespace kartoteka
