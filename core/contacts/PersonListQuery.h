#pragma once

#include "storage/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <utility>
#include <vector>

namespace kartoteka {

// Which persons the list shows.
struct PersonListFilter
{
    enum class Group { Everyone, ContactPersons, Staff };
    Group group = Group::Everyone;
    bool includeArchived = false;
    // Custom fields that must have a value: (field id, stored value).
    std::vector<std::pair<qint64, QString>> customValues;

    bool operator==(const PersonListFilter &) const = default;
};

// One row of the persons list.
struct PersonListRow
{
    qint64 id = 0;
    QString fullName;
    QString organization; // the organization's name; empty for staff
    QString position;
    QString phones;
    QString emails;
    bool isStaff = false;
    bool archived = false;
};

// The persons list by name (letter case aside), read forward a page at a time from the last
// row read (keyset paging on the persons_name index), so scrolling a million persons never
// reads them all.
class PersonListQuery
{
public:
    PersonListQuery(QSqlDatabase db, PersonListFilter filter = {});

    Result<qint64> count() const;
    // Up to `limit` rows after `last` (the first rows when `last` is null).
    Result<std::vector<PersonListRow>> after(const PersonListRow *last, int limit) const;

private:
    QString filterSql(QVariantList &values) const;

    QSqlDatabase m_db;
    PersonListFilter m_filter;
};

} // namespace kartoteka
