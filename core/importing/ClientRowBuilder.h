#pragma once

#include "CsvReader.h"
#include "DateParser.h"
#include "DuplicateIndex.h"
#include "ImportField.h"
#include "ImportReport.h"
#include "PhoneNormalizer.h"
#include "contacts/CustomField.h"
#include "contacts/Organization.h"
#include "contacts/Person.h"

#include <QCoreApplication>
#include <QHash>

#include <variant>

namespace kartoteka {

// One client line of a file, normalized and ready to match and write.
struct ClientRow
{
    qint64 line = 0;
    Organization organization;
    std::optional<qint64> managerId;
    bool hasContact = false;
    Person contact;
    QList<std::pair<qint64, QString>> custom; // field id, value as stored
    ClientKeys keys;
};

// Turns a CSV record into a ClientRow by the column mapping: normalizes phones, e-mails, INN,
// dates, kinds and the values of typed custom fields; keeps doubtful optional values as typed
// with a warning (a custom value its field cannot hold is left empty, with a warning); rejects
// rows it cannot read (broken quoting, more fields than columns, no name).
class ClientRowBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ClientRowBuilder)

public:
    // `dateOrders`: how each column's dates are read; `customFields`: the field of every
    // custom column, by its lower-case label.
    ClientRowBuilder(QList<FieldRef> columns, QStringList headers, const PhoneNormalizer &phones,
                     QList<DateOrder> dateOrders, QHash<QString, qint64> usersByName,
                     const QHash<QString, CustomField> &customFields);

    // The row, or why it is rejected. Warnings for kept doubtful values go to `warnings`.
    std::variant<ClientRow, QString> build(const CsvRecord &record, QList<ImportWarning> &warnings) const;

private:
    QList<FieldRef> m_columns;
    QStringList m_headers;
    const PhoneNormalizer &m_phones;
    QList<DateOrder> m_dateOrders; // of each column
    QHash<QString, qint64> m_usersByName; // lower-case login and display name -> user id
    QList<CustomField> m_customFieldOfColumn; // empty for the columns of other fields
};

// Maps the codes (low, normal, high, key), the digits 0-3 and the usual words in three languages.
std::optional<Organization::Priority> organizationPriorityFromText(const QString &text);
// Maps the usual words for a counterparty's kind in three languages.
std::optional<Organization::Kind> organizationKindFromText(const QString &text);

} // namespace kartoteka
