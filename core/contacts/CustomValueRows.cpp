#include "CustomValueRows.h"

#include "storage/Sql.h"

namespace kartoteka {

Result<CustomValueRows> CustomValueRows::ofPerson(const QSqlDatabase &db, qint64 personId)
{
    return read(db, QStringLiteral("f.entity = 'person' AND v.entity_id = ?"), {personId});
}

Result<CustomValueRows> CustomValueRows::ofOrganization(const QSqlDatabase &db, qint64 organizationId)
{
    return read(db,
                QStringLiteral("(f.entity = 'organization' AND v.entity_id = ?) OR (f.entity = 'person' AND v.entity_id "
                               "IN (SELECT id FROM persons WHERE organization_id = ?))"),
                {organizationId, organizationId});
}

// `where` is one of the two fixed conditions above.
Result<CustomValueRows> CustomValueRows::read(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto query = sql::exec(db,
                           QStringLiteral("SELECT v.field_id, v.entity_id, v.value FROM custom_values v "
                                          "JOIN custom_fields f ON f.id = v.field_id WHERE ")
                               + where,
                           values);
    if (!query)
        return query.error();
    CustomValueRows rows;
    while (query->next())
        rows.m_rows.push_back({query->value(0), query->value(1), query->value(2)});
    if (DatabaseError error = sql::rowsError(*query))
        return error;
    return rows;
}

DatabaseError CustomValueRows::restore(const QSqlDatabase &db) const
{
    for (const QVariantList &row : m_rows) {
        auto inserted =
            sql::exec(db, QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?)"), row);
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace kartoteka
