#pragma once

#include "Sale.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct SaleMapping
{
    using Value = Sale;
    static QString table() { return QStringLiteral("sales"); }
    static QStringList columns();
    static QVariantList values(const Sale &sale);
    static Sale read(const QSqlQuery &query);
};

// Sales history.
class SaleRepository
{
    Q_DECLARE_TR_FUNCTIONS(SaleRepository)

public:
    explicit SaleRepository(QSqlDatabase db);

    // Validates, stamps created_at and stores; sets sale.id.
    DatabaseError create(Sale &sale);
    DatabaseError update(const Sale &sale);
    Result<Sale> get(qint64 id) const;
    DatabaseError remove(qint64 id);

    // Newest first (by date, then id).
    Result<std::vector<Sale>> listByOrganization(qint64 organizationId) const;
    // The sales of an organization from `from` to `to`, both days included.
    Result<SaleTotals> totals(qint64 organizationId, const QDate &from, const QDate &to) const;
    Result<qint64> count() const;

private:
    static DatabaseError validate(const Sale &sale);

    TableGateway<SaleMapping> m_table;
};

} // namespace kartoteka
