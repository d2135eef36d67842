#pragma once

#include "Person.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct PersonMapping
{
    using Value = Person;
    static QString table() { return QStringLiteral("persons"); }
    static QStringList columns();
    static QVariantList values(const Person &person);
    static Person read(const QSqlQuery &query);
};

// Contact persons and staff. Deleting a person with a journal is refused: archive them.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(QSqlDatabase db);

    // Validates, stamps created/updated times and stores; sets person.id.
    DatabaseError create(Person &person);
    DatabaseError update(Person &person);
    Result<Person> get(qint64 id) const;
    // Deletes a person without tasks; their custom field values go with them.
    DatabaseError remove(qint64 id);
    DatabaseError archive(qint64 id);
    DatabaseError restore(qint64 id);

    // The contact persons of an organization, by name.
    Result<std::vector<Person>> listByOrganization(qint64 organizationId, bool includeArchived = false) const;
    // Our own staff, by name.
    Result<std::vector<Person>> listStaff(bool includeArchived = false) const;

    // Why the person cannot be deleted (their tasks); empty when they can.
    Result<QString> deletionBlocker(qint64 id) const;

private:
    static DatabaseError validate(const Person &person);
    Result<std::vector<Person>> list(const QString &where, const QVariantList &values, bool includeArchived) const;

    TableGateway<PersonMapping> m_table;
};

} // namespace kartoteka
