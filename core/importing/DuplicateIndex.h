#pragma once

#include "IdsByHash.h"
#include "storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace kartoteka {

// What identifies a client, already normalized: digits of the INN, lower-case e-mails, E.164
// phones, the name key of NameNormalizer.
struct ClientKeys
{
    QString inn;
    QStringList emails;
    QStringList phones;
    QString nameKey;
};

// Finds the organization a client duplicates, by INN, then e-mail, then phone, then name,
// among the database's organizations and those added while importing. Keeps 64-bit hashes of
// the keys, not the strings, so a million clients fit in tens of megabytes.
class DuplicateIndex
{
public:
    enum class Key { Inn, Email, Phone, Name };
    struct Match
    {
        qint64 organizationId = 0;
        Key by = Key::Inn;
    };

    // The organizations (not archived) of the database and their persons' phones and e-mails.
    DatabaseError load(const QSqlDatabase &db);
    std::optional<Match> find(const ClientKeys &keys) const;
    void add(qint64 organizationId, const ClientKeys &keys);

private:
    static quint64 hashOf(const QString &key);
    void addKey(Key kind, const QString &key, qint64 organizationId);
    std::optional<qint64> lookup(Key kind, const QString &key) const;

    IdsByHash m_keys[4];
};

} // namespace kartoteka
