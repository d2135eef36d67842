#include "ImportUndo.h"

#include "ImportBatchRepository.h"
#include "ImportChange.h"
#include "storage/BulkLoad.h"
#include "storage/CancelWatch.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace kartoteka {

Result<QString> ImportUndo::blocker(const QSqlDatabase &db, qint64 batchId)
{
    struct Check
    {
        const char *statement;
        const char *what;
    };
    const Check checks[] = {
        {"SELECT count(*) FROM tasks WHERE organization_id IN "
         "(SELECT id FROM organizations WHERE import_batch_id = ?)",
         QT_TR_N_NOOP("%n task(s) of its organizations")},
        {"SELECT count(*) FROM sales WHERE organization_id IN "
         "(SELECT id FROM organizations WHERE import_batch_id = ?) AND import_batch_id IS NOT ?",
         QT_TR_N_NOOP("%n sale(s) added to its organizations since")},
        {"SELECT count(*) FROM persons WHERE organization_id IN "
         "(SELECT id FROM organizations WHERE import_batch_id = ?) AND import_batch_id IS NOT ?",
         QT_TR_N_NOOP("%n person(s) added to its organizations since")},
        {"SELECT count(*) FROM import_changes c JOIN import_batches b ON b.id = c.batch_id "
         "WHERE b.undone_at IS NULL AND c.batch_id <> ? AND c.entity = 'organization' AND c.entity_id IN "
         "(SELECT id FROM organizations WHERE import_batch_id = ?)",
         QT_TR_N_NOOP("%n change(s) by later imports")},
        {"SELECT count(*) FROM projects WHERE organization_id IN "
         "(SELECT id FROM organizations WHERE import_batch_id = ?)",
         QT_TR_N_NOOP("%n project(s) of its organizations")},
        {"SELECT count(*) FROM deals WHERE organization_id IN "
         "(SELECT id FROM organizations WHERE import_batch_id = ?)",
         QT_TR_N_NOOP("%n deal(s) of its organizations")},
        {"SELECT count(*) FROM tasks WHERE person_id IN (SELECT id FROM persons WHERE import_batch_id = ?)",
         QT_TR_N_NOOP("%n task(s) of its persons")},
        {"SELECT count(*) FROM import_changes c JOIN import_batches b ON b.id = c.batch_id "
         "WHERE b.undone_at IS NULL AND c.batch_id <> ? AND c.entity = 'task' AND c.entity_id IN "
         "(SELECT id FROM tasks WHERE import_batch_id = ?)",
         QT_TR_N_NOOP("%n task change(s) by later imports")},
    };
    QStringList reasons;
    for (const Check &check : checks) {
        const QString statement = QString::fromLatin1(check.statement);
        QVariantList values;
        for (qsizetype i = statement.count(QLatin1Char('?')); i > 0; --i)
            values.append(batchId);
        auto count = sql::scalar(db, statement, values);
        if (!count)
            return count.error();
        if (const int n = count->toInt(); n > 0)
            reasons.append(tr(check.what, nullptr, n));
    }
    return reasons.join(QStringLiteral(", "));
}

// What a change record kept of the values before the import; an error when it cannot be read,
// so that an undo never claims to have restored what it could not.
static Result<QJsonObject> previousValues(const QSqlQuery &change)
{
    QJsonParseError error;
    const QJsonDocument stored = QJsonDocument::fromJson(change.value(1).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !stored.isObject())
        return DatabaseError(DatabaseError::Kind::Corrupt,
                             ImportUndo::tr("The values before the import of record %1 cannot be read (%2); nothing was undone.")
                                 .arg(change.value(0).toLongLong())
                                 .arg(error.errorString()));
    return stored.object();
}

// Tasks an iCalendar import updated get their previous columns back.
static DatabaseError restoreTaskChanges(const QSqlDatabase &db, qint64 batchId)
{
    auto changes = sql::exec(db,
                             QStringLiteral("SELECT entity_id, previous FROM import_changes WHERE batch_id = ? "
                                            "AND action = 'updated' AND entity = 'task' ORDER BY id DESC"),
                             {batchId});
    if (!changes)
        return changes.error();
    const QStringList &columns = ImportChange::importedTaskColumns();
    while (changes->next()) {
        auto stored = previousValues(*changes);
        if (!stored)
            return stored.error();
        const QJsonObject &previous = *stored;
        QStringList assignments;
        QVariantList values;
        for (const QString &column : columns) { // names from our own list, never from the stored JSON
            if (!previous.contains(column))
                continue;
            assignments.append(column + QStringLiteral(" = ?"));
            values.append(previous.value(column).isNull() ? QVariant() : previous.value(column).toVariant());
        }
        if (assignments.isEmpty())
            continue;
        values.append(changes->value(0));
        if (auto done = sql::exec(db, QStringLiteral("UPDATE tasks SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
                                  values);
            !done)
            return done.error();
    }
    return sql::rowsError(*changes);
}

DatabaseError ImportUndo::restoreChanges(const QSqlDatabase &db, qint64 batchId)
{
    if (DatabaseError error = restoreTaskChanges(db, batchId))
        return error;
    auto changes = sql::exec(db,
                             QStringLiteral("SELECT entity_id, previous FROM import_changes WHERE batch_id = ? "
                                            "AND action = 'updated' AND entity = 'organization' ORDER BY id DESC"),
                             {batchId});
    if (!changes)
        return changes.error();
    while (changes->next()) {
        const qint64 organization = changes->value(0).toLongLong();
        auto stored = previousValues(*changes);
        if (!stored)
            return stored.error();
        const QJsonObject &previous = *stored;
        for (auto it = previous.begin(); it != previous.end(); ++it) {
            const QVariant value = it.value().isNull() ? QVariant() : it.value().toVariant();
            Result<QSqlQuery> done = DatabaseError();
            if (it.key().startsWith(QLatin1String("custom:"))) {
                const qint64 field = it.key().mid(7).toLongLong();
                done = value.isNull()
                           ? sql::exec(db, QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND entity_id = ?"),
                                       {field, organization})
                           : sql::exec(db, QStringLiteral("UPDATE custom_values SET value = ? WHERE field_id = ? "
                                                          "AND entity_id = ?"),
                                       {value, field, organization});
            } else if (const QStringList &columns = ImportChange::mergeableOrganizationColumns();
                       columns.contains(it.key())) {
                // The column name comes from our own list, never from the stored JSON.
                const QString column = columns.at(columns.indexOf(it.key()));
                done = sql::exec(db, QStringLiteral("UPDATE organizations SET %1 = ? WHERE id = ?").arg(column),
                                 {value, organization});
            } else {
                continue;
            }
            if (!done)
                return done.error();
        }
    }
    return sql::rowsError(*changes);
}

DatabaseError ImportUndo::undo(const QSqlDatabase &db, qint64 batchId, const std::function<bool()> &stillWanted)
{
    Transaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    ImportBatchRepository batches(db);
    auto batch = batches.get(batchId);
    if (!batch)
        return {DatabaseError::Kind::NotFound, tr("There is no import #%1.").arg(batchId)};
    if (batch->isUndone())
        return {DatabaseError::Kind::Refused, tr("Import #%1 was undone already.").arg(batchId)};

    auto reason = blocker(db, batchId);
    if (!reason)
        return reason.error();
    if (!reason->isEmpty())
        return {DatabaseError::Kind::Refused,
                tr("Import #%1 cannot be undone: what it created now has %2.").arg(batchId).arg(*reason)};

    // Search indexing paused (merged rows are restored one by one), and a page cache that
    // holds the indexes the deletes walk, so they are not spilled and re-read.
    BulkLoad bulk(db, {}, 128);
    if (bulk.startError())
        return bulk.startError();
    // Declared after the transaction, so that its rollback is never interrupted.
    const CancelWatch watch(db, stillWanted);
    const auto failed = [&watch](const DatabaseError &error) {
        return watch.cancelled() ? DatabaseError(DatabaseError::Kind::Refused, tr("The undo was cancelled; nothing was changed."))
                                 : error;
    };
    if (DatabaseError error = restoreChanges(db, batchId))
        return failed(error);
    for (const char *statement : {"DELETE FROM tasks WHERE import_batch_id = ?",
                                  "DELETE FROM sales WHERE import_batch_id = ?",
                                  "DELETE FROM persons WHERE import_batch_id = ?",
                                  "DELETE FROM organizations WHERE import_batch_id = ?"}) {
        if (auto deleted = sql::exec(db, QString::fromLatin1(statement), {batchId}); !deleted)
            return failed(deleted.error());
    }
    if (DatabaseError error = batches.markUndone(batchId))
        return error;
    if (DatabaseError error = bulk.finish())
        return failed(error);
    return transaction.commit();
}

} // namespace kartoteka
