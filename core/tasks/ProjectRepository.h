#pragma once

#include "Project.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct ProjectMapping
{
    using Value = Project;
    static QString table() { return QStringLiteral("projects"); }
    static QStringList columns();
    static QVariantList values(const Project &project);
    static Project read(const QSqlQuery &query);
};

// Projects. One with tasks or deals is not deleted (that would orphan its journal): close it.
class ProjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProjectRepository)

public:
    explicit ProjectRepository(QSqlDatabase db);

    // Validates, stamps created_at and stores; sets project.id.
    DatabaseError create(Project &project);
    DatabaseError update(const Project &project);
    Result<Project> get(qint64 id) const;
    DatabaseError remove(qint64 id);

    // By name; closed projects only when asked.
    Result<std::vector<Project>> list(bool includeClosed = false) const;
    Result<std::vector<Project>> listByOrganization(qint64 organizationId) const;

    // Why the project cannot be deleted (its tasks, deals); empty when it can.
    Result<QString> deletionBlocker(qint64 id) const;

private:
    static DatabaseError validate(const Project &project);

    TableGateway<ProjectMapping> m_table;
};

} // namespace kartoteka
