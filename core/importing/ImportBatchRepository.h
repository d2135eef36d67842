#pragma once

#include "ImportBatch.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct ImportBatchMapping
{
    using Value = ImportBatch;
    static QString table() { return QStringLiteral("import_batches"); }
    static QStringList columns();
    static QVariantList values(const ImportBatch &batch);
    static ImportBatch read(const QSqlQuery &query);
};

// The log of import runs.
class ImportBatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchRepository)

public:
    explicit ImportBatchRepository(QSqlDatabase db);

    // Validates, stamps started_at and stores; sets batch.id.
    DatabaseError create(ImportBatch &batch);
    Result<ImportBatch> get(qint64 id) const;
    // Records the counts and the finishing time, once.
    DatabaseError finish(qint64 id, const ImportCounts &counts);
    // Newest first.
    Result<std::vector<ImportBatch>> list() const;
    // Notes that the import was undone, once; the undoing itself is the importer's job.
    DatabaseError markUndone(qint64 id);

private:
    static DatabaseError validate(const ImportBatch &batch);
    // Runs the UPDATE `statement` on batch `id` in one transaction, refused (`refusal`'s %1 the
    // file) when the batch is already `marked`.
    DatabaseError markOnce(qint64 id, bool (ImportBatch::*marked)() const, const QString &refusal,
                           const QString &statement, const QVariantList &values);

    TableGateway<ImportBatchMapping> m_table;
};

} // namespace kartoteka
