#pragma once

#include "Organization.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>
#include <vector>

namespace kartoteka {

// Which organizations the card index lists; an unset or empty field lets every value through.
struct OrganizationListFilter
{
    std::optional<Organization::Kind> kind;
    std::optional<qint64> managerId;
    QString abcClass; // "A", "B", "C"
    QString xyzClass; // "X", "Y", "Z", "new"
    QString city;     // the whole name; SQLite's NOCASE ignores the case of Latin letters only
    // Custom fields that must have a value: (field id, stored value).
    std::vector<std::pair<qint64, QString>> customValues;
    bool includeArchived = false;
};

enum class OrganizationSortColumn { Name, Inn, City, Manager, Class, LastContact, Kind };

// Empty values come first in ascending order and last in descending order. Equal values
// keep a fixed order: organizations in use before archived ones, then by id. Managers sort by
// display name, kinds by their codes (client, partner, prospect, supplier), classes by ABC
// then XYZ.
struct OrganizationListSort
{
    OrganizationSortColumn column = OrganizationSortColumn::Name;
    bool descending = false;
};

// Where a row stands in the list's order: what reading the rows next to it starts from.
struct OrganizationListCursor
{
    int part = 0;      // the manager's group when sorting by manager; else 0
    QVariantList key;  // the values of the sort's columns
    qint64 id = 0;
};

// One row of the list.
struct OrganizationListRow
{
    qint64 id = 0;
    QString name;
    QString legalForm;
    QString inn;
    Organization::Kind kind = Organization::Kind::Client;
    std::optional<qint64> managerId;
    QString manager; // the manager's display name
    QString city;
    QString abcClass;
    QString xyzClass;
    QDateTime lastContactAt;
    bool archived = false;
    OrganizationListCursor cursor;
    QHash<qint64, QString> custom; // custom field id -> stored value, when the list asks for them
};

// The card index list over the whole organizations table, filtered and sorted in SQL and
// read a page at a time, never whole. Rows follow the order of one index per sort column
// (migrations/005_last_contact.sql), so that every read is an index seek: the rows after or
// before a row already read are found from its key (keyset paging: scrolling costs the same
// anywhere in a million rows), and a page far away by its offset, counted from the nearer
// end of the list. Filters and sorts are chosen from fixed lists: no user text reaches SQL
// but as a bound value.
class OrganizationListQuery
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationListQuery)

public:
    OrganizationListQuery(QSqlDatabase db, OrganizationListFilter filter = {}, OrganizationListSort sort = {});
    ~OrganizationListQuery();
    OrganizationListQuery(const OrganizationListQuery &) = delete;
    OrganizationListQuery &operator=(const OrganizationListQuery &) = delete;

    const OrganizationListFilter &filter() const { return m_filter; }
    const OrganizationListSort &sort() const { return m_sort; }

    // How many organizations the list holds; counted once, then remembered.
    Result<qint64> count();
    // Up to `limit` rows from position `offset` (0 is the first row).
    Result<std::vector<OrganizationListRow>> page(qint64 offset, int limit);
    // Up to `limit` rows that follow the row at `cursor`, in list order.
    Result<std::vector<OrganizationListRow>> after(const OrganizationListCursor &cursor, int limit) const;
    // Up to `limit` rows that precede the row at `cursor`, in list order (the nearest last).
    Result<std::vector<OrganizationListRow>> before(const OrganizationListCursor &cursor, int limit) const;

    // The row of one organization, listed or not.
    Result<OrganizationListRow> row(qint64 organizationId) const;

    // The cities the organizations are in, for a city filter: each once (whatever the case of
    // its Latin letters), in the index's order, at most `limit`.
    static Result<QStringList> cities(const QSqlDatabase &db, int limit);

private:
    struct Plan;
    struct Select;

    Result<std::vector<OrganizationListRow>> walk(const OrganizationListCursor &from, bool up, int limit) const;
    Result<std::vector<OrganizationListRow>> offsetInPart(int part, qint64 offset, qint64 partCount, int limit) const;
    Result<std::vector<OrganizationListRow>> run(const Select &select, int part, int limit, qint64 offset = 0) const;
    Result<std::vector<OrganizationListRow>> read(QSqlQuery &query) const;
    QString filterSql(bool forPages) const;
    QVariantList filterValues() const;
    QString partSql(int part, QVariantList &values) const;

    QSqlDatabase m_db;
    OrganizationListFilter m_filter;
    OrganizationListSort m_sort;
    std::unique_ptr<Plan> m_plan;
    std::vector<qint64> m_partCounts; // empty until counted
};

} // namespace kartoteka
