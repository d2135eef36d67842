#pragma once

#include "VCard.h"
#include "storage/Result.h"

#include <QIODevice>
#include <QSqlDatabase>

namespace kartoteka {

// The contact persons of organizations as vCards (name, organization, position, phones,
// e-mails, birthday, notes), for phones and mail clients. Streamed in batches.
class PersonsVCardExport
{
public:
    // Returns the number of cards written.
    static Result<qint64> write(const QSqlDatabase &db, QIODevice &out, VCard::Version version,
                                bool includeArchived = false);
};

} // namespace kartoteka
