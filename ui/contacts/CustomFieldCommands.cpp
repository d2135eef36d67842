#include "CustomFieldCommands.h"

#include "contacts/CustomFieldRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoteka::ui {

CustomFieldChangeCommand::CustomFieldChangeCommand(QSqlDatabase db, std::optional<CustomField> before,
                                                   std::optional<CustomField> after, ReportCommandError reportError,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(std::move(db))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_id(m_before ? m_before->id : 0)
    , m_reportError(std::move(reportError))
{
    if (!m_before)
        setText(tr("add the field «%1»").arg(m_after->label));
    else if (!m_after)
        setText(tr("delete the field «%1»").arg(m_before->label));
    else
        setText(tr("change the field «%1»").arg(m_after->label));
}

void CustomFieldChangeCommand::redo()
{
    if (DatabaseError error = write(m_before, m_after)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

void CustomFieldChangeCommand::undo()
{
    if (DatabaseError error = write(m_after, m_before)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

DatabaseError CustomFieldChangeCommand::write(const std::optional<CustomField> &from, const std::optional<CustomField> &to)
{
    CustomFieldRepository fields(m_db);
    if (!from && m_id == 0) {
        CustomField created = *to;
        if (DatabaseError error = fields.create(created))
            return error;
        m_id = created.id;
        return {};
    }
    if (from && to) {
        CustomField next = *to;
        next.id = m_id;
        return fields.update(next);
    }
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    if (from) {
        // The values go with the field (ON DELETE CASCADE): keep them for undo.
        auto query = sql::exec(m_db, QStringLiteral("SELECT entity_id, value FROM custom_values WHERE field_id = ?"), {m_id});
        if (!query)
            return query.error();
        QMap<qint64, QString> values;
        while (query->next())
            values.insert(query->value(0).toLongLong(), query->value(1).toString());
        if (DatabaseError error = sql::rowsError(*query)) // never delete what could not be kept
            return error;
        if (DatabaseError error = fields.remove(m_id))
            return error;
        if (DatabaseError error = transaction.commit())
            return error;
        m_values = std::move(values);
        return {};
    }
    CustomField restored = *to;
    restored.id = m_id;
    if (DatabaseError error = TableGateway<CustomFieldMapping>(m_db).insertWithId(restored))
        return error;
    // One statement for every value: a field an import filled has a value per client.
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?)")))
        return DatabaseError::fromSql(insert.lastError());
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        insert.bindValue(0, m_id);
        insert.bindValue(1, it.key());
        insert.bindValue(2, it.value());
        if (!insert.exec())
            return DatabaseError::fromSql(insert.lastError());
    }
    return transaction.commit();
}

SetCustomValuesCommand::SetCustomValuesCommand(QSqlDatabase db, std::function<qint64()> entityId, Values before,
                                               Values after, ReportCommandError reportError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(std::move(db))
    , m_entityId(std::move(entityId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reportError(std::move(reportError))
{
}

void SetCustomValuesCommand::redo()
{
    write(m_after);
}

void SetCustomValuesCommand::undo()
{
    write(m_before);
}

void SetCustomValuesCommand::write(const Values &values)
{
    const qint64 id = m_entityId();
    if (id == 0)
        return; // the entity was not written (its own command failed and reported why)
    Transaction transaction(m_db);
    DatabaseError error = transaction.beginError();
    CustomFieldRepository fields(m_db);
    // Every field either side names: one set in `before` only is cleared.
    QList<qint64> fieldIds = m_before.keys() + m_after.keys();
    for (auto it = fieldIds.cbegin(); !error && it != fieldIds.cend(); ++it)
        error = fields.setValue(*it, id, values.value(*it));
    if (!error)
        error = transaction.commit();
    if (error) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

} // namespace kartoteka::ui
