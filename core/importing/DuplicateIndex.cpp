#include "DuplicateIndex.h"

#include "EmailNormalizer.h"
#include "InnValidator.h"
#include "NameNormalizer.h"
#include "contacts/StoredList.h"
#include "storage/Sql.h"

namespace kartoteka {

namespace {
QStringList emailKeys(const QString &stored)
{
    QStringList emails = storedListItems(stored);
    for (QString &email : emails)
        email = normalizeEmail(email);
    return emails;
}
} // namespace

quint64 DuplicateIndex::hashOf(const QString &key)
{
    // FNV-1a over the UTF-16 code units, then mixed: our own 64 bits, the same in every run.
    // (qHash mixes a per-process seed and, measured, let about one unrelated client in a
    // million match another.)
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return IdsByHash::mixed(hash);
}

void DuplicateIndex::addKey(Key kind, const QString &key, qint64 organizationId)
{
    if (key.isEmpty())
        return;
    // The first organization with a key keeps it: duplicates match the oldest record.
    m_keys[static_cast<int>(kind)].insert(hashOf(key), organizationId);
}

std::optional<qint64> DuplicateIndex::lookup(Key kind, const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    return m_keys[static_cast<int>(kind)].find(hashOf(key));
}

void DuplicateIndex::add(qint64 organizationId, const ClientKeys &keys)
{
    addKey(Key::Inn, keys.inn, organizationId);
    for (const QString &email : keys.emails)
        addKey(Key::Email, email, organizationId);
    for (const QString &phone : keys.phones)
        addKey(Key::Phone, phone, organizationId);
    addKey(Key::Name, keys.nameKey, organizationId);
}

std::optional<DuplicateIndex::Match> DuplicateIndex::find(const ClientKeys &keys) const
{
    if (auto id = lookup(Key::Inn, keys.inn))
        return Match{*id, Key::Inn};
    for (const QString &email : keys.emails) {
        if (auto id = lookup(Key::Email, email))
            return Match{*id, Key::Email};
    }
    for (const QString &phone : keys.phones) {
        if (auto id = lookup(Key::Phone, phone))
            return Match{*id, Key::Phone};
    }
    if (auto id = lookup(Key::Name, keys.nameKey))
        return Match{*id, Key::Name};
    return std::nullopt;
}

DatabaseError DuplicateIndex::load(const QSqlDatabase &db)
{
    auto organizations = sql::exec(db, QStringLiteral("SELECT id, inn, email, phones, name FROM organizations "
                                                      "WHERE archived_at IS NULL ORDER BY id"));
    if (!organizations)
        return organizations.error();
    while (organizations->next()) {
        ClientKeys keys;
        keys.inn = normalizedInn(organizations->value(1).toString());
        keys.emails = emailKeys(organizations->value(2).toString());
        keys.phones = storedListItems(organizations->value(3).toString());
        keys.nameKey = normalizedOrganizationName(organizations->value(4).toString());
        add(organizations->value(0).toLongLong(), keys);
    }
    if (DatabaseError error = sql::rowsError(*organizations))
        return error;
    auto persons = sql::exec(db, QStringLiteral("SELECT p.organization_id, p.emails, p.phones FROM persons p "
                                                "JOIN organizations o ON o.id = p.organization_id "
                                                "WHERE o.archived_at IS NULL ORDER BY p.organization_id"));
    if (!persons)
        return persons.error();
    while (persons->next()) {
        ClientKeys keys;
        keys.emails = emailKeys(persons->value(1).toString());
        keys.phones = storedListItems(persons->value(2).toString());
        add(persons->value(0).toLongLong(), keys);
    }
    if (DatabaseError error = sql::rowsError(*persons))
        return error;
    return {};
}

} // namespace kartoteka
