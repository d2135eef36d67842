#include "OrganizationRepository.h"

#include "storage/Sql.h"

namespace kartoteka {

QStringList OrganizationMapping::columns()
{
    return {QStringLiteral("name"),           QStringLiteral("legal_form"),
            QStringLiteral("inn"),            QStringLiteral("kind"),
            QStringLiteral("manager_id"),     QStringLiteral("service_priority"),
            QStringLiteral("price_terms"),    QStringLiteral("delivery_terms"),
            QStringLiteral("phones"),         QStringLiteral("email"),
            QStringLiteral("website"),        QStringLiteral("city"),
            QStringLiteral("address"),        QStringLiteral("notes"),
            QStringLiteral("abc_class"),      QStringLiteral("xyz_class"),
            QStringLiteral("class_computed_on"), QStringLiteral("created_at"),
            QStringLiteral("updated_at"),     QStringLiteral("archived_at"),
            QStringLiteral("import_batch_id")};
}

QVariantList OrganizationMapping::values(const Organization &o)
{
    return {o.name,
            sql::fromText(o.legalForm),
            sql::fromText(o.inn),
            Organization::kindCode(o.kind),
            sql::fromId(o.managerId),
            static_cast<int>(o.priority),
            sql::fromText(o.priceTerms),
            sql::fromText(o.deliveryTerms),
            sql::fromText(o.phones),
            sql::fromText(o.email),
            sql::fromText(o.website),
            sql::fromText(o.city),
            sql::fromText(o.address),
            sql::fromText(o.notes),
            sql::fromText(o.abcClass),
            sql::fromText(o.xyzClass),
            sql::fromDate(o.classComputedOn),
            sql::fromDateTime(o.createdAt),
            sql::fromDateTime(o.updatedAt),
            sql::fromDateTime(o.archivedAt),
            sql::fromId(o.importBatchId)};
}

Organization OrganizationMapping::read(const QSqlQuery &q)
{
    Organization o;
    int i = 0;
    o.id = q.value(i++).toLongLong();
    o.name = sql::toText(q.value(i++));
    o.legalForm = sql::toText(q.value(i++));
    o.inn = sql::toText(q.value(i++));
    o.kind = Organization::kindFromCode(q.value(i++).toString()).value_or(Organization::Kind::Client);
    o.managerId = sql::toId(q.value(i++));
    o.priority = static_cast<Organization::Priority>(q.value(i++).toInt());
    o.priceTerms = sql::toText(q.value(i++));
    o.deliveryTerms = sql::toText(q.value(i++));
    o.phones = sql::toText(q.value(i++));
    o.email = sql::toText(q.value(i++));
    o.website = sql::toText(q.value(i++));
    o.city = sql::toText(q.value(i++));
    o.address = sql::toText(q.value(i++));
    o.notes = sql::toText(q.value(i++));
    o.abcClass = sql::toText(q.value(i++));
    o.xyzClass = sql::toText(q.value(i++));
    o.classComputedOn = sql::toDate(q.value(i++));
    o.createdAt = sql::toDateTime(q.value(i++));
    o.updatedAt = sql::toDateTime(q.value(i++));
    o.archivedAt = sql::toDateTime(q.value(i++));
    o.importBatchId = sql::toId(q.value(i++));
    return o;
}

OrganizationRepository::OrganizationRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError OrganizationRepository::validate(const Organization &organization)
{
    if (organization.name.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("An organization needs a name.")};
    return {};
}

DatabaseError OrganizationRepository::create(Organization &organization)
{
    if (DatabaseError error = validate(organization))
        return error;
    organization.createdAt = organization.updatedAt = sql::now();
    return m_table.create(organization);
}

DatabaseError OrganizationRepository::update(Organization &organization)
{
    if (DatabaseError error = validate(organization))
        return error;
    organization.updatedAt = sql::now();
    return m_table.update(organization);
}

Result<Organization> OrganizationRepository::get(qint64 id) const
{
    return m_table.get(id);
}

Result<QString> OrganizationRepository::deletionBlocker(qint64 id) const
{
    const QSqlDatabase &db = m_table.database();
    // The tables that keep an organization's history; persons are deleted with it.
    auto history = describeReferences(db,
                                      {{"tasks", "organization_id"},
                                       {"sales", "organization_id"},
                                       {"projects", "organization_id"},
                                       {"deals", "organization_id"}},
                                      id);
    if (!history)
        return history.error();
    // Its persons' own tasks block it too: those not counted above, that name the person only.
    auto personsTasks =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM tasks WHERE organization_id IS NOT ? "
                                   "AND person_id IN (SELECT id FROM persons WHERE organization_id = ?)"),
                    {id, id});
    if (!personsTasks)
        return personsTasks.error();
    QStringList reasons;
    if (!history->isEmpty())
        reasons.append(*history);
    if (const int n = personsTasks->toInt(); n > 0)
        reasons.append(tr("%n task(s) of its contact persons", nullptr, n));
    if (reasons.isEmpty())
        return QString();
    return tr("it has %1; archive it instead").arg(reasons.join(QStringLiteral(", ")));
}

DatabaseError OrganizationRepository::remove(qint64 id)
{
    return m_table.removeUnlessBlocked(
        id, [&] { return deletionBlocker(id); }, tr("The organization cannot be deleted: %1."),
        {{"persons", "organization_id"}});
}

DatabaseError OrganizationRepository::archive(qint64 id)
{
    const QDateTime now = sql::now();
    return m_table.write(QStringLiteral("UPDATE organizations SET archived_at = ?, updated_at = ? WHERE id = ?"),
                         {sql::fromDateTime(now), sql::fromDateTime(now), id});
}

DatabaseError OrganizationRepository::restore(qint64 id)
{
    return m_table.write(QStringLiteral("UPDATE organizations SET archived_at = NULL, updated_at = ? WHERE id = ?"),
                         {sql::fromDateTime(sql::now()), id});
}

Result<qint64> OrganizationRepository::count(bool includeArchived) const
{
    return m_table.count(includeArchived ? QString() : QStringLiteral("WHERE archived_at IS NULL"));
}

Result<std::vector<Organization>> OrganizationRepository::page(qint64 offset, qint64 limit,
                                                                bool includeArchived) const
{
    const QString where = includeArchived ? QString() : QStringLiteral("WHERE archived_at IS NULL");
    return m_table.select(where + QStringLiteral(" ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?"),
                          {limit, offset});
}

Result<std::vector<Organization>> OrganizationRepository::findByInn(const QString &inn) const
{
    return m_table.select(QStringLiteral("WHERE inn = ? ORDER BY id"), {inn});
}

} // namespace kartoteka
