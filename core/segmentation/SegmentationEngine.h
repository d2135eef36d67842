#pragma once

#include "Segmentation.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace kartoteka {

// Ranks clients into ABC and XYZ classes and finds the lost ones, by DESIGN.md's rules. It
// reads the monthly sums kept in sales_months (one row per client and month), never the
// sales lines themselves, except the last sale date of lost clients.
class SegmentationEngine
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationEngine)

public:
    // Receives 0..100; returning false cancels the run.
    using Progress = std::function<bool(int percent)>;

    explicit SegmentationEngine(QSqlDatabase db);

    // A cancelled run returns a DatabaseError of kind Failed with an empty message.
    Result<SegmentationResult> run(const SegmentationParameters &parameters, const Progress &progress = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace kartoteka
