#include "DealRepository.h"

#include "storage/Sql.h"

#include <cmath>

namespace kartoteka {

QStringList DealMapping::columns()
{
    return {QStringLiteral("name"),      QStringLiteral("organization_id"), QStringLiteral("project_id"),
            QStringLiteral("owner_id"),  QStringLiteral("stage"),           QStringLiteral("amount"),
            QStringLiteral("opened_on"), QStringLiteral("closed_on"),       QStringLiteral("created_at")};
}

QVariantList DealMapping::values(const Deal &d)
{
    return {d.name,
            sql::fromId(d.organizationId),
            sql::fromId(d.projectId),
            sql::fromId(d.ownerId),
            Deal::stageCode(d.stage),
            sql::fromDouble(d.amount),
            sql::fromDate(d.openedOn),
            sql::fromDate(d.closedOn),
            sql::fromDateTime(d.createdAt)};
}

Deal DealMapping::read(const QSqlQuery &q)
{
    Deal d;
    int i = 0;
    d.id = q.value(i++).toLongLong();
    d.name = sql::toText(q.value(i++));
    d.organizationId = sql::toId(q.value(i++));
    d.projectId = sql::toId(q.value(i++));
    d.ownerId = sql::toId(q.value(i++));
    d.stage = Deal::stageFromCode(q.value(i++).toString()).value_or(Deal::Stage::Open);
    d.amount = sql::toDouble(q.value(i++));
    d.openedOn = sql::toDate(q.value(i++));
    d.closedOn = sql::toDate(q.value(i++));
    d.createdAt = sql::toDateTime(q.value(i++));
    return d;
}

DealRepository::DealRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError DealRepository::validate(const Deal &deal)
{
    if (deal.name.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A deal needs a name.")};
    if (deal.amount && (!std::isfinite(*deal.amount) || *deal.amount < 0))
        return {DatabaseError::Kind::Invalid, tr("The amount of a deal cannot be negative.")};
    if (deal.openedOn.isValid() && deal.closedOn.isValid() && deal.closedOn < deal.openedOn)
        return {DatabaseError::Kind::Invalid, tr("A deal cannot close before it opens.")};
    return {};
}

DatabaseError DealRepository::create(Deal &deal)
{
    if (DatabaseError error = validate(deal))
        return error;
    deal.createdAt = sql::now();
    return m_table.create(deal);
}

DatabaseError DealRepository::update(const Deal &deal)
{
    if (DatabaseError error = validate(deal))
        return error;
    return m_table.update(deal);
}

Result<Deal> DealRepository::get(qint64 id) const
{
    return m_table.get(id);
}

Result<QString> DealRepository::deletionBlocker(qint64 id) const
{
    // The foreign keys would merely unlink these, silently losing the history of the deal.
    auto history = describeReferences(m_table.database(), {{"tasks", "deal_id"}, {"sales", "deal_id"}}, id);
    if (history && !history->isEmpty())
        return tr("it has %1; mark it lost instead").arg(*history);
    return history;
}

DatabaseError DealRepository::remove(qint64 id)
{
    return m_table.removeUnlessBlocked(id, [&] { return deletionBlocker(id); }, tr("The deal cannot be deleted: %1."));
}

Result<std::vector<Deal>> DealRepository::listByOrganization(qint64 organizationId) const
{
    return m_table.select(QStringLiteral("WHERE organization_id = ? ORDER BY opened_on DESC, id DESC"),
                          {organizationId});
}

Result<std::vector<Deal>> DealRepository::listByProject(qint64 projectId) const
{
    return m_table.select(QStringLiteral("WHERE project_id = ? ORDER BY opened_on DESC, id DESC"), {projectId});
}

Result<std::vector<Deal>> DealRepository::listByStage(Deal::Stage stage) const
{
    return m_table.select(QStringLiteral("WHERE stage = ? ORDER BY opened_on DESC, id DESC"),
                          {Deal::stageCode(stage)});
}

Result<std::vector<Deal>> DealRepository::list() const
{
    return m_table.select(QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
}

} // namespace kartoteka
