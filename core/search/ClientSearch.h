#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace kartoteka {

// One search result: an organization or a contact person, and what of it matched.
struct SearchHit
{
    enum class Type { Organization, Person };
    enum class Field { Name, Inn, Phone, Email, City };

    Type type = Type::Organization;
    qint64 id = 0;
    QString name;
    qint64 organizationId = 0; // a person's organization; 0 for staff
    QString organization;      // its name
    QString inn;
    QString phone; // the first phone
    QString email; // the first e-mail
    QString city;
    bool archived = false;
    Field matchedField = Field::Name;
    QString matchedText; // the matched field's value, as stored
};

QString searchTypeCode(SearchHit::Type type);   // "organization", "person"
QString searchFieldCode(SearchHit::Field field); // "name", "inn", "phone", "email", "city"

// Search as you type over organizations (name, INN, phones, e-mail, city) and persons (name,
// phones, e-mails) through the FTS5 trigram indexes of schema v4. Every word of the query
// must be found (any part of a word from three characters; the start of a word with two;
// Chinese from one); a phone number is matched by its digits in any format. Best first:
// names that start with the query, then names with a word that starts with it, then names
// containing it, then INN and phones, e-mails, cities; organizations before persons.
class ClientSearch
{
    Q_DECLARE_TR_FUNCTIONS(ClientSearch)

public:
    explicit ClientSearch(QSqlDatabase db);

    Result<std::vector<SearchHit>> find(const QString &query, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace kartoteka
