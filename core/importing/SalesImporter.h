#pragma once

#include "CsvImport.h"
#include "DuplicateIndex.h"
#include "storage/BulkInsert.h"
#include "storage/BulkLoad.h"

#include <memory>

namespace kartoteka {

// Imports a sales history (what segmentation measures): each line's client is found by INN,
// else by name, and created when unknown; the date and the amount are required.
class SalesImporter : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(SalesImporter)

public:
    explicit SalesImporter(Database &database);
    ~SalesImporter() override;

    // Whether a line's amount or profit can be a sale: finite and at most a trillion either way
    // (the monthly sums count cents in 64 bits; beyond that it is a slip, not a sale).
    static bool isPossibleAmount(double value);

protected:
    ImportBatch::Kind batchKind() const override { return ImportBatch::Kind::Sales; }
    DatabaseError begin(const ImportPlan &plan, qint64 batchId) override;
    RowOutcome importRecord(const CsvRecord &record, ImportReport &report) override;
    DatabaseError finish(const std::function<bool()> &stillWanted) override;

private:
    Result<qint64> clientFor(const QString &name, const QString &inn, ImportReport &report);

    qint64 m_batchId = 0;
    QString m_now;
    DateOrder m_dateOrder = DateOrder::DayMonth;
    QStringList m_fields; // the field of each column
    QStringList m_headers;
    DuplicateIndex m_clients;
    // Clients created for unknown names and the sales lines are written as a bulk load: the
    // search index and the monthly sums catch up once at the end.
    std::unique_ptr<BulkLoad> m_bulkLoad;
    std::unique_ptr<BulkInsert> m_insertSale;
    std::unique_ptr<BulkInsert> m_insertClient;
};

} // namespace kartoteka
