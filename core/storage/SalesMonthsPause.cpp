#include "SalesMonthsPause.h"

#include "Sql.h"

namespace kartoteka {

SalesMonthsPause::SalesMonthsPause(QSqlDatabase db) : m_db(std::move(db))
{
    auto trigger = sql::exec(m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                                  "AND name = 'sales_months_insert'"));
    if (!trigger) {
        m_startError = trigger.error();
        return;
    }
    if (!trigger->next())
        return; // paused already (an outer pause catches up)
    const QString create = trigger->value(0).toString();
    trigger->finish();
    auto last = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM sales"));
    if (!last) {
        m_startError = last.error();
        return;
    }
    if (auto dropped = sql::exec(m_db, QStringLiteral("DROP TRIGGER sales_months_insert")); !dropped) {
        m_startError = dropped.error();
        return;
    }
    m_lastIdBefore = last->toLongLong();
    m_droppedTrigger = create;
}

DatabaseError SalesMonthsPause::finish()
{
    if (m_droppedTrigger.isEmpty())
        return {};
    const QString create = std::exchange(m_droppedTrigger, QString());
    // The same sums the trigger makes, added to the months that have some already.
    auto added = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO sales_months (organization_id, month, amount_cents, profit_cents, lines) "
                       "SELECT organization_id, "
                       "CAST(substr(sale_date, 1, 4) AS INTEGER) * 100 + CAST(substr(sale_date, 6, 2) AS INTEGER), "
                       "SUM(CAST(round(amount * 100) AS INTEGER)), "
                       "SUM(CAST(round(coalesce(profit, 0) * 100) AS INTEGER)), COUNT(*) "
                       "FROM sales WHERE id > ? GROUP BY 1, 2 "
                       "ON CONFLICT (organization_id, month) DO UPDATE SET "
                       "amount_cents = amount_cents + excluded.amount_cents, "
                       "profit_cents = profit_cents + excluded.profit_cents, lines = lines + excluded.lines"),
        {m_lastIdBefore});
    if (!added)
        return added.error();
    if (auto restored = sql::exec(m_db, create); !restored)
        return restored.error();
    return {};
}

} // namespace kartoteka
