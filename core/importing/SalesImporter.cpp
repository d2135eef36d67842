#include "SalesImporter.h"

#include "ClientRowBuilder.h"
#include "CsvCells.h"
#include "InnValidator.h"
#include "NameNormalizer.h"
#include "NumberParser.h"
#include "storage/Sql.h"

#include <cmath>

namespace kartoteka {

SalesImporter::SalesImporter(Database &database) : CsvImport(database) {}

SalesImporter::~SalesImporter() = default;

DatabaseError SalesImporter::begin(const ImportPlan &plan, qint64 batchId)
{
    const QSqlDatabase db = connection();
    m_batchId = batchId;
    m_now = sql::fromDateTime(sql::now()).toString();
    m_dateOrder = plan.dateOrder(int(plan.columns.indexOf(FieldRef{QStringLiteral("date")})));
    m_headers = plan.headers;
    for (const FieldRef &field : plan.columns)
        m_fields.append(field.name);

    // Clients are found the way client imports find duplicates, by INN and then by name.
    if (DatabaseError error = m_clients.load(db))
        return error;
    m_bulkLoad = std::make_unique<BulkLoad>(db, QStringList{QStringLiteral("sales")}, 32);
    if (m_bulkLoad->startError())
        return m_bulkLoad->startError();
    m_insertSale = std::make_unique<BulkInsert>(
        db, QStringLiteral("sales"),
        QStringList{QStringLiteral("organization_id"), QStringLiteral("sale_date"), QStringLiteral("amount"),
                    QStringLiteral("profit"), QStringLiteral("document"), QStringLiteral("import_batch_id"),
                    QStringLiteral("created_at")});
    m_insertClient = std::make_unique<BulkInsert>(
        db, QStringLiteral("organizations"),
        QStringList{QStringLiteral("name"), QStringLiteral("inn"), QStringLiteral("kind"), QStringLiteral("created_at"),
                    QStringLiteral("updated_at"), QStringLiteral("import_batch_id")});
    if (m_insertSale->prepareError())
        return m_insertSale->prepareError();
    return m_insertClient->prepareError();
}

DatabaseError SalesImporter::finish(const std::function<bool()> &)
{
    m_clients = DuplicateIndex();
    return m_bulkLoad->finish();
}

Result<qint64> SalesImporter::clientFor(const QString &name, const QString &inn, ImportReport &report)
{
    ClientKeys keys;
    keys.inn = inn;
    keys.nameKey = normalizedOrganizationName(name);
    if (const auto found = m_clients.find(keys))
        return found->organizationId;
    const QString shownName = name.isEmpty() ? tr("INN %1").arg(inn) : name;
    auto id = m_insertClient->insert({shownName, sql::fromText(inn), QStringLiteral("client"), m_now, m_now, m_batchId});
    if (!id)
        return id.error();
    m_clients.add(*id, keys);
    ++report.newClients;
    return *id;
}

bool SalesImporter::isPossibleAmount(double value)
{
    return std::isfinite(value) && std::abs(value) <= 1e12;
}

CsvImport::RowOutcome SalesImporter::importRecord(const CsvRecord &record, ImportReport &report)
{
    if (record.brokenQuoting)
        return {tr("broken quoting"), {}};
    if (record.fields.size() > m_fields.size())
        return {tr("%1 fields where the file has %2 columns").arg(record.fields.size()).arg(m_fields.size()), {}};

    QString client, inn, dateText, amountText, profitText, document;
    int profitColumn = -1;
    for (int column = 0; column < record.fields.size(); ++column) {
        const QString value = csv::withoutFormulaGuard(record.fields.at(column)).trimmed();
        const QString &field = m_fields.at(column);
        QString *target = field == QLatin1String("client")     ? &client
                          : field == QLatin1String("inn")      ? &inn
                          : field == QLatin1String("date")     ? &dateText
                          : field == QLatin1String("amount")   ? &amountText
                          : field == QLatin1String("profit")   ? &profitText
                          : field == QLatin1String("document") ? &document
                                                               : nullptr;
        if (target && target->isEmpty())
            *target = value;
        if (field == QLatin1String("profit"))
            profitColumn = column;
    }

    const auto date = parseDate(dateText, m_dateOrder);
    if (!date)
        return {dateText.isEmpty() ? tr("the date is empty") : tr("«%1» is not a date").arg(dateText), {}};
    const auto amount = parseNumber(amountText);
    if (!amount)
        return {amountText.isEmpty() ? tr("the amount is empty") : tr("«%1» is not an amount").arg(amountText), {}};
    if (!isPossibleAmount(*amount))
        return {tr("«%1» is beyond any sale (at most a trillion either way)").arg(amountText), {}};
    QVariant profit;
    if (!profitText.isEmpty()) {
        if (const auto value = parseNumber(profitText); value && isPossibleAmount(*value))
            profit = *value;
        else
            report.warnings.append({record.line, m_headers.value(profitColumn),
                                    tr("«%1» is not an amount; the profit is left empty").arg(profitText)});
    }
    QString innDigits = normalizedInn(inn);
    if (!inn.isEmpty() && !isValidInn(innDigits)) {
        report.warnings.append({record.line, QString(), tr("«%1» is not a valid INN; the client is matched by name").arg(inn)});
        innDigits.clear();
    }
    if (client.isEmpty() && innDigits.isEmpty())
        return {tr("neither the client nor a valid INN is given"), {}};

    auto organization = clientFor(client, innDigits, report);
    if (!organization)
        return {{}, organization.error()};
    auto sale = m_insertSale->insert({*organization, date->toString(Qt::ISODate), *amount, profit,
                                      sql::fromText(document), m_batchId, m_now});
    if (!sale)
        return {{}, sale.error()};
    ++report.created;
    return {};
}

} // namespace kartoteka
