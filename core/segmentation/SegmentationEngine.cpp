#include "SegmentationEngine.h"

#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace kartoteka {

namespace {

// Months as stored in sales_months: year * 100 + month.
int storedMonth(const QDate &date) { return date.year() * 100 + date.month(); }

// A running count of months (or quarters), so that buckets are differences.
int bucketOf(int stored, SegmentGranularity granularity)
{
    const int year = stored / 100;
    const int month = stored % 100 - 1;
    return granularity == SegmentGranularity::Month ? year * 12 + month : year * 4 + month / 3;
}

// One client's sums, gathered while reading its rows.
struct ClientSums
{
    qint64 id = 0;
    int firstMonth = 0;        // of its first sale (up to the period's end)
    bool boughtBefore = false; // any sale before the period
    bool boughtInPeriod = false;
    qint64 valueCents = 0;
    std::vector<qint64> bucketCents; // per month or quarter of the period
};

// Population coefficient of variation in percent over the buckets from `first`.
double coefficientOfVariation(const std::vector<qint64> &buckets, std::size_t first)
{
    const double count = double(buckets.size() - first);
    double sum = 0;
    for (std::size_t i = first; i < buckets.size(); ++i)
        sum += double(buckets[i]);
    const double mean = sum / count;
    double squares = 0;
    for (std::size_t i = first; i < buckets.size(); ++i)
        squares += (double(buckets[i]) - mean) * (double(buckets[i]) - mean);
    return std::sqrt(squares / count) / mean * 100.0;
}

// Bounds are "at most": a CV that equals the bound up to rounding is inside it.
constexpr double boundTolerance = 1e-9;

XyzClass xyzFor(double cv, const SegmentationParameters &parameters)
{
    if (cv <= parameters.xyzX + boundTolerance)
        return XyzClass::X;
    if (cv <= parameters.xyzY + boundTolerance)
        return XyzClass::Y;
    return XyzClass::Z;
}

DatabaseError cancelled() { return DatabaseError(DatabaseError::Kind::Failed, QString()); }

// Holds one read snapshot of the database for the whole run, so that the names and last
// sales looked up at the end belong to the same state as the sums. A savepoint, because
// that works inside a caller's transaction too.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db) : m_db(db)
    {
        m_active = sql::exec(m_db, QStringLiteral("SAVEPOINT segmentation_read")).ok();
    }
    ~ReadSnapshot()
    {
        if (m_active)
            sql::exec(m_db, QStringLiteral("RELEASE segmentation_read"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace

SegmentationEngine::SegmentationEngine(QSqlDatabase db) : m_db(std::move(db)) {}

Result<SegmentationResult> SegmentationEngine::run(const SegmentationParameters &parameters,
                                                   const Progress &progress) const
{
    if (const QString problem = parameters.problem(); !problem.isEmpty())
        return DatabaseError(DatabaseError::Kind::Invalid, problem);
    const auto report = [&](int percent) { return !progress || progress(percent); };
    const ReadSnapshot snapshot(m_db);

    const int from = storedMonth(parameters.firstMonth());
    const int to = storedMonth(parameters.lastMonth());
    const int firstBucket = bucketOf(from, parameters.granularity);
    const std::size_t bucketCount = std::size_t(bucketOf(to, parameters.granularity) - firstBucket + 1);

    auto highestId = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(organization_id), 0) FROM sales_months"));
    if (!highestId)
        return highestId.error();
    const double idScale = std::max<qint64>(1, highestId->toLongLong());

    // The column is one of two fixed names, never user input.
    const QString column = parameters.metric == SegmentMetric::Revenue ? QStringLiteral("amount_cents")
                                                                       : QStringLiteral("profit_cents");
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.prepare(QStringLiteral("SELECT organization_id, month, %1 FROM sales_months WHERE month <= ? "
                                     "ORDER BY organization_id, month").arg(column)))
        return DatabaseError::fromSql(rows.lastError());
    rows.addBindValue(to);
    if (!rows.exec())
        return DatabaseError::fromSql(rows.lastError());

    std::vector<ClientSums> ranked; // value > 0
    std::vector<qint64> lostIds;
    ClientSums current;
    const auto finishClient = [&] {
        if (current.id == 0)
            return;
        if (current.boughtInPeriod && current.valueCents > 0)
            ranked.push_back(std::move(current));
        else if (current.boughtBefore && !current.boughtInPeriod)
            lostIds.push_back(current.id);
        current = ClientSums();
    };
    qint64 rowCount = 0;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const int month = rows.value(1).toInt();
        const qint64 cents = rows.value(2).toLongLong();
        if (id != current.id) {
            finishClient();
            current.id = id;
            current.firstMonth = month;
        }
        if (month < from) {
            current.boughtBefore = true;
        } else {
            if (current.bucketCents.empty())
                current.bucketCents.assign(bucketCount, 0);
            current.boughtInPeriod = true;
            current.valueCents += cents;
            current.bucketCents[std::size_t(bucketOf(month, parameters.granularity) - firstBucket)] += cents;
        }
        if (++rowCount % 8192 == 0 && !report(int(70.0 * double(id) / idScale)))
            return cancelled();
    }
    if (rows.lastError().isValid())
        return DatabaseError::fromSql(rows.lastError());
    finishClient();

    SegmentationResult result;
    result.parameters = parameters;

    QSqlQuery names(m_db);
    names.setForwardOnly(true);
    if (!names.prepare(QStringLiteral("SELECT name, coalesce(inn, '') FROM organizations WHERE id = ?")))
        return DatabaseError::fromSql(names.lastError());
    const auto lookUp = [&](qint64 id, QString &name, QString &inn) -> DatabaseError {
        names.bindValue(0, id);
        if (!names.exec())
            return DatabaseError::fromSql(names.lastError());
        if (names.next()) {
            name = names.value(0).toString();
            inn = names.value(1).toString();
        }
        names.finish();
        return {};
    };

    qint64 totalCents = 0;
    result.clients.reserve(ranked.size());
    for (const ClientSums &sums : ranked) {
        SegmentedClient client;
        client.id = sums.id;
        if (DatabaseError error = lookUp(sums.id, client.name, client.inn))
            return error;
        client.value = double(sums.valueCents) / 100.0;
        const int start = std::max(bucketOf(sums.firstMonth, parameters.granularity), firstBucket) - firstBucket;
        client.periods = int(bucketCount) - start;
        if (client.periods >= 3) {
            client.cv = coefficientOfVariation(sums.bucketCents, std::size_t(start));
            client.xyz = xyzFor(*client.cv, parameters);
        }
        totalCents += sums.valueCents;
        result.clients.push_back(std::move(client));
    }
    if (!report(80))
        return cancelled();

    std::sort(result.clients.begin(), result.clients.end(), [](const SegmentedClient &a, const SegmentedClient &b) {
        if (a.value != b.value)
            return a.value > b.value;
        if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive))
            return byName < 0;
        return a.id < b.id;
    });

    // Cents are exact, so the share before a client is compared with the bound without drift.
    result.total = double(totalCents) / 100.0;
    qint64 before = 0;
    for (SegmentedClient &client : result.clients) {
        const qint64 cents = qint64(std::llround(client.value * 100.0));
        const double beforePercent = double(before) * 100.0;
        client.abc = beforePercent < parameters.abcA * double(totalCents)   ? AbcClass::A
                     : beforePercent < parameters.abcB * double(totalCents) ? AbcClass::B
                                                                            : AbcClass::C;
        before += cents;
        client.share = 100.0 * double(cents) / double(totalCents);
        client.cumulative = 100.0 * double(before) / double(totalCents);
    }
    if (!report(90))
        return cancelled();

    QSqlQuery lastSale(m_db);
    lastSale.setForwardOnly(true);
    if (!lastSale.prepare(QStringLiteral("SELECT max(sale_date) FROM sales WHERE organization_id = ? AND sale_date < ?")))
        return DatabaseError::fromSql(lastSale.lastError());
    for (const qint64 id : lostIds) {
        LostClient client;
        client.id = id;
        if (DatabaseError error = lookUp(id, client.name, client.inn))
            return error;
        lastSale.addBindValue(id);
        lastSale.addBindValue(sql::fromDate(parameters.firstMonth()));
        if (!lastSale.exec())
            return DatabaseError::fromSql(lastSale.lastError());
        if (lastSale.next())
            client.lastSale = sql::toDate(lastSale.value(0));
        lastSale.finish();
        result.lost.push_back(std::move(client));
    }
    std::sort(result.lost.begin(), result.lost.end(), [](const LostClient &a, const LostClient &b) {
        if (a.lastSale != b.lastSale)
            return a.lastSale > b.lastSale;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    report(100);
    return result;
}

} // namespace kartoteka
