#include "ImportBatchRepository.h"

#include "storage/Sql.h"

namespace kartoteka {

QStringList ImportBatchMapping::columns()
{
    return {QStringLiteral("kind"),          QStringLiteral("file_path"),     QStringLiteral("encoding"),
            QStringLiteral("delimiter"),     QStringLiteral("mapping"),       QStringLiteral("profile"),
            QStringLiteral("user_id"),       QStringLiteral("started_at"),    QStringLiteral("finished_at"),
            QStringLiteral("rows_read"),     QStringLiteral("created_count"), QStringLiteral("merged_count"),
            QStringLiteral("skipped_count"), QStringLiteral("rejected_count"), QStringLiteral("undone_at")};
}

QVariantList ImportBatchMapping::values(const ImportBatch &b)
{
    return {ImportBatch::kindCode(b.kind),
            b.filePath,
            sql::fromText(b.encoding),
            sql::fromText(b.delimiter),
            sql::fromText(b.mapping),
            sql::fromText(b.profile),
            sql::fromId(b.userId),
            sql::fromDateTime(b.startedAt),
            sql::fromDateTime(b.finishedAt),
            b.counts.rowsRead,
            b.counts.created,
            b.counts.merged,
            b.counts.skipped,
            b.counts.rejected,
            sql::fromDateTime(b.undoneAt)};
}

ImportBatch ImportBatchMapping::read(const QSqlQuery &q)
{
    ImportBatch b;
    int i = 0;
    b.id = q.value(i++).toLongLong();
    b.kind = ImportBatch::kindFromCode(q.value(i++).toString()).value_or(ImportBatch::Kind::Clients);
    b.filePath = sql::toText(q.value(i++));
    b.encoding = sql::toText(q.value(i++));
    b.delimiter = sql::toText(q.value(i++));
    b.mapping = sql::toText(q.value(i++));
    b.profile = sql::toText(q.value(i++));
    b.userId = sql::toId(q.value(i++));
    b.startedAt = sql::toDateTime(q.value(i++));
    b.finishedAt = sql::toDateTime(q.value(i++));
    b.counts.rowsRead = q.value(i++).toLongLong();
    b.counts.created = q.value(i++).toLongLong();
    b.counts.merged = q.value(i++).toLongLong();
    b.counts.skipped = q.value(i++).toLongLong();
    b.counts.rejected = q.value(i++).toLongLong();
    b.undoneAt = sql::toDateTime(q.value(i++));
    return b;
}

ImportBatchRepository::ImportBatchRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError ImportBatchRepository::validate(const ImportBatch &batch)
{
    if (batch.filePath.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("An import needs the path of its file.")};
    return {};
}

DatabaseError ImportBatchRepository::create(ImportBatch &batch)
{
    if (DatabaseError error = validate(batch))
        return error;
    batch.startedAt = sql::now();
    return m_table.create(batch);
}

Result<ImportBatch> ImportBatchRepository::get(qint64 id) const
{
    return m_table.get(id);
}

DatabaseError ImportBatchRepository::finish(qint64 id, const ImportCounts &counts)
{
    for (const qint64 count : {counts.rowsRead, counts.created, counts.merged, counts.skipped, counts.rejected}) {
        if (count < 0)
            return {DatabaseError::Kind::Invalid, tr("An import cannot count fewer than no rows.")};
    }
    return markOnce(id, &ImportBatch::isFinished, tr("The import of %1 has already finished."),
                    QStringLiteral("UPDATE import_batches SET finished_at = ?, rows_read = ?, created_count = ?, "
                                   "merged_count = ?, skipped_count = ?, rejected_count = ? WHERE id = ?"),
                    {sql::fromDateTime(sql::now()), counts.rowsRead, counts.created, counts.merged, counts.skipped,
                     counts.rejected, id});
}

Result<std::vector<ImportBatch>> ImportBatchRepository::list() const
{
    return m_table.select(QStringLiteral("ORDER BY started_at DESC, id DESC"));
}

DatabaseError ImportBatchRepository::markUndone(qint64 id)
{
    return markOnce(id, &ImportBatch::isUndone, tr("The import of %1 has already been undone."),
                    QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"),
                    {sql::fromDateTime(sql::now()), id});
}

DatabaseError ImportBatchRepository::markOnce(qint64 id, bool (ImportBatch::*marked)() const, const QString &refusal,
                                              const QString &statement, const QVariantList &values)
{
    Transaction transaction(m_table.database());
    if (transaction.beginError())
        return transaction.beginError();
    auto batch = get(id);
    if (!batch)
        return batch.error();
    if (((*batch).*marked)())
        return {DatabaseError::Kind::Refused, refusal.arg(batch->filePath)};
    if (DatabaseError error = m_table.write(statement, values))
        return error;
    return transaction.commit();
}

} // namespace kartoteka
