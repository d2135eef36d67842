#pragma once

#include "DatabaseError.h"

#include <QSqlDatabase>

namespace kartoteka {

// One write transaction. The outermost on a connection is BEGIN IMMEDIATE (so a writer waits
// for the lock up front, not halfway through); one opened inside it is a SAVEPOINT, so a
// repository call can join a caller's larger transaction. Rolls back on destruction unless
// commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // The error of BEGIN, if it failed; nothing is written then.
    const DatabaseError &beginError() const { return m_beginError; }
    DatabaseError commit();
    void rollback();

private:
    bool run(const QString &statement, DatabaseError *error = nullptr);

    QSqlDatabase m_db;
    DatabaseError m_beginError;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
};

} // namespace kartoteka
