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
    // The day/month order each column's own dates prove (Unknown for columns of no dates, or
    // of dates that prove nothing), and the headers of the columns whose dates can be read
    // both ways and prove neither: settings.dateOrder, the user's answer, reads those.
    QList<DateOrder> provenDateOrders;
    QStringList ambiguousDateColumns;
    bool requiredFieldMissing = false; // no column goes to the name (clients) or the date (sales)

    bool datesAmbiguous() const { return !ambiguousDateColumns.isEmpty(); }
    // The ambiguous columns for a message: «A», «B» in the user's language's quotes.
    QString ambiguousDateColumnsText() const;
    // The order the dates of `column` are read in: its own, else the settings'.
    DateOrder dateOrder(int column) const;
    QList<DateOrder> dateOrders() const; // of every column

    // Sniffs the file, guesses the mapping, applies the settings' overrides and notes whether the
    // required field is mapped; looks at the dates of each column of dates (and of custom
    // fields) to tell day/month from month/day. Fails only
    // for an unreadable file or an override naming no column or no field.
    static Result<ImportPlan> prepare(const QString &path, const ImportSettings &settings);
    // Why the plan cannot run yet: the required field unmapped, or slash dates whose order
    // nobody has settled.
    DatabaseError readyToRun() const;

    // header -> field, for reports and the batch record.
    QJsonObject mappingJson() const;
};

} // namespace kartoteka
