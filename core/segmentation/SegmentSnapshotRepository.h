#pragma once

#include "Segmentation.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace kartoteka {

// A saved analysis run.
struct SegmentSnapshot
{
    qint64 id = 0;
    QDateTime computedAt;
    SegmentationParameters parameters;
    double total = 0;
    int clientCount = 0;
    int lostCount = 0;
};

// How one client's class changed from an earlier snapshot to a later one.
struct ClassMove
{
    qint64 organizationId = 0;
    QString name;
    // Empty classes: the client was not ranked in that snapshot.
    std::optional<AbcClass> fromAbc;
    std::optional<XyzClass> fromXyz;
    std::optional<AbcClass> toAbc;
    std::optional<XyzClass> toXyz;
    // "AX", "BY", "Cnew", or "—" when not ranked.
    QString fromLabel() const;
    QString toLabel() const;
    // Worse ABC class, or ranked before and not now: the first sign of churn.
    bool isFalling() const;
};

// History of segmentation: snapshots, the current class stored on each organization, and
// how clients moved between two snapshots.
class SegmentSnapshotRepository
{
    Q_DECLARE_TR_FUNCTIONS(SegmentSnapshotRepository)

public:
    explicit SegmentSnapshotRepository(QSqlDatabase db);

    // In one transaction: stores the snapshot with its ranked clients, and makes its classes
    // the organizations' current ones (dated `computedAt`); clients it did not rank lose theirs.
    Result<qint64> save(const SegmentationResult &result, const QDateTime &computedAt);
    // Newest first.
    Result<std::vector<SegmentSnapshot>> list() const;
    // Every client ranked in either snapshot, best of the later one first, then the ones that
    // dropped out.
    Result<std::vector<ClassMove>> moves(qint64 earlierId, qint64 laterId) const;
    DatabaseError remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace kartoteka
