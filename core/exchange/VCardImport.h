#pragma once

#include "importing/CsvImport.h"
#include "importing/ImportReport.h"
#include "importing/ImportSettings.h"
#include "storage/Result.h"

#include <QCoreApplication>

namespace kartoteka {

class Database;

// Imports a vCard file (3.0, 4.0; 2.1 read as well) as contact persons: each card becomes
// one row of the client import (contact, position, phone, email, birthday, contact_notes and
// its ORG as the organization's name), so it gets the same duplicate matching, one import
// batch, undo and rejects. A card without ORG is rejected: persons belong to organizations.
// Lines in the report are the lines of the vCard file where each card begins.
class VCardImport
{
    Q_DECLARE_TR_FUNCTIONS(VCardImport)

public:
    static Result<ImportReport> run(Database &db, const QString &path, ImportSettings settings,
                                    const CsvImport::Progress &progress = {});
};

} // namespace kartoteka
