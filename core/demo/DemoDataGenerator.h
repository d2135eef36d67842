#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace kartoteka {

struct DemoOptions
{
    qint64 clients = 300;   // organizations
    int months = 24;        // months of sales history, ending with the current month
    qint64 tasks = 2000;    // tasks spread around today
    quint32 seed = 1;       // the same seed gives the same data
    qint64 buyers = -1;     // organizations with sales; -1: min(clients, 10000)

    // Beyond these the generator's tables would not fit in memory: ten times the largest
    // card index the benchmarks measure.
    static constexpr qint64 maxClients = 10'000'000;
    static constexpr qint64 maxTasks = 100'000'000;
};

struct DemoSummary
{
    qint64 users = 0;
    qint64 organizations = 0;
    qint64 persons = 0;
    qint64 projects = 0;
    qint64 deals = 0;
    qint64 tasks = 0;
    qint64 sales = 0;
};

// Fills a database with realistic demo data: Russian, English and Chinese clients with
// contact persons, phones and e-mails, users, projects and deals, tasks of every type around
// today, and months of sales of varied stability (so ABC/XYZ has something to find).
// Everything is written in one transaction: a cancelled or failed run leaves nothing behind.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    // Receives 0..100; returning false cancels the run.
    using Progress = std::function<bool(int percent)>;

    static Result<DemoSummary> generate(const QSqlDatabase &db, const DemoOptions &options,
                                        const Progress &progress = {});
};

} // namespace kartoteka
