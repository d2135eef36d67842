#pragma once

#include "DatabaseError.h"

#include <QSqlDatabase>

namespace kartoteka {

// Pauses the trigger that adds each new sales line to its client's month in sales_months
// (migrations/003_segmentation.sql) during a bulk load of sales, and adds the new lines
// month by month in one statement at finish(): a trigger per row costs about as much as the
// row itself. New lines must be appended (ids above the existing ones), as bulk loads do.
// Open it after the Transaction and finish it before committing. One left unfinished does
// nothing when destroyed: the caller's transaction is then rolling back, which undoes the
// pause with everything else (catching up would be work thrown away, or, after the rollback,
// a write outside any transaction).
class SalesMonthsPause
{
public:
    explicit SalesMonthsPause(QSqlDatabase db);

    SalesMonthsPause(const SalesMonthsPause &) = delete;
    SalesMonthsPause &operator=(const SalesMonthsPause &) = delete;

    const DatabaseError &startError() const { return m_startError; }
    DatabaseError finish();

private:
    QSqlDatabase m_db;
    DatabaseError m_startError;
    QString m_droppedTrigger; // its CREATE statement; empty when nothing is paused
    qint64 m_lastIdBefore = 0;
};

} // namespace kartoteka
