#include "OrganizationListQuery.h"

#include "UserRepository.h"
#include "storage/Sql.h"

#include <QHash>

#include <algorithm>

namespace kartoteka {

namespace {

// Up to this many matches a filter's own index finds them and SQLite sorts them for each page
// (about 1 µs a match: 80 ms at most). Beyond it the sort's index is walked and each row
// checked against the filter: a page costs its rows divided by the share of matches, unless
// the matches bunch up in the sort's order (Moscow among names in Latin letters), and a long
// list has a large share.
constexpr qint64 smallListLimit = 80000;

const QString rowColumns = QStringLiteral(
    "o.id, o.name, o.legal_form, o.inn, o.kind, o.manager_id, u.display_name, o.city, o.abc_class, "
    "o.xyz_class, o.last_contact_at, o.archived_at");
constexpr int rowColumnCount = 12;

QString joined(const QStringList &conditions)
{
    return conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
}

} // namespace

// How the list of a sort column is ordered: the keys, each ascending with NULL first, then
// o.id; they are the columns of the sort's index, so its order is the index's order.
struct OrganizationListQuery::Plan
{
    QStringList keys;
    QStringList indexedFilters; // filter columns the sort's index holds: always usable
    // Sorting by manager: one part per manager in display-name order (the part without a
    // manager first), each in the order of `keys` inside; the index is (manager_id, archived_at).
    QString partColumn;
    QVariantList partValues;
    QHash<qint64, int> partOfManager;
    int partWithoutManager = 0;
    DatabaseError error; // the managers could not be read

    int partCount() const { return partColumn.isEmpty() ? 1 : int(partValues.size()); }
};

// One read of a page: conditions beyond the filter and the part, and the order.
struct OrganizationListQuery::Select
{
    QStringList conditions;
    QVariantList values;
    QString orderBy;
};

OrganizationListQuery::OrganizationListQuery(QSqlDatabase db, OrganizationListFilter filter, OrganizationListSort sort)
    : m_db(std::move(db))
    , m_filter(std::move(filter))
    , m_sort(sort)
    , m_plan(std::make_unique<Plan>())
{
    const QString archived = QStringLiteral("o.archived_at");
    switch (m_sort.column) {
    case OrganizationSortColumn::Name:
        m_plan->keys = {QStringLiteral("o.name COLLATE NOCASE"), archived};
        break;
    case OrganizationSortColumn::Inn:
        m_plan->keys = {QStringLiteral("o.inn"), archived};
        break;
    case OrganizationSortColumn::City:
        m_plan->keys = {QStringLiteral("o.city COLLATE NOCASE"), archived};
        m_plan->indexedFilters = {QStringLiteral("city")};
        break;
    case OrganizationSortColumn::Manager: {
        m_plan->keys = {archived};
        m_plan->indexedFilters = {QStringLiteral("manager_id")};
        m_plan->partColumn = QStringLiteral("o.manager_id");
        m_plan->partValues.append(QVariant());
        auto users = UserRepository(m_db).list(true);
        if (!users) {
            m_plan->error = users.error(); // count() reports it
            break;
        }
        for (const User &user : *users) {
            m_plan->partOfManager.insert(user.id, int(m_plan->partValues.size()));
            m_plan->partValues.append(user.id);
        }
        break;
    }
    case OrganizationSortColumn::Class:
        m_plan->keys = {QStringLiteral("o.abc_class"), QStringLiteral("o.xyz_class"), archived};
        m_plan->indexedFilters = {QStringLiteral("abc_class"), QStringLiteral("xyz_class")};
        break;
    case OrganizationSortColumn::LastContact:
        m_plan->keys = {QStringLiteral("o.last_contact_at"), archived};
        break;
    case OrganizationSortColumn::Kind:
        m_plan->keys = {QStringLiteral("o.kind"), archived};
        m_plan->indexedFilters = {QStringLiteral("kind")};
        break;
    }
}

OrganizationListQuery::~OrganizationListQuery() = default;

QString OrganizationListQuery::filterSql(bool forPages) const
{
    // The unary + keeps a column's index out of the plan. For archived_at always: otherwise
    // SQLite no longer sees that the sort's index gives the order (archived_at is its last
    // column), and sorts. For the other filters when the list is long (see smallListLimit).
    qint64 counted = 0;
    for (const qint64 partCount : m_partCounts)
        counted += partCount;
    const bool walkSortIndex = forPages && counted > smallListLimit;
    auto column = [&](const QString &name) -> QString {
        return walkSortIndex && !m_plan->indexedFilters.contains(name) ? QStringLiteral("+o.") + name
                                                                       : QStringLiteral("o.") + name;
    };
    QStringList conditions;
    if (!m_filter.includeArchived)
        conditions << QStringLiteral("+o.archived_at IS NULL");
    if (m_filter.kind)
        conditions << column(QStringLiteral("kind")) + QStringLiteral(" = ?");
    if (m_filter.managerId)
        conditions << column(QStringLiteral("manager_id")) + QStringLiteral(" = ?");
    if (!m_filter.abcClass.isEmpty())
        conditions << column(QStringLiteral("abc_class")) + QStringLiteral(" = ?");
    if (!m_filter.xyzClass.isEmpty())
        conditions << column(QStringLiteral("xyz_class")) + QStringLiteral(" = ?");
    if (!m_filter.city.isEmpty())
        conditions << column(QStringLiteral("city")) + QStringLiteral(" = ? COLLATE NOCASE");
    for (std::size_t i = 0; i < m_filter.customValues.size(); ++i)
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM custom_values v WHERE v.field_id = ? AND v.entity_id = o.id "
                                     "AND v.value = ?)");
    return joined(conditions);
}

QVariantList OrganizationListQuery::filterValues() const
{
    QVariantList values;
    if (m_filter.kind)
        values << Organization::kindCode(*m_filter.kind);
    if (m_filter.managerId)
        values << *m_filter.managerId;
    if (!m_filter.abcClass.isEmpty())
        values << m_filter.abcClass;
    if (!m_filter.xyzClass.isEmpty())
        values << m_filter.xyzClass;
    if (!m_filter.city.isEmpty())
        values << m_filter.city;
    for (const auto &[fieldId, value] : m_filter.customValues)
        values << fieldId << value;
    return values;
}

QString OrganizationListQuery::partSql(int part, QVariantList &values) const
{
    if (m_plan->partColumn.isEmpty())
        return QStringLiteral("1");
    values << m_plan->partValues.at(part);
    return m_plan->partColumn + QStringLiteral(" IS ?");
}

Result<qint64> OrganizationListQuery::count()
{
    if (m_plan->error)
        return m_plan->error;
    if (m_partCounts.empty()) {
        std::vector<qint64> counts(std::size_t(m_plan->partCount()), 0);
        const QString where = filterSql(false);
        if (m_plan->partColumn.isEmpty()) {
            auto total = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM organizations AS o WHERE ") + where,
                                     filterValues());
            if (!total)
                return total.error();
            counts[0] = total->toLongLong();
        } else {
            auto groups = sql::exec(m_db,
                                    QStringLiteral("SELECT o.manager_id, count(*) FROM organizations AS o WHERE ")
                                        + where + QStringLiteral(" GROUP BY o.manager_id"),
                                    filterValues());
            if (!groups)
                return groups.error();
            while (groups->next()) {
                const QVariant manager = groups->value(0);
                const int part = manager.isNull() ? m_plan->partWithoutManager
                                                  : m_plan->partOfManager.value(manager.toLongLong(), -1);
                if (part >= 0)
                    counts[std::size_t(part)] = groups->value(1).toLongLong();
            }
        }
        m_partCounts = std::move(counts);
    }
    qint64 total = 0;
    for (const qint64 count : m_partCounts)
        total += count;
    return total;
}

Result<std::vector<OrganizationListRow>> OrganizationListQuery::page(qint64 offset, int limit)
{
    if (auto total = count(); !total)
        return total.error();
    std::vector<int> parts(std::size_t(m_plan->partCount()));
    for (int i = 0; i < int(parts.size()); ++i)
        parts[std::size_t(i)] = m_sort.descending ? int(parts.size()) - 1 - i : i;
    for (const int part : parts) {
        const qint64 partCount = m_partCounts[std::size_t(part)];
        if (offset >= partCount) {
            offset -= partCount;
            continue;
        }
        auto rows = offsetInPart(part, offset, partCount, limit);
        if (!rows || rows->empty() || int(rows->size()) >= limit)
            return rows;
        // The page runs on into the next parts.
        auto more = after(rows->back().cursor, limit - int(rows->size()));
        if (!more)
            return more.error();
        rows->insert(rows->end(), more->begin(), more->end());
        return rows;
    }
    return std::vector<OrganizationListRow>();
}

Result<std::vector<OrganizationListRow>> OrganizationListQuery::offsetInPart(int part, qint64 offset, qint64 partCount,
                                                                             int limit) const
{
    // OFFSET steps through the rows it skips, so a page in the second half is read backwards
    // from the end.
    const bool up = !m_sort.descending;
    auto orderBy = [&](bool ascending) {
        QStringList terms = m_plan->keys;
        terms << QStringLiteral("o.id");
        const QString direction = ascending ? QString() : QStringLiteral(" DESC");
        for (QString &term : terms)
            term += direction;
        return terms.join(QStringLiteral(", "));
    };
    const qint64 rowsLeft = partCount - offset;
    if (offset <= rowsLeft - limit)
        return run(Select{{}, {}, orderBy(up)}, part, limit, offset);
    const int wanted = int(std::min<qint64>(limit, rowsLeft));
    auto rows = run(Select{{}, {}, orderBy(!up)}, part, wanted, rowsLeft - wanted);
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

Result<std::vector<OrganizationListRow>> OrganizationListQuery::after(const OrganizationListCursor &cursor,
                                                                      int limit) const
{
    return walk(cursor, !m_sort.descending, limit);
}

Result<std::vector<OrganizationListRow>> OrganizationListQuery::before(const OrganizationListCursor &cursor,
                                                                       int limit) const
{
    auto rows = walk(cursor, m_sort.descending, limit);
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

// Reads the rows next to `from` in the index order (`up`: increasing). Each read is one index
// seek: first the rows with `from`'s key and a greater (smaller) id, then, for each key column
// from the last to the first, those equal on the columns before it and greater (smaller) on
// it, then the next parts whole. NULL is below every value, so going down it is read apart.
Result<std::vector<OrganizationListRow>> OrganizationListQuery::walk(const OrganizationListCursor &from, bool up,
                                                                     int limit) const
{
    const QStringList &keys = m_plan->keys;
    const int keyCount = int(keys.size());
    const QString direction = up ? QString() : QStringLiteral(" DESC");
    auto orderFrom = [&](int level) {
        QStringList terms = keys.mid(level);
        terms << QStringLiteral("o.id");
        for (QString &term : terms)
            term += direction;
        return terms.join(QStringLiteral(", "));
    };
    auto equalBefore = [&](int level) {
        Select select;
        for (int i = 0; i < level; ++i) {
            select.conditions << keys[i] + QStringLiteral(" IS ?");
            select.values << from.key.value(i);
        }
        return select;
    };

    std::vector<Select> selects;
    Select sameKey = equalBefore(keyCount);
    sameKey.conditions << (up ? QStringLiteral("o.id > ?") : QStringLiteral("o.id < ?"));
    sameKey.values << from.id;
    sameKey.orderBy = orderFrom(keyCount);
    selects.push_back(sameKey);
    for (int level = keyCount - 1; level >= 0; --level) {
        // archived_at, the last key, is NULL in every row while archived ones are hidden.
        if (level == keyCount - 1 && !m_filter.includeArchived)
            continue;
        const QVariant value = from.key.value(level);
        if (up) {
            Select greater = equalBefore(level);
            if (value.isNull()) {
                greater.conditions << keys[level] + QStringLiteral(" IS NOT NULL");
            } else {
                greater.conditions << keys[level] + QStringLiteral(" > ?");
                greater.values << value;
            }
            greater.orderBy = orderFrom(level);
            selects.push_back(greater);
        } else if (!value.isNull()) {
            Select smaller = equalBefore(level);
            smaller.conditions << keys[level] + QStringLiteral(" < ?");
            smaller.values << value;
            smaller.orderBy = orderFrom(level);
            selects.push_back(smaller);
            Select empty = equalBefore(level);
            empty.conditions << keys[level] + QStringLiteral(" IS NULL");
            empty.orderBy = orderFrom(level + 1);
            selects.push_back(empty);
        }
    }

    std::vector<OrganizationListRow> rows;
    auto take = [&](const Select &select, int part) -> DatabaseError {
        auto more = run(select, part, limit - int(rows.size()));
        if (!more)
            return more.error();
        rows.insert(rows.end(), more->begin(), more->end());
        return {};
    };
    for (const Select &select : selects) {
        if (int(rows.size()) >= limit)
            return rows;
        if (DatabaseError error = take(select, from.part))
            return error;
    }
    const Select wholePart{{}, {}, orderFrom(0)};
    for (int part = from.part + (up ? 1 : -1); part >= 0 && part < m_plan->partCount(); part += up ? 1 : -1) {
        if (int(rows.size()) >= limit)
            break;
        if (DatabaseError error = take(wholePart, part))
            return error;
    }
    return rows;
}

Result<std::vector<OrganizationListRow>> OrganizationListQuery::run(const Select &select, int part, int limit,
                                                                    qint64 offset) const
{
    if (limit <= 0)
        return std::vector<OrganizationListRow>();
    // The page's ids come from the index alone; only its rows are read from the table.
    QVariantList values = filterValues();
    const QString partCondition = partSql(part, values);
    values.append(select.values);
    values << limit << offset;
    QStringList conditions{filterSql(true), partCondition};
    conditions.append(select.conditions);
    const QString statement =
        QStringLiteral("SELECT ") + rowColumns + QStringLiteral(", ") + m_plan->keys.join(QStringLiteral(", "))
        + QStringLiteral(" FROM (SELECT o.id AS page_id FROM organizations AS o WHERE ") + joined(conditions)
        + QStringLiteral(" ORDER BY ") + select.orderBy
        + QStringLiteral(" LIMIT ? OFFSET ?) AS page JOIN organizations AS o ON o.id = page.page_id"
                         " LEFT JOIN users AS u ON u.id = o.manager_id ORDER BY ")
        + select.orderBy;
    auto query = sql::exec(m_db, statement, values);
    if (!query)
        return query.error();
    return read(*query);
}

Result<std::vector<OrganizationListRow>> OrganizationListQuery::read(QSqlQuery &query) const
{
    std::vector<OrganizationListRow> rows;
    while (query.next()) {
        OrganizationListRow row;
        int i = 0;
        row.id = query.value(i++).toLongLong();
        row.name = sql::toText(query.value(i++));
        row.legalForm = sql::toText(query.value(i++));
        row.inn = sql::toText(query.value(i++));
        row.kind = Organization::kindFromCode(query.value(i++).toString()).value_or(Organization::Kind::Client);
        row.managerId = sql::toId(query.value(i++));
        row.manager = sql::toText(query.value(i++));
        row.city = sql::toText(query.value(i++));
        row.abcClass = sql::toText(query.value(i++));
        row.xyzClass = sql::toText(query.value(i++));
        row.lastContactAt = sql::toDateTime(query.value(i++));
        row.archived = !query.value(i++).isNull();
        for (int key = 0; key < int(m_plan->keys.size()); ++key)
            row.cursor.key << query.value(rowColumnCount + key);
        row.cursor.id = row.id;
        if (!m_plan->partColumn.isEmpty())
            row.cursor.part = row.managerId ? m_plan->partOfManager.value(*row.managerId, 0) : m_plan->partWithoutManager;
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<OrganizationListRow> OrganizationListQuery::row(qint64 organizationId) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT ") + rowColumns + QStringLiteral(", ")
                               + m_plan->keys.join(QStringLiteral(", "))
                               + QStringLiteral(" FROM organizations AS o LEFT JOIN users AS u ON u.id = o.manager_id"
                                                " WHERE o.id = ?"),
                           {organizationId});
    if (!query)
        return query.error();
    auto rows = read(*query);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return DatabaseError(DatabaseError::Kind::NotFound, tr("Organization #%1 does not exist.").arg(organizationId));
    return rows->front();
}

Result<QStringList> OrganizationListQuery::cities(const QSqlDatabase &db, int limit)
{
    // Each next city is one seek in organizations_city (a loose index scan): a millisecond
    // for a million organizations, where GROUP BY would read them all.
    auto query = sql::exec(db,
                           QStringLiteral("WITH RECURSIVE next(city) AS ("
                                          " SELECT min(city COLLATE NOCASE) FROM organizations"
                                          " UNION ALL"
                                          " SELECT (SELECT min(city COLLATE NOCASE) FROM organizations"
                                          "         WHERE city COLLATE NOCASE > next.city)"
                                          " FROM next WHERE next.city IS NOT NULL)"
                                          " SELECT city FROM next WHERE city IS NOT NULL LIMIT ?"),
                           {limit});
    if (!query)
        return query.error();
    QStringList cities;
    while (query->next())
        cities << query->value(0).toString();
    return cities;
}

} // namespace kartoteka
