#pragma once

#include "CustomField.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct CustomFieldMapping
{
    using Value = CustomField;
    static QString table() { return QStringLiteral("custom_fields"); }
    static QStringList columns();
    static QVariantList values(const CustomField &field);
    static CustomField read(const QSqlQuery &query);
};

// Custom field definitions and their values on organizations and persons.
class CustomFieldRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldRepository)

public:
    explicit CustomFieldRepository(QSqlDatabase db);

    // Validates (label unique per entity in any letter case, choices for a Choice field); sets field.id.
    DatabaseError create(CustomField &field);
    // The entity cannot change, nor the type while the field has values.
    DatabaseError update(const CustomField &field);
    Result<CustomField> get(qint64 id) const;
    // Deletes the field with all its values.
    DatabaseError remove(qint64 id);
    // The fields of an entity in form order.
    Result<std::vector<CustomField>> list(CustomField::Entity entity) const;

    // The value of a field on an organization or person; empty when not set.
    Result<QString> value(qint64 fieldId, qint64 entityId) const;
    // Stores a value the field accepts on an existing entity; an empty value removes it.
    DatabaseError setValue(qint64 fieldId, qint64 entityId, const QString &value);
    DatabaseError removeValue(qint64 fieldId, qint64 entityId);
    // Every value set on one organization or person: label -> value.
    Result<QMap<QString, QString>> valuesFor(CustomField::Entity entity, qint64 entityId) const;
    // The values of some fields on some records (a page of a list): entity id -> field id -> value.
    Result<QHash<qint64, QHash<qint64, QString>>> valuesOf(const std::vector<qint64> &fieldIds,
                                                            const std::vector<qint64> &entityIds) const;
    // For a list's filters: the values most used of each text, number and date field (yes/no
    // and choice fields have theirs), at most `limit` each, most used first.
    Result<QHash<qint64, QStringList>> commonValues(const std::vector<CustomField> &fields, int limit) const;

private:
    DatabaseError validate(const CustomField &field) const;
    DatabaseError checkEntityExists(CustomField::Entity entity, qint64 entityId) const;

    TableGateway<CustomFieldMapping> m_table;
};

} // namespace kartoteka
