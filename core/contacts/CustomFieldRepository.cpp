#include "CustomFieldRepository.h"

#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kartoteka {

namespace {
// Choices are a JSON array of strings, so a choice may contain any character.
QVariant choicesToText(const QStringList &choices)
{
    if (choices.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

QStringList choicesFromText(const QString &text)
{
    QStringList choices;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &choice : array)
        choices.append(choice.toString());
    return choices;
}
} // namespace

QStringList CustomFieldMapping::columns()
{
    return {QStringLiteral("entity"), QStringLiteral("label"), QStringLiteral("field_type"),
            QStringLiteral("choices"), QStringLiteral("sort_order")};
}

QVariantList CustomFieldMapping::values(const CustomField &f)
{
    return {CustomField::entityCode(f.entity), f.label.trimmed(), CustomField::typeCode(f.type),
            f.type == CustomField::Type::Choice ? choicesToText(f.choices) : QVariant(), f.sortOrder};
}

CustomField CustomFieldMapping::read(const QSqlQuery &q)
{
    CustomField f;
    int i = 0;
    f.id = q.value(i++).toLongLong();
    f.entity = CustomField::entityFromCode(q.value(i++).toString()).value_or(CustomField::Entity::Organization);
    f.label = sql::toText(q.value(i++));
    f.type = CustomField::typeFromCode(q.value(i++).toString()).value_or(CustomField::Type::Text);
    f.choices = choicesFromText(sql::toText(q.value(i++)));
    f.sortOrder = q.value(i++).toInt();
    return f;
}

CustomFieldRepository::CustomFieldRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError CustomFieldRepository::validate(const CustomField &field) const
{
    if (field.label.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A custom field needs a label.")};
    if (field.type == CustomField::Type::Choice && field.choices.isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A choice field needs at least one choice.")};
    // The schema's UNIQUE (entity, label) is case-sensitive, and SQLite folds ASCII only.
    auto fields = list(field.entity);
    if (!fields)
        return fields.error();
    for (const CustomField &other : *fields) {
        if (other.id != field.id && other.label.compare(field.label.trimmed(), Qt::CaseInsensitive) == 0)
            return {DatabaseError::Kind::Invalid, tr("There is already a field %1.").arg(other.label)};
    }
    return {};
}

DatabaseError CustomFieldRepository::create(CustomField &field)
{
    if (DatabaseError error = validate(field))
        return error;
    return m_table.create(field);
}

DatabaseError CustomFieldRepository::update(const CustomField &field)
{
    Transaction transaction(m_table.database());
    if (transaction.beginError())
        return transaction.beginError();
    auto stored = get(field.id);
    if (!stored)
        return stored.error();
    if (stored->entity != field.entity)
        return {DatabaseError::Kind::Invalid, tr("A custom field cannot move to another kind of record.")};
    if (stored->type != field.type) {
        // Values stored for the old type would not fit the new one.
        auto used = sql::scalar(m_table.database(),
                                QStringLiteral("SELECT count(*) FROM custom_values WHERE field_id = ?"), {field.id});
        if (!used)
            return used.error();
        if (used->toInt() > 0)
            return {DatabaseError::Kind::Refused, tr("The type of a field that has values cannot change.")};
    }
    if (DatabaseError error = validate(field))
        return error;
    if (DatabaseError error = m_table.update(field))
        return error;
    return transaction.commit();
}

Result<CustomField> CustomFieldRepository::get(qint64 id) const
{
    return m_table.get(id);
}

DatabaseError CustomFieldRepository::remove(qint64 id)
{
    return m_table.remove(id); // custom_values go by ON DELETE CASCADE
}

Result<std::vector<CustomField>> CustomFieldRepository::list(CustomField::Entity entity) const
{
    return m_table.select(QStringLiteral("WHERE entity = ? ORDER BY sort_order, label COLLATE NOCASE, id"),
                          {CustomField::entityCode(entity)});
}

Result<QString> CustomFieldRepository::value(qint64 fieldId, qint64 entityId) const
{
    auto query = sql::exec(m_table.database(),
                           QStringLiteral("SELECT value FROM custom_values WHERE field_id = ? AND entity_id = ?"),
                           {fieldId, entityId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

DatabaseError CustomFieldRepository::checkEntityExists(CustomField::Entity entity, qint64 entityId) const
{
    // custom_values.entity_id refers to one of two tables, so no foreign key guards it.
    const bool organization = entity == CustomField::Entity::Organization;
    const QString statement = organization ? QStringLiteral("SELECT count(*) FROM organizations WHERE id = ?")
                                           : QStringLiteral("SELECT count(*) FROM persons WHERE id = ?");
    auto count = sql::scalar(m_table.database(), statement, {entityId});
    if (!count)
        return count.error();
    if (count->toInt() == 0)
        return {DatabaseError::Kind::Invalid, organization ? tr("There is no organization #%1.").arg(entityId)
                                                           : tr("There is no person #%1.").arg(entityId)};
    return {};
}

DatabaseError CustomFieldRepository::setValue(qint64 fieldId, qint64 entityId, const QString &value)
{
    if (value.isEmpty())
        return removeValue(fieldId, entityId);
    Transaction transaction(m_table.database());
    if (transaction.beginError())
        return transaction.beginError();
    auto field = get(fieldId);
    if (!field)
        return field.error();
    if (!field->accepts(value))
        return {DatabaseError::Kind::Invalid, tr("%1 is not a valid value of %2.").arg(value, field->label)};
    if (DatabaseError error = checkEntityExists(field->entity, entityId))
        return error;
    if (DatabaseError error = m_table.write(
            QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?) "
                           "ON CONFLICT (field_id, entity_id) DO UPDATE SET value = excluded.value"),
            {fieldId, entityId, value}))
        return error;
    return transaction.commit();
}

DatabaseError CustomFieldRepository::removeValue(qint64 fieldId, qint64 entityId)
{
    return m_table.write(QStringLiteral("DELETE FROM custom_values WHERE field_id = ? AND entity_id = ?"),
                         {fieldId, entityId});
}

Result<QMap<QString, QString>> CustomFieldRepository::valuesFor(CustomField::Entity entity, qint64 entityId) const
{
    auto query = sql::exec(m_table.database(),
                           QStringLiteral("SELECT f.label, v.value FROM custom_values v "
                                          "JOIN custom_fields f ON f.id = v.field_id "
                                          "WHERE f.entity = ? AND v.entity_id = ?"),
                           {CustomField::entityCode(entity), entityId});
    if (!query)
        return query.error();
    QMap<QString, QString> values;
    while (query->next())
        values.insert(query->value(0).toString(), query->value(1).toString());
    return values;
}

Result<QHash<qint64, QHash<qint64, QString>>> CustomFieldRepository::valuesOf(const std::vector<qint64> &fieldIds,
                                                                           const std::vector<qint64> &entityIds) const
{
    QHash<qint64, QHash<qint64, QString>> values;
    if (fieldIds.empty() || entityIds.empty())
        return values;
    QStringList fieldMarks;
    QStringList entityMarks;
    QVariantList bound;
    for (const qint64 id : fieldIds) {
        fieldMarks << QStringLiteral("?");
        bound << id;
    }
    for (const qint64 id : entityIds) {
        entityMarks << QStringLiteral("?");
        bound << id;
    }
    auto query = sql::exec(m_table.database(),
                           QStringLiteral("SELECT entity_id, field_id, value FROM custom_values "
                                          "WHERE field_id IN (%1) AND entity_id IN (%2)")
                               .arg(fieldMarks.join(QStringLiteral(", ")), entityMarks.join(QStringLiteral(", "))),
                           bound);
    if (!query)
        return query.error();
    while (query->next())
        values[query->value(0).toLongLong()].insert(query->value(1).toLongLong(), query->value(2).toString());
    return values;
}

Result<QHash<qint64, QStringList>> CustomFieldRepository::commonValues(const std::vector<CustomField> &fields,
                                                                    int limit) const
{
    QHash<qint64, QStringList> common;
    for (const CustomField &field : fields) {
        if (field.type == CustomField::Type::Bool || field.type == CustomField::Type::Choice)
            continue;
        auto query = sql::exec(m_table.database(),
                               QStringLiteral("SELECT value FROM custom_values WHERE field_id = ? GROUP BY value "
                                              "ORDER BY count(*) DESC, value LIMIT ?"),
                               {field.id, limit});
        if (!query)
            return query.error();
        QStringList values;
        while (query->next())
            values.append(query->value(0).toString());
        common.insert(field.id, values);
    }
    return common;
}

} // namespace kartoteka
