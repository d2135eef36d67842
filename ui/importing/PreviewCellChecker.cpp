#include "PreviewCellChecker.h"

#include "importing/ClientRowBuilder.h"
#include "importing/CsvCells.h"
#include "importing/CsvReader.h"
#include "importing/CustomValueText.h"
#include "importing/EmailNormalizer.h"
#include "importing/InnValidator.h"
#include "importing/NumberParser.h"
#include "importing/SalesImporter.h"

namespace kartoteka::ui {

namespace {

CellIssue warning(const QString &message)
{
    return {CellIssue::Severity::Warning, message};
}

CellIssue reject(const QString &message)
{
    return {CellIssue::Severity::Reject, message};
}

} // namespace

PreviewCellChecker::PreviewCellChecker(ImportTarget target, QList<FieldRef> columns, const QString &defaultRegion,
                                       QList<DateOrder> dateOrders, QList<CustomField> customFields)
    : m_target(target)
    , m_columns(std::move(columns))
    , m_phones(std::make_unique<PhoneNormalizer>(defaultRegion))
    , m_dateOrders(std::move(dateOrders))
    , m_customFields(std::move(customFields))
{
}

PreviewCellChecker::~PreviewCellChecker() = default;

CellIssue PreviewCellChecker::check(const CsvRecord &record, int column) const
{
    if (CellIssue row = checkRow(record); row.severity != CellIssue::Severity::None)
        return row;
    const FieldRef field = m_columns.value(column);
    const QString value = csv::withoutFormulaGuard(record.fields.value(column)).trimmed();
    const DateOrder dateOrder = m_dateOrders.value(column, DateOrder::Unknown);
    if (field.isCustom())
        return checkCustomCell(field, value, dateOrder);
    if (m_target == ImportTarget::Clients)
        return checkClientCell(field.name, value, dateOrder);
    return checkSalesCell(record, field.name, value, dateOrder);
}

CellIssue PreviewCellChecker::checkCustomCell(const FieldRef &field, const QString &value, DateOrder dateOrder) const
{
    if (value.isEmpty())
        return {};
    const QString label = field.customLabel();
    for (const CustomField &custom : m_customFields) {
        if (custom.label.compare(label, Qt::CaseInsensitive) != 0)
            continue;
        // Dates whose order is not settled yet read either way, as in the columns of dates.
        const bool readable = custom.type == CustomField::Type::Date ? isDate(value, dateOrder)
                                                                     : customValueFromText(custom, value, dateOrder).has_value();
        if (!readable)
            return warning(tr("«%1» is not a value of «%2»; it is left empty.").arg(value, custom.label));
    }
    return {};
}

CellIssue PreviewCellChecker::checkRow(const CsvRecord &record) const
{
    if (record.brokenQuoting)
        return reject(tr("The whole row is rejected: its quoting is broken."));
    if (record.fields.size() > m_columns.size()) {
        const QString why = tr("The whole row is rejected: %1 fields where the file has %2 columns.")
                                .arg(record.fields.size())
                                .arg(m_columns.size());
        return reject(why);
    }
    return {};
}

CellIssue PreviewCellChecker::checkClientCell(const QString &field, const QString &value, DateOrder dateOrder) const
{
    if (field == QLatin1String("name")) {
        if (value.isEmpty())
            return reject(tr("The row is rejected: the organization's name is empty."));
        return {};
    }
    if (value.isEmpty())
        return {};
    if (field == QLatin1String("inn") && !isValidInn(normalizedInn(value)))
        return warning(tr("«%1» is not a valid INN (wrong length or check digits); it is kept as typed.").arg(value));
    if (field == QLatin1String("phone")) {
        const PhoneResult phones = m_phones->normalize(value);
        if (!phones.invalid.isEmpty())
            return warning(tr("«%1» is not a valid phone number; it is kept as typed.")
                               .arg(phones.invalid.join(QStringLiteral(", "))));
    }
    if (field == QLatin1String("email")) {
        const EmailResult emails = normalizeEmails(value);
        if (!emails.invalid.isEmpty())
            return warning(tr("«%1» is not a valid e-mail; it is kept as typed.")
                               .arg(emails.invalid.join(QStringLiteral(", "))));
    }
    if (field == QLatin1String("birthday") && !isDate(value, dateOrder))
        return warning(tr("«%1» is not a date; the birthday is left empty.").arg(value));
    if (field == QLatin1String("created") && !isDate(value, dateOrder))
        return warning(tr("«%1» is not a date; the import time is used instead.").arg(value));
    if (field == QLatin1String("kind") && !organizationKindFromText(value))
        return warning(tr("«%1» is not a known kind of counterparty; «client» is used.").arg(value));
    return {};
}

CellIssue PreviewCellChecker::checkSalesCell(const CsvRecord &record, const QString &field, const QString &value,
                                             DateOrder dateOrder) const
{
    if (field == QLatin1String("date")) {
        if (value.isEmpty())
            return reject(tr("The row is rejected: the date is empty."));
        if (!isDate(value, dateOrder))
            return reject(tr("The row is rejected: «%1» is not a date.").arg(value));
    } else if (field == QLatin1String("amount")) {
        if (value.isEmpty())
            return reject(tr("The row is rejected: the amount is empty."));
        const auto amount = parseNumber(value);
        if (!amount)
            return reject(tr("The row is rejected: «%1» is not an amount.").arg(value));
        if (!SalesImporter::isPossibleAmount(*amount))
            return reject(tr("The row is rejected: «%1» is beyond any sale.").arg(value));
    } else if (field == QLatin1String("profit")) {
        const auto profit = parseNumber(value);
        if (!value.isEmpty() && !(profit && SalesImporter::isPossibleAmount(*profit)))
            return warning(tr("«%1» is not an amount; the profit is left empty.").arg(value));
    } else if (field == QLatin1String("inn") || field == QLatin1String("client")) {
        const int innColumn = int(m_columns.indexOf(FieldRef{QStringLiteral("inn")}));
        const int clientColumn = int(m_columns.indexOf(FieldRef{QStringLiteral("client")}));
        const QString inn = normalizedInn(record.fields.value(innColumn));
        const bool validInn = innColumn >= 0 && isValidInn(inn);
        const bool hasClient = clientColumn >= 0 && !record.fields.value(clientColumn).trimmed().isEmpty();
        if (!hasClient && !validInn)
            return reject(tr("The row is rejected: neither the client nor a valid INN is given."));
        if (field == QLatin1String("inn") && !value.isEmpty() && !validInn)
            return warning(tr("«%1» is not a valid INN; the client is matched by name.").arg(value));
    }
    return {};
}

bool PreviewCellChecker::isDate(const QString &value, DateOrder dateOrder)
{
    if (dateOrder != DateOrder::Unknown)
        return parseDate(value, dateOrder).has_value();
    // The order is not settled yet: a date that reads in either order is a date.
    return parseDate(value, DateOrder::DayMonth) || parseDate(value, DateOrder::MonthDay);
}

} // namespace kartoteka::ui
