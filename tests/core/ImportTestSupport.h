#pragma once

#include "TestDatabase.h"

#include "importing/ClientImporter.h"
#include "importing/SalesImporter.h"
#include "storage/Sql.h"

#include <memory>

namespace kartoteka::test {

inline QString importFixture(const char *name)
{
    return QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

// Plans and runs an import of a fixture; the test fails where either step fails.
inline ImportReport runImport(Database &db, const QString &path, ImportSettings settings = {},
                              const CsvImport::Progress &progress = {})
{
    settings.backupFirst = false;
    auto plan = ImportPlan::prepare(path, settings);
    INFO((plan ? QString() : plan.error().message).toStdString());
    REQUIRE(plan);
    std::unique_ptr<CsvImport> importer;
    if (settings.target == ImportTarget::Clients)
        importer = std::make_unique<ClientImporter>(db);
    else
        importer = std::make_unique<SalesImporter>(db);
    auto report = importer->run(*plan, progress);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
    return *report;
}

inline qint64 countOf(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    auto value = sql::scalar(db, statement, values);
    REQUIRE(value);
    return value->toLongLong();
}

inline QString textOf(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    auto value = sql::scalar(db, statement, values);
    REQUIRE(value);
    return value->toString();
}

} // namespace kartoteka::test
