#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kartoteka {

// One line of sales history: what segmentation measures.
struct Sale
{
    qint64 id = 0;
    qint64 organizationId = 0; // the client
    QDate date;
    double amount = 0; // negative for a return
    std::optional<double> profit;
    QString document; // the invoice or shipping document number
    std::optional<qint64> dealId;
    std::optional<qint64> importBatchId;
    QDateTime createdAt;
};

// Sums of an organization's sales over a period.
struct SaleTotals
{
    qint64 count = 0;
    double amount = 0;
    std::optional<double> profit; // over the sales with a known profit; unset when none has one
};

} // namespace kartoteka
