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
    auto id = m_table.insert(project);
    if (!id)
        return id.error();
    project.id = *id;
    return {};
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
    QStringList reasons;
    struct Dependent
    {
        const char *table;
        const char *what;
    };
    // The foreign keys would merely unlink these, silently losing the grouping.
    for (const auto &[table, what] :
         {Dependent{"tasks", QT_TR_NOOP("%n task(s)")}, Dependent{"deals", QT_TR_NOOP("%n deal(s)")}}) {
        auto count = sql::scalar(
            m_table.database(),
            QStringLiteral("SELECT count(*) FROM %1 WHERE project_id = ?").arg(QLatin1String(table)), {id});
        if (!count)
            return count.error();
        if (const int n = count->toInt(); n > 0)
            reasons.append(tr(what, nullptr, n));
    }
    if (reasons.isEmpty())
        return QString();
    return tr("it has %1; close it instead").arg(reasons.join(QStringLiteral(", ")));
}

DatabaseError ProjectRepository::remove(qint64 id)
{
    Transaction transaction(m_table.database());
    if (transaction.beginError())
        return transaction.beginError();
    auto blocker = deletionBlocker(id);
    if (!blocker)
        return blocker.error();
    if (!blocker->isEmpty())
        return {DatabaseError::Kind::Refused, tr("The project cannot be deleted: %1.").arg(*blocker)};
    if (DatabaseError error = m_table.remove(id))
        return error;
    return transaction.commit();
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
