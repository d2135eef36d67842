#include "SaleRepository.h"

#include "storage/Sql.h"

#include <cmath>

namespace kartoteka {

QStringList SaleMapping::columns()
{
    return {QStringLiteral("organization_id"), QStringLiteral("sale_date"), QStringLiteral("amount"),
            QStringLiteral("profit"),          QStringLiteral("document"),  QStringLiteral("deal_id"),
            QStringLiteral("import_batch_id"), QStringLiteral("created_at")};
}

QVariantList SaleMapping::values(const Sale &s)
{
    return {s.organizationId,           sql::fromDate(s.date),   s.amount,
            sql::fromDouble(s.profit),  sql::fromText(s.document), sql::fromId(s.dealId),
            sql::fromId(s.importBatchId), sql::fromDateTime(s.createdAt)};
}

Sale SaleMapping::read(const QSqlQuery &q)
{
    Sale s;
    int i = 0;
    s.id = q.value(i++).toLongLong();
    s.organizationId = q.value(i++).toLongLong();
    s.date = sql::toDate(q.value(i++));
    s.amount = q.value(i++).toDouble();
    s.profit = sql::toDouble(q.value(i++));
    s.document = sql::toText(q.value(i++));
    s.dealId = sql::toId(q.value(i++));
    s.importBatchId = sql::toId(q.value(i++));
    s.createdAt = sql::toDateTime(q.value(i++));
    return s;
}

SaleRepository::SaleRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError SaleRepository::validate(const Sale &sale)
{
    if (sale.organizationId <= 0)
        return {DatabaseError::Kind::Invalid, tr("A sale needs a client.")};
    if (!sale.date.isValid())
        return {DatabaseError::Kind::Invalid, tr("A sale needs a date.")};
    if (!std::isfinite(sale.amount) || (sale.profit && !std::isfinite(*sale.profit)))
        return {DatabaseError::Kind::Invalid, tr("The amount and profit of a sale must be numbers.")};
    return {};
}

DatabaseError SaleRepository::create(Sale &sale)
{
    if (DatabaseError error = validate(sale))
        return error;
    sale.createdAt = sql::now();
    return m_table.create(sale);
}

DatabaseError SaleRepository::update(const Sale &sale)
{
    if (DatabaseError error = validate(sale))
        return error;
    return m_table.update(sale);
}

Result<Sale> SaleRepository::get(qint64 id) const
{
    return m_table.get(id);
}

DatabaseError SaleRepository::remove(qint64 id)
{
    return m_table.remove(id);
}

Result<std::vector<Sale>> SaleRepository::listByOrganization(qint64 organizationId) const
{
    return m_table.select(QStringLiteral("WHERE organization_id = ? ORDER BY sale_date DESC, id DESC"),
                          {organizationId});
}

Result<SaleTotals> SaleRepository::totals(qint64 organizationId, const QDate &from, const QDate &to) const
{
    auto query = sql::exec(m_table.database(),
                           QStringLiteral("SELECT count(*), total(amount), sum(profit) FROM sales "
                                          "WHERE organization_id = ? AND sale_date BETWEEN ? AND ?"),
                           {organizationId, sql::fromDate(from), sql::fromDate(to)});
    if (!query)
        return query.error();
    SaleTotals totals;
    if (query->next()) {
        totals.count = query->value(0).toLongLong();
        totals.amount = query->value(1).toDouble();
        totals.profit = sql::toDouble(query->value(2));
    }
    return totals;
}

Result<qint64> SaleRepository::count() const
{
    return m_table.count();
}

} // namespace kartoteka
