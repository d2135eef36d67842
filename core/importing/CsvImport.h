#pragma once

#include "CsvReader.h"
#include "ImportBatch.h"
#include "ImportPlan.h"
#include "ImportReport.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace kartoteka {

class Database;

// The frame every CSV import runs in: a backup first, one transaction, an import batch,
// the file streamed record by record, rejects collected with their lines (and written to a
// rejects file), --strict refusing to write when any row was rejected, progress and cancel.
// Subclasses say what one record becomes.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    // Receives 0..100; returning false cancels the import, which then writes nothing.
    using Progress = std::function<bool(int percent)>;
    // Reading and writing the rows fill the progress up to here; from here on the indexes and
    // the search index are built.
    static constexpr int rowsPercent = 90;

    virtual ~CsvImport() = default;

    Result<ImportReport> run(const ImportPlan &plan, const Progress &progress = {});
    // What a cancelled import says (every import writes nothing then).
    static DatabaseError cancelled();

protected:
    explicit CsvImport(Database &database);

    struct RowOutcome
    {
        QString rejectReason; // the row is rejected when set
        DatabaseError error;  // the import stops when set
    };

    virtual ImportBatch::Kind batchKind() const = 0;
    // Called inside the transaction, before the first record.
    virtual DatabaseError begin(const ImportPlan &plan, qint64 batchId) = 0;
    virtual RowOutcome importRecord(const CsvRecord &record, ImportReport &report) = 0;
    // Called after the last record, before the commit. The connection's statements are
    // interrupted when the user cancels; what waits otherwise asks `stillWanted`.
    virtual DatabaseError finish(const std::function<bool()> &stillWanted)
    {
        Q_UNUSED(stillWanted)
        return {};
    }
    // Called once the transaction is committed or rolled back, whatever happened.
    virtual void transactionEnded() {}

    QSqlDatabase connection() const;

private:
    QString defaultRejectsPath() const;
    DatabaseError writeRejects(const QString &path, const ImportPlan &plan, const ImportReport &report) const;
    // Writes the rejects and notes in `report` where, or why not.
    void keepRejects(const QString &path, const ImportPlan &plan, ImportReport &report) const;

    Database &m_database;
};

} // namespace kartoteka
