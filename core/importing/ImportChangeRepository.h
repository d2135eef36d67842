#pragma once

#include "ImportChange.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct ImportChangeMapping
{
    using Value = ImportChange;
    static QString table() { return QStringLiteral("import_changes"); }
    static QStringList columns();
    static QVariantList values(const ImportChange &change);
    static ImportChange read(const QSqlQuery &query);
};

// What each import created or changed; deleted with its batch.
class ImportChangeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportChangeRepository)

public:
    explicit ImportChangeRepository(QSqlDatabase db);

    // Validates (an update keeps the previous values as JSON) and stores; sets change.id.
    DatabaseError record(ImportChange &change);
    // In the order they were made; undo walks it backwards.
    Result<std::vector<ImportChange>> listForBatch(qint64 batchId) const;

private:
    static DatabaseError validate(const ImportChange &change);

    TableGateway<ImportChangeMapping> m_table;
};

} // namespace kartoteka
