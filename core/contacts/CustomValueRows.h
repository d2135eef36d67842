#pragma once

#include "storage/Result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <vector>

namespace kartoteka {

// The custom values that go with a record when it is deleted (by trigger), read before the
// delete so that its undo can put them back.
class CustomValueRows
{
public:
    // A person's values.
    static Result<CustomValueRows> ofPerson(const QSqlDatabase &db, qint64 personId);
    // An organization's values and those of its persons.
    static Result<CustomValueRows> ofOrganization(const QSqlDatabase &db, qint64 organizationId);

    // Writes them back; inside the caller's transaction, after their records are back.
    DatabaseError restore(const QSqlDatabase &db) const;

private:
    static Result<CustomValueRows> read(const QSqlDatabase &db, const QString &where, const QVariantList &values);

    std::vector<QVariantList> m_rows; // field_id, entity_id, value
};

} // namespace kartoteka
