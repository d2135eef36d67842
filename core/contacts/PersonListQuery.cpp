#include "PersonListQuery.h"

#include "storage/Sql.h"

namespace kartoteka {

PersonListQuery::PersonListQuery(QSqlDatabase db, PersonListFilter filter) : m_db(std::move(db)), m_filter(filter) {}

QString PersonListQuery::filterSql(QVariantList &values) const
{
    QStringList terms{QStringLiteral("1")};
    if (m_filter.group == PersonListFilter::Group::ContactPersons)
        terms.append(QStringLiteral("p.is_staff = 0"));
    else if (m_filter.group == PersonListFilter::Group::Staff)
        terms.append(QStringLiteral("p.is_staff = 1"));
    if (!m_filter.includeArchived)
        terms.append(QStringLiteral("p.archived_at IS NULL"));
    for (const auto &[fieldId, value] : m_filter.customValues) {
        terms.append(QStringLiteral("EXISTS (SELECT 1 FROM custom_values v WHERE v.field_id = ? AND v.entity_id = p.id "
                                    "AND v.value = ?)"));
        values << fieldId << value;
    }
    return terms.join(QStringLiteral(" AND "));
}

Result<qint64> PersonListQuery::count() const
{
    QVariantList values;
    const QString where = filterSql(values);
    auto value = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM persons p WHERE ") + where, values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<std::vector<PersonListRow>> PersonListQuery::after(const PersonListRow *last, int limit) const
{
    QVariantList values;
    QString where = filterSql(values);
    if (last) {
        // A row value compared in the index's collation: the next rows are an index seek away.
        where += QStringLiteral(" AND (p.full_name COLLATE NOCASE, p.id) > (?, ?)");
        values << last->fullName << last->id;
    }
    values << limit;
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT p.id, p.full_name, o.name, p.position, p.phones, p.emails, p.is_staff, "
                                          "p.archived_at IS NOT NULL FROM persons p "
                                          "LEFT JOIN organizations o ON o.id = p.organization_id WHERE %1 "
                                          "ORDER BY p.full_name COLLATE NOCASE, p.id LIMIT ?")
                               .arg(where),
                           values);
    if (!query)
        return query.error();
    std::vector<PersonListRow> rows;
    while (query->next()) {
        PersonListRow row;
        row.id = query->value(0).toLongLong();
        row.fullName = query->value(1).toString();
        row.organization = sql::toText(query->value(2));
        row.position = sql::toText(query->value(3));
        row.phones = sql::toText(query->value(4));
        row.emails = sql::toText(query->value(5));
        row.isStaff = query->value(6).toInt() != 0;
        row.archived = query->value(7).toInt() != 0;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace kartoteka
