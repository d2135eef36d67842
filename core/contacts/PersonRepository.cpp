#include "PersonRepository.h"

#include "storage/Sql.h"

namespace kartoteka {

QStringList PersonMapping::columns()
{
    return {QStringLiteral("organization_id"), QStringLiteral("is_staff"),   QStringLiteral("user_id"),
            QStringLiteral("full_name"),       QStringLiteral("position"),   QStringLiteral("phones"),
            QStringLiteral("emails"),          QStringLiteral("birthday"),   QStringLiteral("notes"),
            QStringLiteral("created_at"),      QStringLiteral("updated_at"), QStringLiteral("archived_at"),
            QStringLiteral("import_batch_id")};
}

QVariantList PersonMapping::values(const Person &p)
{
    return {sql::fromId(p.organizationId),
            p.isStaff ? 1 : 0,
            sql::fromId(p.userId),
            p.fullName,
            sql::fromText(p.position),
            sql::fromText(p.phones),
            sql::fromText(p.emails),
            sql::fromDate(p.birthday),
            sql::fromText(p.notes),
            sql::fromDateTime(p.createdAt),
            sql::fromDateTime(p.updatedAt),
            sql::fromDateTime(p.archivedAt),
            sql::fromId(p.importBatchId)};
}

Person PersonMapping::read(const QSqlQuery &q)
{
    Person p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.organizationId = sql::toId(q.value(i++));
    p.isStaff = q.value(i++).toInt() != 0;
    p.userId = sql::toId(q.value(i++));
    p.fullName = sql::toText(q.value(i++));
    p.position = sql::toText(q.value(i++));
    p.phones = sql::toText(q.value(i++));
    p.emails = sql::toText(q.value(i++));
    p.birthday = sql::toDate(q.value(i++));
    p.notes = sql::toText(q.value(i++));
    p.createdAt = sql::toDateTime(q.value(i++));
    p.updatedAt = sql::toDateTime(q.value(i++));
    p.archivedAt = sql::toDateTime(q.value(i++));
    p.importBatchId = sql::toId(q.value(i++));
    return p;
}

PersonRepository::PersonRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError PersonRepository::validate(const Person &person)
{
    if (person.fullName.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A person needs a name.")};
    // The schema allows any combination; the domain has exactly two kinds of person.
    if (person.isStaff && person.organizationId)
        return {DatabaseError::Kind::Invalid, tr("A member of our staff belongs to no client organization.")};
    if (!person.isStaff && !person.organizationId)
        return {DatabaseError::Kind::Invalid, tr("A contact person needs an organization.")};
    return {};
}

DatabaseError PersonRepository::create(Person &person)
{
    if (DatabaseError error = validate(person))
        return error;
    person.createdAt = person.updatedAt = sql::now();
    return m_table.create(person);
}

DatabaseError PersonRepository::update(Person &person)
{
    if (DatabaseError error = validate(person))
        return error;
    person.updatedAt = sql::now();
    return m_table.update(person);
}

Result<Person> PersonRepository::get(qint64 id) const
{
    return m_table.get(id);
}

Result<QString> PersonRepository::deletionBlocker(qint64 id) const
{
    auto journal = describeReferences(m_table.database(), {{"tasks", "person_id"}}, id);
    if (journal && !journal->isEmpty())
        return tr("they have %1; archive them instead").arg(*journal);
    return journal;
}

DatabaseError PersonRepository::remove(qint64 id)
{
    return m_table.removeUnlessBlocked(id, [&] { return deletionBlocker(id); },
                                       tr("The person cannot be deleted: %1."));
}

DatabaseError PersonRepository::archive(qint64 id)
{
    const QVariant now = sql::fromDateTime(sql::now());
    return m_table.write(QStringLiteral("UPDATE persons SET archived_at = ?, updated_at = ? WHERE id = ?"),
                         {now, now, id});
}

DatabaseError PersonRepository::restore(qint64 id)
{
    return m_table.write(QStringLiteral("UPDATE persons SET archived_at = NULL, updated_at = ? WHERE id = ?"),
                         {sql::fromDateTime(sql::now()), id});
}

Result<std::vector<Person>> PersonRepository::list(const QString &where, const QVariantList &values,
                                                   bool includeArchived) const
{
    const QString archived = includeArchived ? QString() : QStringLiteral(" AND archived_at IS NULL");
    return m_table.select(where + archived + QStringLiteral(" ORDER BY full_name COLLATE NOCASE, id"), values);
}

Result<std::vector<Person>> PersonRepository::listByOrganization(qint64 organizationId, bool includeArchived) const
{
    return list(QStringLiteral("WHERE organization_id = ?"), {organizationId}, includeArchived);
}

Result<std::vector<Person>> PersonRepository::listStaff(bool includeArchived) const
{
    return list(QStringLiteral("WHERE is_staff = 1"), {}, includeArchived);
}

} // namespace kartoteka
