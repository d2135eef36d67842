#include "CsvImport.h"

#include "CsvCells.h"
#include "ImportBackup.h"
#include "ImportBatchRepository.h"
#include "storage/CancelWatch.h"
#include "storage/Database.h"
#include "storage/ForeignKeysOff.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>

namespace kartoteka {

namespace {
constexpr int progressEveryRecords = 1024;

} // namespace

CsvImport::CsvImport(Database &database) : m_database(database) {}

DatabaseError CsvImport::cancelled()
{
    return DatabaseError(DatabaseError::Kind::Refused, tr("The import was cancelled; nothing was written."));
}

QSqlDatabase CsvImport::connection() const
{
    return m_database.connection();
}

// `base` + `suffix`, or with -2, -3, ... before the suffix: two imports within a second
// still get a file each.
QString CsvImport::defaultRejectsPath() const
{
    const QFileInfo info(m_database.path());
    return ImportBackup::freePath(info.dir().filePath(QStringLiteral("rejects/import-%1").arg(ImportBackup::timeStamp())),
                                  QStringLiteral("-rejects.csv"));
}

void CsvImport::keepRejects(const QString &path, const ImportPlan &plan, ImportReport &report) const
{
    if (DatabaseError error = writeRejects(path, plan, report))
        report.rejectsError = error.message;
    else
        report.rejectsPath = path;
}

DatabaseError CsvImport::writeRejects(const QString &path, const ImportPlan &plan, const ImportReport &report) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {DatabaseError::Kind::CannotOpen, tr("Cannot write the rejects to «%1»: %2").arg(path, file.errorString())};
    // For people and spreadsheets: ';' between cells, text guarded against formulas (the
    // importer takes the guard off again, so a corrected rejects file imports as it was).
    csv::CsvText text;
    QStringList header{csv::textCell(tr("line")), csv::textCell(tr("reason"))};
    for (const QString &column : plan.headers)
        header.append(csv::textCell(column));
    text.addLine(header);
    for (const RejectedRow &row : report.rejects) {
        QStringList cells{QString::number(row.line), csv::textCell(row.reason)};
        for (const QString &field : row.fields)
            cells.append(csv::textCell(field));
        text.addLine(cells);
    }
    file.write(text.toUtf8());
    if (!file.commit())
        return {DatabaseError::Kind::CannotOpen, tr("Cannot write the rejects to «%1»: %2").arg(path, file.errorString())};
    return {};
}

Result<ImportReport> CsvImport::run(const ImportPlan &plan, const Progress &progress)
{
    if (DatabaseError error = plan.readyToRun())
        return error;
    if (DatabaseError error = ImportBackup::refuseReadOnly(m_database))
        return error;
    if (const QString &rejects = plan.settings.rejectsPath;
        Database::isFileOf(m_database.path(), rejects) || Database::isFileOf(plan.path, rejects))
        return DatabaseError(DatabaseError::Kind::Invalid,
                             tr("The rejects cannot be written to «%1»: it is the database or the file being imported. "
                                "Nothing was imported.")
                                 .arg(rejects));

    ImportReport report;
    report.encoding = plan.settings.encoding;
    report.delimiter = plan.settings.delimiter;
    report.headers = plan.headers;
    for (const FieldRef &field : plan.columns)
        report.fields.append(field.name);

    QFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseError(DatabaseError::Kind::Invalid, tr("Cannot read «%1»: %2").arg(plan.path, file.errorString()));
    const qint64 fileSize = std::max<qint64>(file.size(), 1);

    if (plan.settings.backupFirst) {
        if (DatabaseError error = ImportBackup::take(m_database, report.backupPath))
            return error;
    }

    const QSqlDatabase db = connection();
    // Every reference the import writes is an id it just read or inserted under its own lock.
    const ForeignKeysOff bulkChecks(db);
    const auto ended = qScopeGuard([this] { transactionEnded(); }); // runs after the transaction's end
    Transaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();

    ImportBatchRepository batches(db);
    ImportBatch batch;
    batch.kind = batchKind();
    batch.filePath = QFileInfo(plan.sourcePath.isEmpty() ? plan.path : plan.sourcePath).absoluteFilePath();
    batch.encoding = plan.settings.encoding;
    batch.delimiter = QString(plan.settings.delimiter);
    batch.mapping = QString::fromUtf8(QJsonDocument(plan.mappingJson()).toJson(QJsonDocument::Compact));
    if (DatabaseError error = batches.create(batch))
        return error;
    report.batchId = batch.id;
    if (DatabaseError error = begin(plan, batch.id))
        return error;

    CsvReader reader(&file, plan.settings.encoding, plan.settings.delimiter);
    CsvRecord record;
    bool headerPending = plan.sniff.hasHeader;
    QElapsedTimer clock;
    clock.start();
    qint64 readingNs = 0;
    while (true) {
        const qint64 beforeRead = clock.nsecsElapsed();
        const bool more = reader.readRecord(record);
        readingNs += clock.nsecsElapsed() - beforeRead;
        if (!more)
            break;
        if (headerPending) {
            headerPending = false;
            continue;
        }
        ++report.rows;
        const RowOutcome outcome = importRecord(record, report);
        if (outcome.error)
            return outcome.error;
        if (!outcome.rejectReason.isEmpty())
            report.rejects.append({record.line, outcome.rejectReason, record.fields});
        if (progress && report.rows % progressEveryRecords == 0
            && !progress(static_cast<int>(rowsPercent * reader.bytesRead() / fileSize)))
            return cancelled();
    }
    report.timings.reading = readingNs / 1000000;
    if (!reader.errorString().isEmpty())
        return DatabaseError(DatabaseError::Kind::Invalid,
                             tr("Reading «%1» failed: %2; nothing was written.").arg(plan.path, reader.errorString()));

    const QString rejectsPath = plan.settings.rejectsPath.isEmpty() ? defaultRejectsPath() : plan.settings.rejectsPath;
    if (plan.settings.strict && !report.rejects.isEmpty()) {
        transaction.rollback();
        report.forgetWrites();
        keepRejects(rejectsPath, plan, report);
        return report;
    }

    ImportCounts counts;
    counts.rowsRead = report.rows;
    counts.created = report.created;
    counts.merged = report.merged;
    counts.skipped = report.skipped;
    counts.rejected = report.rejected();
    clock.restart();
    // Index builds take seconds on big files: Cancel still works while they run.
    const auto stillWanted = [&progress] { return !progress || progress(rowsPercent); };
    if (!stillWanted())
        return cancelled();
    {
        const CancelWatch watch(db, stillWanted);
        if (DatabaseError error = finish(stillWanted))
            return watch.cancelled() || !stillWanted() ? cancelled() : error;
    }
    report.timings.indexing = clock.restart();
    if (DatabaseError error = batches.finish(batch.id, counts))
        return error;
    if (DatabaseError error = transaction.commit())
        return error;
    report.timings.committing = clock.elapsed();
    report.written = true;
    if (progress)
        progress(100);
    if (!report.rejects.isEmpty())
        keepRejects(rejectsPath, plan, report);
    return report;
}

} // namespace kartoteka
