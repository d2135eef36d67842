#include "ClientImporter.h"

#include "ImportChangeRepository.h"
#include "contacts/CustomFieldRepository.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QScopeGuard>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace kartoteka {

ClientImporter::ClientImporter(Database &database) : CsvImport(database) {}

ClientImporter::~ClientImporter() = default;

DatabaseError ClientImporter::begin(const ImportPlan &plan, qint64 batchId)
{
    const QSqlDatabase db = connection();
    m_batchId = batchId;
    m_policy = plan.settings.onDuplicate;
    m_clock.start();
    m_now = sql::fromDateTime(sql::now()).toString();
    if (m_policy != DuplicatePolicy::Create) {
        if (DatabaseError error = m_index.load(db))
            return error;
    }

    QHash<QString, qint64> users;
    auto query = sql::exec(db, QStringLiteral("SELECT id, login, display_name FROM users"));
    if (!query)
        return query.error();
    while (query->next()) {
        users.insert(query->value(1).toString().toLower(), query->value(0).toLongLong());
        users.insert(query->value(2).toString().toLower(), query->value(0).toLongLong());
    }
    // Tables that start empty get their indexes built once at the end; the cache stays
    // modest so that the whole import fits in a few hundred megabytes.
    m_bulkLoad = std::make_unique<BulkLoad>(db,
                                            QStringList{QStringLiteral("organizations"), QStringLiteral("persons"),
                                                        QStringLiteral("custom_values")},
                                            32);
    if (m_bulkLoad->startError())
        return m_bulkLoad->startError();
    m_searchIndex = search::SearchIndexBuilder::start(db);
    auto lastId = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM organizations"));
    if (!lastId)
        return lastId.error();
    m_firstCreatedId = lastId->toLongLong() + 1;
    auto persons = sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM persons)"));
    if (!persons)
        return persons.error();
    m_hadPersons = persons->toBool();
    m_phones = std::make_unique<PhoneNormalizer>(plan.settings.defaultRegion);
    auto customFields = resolveCustomFields(plan.columns);
    if (!customFields)
        return customFields.error();
    m_builder = std::make_unique<ClientRowBuilder>(plan.columns, plan.headers, *m_phones, plan.dateOrders(),
                                                   std::move(users), *customFields);
    m_insertOrganization = std::make_unique<BulkInsert>(
        db, QStringLiteral("organizations"),
        QStringList{QStringLiteral("name"), QStringLiteral("legal_form"), QStringLiteral("inn"), QStringLiteral("kind"),
                    QStringLiteral("manager_id"), QStringLiteral("service_priority"), QStringLiteral("price_terms"),
                    QStringLiteral("delivery_terms"), QStringLiteral("phones"), QStringLiteral("email"), QStringLiteral("website"),
                    QStringLiteral("city"), QStringLiteral("address"), QStringLiteral("notes"),
                    QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("import_batch_id")});
    m_insertPerson = std::make_unique<BulkInsert>(
        db, QStringLiteral("persons"),
        QStringList{QStringLiteral("organization_id"), QStringLiteral("full_name"), QStringLiteral("position"),
                    QStringLiteral("phones"), QStringLiteral("emails"), QStringLiteral("birthday"),
                    QStringLiteral("notes"), QStringLiteral("created_at"),
                    QStringLiteral("updated_at"), QStringLiteral("import_batch_id")});
    m_insertCustomValue = std::make_unique<BulkInsert>(
        db, QStringLiteral("custom_values"),
        QStringList{QStringLiteral("field_id"), QStringLiteral("entity_id"), QStringLiteral("value")});
    for (const BulkInsert *insert : {m_insertOrganization.get(), m_insertPerson.get(), m_insertCustomValue.get()}) {
        if (insert->prepareError())
            return insert->prepareError();
    }
    return prepareMerge();
}

DatabaseError ClientImporter::finish(const std::function<bool()> &stillWanted)
{
    // The rows are written: the duplicate index's memory is free before the index builds.
    m_index = DuplicateIndex();
    m_contactsAdded = {};
    if (!m_searchIndex)
        return m_bulkLoad->finish();
#ifdef __GLIBC__
    // The search index grows on another thread, whose allocator cannot reuse what this one
    // just freed: give it back, or both count at the peak.
    malloc_trim(0);
#endif
    // The search indexes are built on their thread while the other indexes are built here.
    m_searchIndex->endOfRows();
    if (DatabaseError error = m_bulkLoad->rebuildIndexes())
        return error;
    if (DatabaseError error = m_searchIndex->finish(stillWanted))
        return error;
    return m_bulkLoad->finish();
}

void ClientImporter::transactionEnded()
{
    m_searchIndex.reset();
}

CsvImport::RowOutcome ClientImporter::importRecord(const CsvRecord &record, ImportReport &report)
{
    const qint64 start = m_clock.nsecsElapsed();
    auto built = m_builder->build(record, report.warnings);
    const qint64 built_ = m_clock.nsecsElapsed();
    m_normalizingNs += built_ - start;
    if (const QString *reason = std::get_if<QString>(&built))
        return {*reason, {}};
    ClientRow &row = std::get<ClientRow>(built);

    const auto match = m_policy == DuplicatePolicy::Create ? std::nullopt : m_index.find(row.keys);
    const qint64 matched = m_clock.nsecsElapsed();
    m_matchingNs += matched - built_;
    // Everything from here on writes.
    const auto accountWriting = qScopeGuard([&] {
        m_writingNs += m_clock.nsecsElapsed() - matched;
        report.timings.normalizing = m_normalizingNs / 1000000;
        report.timings.matching = m_matchingNs / 1000000;
        report.timings.writing = m_writingNs / 1000000;
    });
    if (match && m_policy == DuplicatePolicy::Skip) {
        ++report.skipped;
        return {};
    }
    if (match) {
        if (DatabaseError error = merge(match->organizationId, row))
            return {{}, error};
        m_index.add(match->organizationId, row.keys);
        ++report.merged;
        return {};
    }
    if (DatabaseError error = create(row))
        return {{}, error};
    ++report.created;
    return {};
}

DatabaseError ClientImporter::create(ClientRow &row)
{
    const Organization &o = row.organization;
    const QString created = o.createdAt.isValid() ? sql::fromDateTime(o.createdAt).toString() : m_now;
    auto id = m_insertOrganization->insert({o.name, sql::fromText(o.legalForm), sql::fromText(o.inn),
                                            Organization::kindCode(o.kind), sql::fromId(o.managerId),
                                            static_cast<int>(o.priority), sql::fromText(o.priceTerms),
                                            sql::fromText(o.deliveryTerms), sql::fromText(o.phones), sql::fromText(o.email),
                                            sql::fromText(o.website), sql::fromText(o.city), sql::fromText(o.address),
                                            sql::fromText(o.notes), created, m_now, m_batchId});
    if (!id)
        return id.error();
    if (m_searchIndex && m_searchIndex->builds(search::SearchIndexBuilder::Index::Organizations))
        m_searchIndex->add(search::SearchIndexBuilder::Index::Organizations, *id, {o.name, o.inn, o.phones, o.email, o.city});
    m_index.add(*id, row.keys);
    if (row.hasContact) {
        if (DatabaseError error = insertContact(*id, row.contact))
            return error;
    }
    // A new organization has no values yet: no checks needed, one insert each.
    for (const auto &[fieldId, value] : row.custom) {
        if (auto inserted = m_insertCustomValue->insert({fieldId, *id, value}); !inserted)
            return inserted.error();
    }
    return {};
}

quint64 ClientImporter::contactKey(qint64 organizationId, const QString &name)
{
    return IdsByHash::mixed(quint64(organizationId) * 0x9e3779b97f4a7c15ULL ^ qHash(name.toLower()));
}

DatabaseError ClientImporter::insertContact(qint64 organizationId, const Person &p)
{
    auto id = m_insertPerson->insert({organizationId, p.fullName, sql::fromText(p.position), sql::fromText(p.phones),
                                      sql::fromText(p.emails), sql::fromDate(p.birthday), sql::fromText(p.notes),
                                      m_now, m_now, m_batchId});
    if (!id)
        return id.error();
    if (m_searchIndex && m_searchIndex->builds(search::SearchIndexBuilder::Index::Persons))
        m_searchIndex->add(search::SearchIndexBuilder::Index::Persons, *id, {p.fullName, p.phones, p.emails});
    m_contactsAdded.insert(contactKey(organizationId, p.fullName), 0);
    return {};
}

DatabaseError ClientImporter::addContact(qint64 organizationId, const ClientRow &row)
{
    if (!row.hasContact)
        return {};
    if (m_contactsAdded.find(contactKey(organizationId, row.contact.fullName)))
        return {};
    if (m_hadPersons && organizationId < m_firstCreatedId) {
        // An organization from before the import: its persons are in the database.
        auto names = sql::exec(connection(), QStringLiteral("SELECT full_name FROM persons WHERE organization_id = ?"),
                               {organizationId});
        if (!names)
            return names.error();
        while (names->next()) {
            if (names->value(0).toString().compare(row.contact.fullName, Qt::CaseInsensitive) == 0)
                return {};
        }
    }
    return insertContact(organizationId, row.contact);
}

Result<QHash<QString, CustomField>> ClientImporter::resolveCustomFields(const QList<FieldRef> &columns)
{
    CustomFieldRepository repository(connection());
    auto existing = repository.list(CustomField::Entity::Organization);
    if (!existing)
        return existing.error();
    QHash<QString, CustomField> fields; // lower-case label -> field
    for (const CustomField &field : std::as_const(*existing))
        fields.insert(field.label.toLower(), field);
    QHash<QString, CustomField> ofColumns;
    for (const FieldRef &column : columns) {
        if (!column.isCustom())
            continue;
        const QString key = column.customLabel().toLower();
        if (!fields.contains(key)) {
            CustomField field;
            field.entity = CustomField::Entity::Organization;
            field.label = column.customLabel();
            if (DatabaseError error = repository.create(field))
                return error;
            fields.insert(key, field);
        }
        ofColumns.insert(key, fields.value(key));
    }
    return ofColumns;
}

DatabaseError ClientImporter::setCustomValues(qint64 organizationId, const ClientRow &row, QJsonObject &previous)
{
    for (const auto &[fieldId, value] : row.custom) {
        m_customValueRead.bindValue(0, fieldId);
        m_customValueRead.bindValue(1, organizationId);
        if (!m_customValueRead.exec())
            return DatabaseError::fromSql(m_customValueRead.lastError());
        const bool stored = m_customValueRead.next() && !m_customValueRead.value(0).toString().isEmpty();
        m_customValueRead.finish();
        if (stored)
            continue; // merging fills only what is empty
        previous.insert(QStringLiteral("custom:%1").arg(fieldId), QJsonValue::Null);
        m_customValueWrite.bindValue(0, fieldId);
        m_customValueWrite.bindValue(1, organizationId);
        m_customValueWrite.bindValue(2, value);
        if (!m_customValueWrite.exec())
            return DatabaseError::fromSql(m_customValueWrite.lastError());
    }
    return {};
}

namespace {
// The incoming values in the order of ImportChange::mergeableOrganizationColumns().
QVariantList incomingValues(const ClientRow &row)
{
    const Organization &o = row.organization;
    return {sql::fromText(o.inn),        sql::fromText(o.phones),     sql::fromText(o.email),
            sql::fromText(o.website),    sql::fromText(o.city),       sql::fromText(o.address),
            sql::fromText(o.notes),      sql::fromId(o.managerId),    sql::fromText(o.legalForm),
            sql::fromText(o.priceTerms), sql::fromText(o.deliveryTerms)};
}
} // namespace

DatabaseError ClientImporter::prepareMerge()
{
    const QStringList &columns = ImportChange::mergeableOrganizationColumns();
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    // Prepared once: merges are few per file but many per million rows.
    m_mergeRead = QSqlQuery(connection());
    m_mergeWrite = QSqlQuery(connection());
    if (!m_mergeRead.prepare(QStringLiteral("SELECT %1 FROM organizations WHERE id = ?").arg(columns.join(QStringLiteral(", ")))))
        return DatabaseError::fromSql(m_mergeRead.lastError());
    if (!m_mergeWrite.prepare(QStringLiteral("UPDATE organizations SET %1, updated_at = ? WHERE id = ?")
                                  .arg(assignments.join(QStringLiteral(", ")))))
        return DatabaseError::fromSql(m_mergeWrite.lastError());
    m_customValueRead = QSqlQuery(connection());
    m_customValueWrite = QSqlQuery(connection());
    if (!m_customValueRead.prepare(QStringLiteral("SELECT value FROM custom_values WHERE field_id = ? AND entity_id = ?")))
        return DatabaseError::fromSql(m_customValueRead.lastError());
    if (!m_customValueWrite.prepare(QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value) VALUES (?, ?, ?) "
                                                   "ON CONFLICT (field_id, entity_id) DO UPDATE SET value = excluded.value")))
        return DatabaseError::fromSql(m_customValueWrite.lastError());
    return {};
}

DatabaseError ClientImporter::merge(qint64 organizationId, const ClientRow &row)
{
    m_mergeRead.bindValue(0, organizationId);
    if (!m_mergeRead.exec())
        return DatabaseError::fromSql(m_mergeRead.lastError());
    if (!m_mergeRead.next())
        return {DatabaseError::Kind::NotFound, tr("Organization #%1 disappeared during the import.").arg(organizationId)};
    QVariantList merged;
    const QVariantList incoming = incomingValues(row);
    QJsonObject previous;
    for (int i = 0; i < incoming.size(); ++i) {
        const QVariant stored = m_mergeRead.value(i);
        const bool storedEmpty = stored.isNull() || stored.toString().isEmpty();
        if (storedEmpty && !incoming.at(i).isNull()) {
            previous.insert(ImportChange::mergeableOrganizationColumns().at(i), QJsonValue::Null);
            merged.append(incoming.at(i));
        } else {
            merged.append(stored);
        }
    }
    m_mergeRead.finish();
    if (!previous.isEmpty()) {
        int i = 0;
        for (const QVariant &value : std::as_const(merged))
            m_mergeWrite.bindValue(i++, value);
        m_mergeWrite.bindValue(i++, m_now);
        m_mergeWrite.bindValue(i, organizationId);
        if (!m_mergeWrite.exec())
            return DatabaseError::fromSql(m_mergeWrite.lastError());
    }
    if (DatabaseError error = setCustomValues(organizationId, row, previous))
        return error;
    if (!previous.isEmpty() && organizationId < m_firstCreatedId) {
        ImportChange change;
        change.batchId = m_batchId;
        change.entity = ImportChange::Entity::Organization;
        change.entityId = organizationId;
        change.action = ImportChange::Action::Updated;
        change.previous = QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact));
        if (DatabaseError error = ImportChangeRepository(connection()).record(change))
            return error;
    }
    return addContact(organizationId, row);
}

} // namespace kartoteka
