#include "SegmentSnapshotRepository.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kartoteka {

namespace {

QString classLabel(const std::optional<AbcClass> &abc, const std::optional<XyzClass> &xyz)
{
    if (!abc)
        return QStringLiteral("—");
    if (!xyz || *xyz == XyzClass::New)
        return abcCode(*abc) + QStringLiteral(" new");
    return abcCode(*abc) + xyzCode(*xyz);
}


} // namespace

QString ClassMove::fromLabel() const { return classLabel(fromAbc, fromXyz); }
QString ClassMove::toLabel() const { return classLabel(toAbc, toXyz); }

bool ClassMove::isFalling() const
{
    if (!fromAbc)
        return false;
    if (!toAbc || *toAbc > *fromAbc)
        return true;
    // Same ABC class, less steady demand (X -> Y -> Z); "new" is not comparable.
    return *toAbc == *fromAbc && fromXyz && toXyz && *fromXyz != XyzClass::New && *toXyz != XyzClass::New
           && *toXyz > *fromXyz;
}

SegmentSnapshotRepository::SegmentSnapshotRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> SegmentSnapshotRepository::save(const SegmentationResult &result, const QDateTime &computedAt)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    const SegmentationParameters &p = result.parameters;
    const int lostCount = int(result.lost.size());
    auto snapshot = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO segment_snapshots (computed_at, period_from, period_to, metric, granularity, "
                       "abc_a, abc_b, xyz_x, xyz_y, total, client_count, lost_count) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::fromDateTime(computedAt), monthCode(p.firstMonth()), monthCode(p.lastMonth()), metricCode(p.metric),
         granularityCode(p.granularity), p.abcA, p.abcB, p.xyzX, p.xyzY, result.total, int(result.clients.size()),
         lostCount});
    if (!snapshot)
        return snapshot.error();
    const qint64 id = snapshot->lastInsertId().toLongLong();

    QSqlQuery client(m_db);
    if (!client.prepare(QStringLiteral("INSERT INTO segment_snapshot_clients (snapshot_id, organization_id, rank, "
                                       "value, share, cumulative, cv, abc_class, xyz_class) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return DatabaseError::fromSql(client.lastError());
    QSqlQuery current(m_db);
    if (!current.prepare(QStringLiteral(
            "UPDATE organizations SET abc_class = ?, xyz_class = ?, class_computed_on = ? WHERE id = ?")))
        return DatabaseError::fromSql(current.lastError());
    const QVariant computedOn = sql::fromDate(computedAt.toLocalTime().date());
    if (auto cleared = sql::exec(m_db,
                                 QStringLiteral("UPDATE organizations SET abc_class = NULL, xyz_class = NULL, "
                                                "class_computed_on = ? WHERE abc_class IS NOT NULL OR xyz_class IS NOT NULL"),
                                 {computedOn});
        !cleared)
        return cleared.error();

    int rank = 0;
    for (const SegmentedClient &c : result.clients) {
        const QVariantList values{id,      c.id,         ++rank, c.value, c.share, c.cumulative,
                                  c.cv ? QVariant(*c.cv) : QVariant(), abcCode(c.abc), xyzCode(c.xyz)};
        for (int i = 0; i < values.size(); ++i)
            client.bindValue(i, values[i]);
        if (!client.exec())
            return DatabaseError::fromSql(client.lastError());
        current.bindValue(0, abcCode(c.abc));
        current.bindValue(1, xyzCode(c.xyz));
        current.bindValue(2, computedOn);
        current.bindValue(3, c.id);
        if (!current.exec())
            return DatabaseError::fromSql(current.lastError());
    }
    if (DatabaseError error = transaction.commit())
        return error;
    return id;
}

Result<std::vector<SegmentSnapshot>> SegmentSnapshotRepository::list() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT id, computed_at, period_from, period_to, metric, granularity, "
                                                "abc_a, abc_b, xyz_x, xyz_y, total, client_count, lost_count "
                                                "FROM segment_snapshots ORDER BY computed_at DESC, id DESC"));
    if (!query)
        return query.error();
    std::vector<SegmentSnapshot> snapshots;
    while (query->next()) {
        SegmentSnapshot s;
        int i = 0;
        s.id = query->value(i++).toLongLong();
        s.computedAt = sql::toDateTime(query->value(i++));
        s.parameters.from = monthFromCode(query->value(i++).toString());
        s.parameters.to = monthFromCode(query->value(i++).toString());
        s.parameters.metric = metricFromCode(query->value(i++).toString()).value_or(SegmentMetric::Revenue);
        s.parameters.granularity =
            granularityFromCode(query->value(i++).toString()).value_or(SegmentGranularity::Month);
        s.parameters.abcA = query->value(i++).toDouble();
        s.parameters.abcB = query->value(i++).toDouble();
        s.parameters.xyzX = query->value(i++).toDouble();
        s.parameters.xyzY = query->value(i++).toDouble();
        s.total = query->value(i++).toDouble();
        s.clientCount = query->value(i++).toInt();
        s.lostCount = query->value(i++).toInt();
        snapshots.push_back(std::move(s));
    }
    return snapshots;
}

Result<std::vector<ClassMove>> SegmentSnapshotRepository::moves(qint64 earlierId, qint64 laterId) const
{
    auto query = sql::exec(
        m_db,
        QStringLiteral("SELECT o.id, o.name, e.abc_class, e.xyz_class, l.abc_class, l.xyz_class "
                       "FROM (SELECT organization_id FROM segment_snapshot_clients WHERE snapshot_id = ? "
                       "      UNION SELECT organization_id FROM segment_snapshot_clients WHERE snapshot_id = ?) ids "
                       "JOIN organizations o ON o.id = ids.organization_id "
                       "LEFT JOIN segment_snapshot_clients e ON e.snapshot_id = ? AND e.organization_id = o.id "
                       "LEFT JOIN segment_snapshot_clients l ON l.snapshot_id = ? AND l.organization_id = o.id "
                       "ORDER BY l.rank IS NULL, l.rank, e.rank"),
        {earlierId, laterId, earlierId, laterId});
    if (!query)
        return query.error();
    std::vector<ClassMove> moves;
    while (query->next()) {
        ClassMove move;
        move.organizationId = query->value(0).toLongLong();
        move.name = query->value(1).toString();
        move.fromAbc = abcFromCode(query->value(2).toString());
        move.fromXyz = xyzFromCode(query->value(3).toString());
        move.toAbc = abcFromCode(query->value(4).toString());
        move.toXyz = xyzFromCode(query->value(5).toString());
        moves.push_back(std::move(move));
    }
    return moves;
}

DatabaseError SegmentSnapshotRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM segment_snapshots WHERE id = ?"), {id});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return DatabaseError(DatabaseError::Kind::NotFound, tr("There is no saved analysis %1.").arg(id));
    return transaction.commit();
}

} // namespace kartoteka
