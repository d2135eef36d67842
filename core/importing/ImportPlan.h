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
    ImportSettings settings; // with encoding, delimiter and header filled in
    CsvSniff sniff;
    QStringList headers;     // the header cells, or "#1", "#2", ... without a header
    QList<FieldRef> columns; // the field of each column
    QString dateColumn;      // the header of the column holding dates, if any
    bool datesAmbiguous = false;

    // Sniffs the file, guesses the mapping, applies the settings' overrides and checks that the
    // required fields are mapped; looks at the dates to tell day/month from month/day.
    static Result<ImportPlan> prepare(const QString &path, const ImportSettings &settings);
    // Why the plan cannot run yet: slash dates whose order nobody has settled.
    DatabaseError readyToRun() const;

    // header -> field, for reports and the batch record.
    QJsonObject mappingJson() const;
};

} // namespace kartoteka
