#pragma once

#include "CsvSniffer.h"
#include "ImportField.h"
#include "ImportSettings.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kartoteka {

// What an import will do with a file before it writes anything: the detected (or given)
// format, the field of each column and the date order. The wizard shows it for correction;
// the importers run it.
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    QString path;
    QString sourcePath; // the file the user chose, when `path` is a converted copy (a vCard)
    ImportSettings settings; // with encoding, delimiter and header filled in
    CsvSniff sniff;
    QStringList headers;     // the header cells, or "#1", "#2", ... without a header
    QList<FieldRef> columns; // the field of each column
    QString dateColumn;      // the header of the column holding dates, if any
    bool datesAmbiguous = false;
    bool requiredFieldMissing = false; // no column goes to the name (clients) or the date (sales)

    // Sniffs the file, guesses the mapping, applies the settings' overrides and notes whether the
    // required field is mapped; looks at the dates to tell day/month from month/day. Fails only
    // for an unreadable file or an override naming no column or no field.
    static Result<ImportPlan> prepare(const QString &path, const ImportSettings &settings);
    // Why the plan cannot run yet: the required field unmapped, or slash dates whose order
    // nobody has settled.
    DatabaseError readyToRun() const;

    // header -> field, for reports and the batch record.
    QJsonObject mappingJson() const;
};

} // namespace kartoteka
