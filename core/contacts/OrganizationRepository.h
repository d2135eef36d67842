#pragma once

#include "Organization.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct OrganizationMapping
{
    using Value = Organization;
    static QString table() { return QStringLiteral("organizations"); }
    static QStringList columns();
    static QVariantList values(const Organization &organization);
    static Organization read(const QSqlQuery &query);
};

// Organizations in the database. Deleting one with a journal or sales is refused: archive it.
class OrganizationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationRepository)

public:
    explicit OrganizationRepository(QSqlDatabase db);

    // Validates, stamps created/updated times and stores; sets organization.id.
    DatabaseError create(Organization &organization);
    DatabaseError update(Organization &organization);
    Result<Organization> get(qint64 id) const;
    // Deletes an organization that has no tasks, sales, projects or deals and whose persons have no
    // tasks; its persons go with it.
    DatabaseError remove(qint64 id);
    DatabaseError archive(qint64 id);
    DatabaseError restore(qint64 id);

    Result<qint64> count(bool includeArchived = false) const;
    // One page of the list by name, for lazy views.
    Result<std::vector<Organization>> page(qint64 offset, qint64 limit, bool includeArchived = false) const;
    Result<std::vector<Organization>> findByInn(const QString &inn) const;

    // Why the organization cannot be deleted (its tasks, sales, ...); empty when it can.
    Result<QString> deletionBlocker(qint64 id) const;

private:
    static DatabaseError validate(const Organization &organization);

    TableGateway<OrganizationMapping> m_table;
};

} // namespace kartoteka
