#include "DomainFixtures.h"
#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "sales/SaleRepository.h"
#include "storage/Sql.h"
#include "tasks/DealRepository.h"

#include <limits>

using namespace kartoteka;
using test::addOrganization;

namespace {
Sale sale(qint64 organizationId, const QDate &date, double amount, std::optional<double> profit = {})
{
    Sale s;
    s.organizationId = organizationId;
    s.date = date;
    s.amount = amount;
    s.profit = profit;
    return s;
}
} // namespace

TEST_CASE("A sale is stored with every field and read back", "[sales]")
{
    test::TestDatabase db;
    SaleRepository sales(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Client"));
    Deal deal;
    deal.name = QStringLiteral("Deal");
    REQUIRE_FALSE(DealRepository(db.connection()).create(deal));
    REQUIRE(sql::exec(db.connection(), QStringLiteral("INSERT INTO import_batches (kind, file_path, started_at) "
                                                      "VALUES ('sales', 's.csv', '2026-01-01T00:00:00Z')")));

    Sale s = sale(orgId, QDate(2026, 3, 31), 12345.67, 2345.5);
    s.document = QStringLiteral("УПД № 17/3");
    s.dealId = deal.id;
    s.importBatchId = 1;
    REQUIRE_FALSE(sales.create(s));
    REQUIRE(s.id > 0);

    auto r = sales.get(s.id);
    REQUIRE(r);
    CHECK(r->organizationId == orgId);
    CHECK(r->date == QDate(2026, 3, 31));
    CHECK(r->amount == 12345.67);
    CHECK(r->profit == 2345.5);
    CHECK(r->document == s.document);
    CHECK(r->dealId == deal.id);
    CHECK(r->importBatchId == 1);
    CHECK(r->createdAt == s.createdAt);
    CHECK(r->createdAt.isValid());

    r->profit.reset();
    r->amount = -500; // a return
    REQUIRE_FALSE(sales.update(*r));
    CHECK_FALSE(sales.get(s.id)->profit);
    CHECK(sales.get(s.id)->amount == -500);

    REQUIRE_FALSE(sales.remove(s.id));
    CHECK(*sales.count() == 0);
}

TEST_CASE("Invalid sales are refused", "[sales]")
{
    test::TestDatabase db;
    SaleRepository sales(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Client"));
    Sale noClient = sale(0, QDate(2026, 1, 1), 1);
    CHECK(sales.create(noClient).kind == DatabaseError::Kind::Invalid);
    Sale noDate = sale(orgId, QDate(), 1);
    CHECK(sales.create(noDate).kind == DatabaseError::Kind::Invalid);
    Sale notANumber = sale(orgId, QDate(2026, 1, 1), std::numeric_limits<double>::quiet_NaN());
    CHECK(sales.create(notANumber).kind == DatabaseError::Kind::Invalid);
    Sale unknownClient = sale(orgId + 1, QDate(2026, 1, 1), 1);
    CHECK(sales.create(unknownClient).kind == DatabaseError::Kind::Invalid);
    Sale unknownDeal = sale(orgId, QDate(2026, 1, 1), 1);
    unknownDeal.dealId = 9999;
    CHECK(sales.create(unknownDeal).kind == DatabaseError::Kind::Invalid);
    CHECK(*sales.count() == 0);
}

TEST_CASE("Sales of an organization are listed newest first and totalled over a period", "[sales]")
{
    test::TestDatabase db;
    SaleRepository sales(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Client"));
    const qint64 otherId = addOrganization(db.connection(), QStringLiteral("Other"));
    std::vector<Sale> made{sale(orgId, QDate(2025, 12, 31), 1000, 100), sale(orgId, QDate(2026, 1, 1), 200, 20),
                           sale(orgId, QDate(2026, 1, 15), 300), sale(orgId, QDate(2026, 1, 31), 400, 40),
                           sale(orgId, QDate(2026, 2, 1), 5000, 500), sale(otherId, QDate(2026, 1, 10), 7000, 700)};
    for (Sale &s : made)
        REQUIRE_FALSE(sales.create(s));

    auto list = sales.listByOrganization(orgId);
    REQUIRE(list);
    REQUIRE(list->size() == 5);
    CHECK(list->front().date == QDate(2026, 2, 1));
    CHECK(list->back().date == QDate(2025, 12, 31));

    // Both ends of the period count.
    auto january = sales.totals(orgId, QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE(january);
    CHECK(january->count == 3);
    CHECK(january->amount == 900);
    CHECK(january->profit == 60);

    auto mid = sales.totals(orgId, QDate(2026, 1, 10), QDate(2026, 1, 20));
    CHECK(mid->count == 1);
    CHECK(mid->amount == 300);
    CHECK_FALSE(mid->profit);

    auto none = sales.totals(orgId, QDate(2024, 1, 1), QDate(2024, 12, 31));
    CHECK(none->count == 0);
    CHECK(none->amount == 0);
    CHECK_FALSE(none->profit);

    CHECK(*sales.count() == 6);
}
