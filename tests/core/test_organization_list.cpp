#include "TestDatabase.h"

#include "contacts/OrganizationListQuery.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QElapsedTimer>

#include <random>

using namespace kartoteka;
using Column = OrganizationSortColumn;

namespace {

qint64 addUser(const QSqlDatabase &db, const QString &login, const QString &displayName)
{
    User user;
    user.login = login;
    user.displayName = displayName;
    REQUIRE_FALSE(UserRepository(db).create(user));
    return user.id;
}

struct OrganizationSpec
{
    const char *name;
    const char *inn;
    const char *city;
    qint64 manager;
    Organization::Kind kind;
    const char *abc;
    const char *xyz;
    bool archived;
};

qint64 addOrganization(const QSqlDatabase &db, const OrganizationSpec &spec)
{
    Organization organization;
    organization.name = QString::fromUtf8(spec.name);
    organization.inn = QString::fromLatin1(spec.inn);
    organization.city = QString::fromUtf8(spec.city);
    if (spec.manager != 0)
        organization.managerId = spec.manager;
    organization.kind = spec.kind;
    organization.abcClass = QString::fromLatin1(spec.abc);
    organization.xyzClass = QString::fromLatin1(spec.xyz);
    OrganizationRepository repository(db);
    REQUIRE_FALSE(repository.create(organization));
    if (spec.archived)
        REQUIRE_FALSE(repository.archive(organization.id));
    return organization.id;
}

std::vector<OrganizationListRow> allRows(OrganizationListQuery &query)
{
    auto count = query.count();
    REQUIRE(count);
    auto rows = query.page(0, int(*count) + 10);
    INFO(rows.error().message.toStdString());
    REQUIRE(rows);
    CHECK(qint64(rows->size()) == *count);
    return std::move(rows).value();
}

std::vector<qint64> ids(const std::vector<OrganizationListRow> &rows)
{
    std::vector<qint64> result;
    for (const OrganizationListRow &row : rows)
        result.push_back(row.id);
    return result;
}

std::vector<qint64> listed(const QSqlDatabase &db, const OrganizationListFilter &filter, Column column,
                           bool descending = false)
{
    OrganizationListQuery query(db, filter, {column, descending});
    return ids(allRows(query));
}

// The same database with hand-made organizations whose order is known by column:
//   id  name     INN         city    manager  kind      class  archived
//   1   Vector   5000000001  Kazan   Anna     partner   B Y
//   2   alpha    -           Moscow  Boris    client    A X
//   3   Beta     3000000003  -       -        prospect  -
//   4   Gamma    1000000001  moscow  Anna     supplier  A Z    yes
//   5   Delta    2000000002  Kazan   Boris    client    C new
//   6   Alpha    4000000004  Omsk    Anna     client    A X
//   7   Epsilon  -           Omsk    -        prospect  -      yes
// Boris is added first: managers sort by display name, not by id.
struct HandMade
{
    test::TestDatabase db;
    qint64 boris = addUser(db.connection(), QStringLiteral("boris"), QStringLiteral("Boris Petrov"));
    qint64 anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna Ivanova"));
    std::vector<qint64> id{0};

    HandMade()
    {
        using Kind = Organization::Kind;
        const std::vector<OrganizationSpec> specs{
            {"Vector", "5000000001", "Kazan", anna, Kind::Partner, "B", "Y", false},
            {"alpha", "", "Moscow", boris, Kind::Client, "A", "X", false},
            {"Beta", "3000000003", "", 0, Kind::Prospect, "", "", false},
            {"Gamma", "1000000001", "moscow", anna, Kind::Supplier, "A", "Z", true},
            {"Delta", "2000000002", "Kazan", boris, Kind::Client, "C", "new", false},
            {"Alpha", "4000000004", "Omsk", anna, Kind::Client, "A", "X", false},
            {"Epsilon", "", "Omsk", 0, Kind::Prospect, "", "", true},
        };
        for (const OrganizationSpec &spec : specs)
            id.push_back(addOrganization(db.connection(), spec));
        // Ids are 1..7 in a fresh database; the expectations below are written with them.
        REQUIRE(id == std::vector<qint64>{0, 1, 2, 3, 4, 5, 6, 7});
    }
};

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), Qt::UTC);
}

struct Tasks
{
    QSqlDatabase db;
    qint64 author;
    qint64 callType = TaskTypeRepository(db).findByCode(QStringLiteral("call"))->id;

    qint64 add(qint64 organization, Task::State state, const QDateTime &plannedStart, const QDateTime &actualEnd = {})
    {
        Task task;
        task.subject = QStringLiteral("Call");
        task.typeId = callType;
        task.authorId = author;
        task.organizationId = organization;
        task.state = state;
        task.plannedStart = plannedStart;
        task.actualEnd = actualEnd;
        REQUIRE_FALSE(TaskRepository(db).create(task));
        return task.id;
    }
};

QDateTime lastContact(const QSqlDatabase &db, qint64 organization)
{
    auto row = OrganizationListQuery(db).row(organization);
    REQUIRE(row);
    return row->lastContactAt;
}

} // namespace

TEST_CASE("The card index list sorts by each column, empty values first, archived ones hidden", "[contacts][list]")
{
    HandMade data;
    const QSqlDatabase db = data.db.connection();
    const OrganizationListFilter active;

    CHECK(listed(db, active, Column::Name) == std::vector<qint64>{2, 6, 3, 5, 1});
    CHECK(listed(db, active, Column::Name, true) == std::vector<qint64>{1, 5, 3, 6, 2});
    CHECK(listed(db, active, Column::Inn) == std::vector<qint64>{2, 5, 3, 6, 1});
    CHECK(listed(db, active, Column::Inn, true) == std::vector<qint64>{1, 6, 3, 5, 2});
    CHECK(listed(db, active, Column::City) == std::vector<qint64>{3, 1, 5, 2, 6});
    CHECK(listed(db, active, Column::City, true) == std::vector<qint64>{6, 2, 5, 1, 3});
    CHECK(listed(db, active, Column::Manager) == std::vector<qint64>{3, 1, 6, 2, 5});
    CHECK(listed(db, active, Column::Manager, true) == std::vector<qint64>{5, 2, 6, 1, 3});
    CHECK(listed(db, active, Column::Class) == std::vector<qint64>{3, 2, 6, 1, 5});
    CHECK(listed(db, active, Column::Class, true) == std::vector<qint64>{5, 1, 6, 2, 3});
    CHECK(listed(db, active, Column::Kind) == std::vector<qint64>{2, 5, 6, 1, 3});
    CHECK(listed(db, active, Column::LastContact) == std::vector<qint64>{1, 2, 3, 5, 6});

    OrganizationListQuery query(db);
    const std::vector<OrganizationListRow> rows = allRows(query);
    const OrganizationListRow &alpha = rows.front();
    CHECK(alpha.name == QStringLiteral("alpha"));
    CHECK(alpha.inn.isEmpty());
    CHECK(alpha.city == QStringLiteral("Moscow"));
    CHECK(alpha.manager == QStringLiteral("Boris Petrov"));
    CHECK(alpha.managerId == data.boris);
    CHECK(alpha.kind == Organization::Kind::Client);
    CHECK(alpha.abcClass == QStringLiteral("A"));
    CHECK(alpha.xyzClass == QStringLiteral("X"));
    CHECK_FALSE(alpha.archived);
    CHECK_FALSE(alpha.lastContactAt.isValid());
}

TEST_CASE("Show archived puts archived organizations beside the others with the same value", "[contacts][list]")
{
    HandMade data;
    const QSqlDatabase db = data.db.connection();
    OrganizationListFilter all;
    all.includeArchived = true;

    CHECK(listed(db, all, Column::Name) == std::vector<qint64>{2, 6, 3, 5, 7, 4, 1});
    CHECK(listed(db, all, Column::City) == std::vector<qint64>{3, 1, 5, 2, 4, 6, 7});
    CHECK(listed(db, all, Column::City, true) == std::vector<qint64>{7, 6, 4, 2, 5, 1, 3});
    CHECK(listed(db, all, Column::Class) == std::vector<qint64>{3, 7, 2, 6, 4, 1, 5});
    CHECK(listed(db, all, Column::Kind) == std::vector<qint64>{2, 5, 6, 1, 3, 7, 4});
    CHECK(listed(db, all, Column::Manager) == std::vector<qint64>{3, 7, 1, 6, 4, 2, 5});

    OrganizationListQuery query(db, all);
    const std::vector<OrganizationListRow> rows = allRows(query);
    CHECK(rows[4].name == QStringLiteral("Epsilon"));
    CHECK(rows[4].archived);
}

TEST_CASE("The card index list filters by kind, manager, class and city", "[contacts][list]")
{
    HandMade data;
    const QSqlDatabase db = data.db.connection();

    OrganizationListFilter filter;
    filter.kind = Organization::Kind::Client;
    CHECK(listed(db, filter, Column::Name) == std::vector<qint64>{2, 6, 5});
    filter.city = QStringLiteral("KAZAN");
    CHECK(listed(db, filter, Column::Name) == std::vector<qint64>{5});

    filter = {};
    filter.managerId = data.anna;
    CHECK(listed(db, filter, Column::Name) == std::vector<qint64>{6, 1});
    CHECK(listed(db, filter, Column::Manager) == std::vector<qint64>{1, 6});
    filter.includeArchived = true;
    CHECK(listed(db, filter, Column::Name) == std::vector<qint64>{6, 4, 1});

    filter = {};
    filter.abcClass = QStringLiteral("A");
    CHECK(listed(db, filter, Column::Name) == std::vector<qint64>{2, 6});
    filter.includeArchived = true;
    CHECK(listed(db, filter, Column::Class) == std::vector<qint64>{2, 6, 4});
    filter.xyzClass = QStringLiteral("Z");
    CHECK(listed(db, filter, Column::Name) == std::vector<qint64>{4});

    filter = {};
    filter.xyzClass = QStringLiteral("new");
    CHECK(listed(db, filter, Column::Inn) == std::vector<qint64>{5});

    filter = {};
    filter.city = QStringLiteral("moscow");
    CHECK(listed(db, filter, Column::City) == std::vector<qint64>{2});
    filter.includeArchived = true;
    CHECK(listed(db, filter, Column::City) == std::vector<qint64>{2, 4});

    filter = {};
    filter.kind = Organization::Kind::Supplier;
    OrganizationListQuery none(db, filter);
    CHECK(*none.count() == 0);
    CHECK(none.page(0, 10)->empty());

    auto cities = OrganizationListQuery::cities(db, 10);
    REQUIRE(cities);
    CHECK(cities->size() == 3); // Kazan, Moscow (either spelling), Omsk
    CHECK(cities->contains(QStringLiteral("Kazan")));
}

TEST_CASE("Reading next to a row, forwards and backwards, agrees with reading by offset", "[contacts][list]")
{
    // Many equal values, empty ones and archived ones, so that every step of the keyset read
    // is crossed: equal keys, NULLs, the next manager's part.
    test::TestDatabase database;
    const QSqlDatabase db = database.connection();
    const std::vector<qint64> managers{addUser(db, QStringLiteral("z"), QStringLiteral("Zoe")),
                                       addUser(db, QStringLiteral("a"), QStringLiteral("Adam")),
                                       addUser(db, QStringLiteral("m"), QStringLiteral("Mia"))};
    std::mt19937 random(7);
    auto pick = [&](int n) { return int(random() % unsigned(n)); };
    const std::vector<QByteArray> names{"Alpha", "alpha", "Beta", "Gamma", "Delta"};
    const std::vector<QByteArray> cities{"", "Kazan", "kazan", "Omsk"};
    const std::vector<const char *> abc{"", "A", "B"};
    const std::vector<const char *> xyz{"", "X", "new"};
    Tasks tasks{db, managers[0]};
    for (int i = 0; i < 120; ++i) {
        const QByteArray inn = pick(3) == 0 ? QByteArray() : QByteArray::number(7700000000LL + pick(20));
        const OrganizationSpec spec{names[std::size_t(pick(5))].constData(),
                                    inn.constData(),
                                    cities[std::size_t(pick(4))].constData(),
                                    pick(4) == 0 ? 0 : managers[std::size_t(pick(3))],
                                    Organization::Kind(pick(4)),
                                    abc[std::size_t(pick(3))],
                                    xyz[std::size_t(pick(3))],
                                    pick(4) == 0};
        const qint64 id = addOrganization(db, spec);
        if (pick(2) == 0)
            tasks.add(id, Task::State::Done, utc(2026, 1 + pick(3), 1 + pick(3)));
    }

    for (const Column column : {Column::Name, Column::Inn, Column::City, Column::Manager, Column::Class,
                                Column::LastContact, Column::Kind}) {
        for (const bool descending : {false, true}) {
            for (const bool archived : {false, true}) {
                INFO("column " << int(column) << (descending ? " descending" : " ascending")
                               << (archived ? " with archived" : ""));
                OrganizationListFilter filter;
                filter.includeArchived = archived;
                OrganizationListQuery query(db, filter, {column, descending});
                const std::vector<qint64> expected = ids(allRows(query));
                REQUIRE(expected.size() > 50);

                const int pageSize = 7;
                std::vector<qint64> byOffset;
                for (qint64 offset = 0; offset < qint64(expected.size()); offset += pageSize) {
                    auto rows = query.page(offset, pageSize);
                    REQUIRE(rows);
                    const std::vector<qint64> pageIds = ids(*rows);
                    byOffset.insert(byOffset.end(), pageIds.begin(), pageIds.end());
                }
                CHECK(byOffset == expected);

                std::vector<OrganizationListRow> forward = *query.page(0, pageSize);
                while (true) {
                    auto more = query.after(forward.back().cursor, pageSize);
                    REQUIRE(more);
                    if (more->empty())
                        break;
                    forward.insert(forward.end(), more->begin(), more->end());
                }
                CHECK(ids(forward) == expected);

                std::vector<OrganizationListRow> backward = *query.page(qint64(expected.size()) - 1, 1);
                while (true) {
                    auto more = query.before(backward.front().cursor, pageSize);
                    REQUIRE(more);
                    if (more->empty())
                        break;
                    backward.insert(backward.begin(), more->begin(), more->end());
                }
                CHECK(ids(backward) == expected);
            }
        }
    }
}

TEST_CASE("The last contact date follows the organization's done tasks", "[contacts][list]")
{
    test::TestDatabase database;
    const QSqlDatabase db = database.connection();
    const qint64 user = addUser(db, QStringLiteral("u"), QStringLiteral("User"));
    Tasks tasks{db, user};
    OrganizationSpec spec{"Client", "", "", 0, Organization::Kind::Client, "", "", false};
    const qint64 client = addOrganization(db, spec);
    spec.name = "Other";
    const qint64 other = addOrganization(db, spec);

    CHECK_FALSE(lastContact(db, client).isValid());
    tasks.add(client, Task::State::Planned, utc(2026, 3, 1));
    CHECK_FALSE(lastContact(db, client).isValid()); // not done yet

    // The actual end counts; without one, the planned start.
    const qint64 call = tasks.add(client, Task::State::Done, utc(2026, 1, 10), utc(2026, 1, 12));
    CHECK(lastContact(db, client) == utc(2026, 1, 12));
    const qint64 visit = tasks.add(client, Task::State::Done, utc(2026, 2, 5));
    CHECK(lastContact(db, client) == utc(2026, 2, 5));
    tasks.add(client, Task::State::Done, utc(2025, 6, 1));
    CHECK(lastContact(db, client) == utc(2026, 2, 5)); // an older contact changes nothing

    TaskRepository repository(db);
    SECTION("moved to another organization")
    {
        Task moved = *repository.get(visit);
        moved.organizationId = other;
        REQUIRE_FALSE(repository.update(moved));
        CHECK(lastContact(db, client) == utc(2026, 1, 12));
        CHECK(lastContact(db, other) == utc(2026, 2, 5));
    }
    SECTION("moved in time")
    {
        Task moved = *repository.get(call);
        moved.actualEnd = utc(2026, 4, 1);
        REQUIRE_FALSE(repository.update(moved));
        CHECK(lastContact(db, client) == utc(2026, 4, 1));
    }
    SECTION("no longer done")
    {
        Task reopened = *repository.get(visit);
        reopened.state = Task::State::InProgress;
        REQUIRE_FALSE(repository.update(reopened));
        CHECK(lastContact(db, client) == utc(2026, 1, 12));
    }
    SECTION("deleted")
    {
        REQUIRE_FALSE(repository.remove(visit));
        CHECK(lastContact(db, client) == utc(2026, 1, 12));
        REQUIRE_FALSE(repository.remove(call));
        CHECK(lastContact(db, client) == utc(2025, 6, 1));
    }
    SECTION("marked done")
    {
        REQUIRE_FALSE(repository.remove(visit));
        const qint64 planned = tasks.add(client, Task::State::Planned, utc(2026, 3, 1));
        REQUIRE_FALSE(repository.markDone(planned));
        CHECK(lastContact(db, client) == repository.get(planned)->actualEnd); // done now
    }
}

TEST_CASE("Upgrading to schema v5 fills in the last contact dates", "[contacts][list]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    std::vector<Migration> upToV4;
    for (const Migration &migration : migrations()) {
        if (migration.version <= 4)
            upToV4.push_back(migration);
    }
    qint64 client = 0;
    {
        Database v4;
        Database::Options options;
        options.migrations = &upToV4;
        REQUIRE_FALSE(v4.open(path, options));
        REQUIRE(v4.schemaVersion() == 4);
        const QSqlDatabase db = v4.connection();
        const qint64 user = addUser(db, QStringLiteral("u"), QStringLiteral("User"));
        client = addOrganization(db, {"Client", "", "", 0, Organization::Kind::Client, "", "", false});
        const QVariant type = *sql::scalar(db, QStringLiteral("SELECT id FROM task_types WHERE code = 'call'"));
        for (const char *end : {"2026-01-12T10:00:00Z", "2026-02-03T10:00:00Z"}) {
            REQUIRE(sql::exec(db,
                              QStringLiteral("INSERT INTO tasks (subject, type_id, state, organization_id, author_id, "
                                             "actual_end, created_at, updated_at) VALUES ('Call', ?, 'done', ?, ?, ?, "
                                             "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                              {type, client, user, QString::fromLatin1(end)}));
        }
    }
    Database v5;
    Database::Options options;
    options.backupBeforeMigration = false;
    REQUIRE_FALSE(v5.open(path, options));
    CHECK(v5.schemaVersion() >= 5);
    CHECK(lastContact(v5.connection(), client) == QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC));
}

TEST_CASE("A read-only database lists organizations", "[contacts][list]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database database;
        REQUIRE_FALSE(database.open(path));
        addOrganization(database.connection(), {"Client", "", "", 0, Organization::Kind::Client, "", "", false});
    }
    Database readOnly;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    REQUIRE_FALSE(readOnly.open(path, options));
    OrganizationListQuery query(readOnly.connection(), {}, {Column::Manager, false});
    CHECK(*query.count() == 1);
    CHECK(query.page(0, 10)->front().name == QStringLiteral("Client"));
}

// A measurement on a large database, not a check: KARTOTEKA_BENCH_DB names the file (e.g.
// `kartoteka-cli --db /tmp/m.sqlite demo --clients 1000000 --tasks 0 --months 0`).
TEST_CASE("Card index list timings on a large database", "[.][bench]")
{
    const QString path = qEnvironmentVariable("KARTOTEKA_BENCH_DB");
    if (path.isEmpty())
        FAIL("KARTOTEKA_BENCH_DB is not set");
    Database database;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    REQUIRE_FALSE(database.open(path, options));
    const QSqlDatabase db = database.connection();
    QElapsedTimer timer;
    auto ms = [&] { return QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1).toStdString(); };
    const std::vector<std::pair<Column, const char *>> columns{
        {Column::Name, "name"},    {Column::Inn, "INN"},   {Column::City, "city"},
        {Column::Manager, "manager"}, {Column::Class, "class"}, {Column::LastContact, "last contact"},
        {Column::Kind, "kind"}};
    for (const bool descending : {false, true}) {
        for (const auto &[column, name] : columns) {
            timer.start();
            OrganizationListQuery query(db, {}, {column, descending});
            const qint64 count = *query.count();
            const std::string countMs = ms();
            timer.start();
            auto first = query.page(0, 100);
            REQUIRE(first);
            const std::string firstMs = ms();
            timer.start();
            auto next = query.after(first->back().cursor, 100);
            REQUIRE(next);
            const std::string nextMs = ms();
            timer.start();
            auto middle = query.page(count / 2, 100);
            REQUIRE(middle);
            const std::string middleMs = ms();
            timer.start();
            auto last = query.page(count - 100, 100);
            REQUIRE(last);
            const std::string lastMs = ms();
            timer.start();
            auto previous = query.before(last->front().cursor, 100);
            REQUIRE(previous);
            const std::string previousMs = ms();
            WARN(name << (descending ? " desc" : " asc") << ": count " << count << " in " << countMs
                      << " ms, first page " << firstMs << " ms, next page " << nextMs << " ms, middle page "
                      << middleMs << " ms, last page " << lastMs << " ms, page before it " << previousMs << " ms");
        }
    }
    OrganizationListFilter prospects;
    prospects.kind = Organization::Kind::Prospect;
    OrganizationListFilter moscow;
    moscow.city = QString::fromUtf8("Москва");
    for (const auto &[filter, name] : {std::pair{prospects, "prospects"}, std::pair{moscow, "Moscow"}}) {
        for (const auto &[column, columnName] : columns) {
            timer.start();
            OrganizationListQuery query(db, filter, {column, false});
            const qint64 count = *query.count();
            const std::string countMs = ms();
            timer.start();
            auto first = query.page(0, 100);
            REQUIRE(first);
            const std::string firstMs = ms();
            timer.start();
            auto next = query.after(first->back().cursor, 100);
            REQUIRE(next);
            const std::string nextMs = ms();
            timer.start();
            auto middle = query.page(count / 2, 100);
            REQUIRE(middle);
            WARN(name << " by " << columnName << ": count " << count << " in " << countMs << " ms, first page "
                      << firstMs << " ms, next page " << nextMs << " ms, middle page " << ms() << " ms");
        }
    }
}
