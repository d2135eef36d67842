#include "ImportChangeRepository.h"

#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace kartoteka {

QStringList ImportChangeMapping::columns()
{
    return {QStringLiteral("batch_id"), QStringLiteral("entity"), QStringLiteral("entity_id"),
            QStringLiteral("action"), QStringLiteral("previous")};
}

QVariantList ImportChangeMapping::values(const ImportChange &c)
{
    return {c.batchId, ImportChange::entityCode(c.entity), c.entityId, ImportChange::actionCode(c.action),
            sql::fromText(c.previous)};
}

ImportChange ImportChangeMapping::read(const QSqlQuery &q)
{
    ImportChange c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.batchId = q.value(i++).toLongLong();
    c.entity = ImportChange::entityFromCode(q.value(i++).toString()).value_or(ImportChange::Entity::Organization);
    c.entityId = q.value(i++).toLongLong();
    c.action = ImportChange::actionFromCode(q.value(i++).toString()).value_or(ImportChange::Action::Created);
    c.previous = sql::toText(q.value(i++));
    return c;
}

ImportChangeRepository::ImportChangeRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError ImportChangeRepository::validate(const ImportChange &change)
{
    if (change.action == ImportChange::Action::Updated && change.previous.isEmpty())
        return {DatabaseError::Kind::Invalid, tr("An updated record needs its previous values to be undone.")};
    if (!change.previous.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(change.previous.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return {DatabaseError::Kind::Invalid, tr("The previous values are not JSON: %1.").arg(error.errorString())};
    }
    return {};
}

DatabaseError ImportChangeRepository::record(ImportChange &change)
{
    if (DatabaseError error = validate(change))
        return error;
    return m_table.create(change);
}

Result<std::vector<ImportChange>> ImportChangeRepository::listForBatch(qint64 batchId) const
{
    return m_table.select(QStringLiteral("WHERE batch_id = ? ORDER BY id"), {batchId});
}

} // namespace kartoteka
