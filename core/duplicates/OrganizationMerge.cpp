#include "OrganizationMerge.h"

#include "contacts/StoredList.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace kartoteka {

namespace {

// The tables whose rows follow their organization, by their organization_id.
const char *const movedTables[] = {"persons", "tasks", "sales", "projects", "deals"};

// Fields the kept organization takes from the dropped one when it has none.
const char *const filledFields[] = {"legal_form", "inn",     "email", "website",     "city",          "address",
                                    "manager_id", "price_terms", "delivery_terms"};

// A recorded value as SQL binds it: JSON null as SQL NULL (QJsonValue would give a
// std::nullptr_t variant, which the driver binds as text).
QVariant sqlValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? QVariant() : value.toVariant();
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

Result<QJsonObject> readRow(const QSqlDatabase &db, qint64 id)
{
    auto query = sql::exec(db, QStringLiteral("SELECT * FROM organizations WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return DatabaseError(DatabaseError::Kind::NotFound, OrganizationMerge::tr("There is no organization #%1.").arg(id));
    QJsonObject row;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query->isNull(i) ? QJsonValue() : QJsonValue::fromVariant(query->value(i)));
    return row;
}

Result<QJsonArray> idsOf(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = sql::exec(db, sql, values);
    if (!query)
        return query.error();
    QJsonArray ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    if (DatabaseError error = sql::rowsError(*query))
        return error;
    return ids;
}

// The column names of organizations, to check names read back from a record before they go
// into SQL.
Result<QStringList> organizationColumns(const QSqlDatabase &db)
{
    auto query = sql::exec(db, QStringLiteral("SELECT name FROM pragma_table_info('organizations')"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

} // namespace

Result<qint64> OrganizationMerge::merge(const QSqlDatabase &db, qint64 keptId, qint64 droppedId)
{
    if (keptId == droppedId)
        return DatabaseError(DatabaseError::Kind::Invalid, tr("An organization cannot be merged into itself."));
    Transaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    auto kept = readRow(db, keptId);
    if (!kept)
        return kept.error();
    auto dropped = readRow(db, droppedId);
    if (!dropped)
        return dropped.error();

    // The kept organization's fields: empty ones filled, phones joined, notes appended.
    QJsonObject previous;
    QStringList assignments;
    QVariantList values;
    const auto set = [&](const QString &column, const QJsonValue &value) {
        previous.insert(column, kept->value(column));
        assignments << column + QStringLiteral(" = ?");
        values << sqlValue(value);
    };
    for (const char *field : filledFields) {
        const QString column = QString::fromLatin1(field);
        if (isEmptyValue(kept->value(column)) && !isEmptyValue(dropped->value(column)))
            set(column, dropped->value(column));
    }
    QStringList phones = storedListItems(kept->value(QStringLiteral("phones")).toString());
    const qsizetype phonesBefore = phones.size();
    for (const QString &phone : storedListItems(dropped->value(QStringLiteral("phones")).toString())) {
        if (!phones.contains(phone))
            phones << phone;
    }
    if (phones.size() != phonesBefore)
        set(QStringLiteral("phones"), phones.join(QStringLiteral(", ")));
    const QString keptNotes = kept->value(QStringLiteral("notes")).toString();
    const QString droppedNotes = dropped->value(QStringLiteral("notes")).toString();
    if (!droppedNotes.isEmpty() && !keptNotes.contains(droppedNotes))
        set(QStringLiteral("notes"), keptNotes.isEmpty() ? droppedNotes : keptNotes + QLatin1Char('\n') + droppedNotes);
    if (!assignments.isEmpty()) {
        values << sql::fromDateTime(sql::now()) << keptId;
        // Column names from our own lists above.
        if (auto updated = sql::exec(db, QStringLiteral("UPDATE organizations SET %1, updated_at = ? WHERE id = ?")
                                             .arg(assignments.join(QStringLiteral(", "))),
                                     values);
            !updated)
            return updated.error();
    }

    QJsonObject moved;
    for (const char *table : movedTables) {
        const QString name = QString::fromLatin1(table);
        auto ids = idsOf(db, QStringLiteral("SELECT id FROM %1 WHERE organization_id = ?").arg(name), {droppedId});
        if (!ids)
            return ids.error();
        if (auto update = sql::exec(db, QStringLiteral("UPDATE %1 SET organization_id = ? WHERE organization_id = ?").arg(name),
                                    {keptId, droppedId});
            !update)
            return update.error();
        moved.insert(name, *ids);
    }

    // Custom values: moved where the kept one has none for the field, else kept aside.
    QJsonArray movedValues, droppedValues;
    auto custom = sql::exec(db, QStringLiteral("SELECT v.field_id, v.value, EXISTS (SELECT 1 FROM custom_values k "
                                               "WHERE k.field_id = v.field_id AND k.entity_id = ?) "
                                               "FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                                               "WHERE f.entity = 'organization' AND v.entity_id = ?"),
                            {keptId, droppedId});
    if (!custom)
        return custom.error();
    while (custom->next()) {
        const QJsonObject value{{QStringLiteral("field"), custom->value(0).toLongLong()},
                                {QStringLiteral("value"), custom->value(1).toString()}};
        (custom->value(2).toBool() ? droppedValues : movedValues).append(value);
    }
    if (DatabaseError error = sql::rowsError(*custom))
        return error;
    for (const QJsonValue &value : std::as_const(movedValues)) {
        if (auto update = sql::exec(db, QStringLiteral("UPDATE custom_values SET entity_id = ? WHERE field_id = ? AND entity_id = ?"),
                                    {keptId, value[QStringLiteral("field")].toInteger(), droppedId});
            !update)
            return update.error();
    }

    auto snapshots = sql::exec(db, QStringLiteral("SELECT snapshot_id, rank, value, share, cumulative, cv, abc_class, xyz_class "
                                                  "FROM segment_snapshot_clients WHERE organization_id = ?"),
                               {droppedId});
    if (!snapshots)
        return snapshots.error();
    QJsonArray snapshotRows;
    while (snapshots->next()) {
        QJsonArray row;
        for (int i = 0; i < 8; ++i)
            row.append(snapshots->isNull(i) ? QJsonValue() : QJsonValue::fromVariant(snapshots->value(i)));
        snapshotRows.append(row);
    }
    if (DatabaseError error = sql::rowsError(*snapshots))
        return error;

    // Deleting it removes its remaining custom values, snapshot rows and search entry.
    if (auto removed = sql::exec(db, QStringLiteral("DELETE FROM organizations WHERE id = ?"), {droppedId}); !removed)
        return removed.error();

    const QJsonObject record{{QStringLiteral("dropped"), *dropped},
                             {QStringLiteral("kept_previous"), previous},
                             {QStringLiteral("moved"), moved},
                             {QStringLiteral("moved_custom"), movedValues},
                             {QStringLiteral("dropped_custom"), droppedValues},
                             {QStringLiteral("snapshots"), snapshotRows}};
    auto saved = sql::exec(db,
                           QStringLiteral("INSERT INTO organization_merges (kept_id, dropped_id, dropped_name, record, merged_at) "
                                          "VALUES (?, ?, ?, ?, ?)"),
                           {keptId, droppedId, dropped->value(QStringLiteral("name")).toString(),
                            QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
                            sql::fromDateTime(sql::now())});
    if (!saved)
        return saved.error();
    const qint64 mergeId = saved->lastInsertId().toLongLong();
    if (DatabaseError error = transaction.commit())
        return error;
    return mergeId;
}

DatabaseError OrganizationMerge::undo(const QSqlDatabase &db, qint64 mergeId)
{
    Transaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    auto merge = sql::exec(db, QStringLiteral("SELECT kept_id, dropped_id, record, undone_at FROM organization_merges WHERE id = ?"),
                           {mergeId});
    if (!merge)
        return merge.error();
    if (!merge->next())
        return {DatabaseError::Kind::NotFound, tr("There is no merge #%1.").arg(mergeId)};
    if (!merge->value(3).isNull())
        return {DatabaseError::Kind::Refused, tr("Merge #%1 was undone already.").arg(mergeId)};
    const qint64 keptId = merge->value(0).toLongLong();
    const qint64 droppedId = merge->value(1).toLongLong();
    const QJsonObject record = QJsonDocument::fromJson(merge->value(2).toString().toUtf8()).object();
    merge->finish();
    auto taken = sql::scalar(db, QStringLiteral("SELECT count(*) FROM organizations WHERE id = ?"), {droppedId});
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return {DatabaseError::Kind::Refused,
                tr("The merge cannot be undone: organization #%1 has been created again since.").arg(droppedId)};

    auto columns = organizationColumns(db);
    if (!columns)
        return columns.error();
    const QJsonObject dropped = record[QStringLiteral("dropped")].toObject();
    QStringList names, marks;
    QVariantList values;
    for (auto it = dropped.constBegin(); it != dropped.constEnd(); ++it) {
        if (!columns->contains(it.key()))
            continue; // a column a later schema no longer has
        names << it.key();
        marks << QStringLiteral("?");
        values << sqlValue(it.value());
    }
    if (auto inserted = sql::exec(db, QStringLiteral("INSERT INTO organizations (%1) VALUES (%2)")
                                          .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                                  values);
        !inserted)
        return inserted.error();

    const QJsonObject previous = record[QStringLiteral("kept_previous")].toObject();
    for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
        if (!columns->contains(it.key()))
            continue;
        if (auto restored = sql::exec(db, QStringLiteral("UPDATE organizations SET %1 = ? WHERE id = ?").arg(it.key()),
                                      {sqlValue(it.value()), keptId});
            !restored)
            return restored.error();
    }
    const QJsonObject moved = record[QStringLiteral("moved")].toObject();
    for (const char *table : movedTables) {
        const QString name = QString::fromLatin1(table);
        for (const QJsonValue &id : moved[name].toArray()) {
            // Only what still belongs to the kept organization goes back.
            if (auto back = sql::exec(db, QStringLiteral("UPDATE %1 SET organization_id = ? WHERE id = ? AND organization_id = ?").arg(name),
                                      {droppedId, id.toInteger(), keptId});
                !back)
                return back.error();
        }
    }
    for (const QJsonValue &value : record[QStringLiteral("moved_custom")].toArray()) {
        if (auto back = sql::exec(db, QStringLiteral("UPDATE custom_values SET entity_id = ? WHERE field_id = ? AND entity_id = ?"),
                                  {droppedId, value[QStringLiteral("field")].toInteger(), keptId});
            !back)
            return back.error();
    }
    for (const QJsonValue &value : record[QStringLiteral("dropped_custom")].toArray()) {
        if (auto back = sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?)"),
                                  {value[QStringLiteral("field")].toInteger(), droppedId, value[QStringLiteral("value")].toString()});
            !back)
            return back.error();
    }
    for (const QJsonValue &row : record[QStringLiteral("snapshots")].toArray()) {
        const QJsonArray cells = row.toArray();
        QVariantList snapshotValues{sqlValue(cells[0]), droppedId};
        for (int i = 1; i < 8; ++i)
            snapshotValues << sqlValue(cells[i]);
        if (auto back = sql::exec(db,
                                  QStringLiteral("INSERT OR IGNORE INTO segment_snapshot_clients (snapshot_id, organization_id, rank, "
                                                 "value, share, cumulative, cv, abc_class, xyz_class) "
                                                 "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM segment_snapshots "
                                                 "WHERE id = ?)"),
                                  snapshotValues + QVariantList{sqlValue(cells[0])});
            !back)
            return back.error();
    }
    if (auto done = sql::exec(db, QStringLiteral("UPDATE organization_merges SET undone_at = ? WHERE id = ?"),
                              {sql::fromDateTime(sql::now()), mergeId});
        !done)
        return done.error();
    return transaction.commit();
}

} // namespace kartoteka
