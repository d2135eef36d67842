#include "DomainFixtures.h"
#include "TestDatabase.h"

#include "demo/DemoDataGenerator.h"
#include "importing/ImportUndo.h"
#include "importing/SalesImporter.h"
#include "sales/SaleRepository.h"
#include "segmentation/SegmentSnapshotRepository.h"
#include "segmentation/SegmentationEngine.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace kartoteka;
using test::addOrganization;

namespace {

void addSale(const QSqlDatabase &db, qint64 organizationId, const QDate &date, double amount,
             std::optional<double> profit = {})
{
    Sale sale;
    sale.organizationId = organizationId;
    sale.date = date;
    sale.amount = amount;
    sale.profit = profit;
    REQUIRE_FALSE(SaleRepository(db).create(sale));
}

// One sale on the 15th of each month from `first`, with the given amounts (0 = no sale).
qint64 addClient(const QSqlDatabase &db, const QString &name, const QDate &first, const std::vector<double> &amounts)
{
    const qint64 id = addOrganization(db, name);
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        if (amounts[i] != 0)
            addSale(db, id, first.addMonths(int(i)).addDays(14), amounts[i]);
    }
    return id;
}

SegmentationParameters period(const QDate &from, const QDate &to)
{
    SegmentationParameters parameters;
    parameters.from = from;
    parameters.to = to;
    return parameters;
}

SegmentationResult analyse(const QSqlDatabase &db, const SegmentationParameters &parameters)
{
    auto result = SegmentationEngine(db).run(parameters);
    INFO(result.error().message.toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

const SegmentedClient &client(const SegmentationResult &result, const QString &name)
{
    for (const SegmentedClient &c : result.clients) {
        if (c.name == name)
            return c;
    }
    FAIL("not ranked: " << name.toStdString());
    throw;
}

QStringList rankedNames(const SegmentationResult &result)
{
    QStringList names;
    for (const SegmentedClient &c : result.clients)
        names << c.name;
    return names;
}

const QDate jan2026(2026, 1, 1);

} // namespace

TEST_CASE("ABC ranks by value, ties by name, and the client crossing a bound keeps the better class", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    // Total 1000. Shares before each client: 0, 60, 90, 96, 98.
    addClient(c, QStringLiteral("Epsilon"), jan2026, {20});
    addClient(c, QStringLiteral("Beta"), jan2026, {300});
    addClient(c, QStringLiteral("delta"), jan2026, {20});
    addClient(c, QStringLiteral("Alpha"), jan2026, {600});
    addClient(c, QStringLiteral("Gamma"), jan2026, {60});

    const SegmentationResult result = analyse(c, period(jan2026, QDate(2026, 6, 1)));
    CHECK(result.total == 1000);
    CHECK(rankedNames(result)
          == QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"), QStringLiteral("delta"),
                         QStringLiteral("Epsilon")});
    CHECK(client(result, QStringLiteral("Alpha")).abc == AbcClass::A);
    CHECK(client(result, QStringLiteral("Beta")).abc == AbcClass::A); // 60 % before, 90 % with it
    CHECK(client(result, QStringLiteral("Beta")).cumulative == Approx(90));
    CHECK(client(result, QStringLiteral("Gamma")).abc == AbcClass::B); // 90 % before, 96 % with it
    CHECK(client(result, QStringLiteral("delta")).abc == AbcClass::C); // 96 % before
    CHECK(client(result, QStringLiteral("Epsilon")).abc == AbcClass::C);
    CHECK(client(result, QStringLiteral("Gamma")).share == Approx(6));
    CHECK(client(result, QStringLiteral("Epsilon")).cumulative == Approx(100));
}

TEST_CASE("A client whose share before it equals the bound is in the next class", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addClient(c, QStringLiteral("First"), jan2026, {800});
    addClient(c, QStringLiteral("Second"), jan2026, {150});
    addClient(c, QStringLiteral("Third"), jan2026, {50});

    const SegmentationResult result = analyse(c, period(jan2026, QDate(2026, 3, 1)));
    CHECK(client(result, QStringLiteral("First")).abc == AbcClass::A);
    CHECK(client(result, QStringLiteral("Second")).abc == AbcClass::B); // exactly 80 % before
    CHECK(client(result, QStringLiteral("Third")).abc == AbcClass::C);  // exactly 95 % before

    SegmentationParameters wider = period(jan2026, QDate(2026, 3, 1));
    wider.abcA = 85;
    wider.abcB = 99;
    const SegmentationResult moved = analyse(c, wider);
    CHECK(client(moved, QStringLiteral("Second")).abc == AbcClass::A);
    CHECK(client(moved, QStringLiteral("Third")).abc == AbcClass::B);
}

TEST_CASE("XYZ is the population CV per month, empty months counting as zero", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addClient(c, QStringLiteral("Steady"), jan2026, {100, 100, 100, 100});
    addClient(c, QStringLiteral("At ten"), jan2026, {90, 110, 90, 110});    // sd 10, mean 100
    addClient(c, QStringLiteral("Wobbly"), jan2026, {100, 120, 80, 100});   // sd sqrt(200)
    addClient(c, QStringLiteral("At 25"), jan2026, {75, 125, 75, 125});     // sd 25
    addClient(c, QStringLiteral("Gappy"), jan2026, {100, 0, 100, 0});       // mean 50, sd 50

    const SegmentationResult result = analyse(c, period(jan2026, QDate(2026, 4, 1)));
    CHECK(client(result, QStringLiteral("Steady")).xyz == XyzClass::X);
    CHECK(*client(result, QStringLiteral("Steady")).cv == Approx(0).margin(1e-9));
    CHECK(client(result, QStringLiteral("At ten")).xyz == XyzClass::X);
    CHECK(*client(result, QStringLiteral("At ten")).cv == Approx(10));
    CHECK(client(result, QStringLiteral("Wobbly")).xyz == XyzClass::Y);
    CHECK(*client(result, QStringLiteral("Wobbly")).cv == Approx(14.142135));
    CHECK(client(result, QStringLiteral("At 25")).xyz == XyzClass::Y);
    CHECK(client(result, QStringLiteral("Gappy")).xyz == XyzClass::Z);
    CHECK(*client(result, QStringLiteral("Gappy")).cv == Approx(100));
    CHECK(client(result, QStringLiteral("Gappy")).periods == 4);
}

TEST_CASE("Months are counted from the later of the period start and the first sale", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addClient(c, QStringLiteral("Two months"), QDate(2026, 3, 1), {100, 100});
    addClient(c, QStringLiteral("Three months"), QDate(2026, 2, 1), {100, 100, 100});
    // Bought in December, before the period: counted from January, so [0, 0, 0, 100].
    const qint64 old = addClient(c, QStringLiteral("Old client"), QDate(2025, 12, 1), {50, 0, 0, 0, 100});

    const SegmentationResult result = analyse(c, period(jan2026, QDate(2026, 4, 1)));
    const SegmentedClient &two = client(result, QStringLiteral("Two months"));
    CHECK(two.xyz == XyzClass::New);
    CHECK_FALSE(two.cv.has_value());
    CHECK(two.periods == 2);
    const SegmentedClient &three = client(result, QStringLiteral("Three months"));
    CHECK(three.periods == 3);
    CHECK(three.xyz == XyzClass::X); // from January it would be [0, 100, 100, 100]: Z
    const SegmentedClient &oldClient = client(result, QStringLiteral("Old client"));
    CHECK(oldClient.id == old);
    CHECK(oldClient.value == 100); // December is outside the period
    CHECK(oldClient.periods == 4);
    CHECK(*oldClient.cv == Approx(173.205080)); // sd sqrt(1875) over mean 25
    CHECK(result.cell(AbcClass::A, XyzClass::New).clients == 1);
}

TEST_CASE("Quarters sum the months of each calendar quarter", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    // 300 in the first month of every quarter: monthly it jumps, quarterly it is steady.
    addClient(c, QStringLiteral("Quarterly"), QDate(2025, 1, 1), {300, 0, 0, 300, 0, 0, 300, 0, 0, 300, 0, 0});

    SegmentationParameters parameters = period(QDate(2025, 1, 1), QDate(2025, 12, 1));
    CHECK(client(analyse(c, parameters), QStringLiteral("Quarterly")).xyz == XyzClass::Z);
    parameters.granularity = SegmentGranularity::Quarter;
    const SegmentedClient quarterly = client(analyse(c, parameters), QStringLiteral("Quarterly"));
    CHECK(quarterly.periods == 4);
    CHECK(quarterly.xyz == XyzClass::X);
    CHECK(*quarterly.cv == Approx(0).margin(1e-9));
}

TEST_CASE("Clients with no positive value are not ranked, lost clients are listed with their last sale",
          "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addClient(c, QStringLiteral("Buyer"), jan2026, {100, 100, 100});
    const qint64 returns = addOrganization(c, QStringLiteral("Returns"));
    addSale(c, returns, QDate(2026, 1, 10), 100);
    addSale(c, returns, QDate(2026, 2, 10), -150);
    const qint64 even = addOrganization(c, QStringLiteral("Even"));
    addSale(c, even, QDate(2026, 1, 10), 100.10);
    addSale(c, even, QDate(2026, 3, 10), -100.10);
    const qint64 lost = addOrganization(c, QStringLiteral("Lost"));
    addSale(c, lost, QDate(2025, 10, 5), 70);
    addSale(c, lost, QDate(2025, 11, 20), 30);
    const qint64 later = addOrganization(c, QStringLiteral("Later"));
    addSale(c, later, QDate(2026, 7, 1), 500);

    const SegmentationResult result = analyse(c, period(jan2026, QDate(2026, 3, 1)));
    CHECK(rankedNames(result) == QStringList{QStringLiteral("Buyer")});
    CHECK(result.total == 300);
    REQUIRE(result.lost.size() == 1);
    CHECK(result.lost[0].id == lost);
    CHECK(result.lost[0].name == QStringLiteral("Lost"));
    CHECK(result.lost[0].lastSale == QDate(2025, 11, 20));

    // A period without any sale: nothing ranked, no division by zero, everyone before it lost.
    const SegmentationResult empty = analyse(c, period(QDate(2026, 5, 1), QDate(2026, 6, 1)));
    CHECK(empty.clients.empty());
    CHECK(empty.total == 0);
    CHECK(empty.lost.size() == 4);
    CHECK(empty.lost.front().name == QStringLiteral("Buyer")); // most recent first
    CHECK(empty.lost.front().lastSale == QDate(2026, 3, 15));
}

TEST_CASE("The profit metric sums profits, unknown profits counting as zero", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    const qint64 big = addOrganization(c, QStringLiteral("Big turnover"));
    addSale(c, big, QDate(2026, 1, 5), 1000, 10);
    addSale(c, big, QDate(2026, 2, 5), 1000); // profit unknown
    const qint64 small = addOrganization(c, QStringLiteral("Small turnover"));
    addSale(c, small, QDate(2026, 1, 5), 100, 90);

    SegmentationParameters parameters = period(jan2026, QDate(2026, 3, 1));
    CHECK(analyse(c, parameters).clients.front().id == big);
    parameters.metric = SegmentMetric::Profit;
    const SegmentationResult byProfit = analyse(c, parameters);
    CHECK(byProfit.clients.front().id == small);
    CHECK(byProfit.total == 100);
    CHECK(client(byProfit, QStringLiteral("Big turnover")).value == 10);
}

TEST_CASE("Impossible parameters are refused with a reason", "[segmentation]")
{
    test::TestDatabase db;
    SegmentationParameters backwards = period(QDate(2026, 5, 1), QDate(2026, 4, 30));
    auto result = SegmentationEngine(db.connection()).run(backwards);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == DatabaseError::Kind::Invalid);
    CHECK(result.error().message.contains(QStringLiteral("starts after")));

    SegmentationParameters bounds = period(jan2026, jan2026);
    bounds.abcA = 96;
    CHECK(SegmentationEngine(db.connection()).run(bounds).error().kind == DatabaseError::Kind::Invalid);
    bounds = period(jan2026, jan2026);
    bounds.xyzX = 30;
    CHECK_FALSE(bounds.problem().isEmpty());
    CHECK(SegmentationParameters::lastTwelveMonths(QDate(2026, 11, 23)).problem().isEmpty());
    CHECK(SegmentationParameters::lastTwelveMonths(QDate(2026, 11, 23)).from == QDate(2025, 11, 1));
    CHECK(SegmentationParameters::lastTwelveMonths(QDate(2026, 11, 23)).to == QDate(2026, 10, 1));
}

TEST_CASE("A cancelled analysis returns no result", "[segmentation]")
{
    test::TestDatabase db;
    addClient(db.connection(), QStringLiteral("Buyer"), jan2026, {100});
    int calls = 0;
    auto result = SegmentationEngine(db.connection()).run(period(jan2026, jan2026), [&](int) { return ++calls < 1; });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.isEmpty());
    CHECK(calls == 1);
}

TEST_CASE("The monthly sums follow every insert, update and delete of sales, to the cent", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    const qint64 a = addOrganization(c, QStringLiteral("A"));
    const qint64 b = addOrganization(c, QStringLiteral("B"));
    SaleRepository sales(c);
    for (double amount : {0.1, 0.2, 0.7}) {
        Sale s;
        s.organizationId = a;
        s.date = QDate(2026, 1, 31);
        s.amount = amount;
        s.profit = amount / 2;
        REQUIRE_FALSE(sales.create(s));
    }
    Sale moved = *sales.get(1);
    moved.date = QDate(2026, 2, 1);
    moved.organizationId = b;
    moved.amount = 5.55;
    REQUIRE_FALSE(sales.update(moved));
    REQUIRE_FALSE(sales.remove(2));

    const auto summary = [&]() -> QStringList {
        QStringList rows;
        auto q = sql::exec(c, QStringLiteral("SELECT organization_id, month, amount_cents, profit_cents, lines "
                                             "FROM sales_months ORDER BY 1, 2"));
        REQUIRE(q.ok());
        while (q->next())
            rows << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), q->value(4).toString());
        return rows;
    };
    // Left: sale 3 (0.70, profit 0.35) in January for A; the moved sale (5.55, profit 0.05) in February for B.
    CHECK(summary() == QStringList{QStringLiteral("%1 202601 70 35 1").arg(a), QStringLiteral("%1 202602 555 5 1").arg(b)});
    REQUIRE_FALSE(sales.remove(3));
    CHECK(summary() == QStringList{QStringLiteral("%1 202602 555 5 1").arg(b)});
}

TEST_CASE("Upgrading a database with sales history fills the monthly sums", "[segmentation]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const std::vector<Migration> upToImport(migrations().begin(), migrations().begin() + 2);
    {
        Database old;
        Database::Options options;
        options.migrations = &upToImport;
        REQUIRE_FALSE(old.open(path, options));
        const qint64 id = addOrganization(old.connection(), QStringLiteral("Old buyer"));
        addSale(old.connection(), id, QDate(2026, 1, 3), 10.25);
        addSale(old.connection(), id, QDate(2026, 1, 30), 4.75);
    }
    Database upgraded;
    REQUIRE_FALSE(upgraded.open(path));
    const SegmentationResult result = analyse(upgraded.connection(), period(jan2026, jan2026));
    REQUIRE(result.clients.size() == 1);
    CHECK(result.clients[0].value == 15);
}

TEST_CASE("A saved snapshot sets the current classes and shows how clients moved", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    const qint64 big = addClient(c, QStringLiteral("Big"), jan2026, {800, 800, 800});
    const qint64 mid = addClient(c, QStringLiteral("Mid"), jan2026, {150, 150, 150});
    const qint64 small = addClient(c, QStringLiteral("Small"), jan2026, {50, 50, 50});
    SegmentSnapshotRepository snapshots(c);
    const QDateTime first(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC);
    auto earlier = snapshots.save(analyse(c, period(jan2026, QDate(2026, 3, 1))), first);
    REQUIRE(earlier.ok());

    const auto classOf = [&](qint64 id) -> QString {
        auto q = sql::exec(c, QStringLiteral("SELECT coalesce(abc_class, '') || coalesce(xyz_class, ''), "
                                             "coalesce(class_computed_on, '') FROM organizations WHERE id = ?"),
                           {id});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString();
    };
    CHECK(classOf(big) == QStringLiteral("AX 2026-04-02"));
    CHECK(classOf(mid) == QStringLiteral("BX 2026-04-02"));
    CHECK(classOf(small) == QStringLiteral("CX 2026-04-02"));

    // April: Big stops buying, Mid grows unevenly, Small keeps going.
    addSale(c, mid, QDate(2026, 4, 15), 3000);
    addSale(c, small, QDate(2026, 4, 15), 50);
    auto later = snapshots.save(analyse(c, period(QDate(2026, 2, 1), QDate(2026, 4, 1))),
                                first.addMonths(1));
    REQUIRE(later.ok());
    CHECK(classOf(big) == QStringLiteral("AZ 2026-05-02")); // 800, 800, 0 -> still a big value, unsteady
    CHECK(classOf(mid) == QStringLiteral("AZ 2026-05-02"));

    auto list = snapshots.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->front().id == *later); // newest first
    CHECK(list->front().parameters.from == QDate(2026, 2, 1));
    CHECK(list->back().clientCount == 3);

    auto moves = snapshots.moves(*earlier, *later);
    REQUIRE(moves.ok());
    REQUIRE(moves->size() == 3);
    CHECK(moves->at(0).name == QStringLiteral("Mid")); // best of the later snapshot first
    CHECK(moves->at(0).fromLabel() == QStringLiteral("BX"));
    CHECK(moves->at(0).toLabel() == QStringLiteral("AZ"));
    CHECK_FALSE(moves->at(0).isFalling());
    CHECK(moves->at(1).name == QStringLiteral("Big"));
    CHECK(moves->at(1).isFalling()); // AX -> AZ: same value class, less steady

    // A third run without Big's months: Big is no longer ranked and loses its class.
    auto third = snapshots.save(analyse(c, period(QDate(2026, 4, 1), QDate(2026, 4, 1))), first.addMonths(2));
    REQUIRE(third.ok());
    CHECK(classOf(big) == QStringLiteral(" 2026-06-02"));
    auto dropped = snapshots.moves(*later, *third);
    REQUIRE(dropped.ok());
    CHECK(dropped->back().name == QStringLiteral("Big"));
    CHECK(dropped->back().toLabel() == QStringLiteral("—"));
    CHECK(dropped->back().isFalling());

    REQUIRE_FALSE(snapshots.remove(*earlier));
    CHECK(snapshots.list()->size() == 2);
    CHECK(snapshots.remove(*earlier).kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("The monthly sums stay exact through demo data, a bulk sales import and its undo", "[segmentation]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    const auto mismatches = [&]() -> qint64 {
        // Every month as the trigger-kept table has it against a fresh sum of the lines.
        auto q = sql::scalar(c, QStringLiteral(
            "SELECT count(*) FROM (SELECT organization_id, CAST(substr(sale_date, 1, 4) AS INTEGER) * 100 "
            "+ CAST(substr(sale_date, 6, 2) AS INTEGER) AS month, SUM(CAST(round(amount * 100) AS INTEGER)) AS a, "
            "SUM(CAST(round(coalesce(profit, 0) * 100) AS INTEGER)) AS p, COUNT(*) AS n FROM sales GROUP BY 1, 2) s "
            "FULL OUTER JOIN sales_months m USING (organization_id, month) "
            "WHERE m.lines IS NULL OR s.n IS NULL OR m.amount_cents <> s.a OR m.profit_cents <> s.p OR m.lines <> s.n"));
        REQUIRE(q.ok());
        return q->toLongLong();
    };
    DemoOptions options;
    options.clients = 60;
    options.tasks = 0;
    options.months = 6;
    REQUIRE(DemoDataGenerator::generate(c, options).ok());
    REQUIRE(sql::scalar(c, QStringLiteral("SELECT count(*) FROM sales_months"))->toInt() > 0);
    CHECK(mismatches() == 0);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sales_months_insert'"))->toInt() == 1);

    ImportSettings settings;
    settings.target = ImportTarget::Sales;
    settings.backupFirst = false;
    auto plan = ImportPlan::prepare(QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/import/sales_cp1251.csv"), settings);
    REQUIRE(plan.ok());
    auto report = SalesImporter(db.database()).run(*plan);
    REQUIRE(report.ok());
    REQUIRE(report->rows > 0);
    CHECK(mismatches() == 0);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sales_months_insert'"))->toInt() == 1);
    REQUIRE_FALSE(ImportUndo::undo(c, report->batchId));
    CHECK(mismatches() == 0);
}
