#include "ContactsCsvExport.h"

#include "ContactPersonsQuery.h"
#include "contacts/Organization.h"
#include "importing/CsvCells.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace kartoteka {

namespace {

DatabaseError writeFailed(const QIODevice &out)
{
    return DatabaseError(DatabaseError::Kind::CannotOpen,
                         ContactsCsvExport::tr("Cannot write the export: %1").arg(out.errorString()));
}

QString textOf(const QVariant &value) { return csv::textCell(value.toString()); }

bool writeTaken(csv::CsvText &text, QIODevice &out)
{
    const QByteArray bytes = text.takeUtf8();
    return out.write(bytes) == bytes.size();
}

// Streams the header and every row of `rows` as the cells `cellsOf` makes, in pieces of
// about a megabyte, so that memory stays flat; returns how many rows.
Result<qint64> writeRows(const QStringList &header, QSqlQuery &rows, QIODevice &out,
                         const std::function<QStringList(const QSqlQuery &)> &cellsOf)
{
    csv::CsvText text;
    text.addLine(header);
    qint64 count = 0;
    while (rows.next()) {
        text.addLine(cellsOf(rows));
        if (text.pendingSize() > (1 << 19) && !writeTaken(text, out))
            return writeFailed(out);
        ++count;
    }
    if (rows.lastError().isValid())
        return DatabaseError::fromSql(rows.lastError());
    if (!writeTaken(text, out))
        return writeFailed(out);
    return count;
}

} // namespace

Result<qint64> ContactsCsvExport::writeOrganizations(const QSqlDatabase &db, QIODevice &out, bool includeArchived)
{
    auto fields = sql::exec(db, QStringLiteral("SELECT id, label FROM custom_fields WHERE entity = 'organization' "
                                               "ORDER BY sort_order, id"));
    if (!fields)
        return fields.error();
    QStringList header{QStringLiteral("name"),    QStringLiteral("legal_form"),  QStringLiteral("inn"),
                       QStringLiteral("kind"),    QStringLiteral("priority"),    QStringLiteral("phone"),
                       QStringLiteral("email"),   QStringLiteral("website"),     QStringLiteral("city"),
                       QStringLiteral("address"), QStringLiteral("notes"),       QStringLiteral("manager"),
                       QStringLiteral("created"), QStringLiteral("price_terms"), QStringLiteral("delivery_terms")};
    const int fixedColumns = int(header.size());
    // One join per custom field, each a primary-key lookup; aliases are our own numbers.
    QString joins, customColumns;
    QVariantList values;
    int n = 0;
    while (fields->next()) {
        header << csv::textCell(QStringLiteral("custom:") + fields->value(1).toString());
        joins += QStringLiteral(" LEFT JOIN custom_values c%1 ON c%1.field_id = ? AND c%1.entity_id = o.id").arg(n);
        customColumns += QStringLiteral(", c%1.value").arg(n);
        values << fields->value(0);
        ++n;
    }
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.prepare(QStringLiteral("SELECT o.name, o.legal_form, o.inn, o.kind, o.service_priority, o.phones, "
                                     "o.email, o.website, o.city, o.address, o.notes, u.login, substr(o.created_at, 1, 10), "
                                     "o.price_terms, o.delivery_terms%1 FROM organizations o "
                                     "LEFT JOIN users u ON u.id = o.manager_id%2 %3 ORDER BY o.id")
                          .arg(customColumns, joins,
                               includeArchived ? QString() : QStringLiteral("WHERE o.archived_at IS NULL"))))
        return DatabaseError::fromSql(rows.lastError());
    for (const QVariant &value : std::as_const(values))
        rows.addBindValue(value);
    if (!rows.exec())
        return DatabaseError::fromSql(rows.lastError());

    return writeRows(header, rows, out, [&](const QSqlQuery &row) {
        QStringList cells;
        for (int i = 0; i < fixedColumns + n; ++i) {
            if (i == 4) // stored as 0..3, written as its code
                cells << Organization::priorityCode(static_cast<Organization::Priority>(row.value(i).toInt()));
            else
                cells << textOf(row.value(i));
        }
        return cells;
    });
}

Result<qint64> ContactsCsvExport::writePersons(const QSqlDatabase &db, QIODevice &out, bool includeArchived)
{
    auto rows = contactPersonsQuery(db, QStringLiteral("p.full_name, p.position, p.phones, p.emails, p.birthday, p.notes, o.name, o.inn"),
                                    includeArchived);
    if (!rows)
        return rows.error();
    const QStringList header{QStringLiteral("contact"),  QStringLiteral("position"),      QStringLiteral("phone"),
                             QStringLiteral("email"),    QStringLiteral("birthday"),      QStringLiteral("contact_notes"),
                             QStringLiteral("name"),     QStringLiteral("inn")};
    return writeRows(header, *rows, out, [](const QSqlQuery &row) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells << textOf(row.value(i));
        return cells;
    });
}

} // namespace kartoteka
