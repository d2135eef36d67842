#include "ProjectRepository.h"

#include "storage/Sql.h"

namespace kartoteka {

QStringList ProjectMapping::columns()
{
    return {QStringLiteral("name"),       QStringLiteral("description"), QStringLiteral("organization_id"),
            QStringLiteral("owner_id"),   QStringLiteral("state"),       QStringLiteral("start_date"),
            QStringLiteral("end_date"),   QStringLiteral("created_at")};
}

QVariantList ProjectMapping::values(const Project &p)
{
    return {p.name,
            sql::fromText(p.description),
            sql::fromId(p.organizationId),
            sql::fromId(p.ownerId),
            Project::stateCode(p.state),
            sql::fromDate(p.startDate),
            sql::fromDate(p.endDate),
            sql::fromDateTime(p.createdAt)};
}

Project ProjectMapping::read(const QSqlQuery &q)
{
    Project p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.name = sql::toText(q.value(i++));
    p.description = sql::toText(q.value(i++));
    p.organizationId = sql::toId(q.value(i++));
    p.ownerId = sql::toId(q.value(i++));
    p.state = Project::stateFromCode(q.value(i++).toString()).value_or(Project::State::Active);
    p.startDate = sql::toDate(q.value(i++));
    p.endDate = sql::toDate(q.value(i++));
    p.createdAt = sql::toDateTime(q.value(i++));
    return p;
}

ProjectRepository::ProjectRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError ProjectRepository::validate(const Project &project)
{
    if (project.name.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A project needs a name.")};
    if (project.startDate.isValid() && project.endDate.isValid() && project.endDate < project.startDate)
        return {DatabaseError::Kind::Invalid, tr("A project cannot end before it starts.")};
    return {};
}

DatabaseError ProjectRepository::create(Project &project)
{
    if (DatabaseError error = validate(project))
        return error;
    project.createdAt = sql::now();
    return m_table.create(project);
}

DatabaseError ProjectRepository::update(const Project &project)
{
    if (DatabaseError error = validate(project))
        return error;
    return m_table.update(project);
}

Result<Project> ProjectRepository::get(qint64 id) const
{
    return m_table.get(id);
}

Result<QString> ProjectRepository::deletionBlocker(qint64 id) const
{
    // The foreign keys would merely unlink these, silently losing the grouping.
    auto grouped = describeReferences(m_table.database(), {{"tasks", "project_id"}, {"deals", "project_id"}}, id);
    if (grouped && !grouped->isEmpty())
        return tr("it has %1; close it instead").arg(*grouped);
    return grouped;
}

DatabaseError ProjectRepository::remove(qint64 id)
{
    return m_table.removeUnlessBlocked(id, [&] { return deletionBlocker(id); },
                                       tr("The project cannot be deleted: %1."));
}

Result<std::vector<Project>> ProjectRepository::list(bool includeClosed) const
{
    const QString where = includeClosed ? QString() : QStringLiteral("WHERE state = 'active'");
    return m_table.select(where + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
}

Result<std::vector<Project>> ProjectRepository::listByOrganization(qint64 organizationId) const
{
    return m_table.select(QStringLiteral("WHERE organization_id = ? ORDER BY name COLLATE NOCASE, id"),
                          {organizationId});
}

} // namespace kartoteka
