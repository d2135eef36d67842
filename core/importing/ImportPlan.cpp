#include "ImportPlan.h"

#include "CsvReader.h"
#include "HeaderMapper.h"

#include <QFile>
#include <QJsonObject>

namespace kartoteka {

namespace {
// Enough rows to see both orders of day and month in real lists, few enough to be instant.
constexpr int dateSampleRows = 5000;

QString requiredField(ImportTarget target)
{
    return target == ImportTarget::Clients ? QStringLiteral("name") : QStringLiteral("date");
}

// A column whose dates are read: the dates of the known fields, and custom fields (one of
// date type reads them; a text field keeps its cells as they are, whatever they hold).
bool holdsDates(const FieldRef &field)
{
    return field.isCustom() || field.name == QLatin1String("created") || field.name == QLatin1String("birthday")
           || field.name == QLatin1String("date");
}
} // namespace

DatabaseError ImportPlan::readyToRun() const
{
    if (requiredFieldMissing) {
        const QString required = requiredField(settings.target);
        return {DatabaseError::Kind::Invalid,
                tr("No column is mapped to «%1»; map one with HEADER=%2.").arg(fieldDisplayName(required), required)};
    }
    if (datesAmbiguous() && settings.dateOrder == DateOrder::Unknown) {
        return {DatabaseError::Kind::Invalid,
                ambiguousDateColumns.size() == 1
                    ? tr("The dates in column «%1» could be day/month or month/day; choose the order "
                         "(--date-order dmy or mdy).").arg(ambiguousDateColumns.first())
                    : tr("The dates in columns %1 could be day/month or month/day; choose the order "
                         "(--date-order dmy or mdy).").arg(ambiguousDateColumnsText())};
    }
    return {};
}

QString ImportPlan::ambiguousDateColumnsText() const
{
    QStringList quoted;
    for (const QString &column : ambiguousDateColumns)
        quoted.append(tr("«%1»", "a column's header in a message").arg(column));
    return quoted.join(tr(", ", "between the items of a list"));
}

DateOrder ImportPlan::dateOrder(int column) const
{
    const DateOrder proven = provenDateOrders.value(column, DateOrder::Unknown);
    return proven != DateOrder::Unknown ? proven : settings.dateOrder;
}

QList<DateOrder> ImportPlan::dateOrders() const
{
    QList<DateOrder> orders;
    for (int column = 0; column < columns.size(); ++column)
        orders.append(dateOrder(column));
    return orders;
}

QJsonObject ImportPlan::mappingJson() const
{
    QJsonObject json;
    for (int i = 0; i < headers.size(); ++i)
        json.insert(headers.at(i), columns.value(i).name);
    return json;
}

Result<ImportPlan> ImportPlan::prepare(const QString &path, const ImportSettings &settings)
{
    ImportPlan plan;
    plan.path = path;
    plan.settings = settings;

    CsvSniffOptions options;
    options.encoding = settings.encoding;
    options.delimiter = settings.delimiter;
    options.hasHeader = settings.hasHeader;
    auto sniffed = CsvSniffer::sniff(path, options);
    if (!sniffed)
        return sniffed.error();
    plan.sniff = *sniffed;
    plan.settings.encoding = plan.sniff.encoding;
    plan.settings.delimiter = plan.sniff.delimiter;
    plan.settings.hasHeader = plan.sniff.hasHeader;

    int columnCount = plan.sniff.header.size();
    for (const CsvRecord &record : std::as_const(plan.sniff.preview))
        columnCount = std::max<int>(columnCount, record.fields.size());
    if (plan.sniff.hasHeader) {
        plan.headers = plan.sniff.header;
    } else {
        for (int i = 1; i <= columnCount; ++i)
            plan.headers.append(QStringLiteral("#%1").arg(i));
    }

    const HeaderMapper mapper(settings.target);
    const QStringList guessed = plan.sniff.hasHeader ? mapper.guess(plan.headers) : QStringList();
    for (int i = 0; i < plan.headers.size(); ++i) {
        FieldRef field{guessed.value(i, QStringLiteral("-"))};
        // A client column nobody recognizes is kept in a custom field of its name: nothing
        // the old system knew is lost unless the user says so.
        const QString header = plan.headers.at(i).trimmed();
        if (field.isIgnored() && settings.target == ImportTarget::Clients && plan.sniff.hasHeader && !header.isEmpty())
            field = FieldRef{QStringLiteral("custom:") + header};
        plan.columns.append(field);
    }

    for (auto it = settings.mapping.cbegin(); it != settings.mapping.cend(); ++it) {
        int column = plan.headers.indexOf(it.key());
        if (column < 0 && it.key().startsWith(QLatin1Char('#')))
            column = it.key().mid(1).toInt() - 1;
        if (column < 0 || column >= plan.headers.size())
            return DatabaseError(DatabaseError::Kind::Invalid, tr("The file has no column «%1».").arg(it.key()));
        auto field = parseFieldRef(it.value(), settings.target);
        if (!field)
            return DatabaseError(DatabaseError::Kind::Invalid,
                                 tr("«%1» is not a field; use one of: %2.")
                                     .arg(it.value(), knownFieldNames(settings.target).join(QStringLiteral(", "))));
        plan.columns[column] = *field;
    }

    const QString required = requiredField(settings.target);
    plan.requiredFieldMissing = !plan.columns.contains(FieldRef{required});

    // The order of day and month is settled, column by column, before anything is written.
    QList<int> dateColumns;
    for (int column = 0; column < plan.columns.size(); ++column) {
        if (holdsDates(plan.columns.at(column)))
            dateColumns.append(column);
    }
    plan.provenDateOrders = QList<DateOrder>(plan.columns.size(), DateOrder::Unknown);
    if (!dateColumns.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return DatabaseError(DatabaseError::Kind::Invalid, tr("Cannot read «%1»: %2").arg(path, file.errorString()));
        CsvReader reader(&file, plan.settings.encoding, plan.settings.delimiter);
        QList<DateColumnAnalyzer> analyzers(dateColumns.size());
        CsvRecord record;
        bool first = true;
        for (int i = 0; i < dateSampleRows && reader.readRecord(record); ++i) {
            if (!(first && plan.sniff.hasHeader)) {
                for (int d = 0; d < dateColumns.size(); ++d)
                    analyzers[d].add(record.fields.value(dateColumns.at(d)));
            }
            first = false;
        }
        for (int d = 0; d < dateColumns.size(); ++d) {
            plan.provenDateOrders[dateColumns.at(d)] = analyzers.at(d).order();
            if (analyzers.at(d).ambiguous())
                plan.ambiguousDateColumns.append(plan.headers.value(dateColumns.at(d)));
        }
    }
    return plan;
}

} // namespace kartoteka
