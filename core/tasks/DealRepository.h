#pragma once

#include "Deal.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct DealMapping
{
    using Value = Deal;
    static QString table() { return QStringLiteral("deals"); }
    static QStringList columns();
    static QVariantList values(const Deal &deal);
    static Deal read(const QSqlQuery &query);
};

// Deals. One with tasks or sales is not deleted: mark it lost instead.
class DealRepository
{
    Q_DECLARE_TR_FUNCTIONS(DealRepository)

public:
    explicit DealRepository(QSqlDatabase db);

    // Validates, stamps created_at and stores; sets deal.id.
    DatabaseError create(Deal &deal);
    DatabaseError update(const Deal &deal);
    Result<Deal> get(qint64 id) const;
    DatabaseError remove(qint64 id);

    // Newest first (by opening date, then id).
    // Every deal by name (a journal's choice of deal).
    Result<std::vector<Deal>> list() const;
    Result<std::vector<Deal>> listByOrganization(qint64 organizationId) const;
    Result<std::vector<Deal>> listByProject(qint64 projectId) const;
    // Every deal in this stage, newest first.
    Result<std::vector<Deal>> listByStage(Deal::Stage stage) const;

    // Why the deal cannot be deleted (its tasks, sales); empty when it can.
    Result<QString> deletionBlocker(qint64 id) const;

private:
    static DatabaseError validate(const Deal &deal);

    TableGateway<DealMapping> m_table;
};

} // namespace kartoteka
