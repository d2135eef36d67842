#include "ClientImporter.h"

#include "ImportChangeRepository.h"
#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationRepository.h"
#include "storage/Sql.h"

#include <QJsonDocument>

namespace kartoteka {

ClientImporter::ClientImporter(Database &database) : CsvImport(database) {}

ClientImporter::~ClientImporter() = default;

DatabaseError ClientImporter::begin(const ImportPlan &plan, qint64 batchId)
{
    const QSqlDatabase db = connection();
    m_batchId = batchId;
    m_policy = plan.settings.onDuplicate;
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
    m_phones = std::make_unique<PhoneNormalizer>(plan.settings.defaultRegion);
    m_builder = std::make_unique<ClientRowBuilder>(plan.columns, plan.headers, *m_phones, plan.settings.dateOrder,
                                                   std::move(users));
    m_insertOrganization = std::make_unique<BulkInsert>(
        db, QStringLiteral("organizations"),
        QStringList{QStringLiteral("name"), QStringLiteral("inn"), QStringLiteral("kind"), QStringLiteral("manager_id"),
                    QStringLiteral("phones"), QStringLiteral("email"), QStringLiteral("website"),
                    QStringLiteral("city"), QStringLiteral("address"), QStringLiteral("notes"),
                    QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("import_batch_id")});
    m_insertPerson = std::make_unique<BulkInsert>(
        db, QStringLiteral("persons"),
        QStringList{QStringLiteral("organization_id"), QStringLiteral("full_name"), QStringLiteral("position"),
                    QStringLiteral("phones"), QStringLiteral("emails"), QStringLiteral("created_at"),
                    QStringLiteral("updated_at"), QStringLiteral("import_batch_id")});
    if (m_insertOrganization->prepareError())
        return m_insertOrganization->prepareError();
    return m_insertPerson->prepareError();
}

CsvImport::RowOutcome ClientImporter::importRecord(const CsvRecord &record, ImportReport &report)
{
    auto built = m_builder->build(record, report.warnings);
    if (const QString *reason = std::get_if<QString>(&built))
        return {*reason, {}};
    ClientRow &row = std::get<ClientRow>(built);

    const auto match = m_policy == DuplicatePolicy::Create ? std::nullopt : m_index.find(row.keys);
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
    auto id = m_insertOrganization->insert({o.name, sql::fromText(o.inn), Organization::kindCode(o.kind),
                                            sql::fromId(o.managerId), sql::fromText(o.phones), sql::fromText(o.email),
                                            sql::fromText(o.website), sql::fromText(o.city), sql::fromText(o.address),
                                            sql::fromText(o.notes), created, m_now, m_batchId});
    if (!id)
        return id.error();
    m_createdHere.insert(*id);
    m_contacts.insert(*id, {});
    m_index.add(*id, row.keys);
    if (DatabaseError error = addContact(*id, row))
        return error;
    return setCustomValues(*id, row, nullptr);
}

DatabaseError ClientImporter::addContact(qint64 organizationId, const ClientRow &row)
{
    if (!row.hasContact)
        return {};
    const QString key = row.contact.fullName.toLower();
    auto known = m_contacts.find(organizationId);
    if (known == m_contacts.end()) {
        auto query = sql::exec(connection(), QStringLiteral("SELECT full_name FROM persons WHERE organization_id = ?"),
                               {organizationId});
        if (!query)
            return query.error();
        QSet<QString> names;
        while (query->next())
            names.insert(query->value(0).toString().toLower());
        known = m_contacts.insert(organizationId, names);
    }
    if (known->contains(key))
        return {};
    const Person &p = row.contact;
    auto id = m_insertPerson->insert({organizationId, p.fullName, sql::fromText(p.position), sql::fromText(p.phones),
                                      sql::fromText(p.emails), m_now, m_now, m_batchId});
    if (!id)
        return id.error();
    known->insert(key);
    return {};
}

Result<qint64> ClientImporter::customFieldId(const QString &label)
{
    const QString key = label.toLower();
    if (auto known = m_customFields.constFind(key); known != m_customFields.constEnd())
        return known.value();
    CustomFieldRepository fields(connection());
    auto existing = fields.list(CustomField::Entity::Organization);
    if (!existing)
        return existing.error();
    for (const CustomField &field : *existing) {
        if (field.label.toLower() == key) {
            m_customFields.insert(key, field.id);
            return field.id;
        }
    }
    CustomField field;
    field.entity = CustomField::Entity::Organization;
    field.label = label;
    if (DatabaseError error = fields.create(field))
        return error;
    m_customFields.insert(key, field.id);
    return field.id;
}

DatabaseError ClientImporter::setCustomValues(qint64 organizationId, const ClientRow &row, QJsonObject *previous)
{
    CustomFieldRepository fields(connection());
    for (const auto &[label, value] : row.custom) {
        auto fieldId = customFieldId(label);
        if (!fieldId)
            return fieldId.error();
        if (previous) {
            auto current = fields.value(*fieldId, organizationId);
            if (!current)
                return current.error();
            if (!current->isEmpty())
                continue; // merging fills only what is empty
            previous->insert(QStringLiteral("custom:%1").arg(*fieldId), QJsonValue::Null);
        }
        if (DatabaseError error = fields.setValue(*fieldId, organizationId, value))
            return error;
    }
    return {};
}

DatabaseError ClientImporter::merge(qint64 organizationId, const ClientRow &row)
{
    OrganizationRepository organizations(connection());
    auto existing = organizations.get(organizationId);
    if (!existing)
        return existing.error();
    Organization merged = *existing;
    QJsonObject previous;
    const auto fill = [&](QString &target, const QString &value, const char *column) {
        if (target.isEmpty() && !value.isEmpty()) {
            previous.insert(QLatin1String(column), QJsonValue::Null);
            target = value;
        }
    };
    const Organization &incoming = row.organization;
    fill(merged.inn, incoming.inn, "inn");
    fill(merged.phones, incoming.phones, "phones");
    fill(merged.email, incoming.email, "email");
    fill(merged.website, incoming.website, "website");
    fill(merged.city, incoming.city, "city");
    fill(merged.address, incoming.address, "address");
    fill(merged.notes, incoming.notes, "notes");
    if (!merged.managerId && incoming.managerId) {
        previous.insert(QStringLiteral("manager_id"), QJsonValue::Null);
        merged.managerId = incoming.managerId;
    }
    if (!previous.isEmpty()) {
        if (DatabaseError error = organizations.update(merged))
            return error;
    }
    if (DatabaseError error = setCustomValues(organizationId, row, &previous))
        return error;
    if (!previous.isEmpty() && !m_createdHere.contains(organizationId)) {
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
