#include "TestDatabase.h"

#include "demo/DemoDataGenerator.h"
#include "storage/DatabaseStatistics.h"
#include "storage/Sql.h"

using namespace kartoteka;

namespace {

QStringList indexNames(const QSqlDatabase &db)
{
    auto query = sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' "
                                              "AND sql IS NOT NULL ORDER BY name"));
    REQUIRE(query);
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

DemoOptions smallDemo()
{
    DemoOptions options;
    options.clients = 120;
    options.tasks = 300;
    options.months = 6;
    return options;
}

} // namespace

TEST_CASE("Demo data reports progress and its summary matches the database", "[demo]")
{
    test::TestDatabase db;
    const QStringList indexesBefore = indexNames(db.connection());
    std::vector<int> seen;
    auto summary = DemoDataGenerator::generate(db.connection(), smallDemo(), [&](int percent) {
        seen.push_back(percent);
        return true;
    });
    REQUIRE(summary);
    auto stats = DatabaseStatistics::read(db.connection());
    REQUIRE(stats);
    CHECK(stats->organizations == summary->organizations);
    CHECK(stats->organizations == 120);
    CHECK(stats->persons == summary->persons);
    CHECK(stats->tasks == 300);
    CHECK(stats->sales == summary->sales);
    CHECK(stats->users == summary->users);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(seen.back() == 100);
    // The indexes dropped for the bulk load are all back.
    CHECK(indexNames(db.connection()) == indexesBefore);
    auto problems = db.database().integrityProblems();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("Cancelling demo data writes nothing", "[demo]")
{
    test::TestDatabase db;
    const QStringList indexesBefore = indexNames(db.connection());
    auto cancelled = DemoDataGenerator::generate(db.connection(), smallDemo(), [](int percent) { return percent < 50; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    auto stats = DatabaseStatistics::read(db.connection());
    CHECK(stats->organizations == 0);
    CHECK(stats->tasks == 0);
    CHECK(stats->users == 0);
    CHECK(indexNames(db.connection()) == indexesBefore);
}

TEST_CASE("Demo data added to a filled database keeps what was there", "[demo]")
{
    test::TestDatabase db;
    REQUIRE(DemoDataGenerator::generate(db.connection(), smallDemo()));
    DemoOptions more = smallDemo();
    more.seed = 2;
    auto second = DemoDataGenerator::generate(db.connection(), more);
    REQUIRE(second);
    CHECK(second->users == 0); // the demo users already exist and are reused
    CHECK(DatabaseStatistics::read(db.connection())->organizations == 240);
}

TEST_CASE("Demo data refuses impossible options", "[demo]")
{
    test::TestDatabase db;
    DemoOptions negative = smallDemo();
    negative.clients = -1;
    CHECK(DemoDataGenerator::generate(db.connection(), negative).error().kind == DatabaseError::Kind::Invalid);
    DemoOptions tooLong = smallDemo();
    tooLong.months = 601;
    CHECK(DemoDataGenerator::generate(db.connection(), tooLong).error().kind == DatabaseError::Kind::Invalid);
}
