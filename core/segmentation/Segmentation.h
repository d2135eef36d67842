#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace kartoteka {

enum class SegmentMetric { Revenue, Profit };
enum class SegmentGranularity { Month, Quarter };
enum class AbcClass { A, B, C };
enum class XyzClass { X, Y, Z, New }; // New: fewer than three periods to measure

QString metricCode(SegmentMetric metric); // "revenue", "profit"
std::optional<SegmentMetric> metricFromCode(const QString &code);
QString granularityCode(SegmentGranularity granularity); // "month", "quarter"
std::optional<SegmentGranularity> granularityFromCode(const QString &code);
QString abcCode(AbcClass abc);                 // "A", "B", "C"
std::optional<AbcClass> abcFromCode(const QString &code);
QString xyzCode(XyzClass xyz);                 // "X", "Y", "Z", "new"
std::optional<XyzClass> xyzFromCode(const QString &code);
// A month as the CLI, snapshots and file names write it: "2024-03"; the first of that month
// back, or an invalid date for anything else.
QString monthCode(const QDate &month);
QDate monthFromCode(const QString &code);

// What one analysis run measures (DESIGN.md, "Segmentation"). Months are whole calendar
// months: `from` and `to` are read as their months, both included.
struct SegmentationParameters
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationParameters)

public:
    QDate from;
    QDate to;
    SegmentMetric metric = SegmentMetric::Revenue;
    SegmentGranularity granularity = SegmentGranularity::Month;
    double abcA = 80; // percent of the total: A while the share before the client is below it
    double abcB = 95;
    double xyzX = 10; // coefficient of variation, percent: X at most this
    double xyzY = 25;

    // The twelve whole months before `today`'s month.
    static SegmentationParameters lastTwelveMonths(const QDate &today);

    QDate firstMonth() const { return QDate(from.year(), from.month(), 1); }
    QDate lastMonth() const { return QDate(to.year(), to.month(), 1); }
    // Why these parameters cannot be run; empty when they can.
    QString problem() const;
};

// A ranked client: value > 0 in the period.
struct SegmentedClient
{
    qint64 id = 0;
    QString name;
    QString inn;
    double value = 0;      // the metric summed over the period
    double share = 0;      // percent of the total
    double cumulative = 0; // percent, this client included
    AbcClass abc = AbcClass::C;
    std::optional<double> cv; // percent; none for a new client
    XyzClass xyz = XyzClass::New;
    int periods = 0; // months (or quarters) measured, from the later of period start and first sale
};

// Bought before the period, nothing in it.
struct LostClient
{
    qint64 id = 0;
    QString name;
    QString inn;
    QDate lastSale;
};

struct SegmentationResult
{
    SegmentationParameters parameters;
    double total = 0; // the sum of the ranked clients' values
    std::vector<SegmentedClient> clients; // best first
    std::vector<LostClient> lost;         // most recent last sale first

    struct Cell
    {
        int clients = 0;
        double value = 0;
    };
    // Cell of the ABC x XYZ matrix; XyzClass::New gives the new clients of that ABC class.
    Cell cell(AbcClass abc, XyzClass xyz) const;
};

} // namespace kartoteka
