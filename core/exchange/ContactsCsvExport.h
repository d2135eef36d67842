#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlDatabase>

namespace kartoteka {

// The card index as CSV files that import back unchanged (`import clients`): UTF-8 with a
// byte order mark, ';' between cells, a header row of the import's field names, text cells
// guarded against formulas (csv::textCell; the importer takes the guard off).
//
// Organizations: one row each with name, legal_form, inn, kind, priority, phone, email,
// website, city, address, notes, manager (login), created (date), price_terms,
// delivery_terms and a custom:LABEL column per custom field of organizations.
// Persons: one row per contact person of an organization with contact, position, phone,
// email, and the organization's name and inn, by which the import finds it again.
// Archived records are left out unless asked for. Rows are streamed: memory stays flat.
class ContactsCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(ContactsCsvExport)

public:
    // Returns the number of rows written.
    static Result<qint64> writeOrganizations(const QSqlDatabase &db, QIODevice &out, bool includeArchived = false);
    static Result<qint64> writePersons(const QSqlDatabase &db, QIODevice &out, bool includeArchived = false);
};

} // namespace kartoteka
