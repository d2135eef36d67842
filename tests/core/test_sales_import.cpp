#include "ImportTestSupport.h"
#include "TestFiles.h"

#include "importing/ImportUndo.h"
#include "storage/Sql.h"

#include <QTemporaryDir>

using namespace kartoteka;
using namespace kartoteka::test;

namespace {
ImportSettings salesSettings()
{
    ImportSettings settings;
    settings.target = ImportTarget::Sales;
    return settings;
}
} // namespace

TEST_CASE("A windows-1251 sales history is read with its numbers and dates", "[import][sales]")
{
    TestDatabase db;
    runImport(db.database(), importFixture("clients_1c_cp1251.csv"));
    const QSqlDatabase c = db.connection();
    const ImportReport report = runImport(db.database(), importFixture("sales_cp1251.csv"), salesSettings());

    CHECK(report.rows == 6);
    CHECK(report.created == 4);
    CHECK(report.newClients == 1);
    REQUIRE(report.rejected() == 2);
    CHECK(report.rejects.at(0).line == 6);
    CHECK(report.rejects.at(0).reason.contains(QStringLiteral("date")));
    CHECK(report.rejects.at(1).line == 7);
    CHECK(report.rejects.at(1).reason.contains(QStringLiteral("«много»")));

    const qint64 veter = countOf(c, QStringLiteral("SELECT id FROM organizations WHERE inn = '7707083893'"));
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM sales WHERE organization_id = ?"), {veter}) == 2);
    CHECK(textOf(c, QStringLiteral("SELECT sum(amount) FROM sales WHERE organization_id = ?"), {veter}).toDouble()
          == Approx(21250.50));
    CHECK(textOf(c, QStringLiteral("SELECT amount FROM sales WHERE document = 'РН-0020'")).toDouble() == Approx(125000.0));
    CHECK(textOf(c, QStringLiteral("SELECT sale_date FROM sales WHERE document = 'РН-0017'")) == QStringLiteral("2025-02-03"));
    CHECK(textOf(c, QStringLiteral("SELECT profit FROM sales WHERE document = 'РН-0001'")).toDouble() == Approx(2500.0));
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM sales WHERE document = 'РН-0017' AND profit IS NULL")) == 1);
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations WHERE name = 'ООО Новый Клиент' AND kind = 'client'")) == 1);

    REQUIRE_FALSE(ImportUndo::undo(c, report.batchId));
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM sales")) == 0);
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 3);
}

TEST_CASE("Slash dates: an order the data settles is used, an ambiguous one is asked", "[import][sales][dates]")
{
    TestDatabase db;
    auto ambiguous = ImportPlan::prepare(importFixture("sales_ambiguous.csv"), salesSettings());
    REQUIRE(ambiguous);
    CHECK(ambiguous->datesAmbiguous());
    const DatabaseError asked = ambiguous->readyToRun();
    CHECK(asked.kind == DatabaseError::Kind::Invalid);
    CHECK(asked.message.contains(QStringLiteral("dmy or mdy")));
    SalesImporter refused(db.database());
    CHECK_FALSE(refused.run(*ambiguous));

    ImportSettings dayFirst = salesSettings();
    dayFirst.dateOrder = DateOrder::DayMonth;
    runImport(db.database(), importFixture("sales_ambiguous.csv"), dayFirst);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_date = '2025-04-03'")) == 1);

    const ImportReport us = runImport(db.database(), importFixture("sales_us.csv"), salesSettings());
    CHECK(us.created == 2);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_date = '2025-03-04' AND amount = 1200.5")) == 1);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM sales WHERE sale_date = '2025-12-25'")) == 1);
}

TEST_CASE("A cancelled sales import writes nothing, then or after its rollback", "[import][sales]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    runImport(db.database(), importFixture("clients_1c_cp1251.csv"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sales.csv"));
    QByteArray text = "client;date;amount\n";
    for (int i = 0; i < 3000; ++i)
        text += "ООО Ромашка;01.0" + QByteArray::number(1 + i % 9) + ".2025;100\n";
    writeFile(path, text);
    ImportSettings settings = salesSettings();
    settings.backupFirst = false;
    auto plan = ImportPlan::prepare(path, settings);
    REQUIRE(plan);
    {
        SalesImporter importer(db.database());
        int calls = 0;
        auto report = importer.run(*plan, [&](int) { return ++calls < 2; });
        REQUIRE_FALSE(report);
        CHECK(report.error().message.contains(QStringLiteral("cancelled")));
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM sales")) == 0);
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM sales_months")) == 0);
        // Someone records a sale while the cancelled importer is still about.
        REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO sales (organization_id, sale_date, amount, created_at) "
                                            "SELECT id, '2025-03-15', 500, '2026-01-01T00:00:00Z' FROM organizations LIMIT 1")));
    }
    // Its month holds that sale once: the rollback undid the importer's pause, and nothing
    // caught up afterwards outside a transaction.
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM sales")) == 1);
    CHECK(countOf(c, QStringLiteral("SELECT sum(lines) FROM sales_months")) == 1);
    CHECK(countOf(c, QStringLiteral("SELECT sum(amount_cents) FROM sales_months")) == 50000);
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM import_batches WHERE kind = 'sales'")) == 0);
}

TEST_CASE("A sales line whose amount is beyond any sale is rejected with its line, the rest is imported", "[import][sales]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sales.csv"));
    writeFile(path, "client;date;amount;profit\n"
                    "Contoso;01.01.2025;99999999999999999999999999;1\n"
                    "Contoso;02.01.2025;100;5e40\n"
                    "Contoso;03.01.2025;-2000000000000;\n"
                    "Contoso;04.01.2025;1 000 000 000 000;\n");
    ImportSettings settings = salesSettings();
    settings.backupFirst = false;
    const ImportReport report = runImport(db.database(), path, settings);
    REQUIRE(report.rejected() == 2);
    CHECK(report.rejects.at(0).line == 2);
    CHECK(report.rejects.at(0).reason.contains(QStringLiteral("beyond any sale")));
    CHECK(report.rejects.at(1).line == 4);
    CHECK(report.created == 2); // a trillion is the most a line may be
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.first().line == 3); // the profit is left empty
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM sales WHERE profit IS NULL")) == 2);
    CHECK(countOf(c, QStringLiteral("SELECT sum(amount_cents) FROM sales_months")) == 100000000010000LL); // cents of 1e12 + 100
    CHECK(SalesImporter::isPossibleAmount(-1e12));
    CHECK_FALSE(SalesImporter::isPossibleAmount(std::numeric_limits<double>::infinity()));
}
