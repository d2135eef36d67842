#pragma once

#include "contacts/CustomField.h"
#include "importing/DateParser.h"
#include "importing/ImportField.h"
#include "importing/PhoneNormalizer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace kartoteka {
struct CsvRecord;
}

namespace kartoteka::ui {

// What the import would make of one preview cell.
struct CellIssue
{
    enum class Severity { None, Warning, Reject };

    Severity severity = Severity::None;
    QString message;
};

// Runs the core's validators (INN, e-mail, phone, date, amount, the values of typed custom
// fields) over the preview's cells by the mapping the user chose, so the wizard can colour what
// would be rejected or warned about.
class PreviewCellChecker
{
    Q_DECLARE_TR_FUNCTIONS(PreviewCellChecker)

public:
    // `customFields`: the custom fields defined already (a new one takes any text).
    // `dateOrders`: how each column's dates are read (Unknown: either way).
    PreviewCellChecker(ImportTarget target, QList<FieldRef> columns, const QString &defaultRegion,
                       QList<DateOrder> dateOrders, QList<CustomField> customFields = {});
    ~PreviewCellChecker();

    // The issue of `record`'s cell in `column` (which may lie beyond the mapped columns).
    CellIssue check(const CsvRecord &record, int column) const;

private:
    CellIssue checkRow(const CsvRecord &record) const;
    CellIssue checkClientCell(const QString &field, const QString &value, DateOrder dateOrder) const;
    CellIssue checkCustomCell(const FieldRef &field, const QString &value, DateOrder dateOrder) const;
    CellIssue checkSalesCell(const CsvRecord &record, const QString &field, const QString &value, DateOrder dateOrder) const;
    static bool isDate(const QString &value, DateOrder dateOrder);

    ImportTarget m_target;
    QList<FieldRef> m_columns;
    std::unique_ptr<PhoneNormalizer> m_phones;
    QList<DateOrder> m_dateOrders;
    QList<CustomField> m_customFields;
};

} // namespace kartoteka::ui
